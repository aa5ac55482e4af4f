//! The other export files of a closed round, rendered from the published
//! ballots document and the stored results: `ballots.csv`, `ballots.toi`
//! (PrefLib) and `results.csv`. Pure functions; docs/formats.md describes
//! every column.

use std::collections::BTreeMap;

use serde_json::Value;

use super::ballots_file::BallotsFile;

/// Spreadsheets run cells that start with these as formulas; such cells get
/// a leading apostrophe (OWASP's CSV-injection advice).
fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

fn write_csv(rows: Vec<Vec<String>>) -> Result<String, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for r in rows {
        w.write_record(r.iter().map(|c| cell(c)))?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `ballots.csv`: one row per ballot — receipt, group, organisation and
/// voter (when the JSON has them), weight, then each candidate's tier number
/// in that ballot (1 = first; empty = unranked).
pub fn ballots_csv(file: &BallotsFile) -> Result<String, csv::Error> {
    let with_org = file.ballots.iter().any(|b| b.organisation.is_some());
    let with_voter = file.ballots.iter().any(|b| b.voter.is_some());
    let mut header = vec!["receipt".to_owned(), "group".to_owned()];
    if with_org {
        header.push("organisation".to_owned());
    }
    if with_voter {
        header.push("voter".to_owned());
    }
    header.push("weight".to_owned());
    header.extend(file.candidates.iter().map(|c| c.id.clone()));
    let mut rows = vec![header];
    for b in &file.ballots {
        let mut row = vec![b.receipt.clone(), b.group.clone()];
        if with_org {
            row.push(b.organisation.clone().unwrap_or_default());
        }
        if with_voter {
            row.push(b.voter.as_ref().map(|v| v.name.clone()).unwrap_or_default());
        }
        row.push(b.weight.clone());
        for c in &file.candidates {
            row.push(match (&b.votes, &b.ranking) {
                (Some(votes), _) => votes
                    .get(&c.id)
                    .map_or("abstain", |v| v.as_str())
                    .to_owned(),
                (None, Some(ranking)) => ranking
                    .iter()
                    .position(|t| t.contains(&c.id))
                    .map(|k| (k + 1).to_string())
                    .unwrap_or_default(),
                (None, None) => String::new(),
            });
        }
        rows.push(row);
    }
    write_csv(rows)
}

/// `ballots.toi`: the ballots in PrefLib's "orders with ties, incomplete"
/// format. Alternative i is the i-th candidate of the round; identical
/// rankings are counted together; weights and empty ballots cannot be
/// expressed in PrefLib and are noted in the header (use `ballots.json` to
/// recompute weighted results).
pub fn ballots_toi(file: &BallotsFile) -> String {
    let number: BTreeMap<&str, usize> = file
        .candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i + 1))
        .collect();
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    let mut empty = 0u64;
    for b in &file.ballots {
        let Some(ranking) = b.ranking.as_ref().filter(|r| !r.is_empty()) else {
            empty += 1;
            continue;
        };
        let line = ranking
            .iter()
            .map(|tier| {
                let mut ns: Vec<usize> = tier
                    .iter()
                    .filter_map(|c| number.get(c.as_str()).copied())
                    .collect();
                ns.sort_unstable();
                let parts: Vec<String> = ns.iter().map(usize::to_string).collect();
                if parts.len() == 1 {
                    parts.join("")
                } else {
                    format!("{{{}}}", parts.join(","))
                }
            })
            .collect::<Vec<_>>()
            .join(",");
        *counts.entry(line).or_default() += 1;
    }
    let mut lines: Vec<(String, u64)> = counts.into_iter().collect();
    lines.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let one_line = |s: &str| s.replace(['\n', '\r'], " ");
    let mut out = String::new();
    out.push_str(&format!(
        "# FILE NAME: round-{}-ballots.toi\n",
        file.round.id
    ));
    out.push_str(&format!("# TITLE: {}\n", one_line(&file.round.title)));
    out.push_str("# DATA TYPE: toi\n# MODIFICATION TYPE: original\n");
    out.push_str(&format!(
        "# NUMBER ALTERNATIVES: {}\n",
        file.candidates.len()
    ));
    out.push_str(&format!(
        "# NUMBER VOTERS: {}\n",
        file.ballots.len() as u64 - empty
    ));
    out.push_str(&format!("# NUMBER UNIQUE ORDERS: {}\n", lines.len()));
    for (i, c) in file.candidates.iter().enumerate() {
        out.push_str(&format!(
            "# ALTERNATIVE NAME {}: {} {}\n",
            i + 1,
            c.id,
            one_line(&c.title)
        ));
    }
    for (line, n) in lines {
        out.push_str(&format!("{n}: {line}\n"));
    }
    out
}

