//! Human-readable rendering of a results document (`--format text`): the
//! ranking, where the tie-break decided, and the method's details as tables
//! (pairwise matrix, strongest paths, pairs, scores, IRV rounds). Numbers are
//! shown exactly, as in the JSON.

use crate::tally::result::{Details, Matrix, ResultsDocument, Scores, TiebreakUse};
use std::collections::BTreeMap;
use std::fmt::Write;

fn table(out: &mut String, header: &[String], rows: &[Vec<String>]) {
    let cols = header.len();
    let mut width = vec![0usize; cols];
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        for (w, cell) in width.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        let mut line = String::new();
        for (k, (w, cell)) in width.iter().zip(row).enumerate() {
            if k == 0 {
                let _ = write!(line, "  {cell:<w$}");
            } else {
                let _ = write!(line, "  {cell:>w$}");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

fn matrix(out: &mut String, title: &str, m: &Matrix, order: &[String]) {
    let _ = writeln!(out, "\n{title}");
    let mut header = vec![String::new()];
    header.extend(order.iter().cloned());
    let rows: Vec<Vec<String>> = order
        .iter()
        .map(|i| {
            let mut row = vec![i.clone()];
            for j in order {
                row.push(if i == j {
                    "-".to_string()
                } else {
                    m.get(i)
                        .and_then(|r| r.get(j))
                        .map(ToString::to_string)
                        .unwrap_or_default()
                });
            }
            row
        })
        .collect();
    table(out, &header, &rows);
}

fn scores(out: &mut String, columns: &[(&str, &Scores)], order: &[String]) {
    let mut header = vec!["candidate".to_string()];
    header.extend(columns.iter().map(|(name, _)| name.to_string()));
    let rows: Vec<Vec<String>> = order
        .iter()
        .map(|c| {
            let mut row = vec![c.clone()];
            for (_, s) in columns {
                row.push(s.get(c).map(ToString::to_string).unwrap_or_default());
            }
            row
        })
        .collect();
    table(out, &header, &rows);
}

/// Renders `doc` as text; `titles` (id → title) are shown next to the ranking.
pub fn render(doc: &ResultsDocument, titles: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let i = &doc.inputs;
    let _ = writeln!(out, "Method:     {}", doc.method);
    let _ = writeln!(
        out,
        "Ballots:    {} (total weight {}), weighting {}",
        i.ballots, i.total_weight, i.weighting.policy
    );
    if !i.weighting.group_weights.is_empty() {
        let gw: Vec<String> = i
            .weighting
            .group_weights
            .iter()
            .map(|(g, w)| format!("{g}={w}"))
            .collect();
        let _ = writeln!(out, "Group weights: {}", gw.join(", "));
    }
    let _ = writeln!(out, "Candidates: {}", i.candidates.join(", "));
    let _ = writeln!(out, "Tie-break:  {}", doc.tiebreak.join(", "));
    let _ = writeln!(out, "Winners:    {}", doc.winners.join(", "));
    let _ = writeln!(out, "\nRanking (tied candidates share a place):");
    let mut place = 1;
    for tier in &doc.ranking {
        let names: Vec<String> = tier
            .iter()
            .map(|c| match titles.get(c) {
                Some(t) => format!("{c} ({t})"),
                None => c.clone(),
            })
            .collect();
        let _ = writeln!(out, "  {place:>3}. {}", names.join(" = "));
        place += tier.len();
    }
    let _ = writeln!(out, "\nStrict order: {}", doc.order.join(" > "));
    if doc.tiebreak_used.is_empty() {
        let _ = writeln!(out, "Tie-break used: no");
    } else {
        let _ = writeln!(out, "Tie-break used:");
        for u in &doc.tiebreak_used {
            let _ = match u {
                TiebreakUse::Order { tier, candidates } => writeln!(
                    out,
                    "  order: tier {tier} ({}) placed in tie-break order",
                    candidates.join(", ")
                ),
                TiebreakUse::Pairs { margin, pairs } => {
                    let ps: Vec<String> = pairs.iter().map(|[w, l]| format!("{w}>{l}")).collect();
                    writeln!(
                        out,
                        "  pairs: margin {margin} shared by {}, taken in that order",
                        ps.join(", ")
                    )
                }
                TiebreakUse::Elimination { round, candidates } => writeln!(
                    out,
                    "  elimination: round {round}, lowest tied among {}; eliminated {}",
                    candidates.join(", "),
                    candidates.last().map(String::as_str).unwrap_or("")
                ),
            };
        }
    }
    let order = &doc.order;
    let d_title = "Pairwise matrix d (row ranked above column by this weight):";
    match &doc.details {
        Details::Schulze { d, p } => {
            matrix(&mut out, d_title, d, order);
            matrix(&mut out, "Strongest paths p (row to column):", p, order);
        }
        Details::RankedPairs { d, pairs } => {
            matrix(&mut out, d_title, d, order);
            let _ = writeln!(out, "\nPairs, in the order considered:");
            let rows: Vec<Vec<String>> = pairs
                .iter()
                .map(|p| {
                    vec![
                        format!("{} > {}", p.winner, p.loser),
                        p.margin.to_string(),
                        if p.locked { "locked" } else { "skipped" }.to_string(),
                        if p.tied_margin { "tie-break" } else { "" }.to_string(),
                    ]
                })
                .collect();
            table(
                &mut out,
                &["pair".into(), "margin".into(), "".into(), "".into()],
                &rows,
            );
        }
        Details::Borda { d, scores: s } => {
            matrix(&mut out, d_title, d, order);
            let _ = writeln!(out, "\nScores:");
            scores(&mut out, &[("borda", s)], order);
        }
        Details::Copeland {
            d,
            scores: s,
            wins,
            losses,
        } => {
            matrix(&mut out, d_title, d, order);
            let _ = writeln!(out, "\nScores:");
            scores(
                &mut out,
                &[("wins", wins), ("losses", losses), ("score", s)],
                order,
            );
        }
        Details::Plurality {
            scores: s,
            abstained,
        } => {
            let _ = writeln!(out, "\nScores (abstained: {abstained}):");
            scores(&mut out, &[("first preferences", s)], order);
        }
        Details::Irv {
            rounds,
            decided_in_round,
        } => {
            let _ = writeln!(
                out,
                "\nRounds (winner decided in round {decided_in_round}):"
            );
            let mut header = vec!["round".to_string()];
            header.extend(doc.inputs.candidates.iter().cloned());
            header.extend(["exhausted".into(), "eliminated".into()]);
            let rows: Vec<Vec<String>> = rounds
                .iter()
                .map(|r| {
                    let mut row = vec![r.round.to_string()];
                    for c in &doc.inputs.candidates {
                        row.push(r.counts.get(c).map(ToString::to_string).unwrap_or_default());
                    }
                    row.push(r.exhausted.to_string());
                    let mut e = r.eliminated.clone().unwrap_or_default();
                    if r.tiebreak {
                        e.push_str(" (tie-break)");
                    }
                    if let Some(m) = &r.majority {
                        if e.is_empty() {
                            e = format!("majority: {m}");
                        } else {
                            e = format!("{e}; majority: {m}");
                        }
                    }
                    row.push(e);
                    row
                })
                .collect();
            table(&mut out, &header, &rows);
        }
    }
    out
}