/// `results.csv`: rank (tied candidates share it), id, title, then the
/// method's per-candidate numbers: `score` (exact) and `score_decimal` for
/// Borda, Copeland (plus `wins`, `losses`) and plurality; `round_1`, … counts
/// for IRV; `beats` (how many others the candidate beats) for Schulze and
/// ranked pairs.
pub fn results_csv(doc: &Value, titles: &BTreeMap<String, String>) -> Result<String, csv::Error> {
    if doc["kind"] == "adoption" {
        return adoption_results_csv(doc, titles);
    }
    let method = doc["method"].as_str().unwrap_or_default();
    let details = &doc["details"];
    let exact = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let decimal = |v: &Value| {
        v.as_str()
            .and_then(|s| s.parse::<crate::tally::rational::Rational>().ok())
            .map(|r| r.to_display_decimal(4))
            .unwrap_or_default()
    };
    let rounds = details["rounds"].as_array().cloned().unwrap_or_default();
    let mut header = vec!["rank".to_owned(), "id".to_owned(), "title".to_owned()];
    match method {
        "borda" | "plurality" => header.extend(["score".to_owned(), "score_decimal".to_owned()]),
        "copeland" => header.extend(["score".to_owned(), "wins".to_owned(), "losses".to_owned()]),
        "irv" => header.extend((1..=rounds.len()).map(|k| format!("round_{k}"))),
        _ => header.push("beats".to_owned()),
    }
    let mut rows = vec![header];
    let mut pos = 1;
    for tier in doc["ranking"].as_array().cloned().unwrap_or_default() {
        let ids = tier.as_array().cloned().unwrap_or_default();
        for id in &ids {
            let id = id.as_str().unwrap_or_default();
            let mut row = vec![
                pos.to_string(),
                id.to_owned(),
                titles.get(id).cloned().unwrap_or_default(),
            ];
            match method {
                "borda" | "plurality" => {
                    row.push(exact(&details["scores"][id]));
                    row.push(decimal(&details["scores"][id]));
                }
                "copeland" => {
                    row.push(exact(&details["scores"][id]));
                    row.push(exact(&details["wins"][id]));
                    row.push(exact(&details["losses"][id]));
                }
                "irv" => row.extend(rounds.iter().map(|r| exact(&r["counts"][id]))),
                _ => {
                    let m = if method == "schulze" {
                        &details["p"]
                    } else {
                        &details["d"]
                    };
                    let beats = m[id]
                        .as_object()
                        .map(|row| {
                            row.iter()
                                .filter(|(other, v)| {
                                    let mine = v.as_str().and_then(|s| {
                                        s.parse::<crate::tally::rational::Rational>().ok()
                                    });
                                    let theirs = m[other.as_str()][id].as_str().and_then(|s| {
                                        s.parse::<crate::tally::rational::Rational>().ok()
                                    });
                                    matches!((mine, theirs), (Some(a), Some(b)) if a > b)
                                })
                                .count()
                        })
                        .unwrap_or(0);
                    row.push(beats.to_string());
                }
            }
            rows.push(row);
        }
        pos += ids.len();
    }
    write_csv(rows)
}

/// `results.csv` of an adoption round: one row per proposal in the round's
/// order — id, title, `adopted` (`yes`/`no`), `rule_met`, the overall yes,
/// no and abstain weights (exact, then 4-place decimals), then `yes`, `no`,
/// `abstain` (exact) for each group in id order, as `GROUP:yes` etc.
pub fn adoption_results_csv(
    doc: &Value,
    titles: &BTreeMap<String, String>,
) -> Result<String, csv::Error> {
    let decisions = doc["decisions"].as_array().cloned().unwrap_or_default();
    let groups: Vec<String> = doc["inputs"]["electors"]
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let yes_no = |v: &Value| {
        if v.as_bool() == Some(true) {
            "yes"
        } else {
            "no"
        }
        .to_owned()
    };
    let mut header: Vec<String> = [
        "id",
        "title",
        "adopted",
        "rule_met",
        "yes",
        "no",
        "abstain",
        "yes_decimal",
        "no_decimal",
        "abstain_decimal",
    ]
    .map(str::to_owned)
    .to_vec();
    for g in &groups {
        header.extend([
            format!("{g}:yes"),
            format!("{g}:no"),
            format!("{g}:abstain"),
        ]);
    }
    let mut rows = vec![header];
    for d in &decisions {
        let id = text(&d["id"]);
        let t = &d["totals"];
        let mut row = vec![
            id.clone(),
            titles.get(&id).cloned().unwrap_or_default(),
            yes_no(&d["adopted"]),
            yes_no(&d["rule_met"]),
            text(&t["yes"]),
            text(&t["no"]),
            text(&t["abstain"]),
            text(&t["yes_decimal"]),
            text(&t["no_decimal"]),
            text(&t["abstain_decimal"]),
        ];
        for g in &groups {
            let gt = &d["groups"][g];
            row.extend([text(&gt["yes"]), text(&gt["no"]), text(&gt["abstain"])]);
        }
        rows.push(row);
    }
    write_csv(rows)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::domain::ballots_file::{BallotEntry, CandidateInfo, RoundInfo};
    use crate::tally::Method;

    fn file() -> BallotsFile {
        let b = |r: &str, ranking: Vec<Vec<&str>>| BallotEntry {
            receipt: r.into(),
            group: "industry".into(),
            organisation: None,
            weight: "1".into(),
            ranking: Some(
                ranking
                    .into_iter()
                    .map(|t| t.into_iter().map(String::from).collect())
                    .collect(),
            ),
            votes: None,
            voter: None,
        };
        BallotsFile {
            format: "plenary-ballots/1".into(),
            round: RoundInfo {
                id: "3".into(),
                title: "=HYPERLINK(\"x\")".into(),
                method: Some(Method::Borda),
                weighting: "per_delegate".into(),
                secrecy: "secret".into(),
                closed_at: "2026-01-01T00:00:00.000000Z".into(),
                tiebreak: vec!["p1".into(), "p2".into(), "p3".into()],
                ..RoundInfo::default()
            },
            candidates: ["p1", "p2", "p3"]
                .iter()
                .map(|id| CandidateInfo {
                    id: (*id).into(),
                    title: format!("=cmd {id}"),
                })
                .collect(),
            ballots: vec![
                b("a", vec![vec!["p2"], vec!["p1", "p3"]]),
                b("b", vec![vec!["p2"], vec!["p1", "p3"]]),
                b("c", vec![vec!["p3"]]),
                b("d", vec![]),
            ],
            digest: String::new(),
        }
    }

    #[test]
    fn toi_counts_identical_orders_and_numbers_alternatives_in_round_order() {
        let toi = ballots_toi(&file());
        assert!(toi.contains("# NUMBER VOTERS: 3\n"));
        assert!(toi.contains("# ALTERNATIVE NAME 2: p2 =cmd p2\n"));
        assert!(toi.contains("2: 2,{1,3}\n"));
        assert!(toi.contains("1: 3\n"));
    }

    #[test]
    fn csv_has_a_rank_column_per_candidate_and_defuses_formulas() {
        let csv = ballots_csv(&file()).unwrap();
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some("receipt,group,weight,p1,p2,p3"));
        assert_eq!(lines.next(), Some("a,industry,1,2,1,2"));
        let titles: BTreeMap<String, String> = [("p1".to_owned(), "=SUM(A1)".to_owned())].into();
        let doc = serde_json::json!({"method": "borda", "ranking": [["p1"], ["p2", "p3"]],
            "details": {"scores": {"p1": "5/2", "p2": "1", "p3": "1"}}});
        let r = results_csv(&doc, &titles).unwrap();
        assert!(
            r.starts_with("rank,id,title,score,score_decimal\r\n1,p1,'=SUM(A1),5/2,2.5"),
            "{r}"
        );
        assert!(r.contains("2,p2,,1,1") && r.contains("2,p3,,1,1"), "{r}");
    }
}
