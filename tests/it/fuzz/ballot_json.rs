//! The ballot JSON (`plenary-ballots/1`, as `plenary tally` and the
//! `--ballots` check read it), the API ballot body and the page form's rank
//! numbers.

use super::*;

const JSON_ALPHABET: &str = "{}[]\",:\\ \n0123456789-./eEpulntrfaseformatballotscandidatesranking";

/// Every way the app and the CLI read a ballot document.
fn read_json_every_way(s: &str) {
    if let Ok(l) = read_plenary_json(s, &Overrides::default()) {
        count_if_small(&l);
    }
    let _ = read_file_text("ballots.JSON", s, &Overrides::default());
    let ov = Overrides {
        method: Some(Method::Irv),
        weighting: Some("per_organisation".into()),
        tiebreak: Some(vec!["p2".into(), "p1".into()]),
    };
    if let Ok(l) = read_plenary_json(s, &ov) {
        count_if_small(&l);
    }
    let _ = BallotsCheck::from_json(s);
}

// ----------------------------------------------------- API body, rank form

/// The body of `PUT /api/v1/rounds/{id}/ballot` (as in src/web/api_rounds.rs).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct BallotBody {
    ranking: Vec<Vec<String>>,
}

/// What a ranking must be, written independently of `Ranking::parse`: an
/// unknown id (first in reading order) wins; then, tier by tier, an empty
/// tier or a candidate seen before.
fn model_ranking(ids: &[String], tiers: &[Vec<String>]) -> Result<(), RankingError> {
    for t in tiers {
        for id in t {
            if !ids.contains(id) {
                return Err(RankingError::UnknownCandidate(id.clone()));
            }
        }
    }
    let mut seen = HashSet::new();
    for (k, t) in tiers.iter().enumerate() {
        if t.is_empty() {
            return Err(RankingError::EmptyTier(k + 1));
        }
        for id in t {
            if !seen.insert(id) {
                return Err(RankingError::Duplicate(id.clone()));
            }
        }
    }
    Ok(())
}

fn body_id() -> BoxedStrategy<String> {
    prop_oneof![
        6 => (1usize..=7).prop_map(|k| format!("p{k}")),
        1 => nasty_string(),
    ]
    .boxed()
}

fn body_tiers() -> BoxedStrategy<Vec<Vec<String>>> {
    prop_oneof![
        4 => prop::collection::vec(prop::collection::vec(body_id(), 0..4), 0..8),
        1 => (1usize..600).prop_map(|n| (0..n).map(|k| vec![format!("p{}", k % 7 + 1)]).collect()),
    ]
    .boxed()
}

/// A typed rank: digits, blanks, signs, huge, unicode digits…
fn rank_text() -> BoxedStrategy<String> {
    prop_oneof![
        6 => (1u32..=12).prop_map(|n| n.to_string()),
        2 => select(vec![
            "", " ", " 3 ", "0", "00", "007", "+2", "-1", "1.0", "1e2", "10000", "10001",
            "4294967295", "4294967296", "99999999999999999999", "٣", "\u{a0}2", "2\0", "first",
        ]).prop_map(str::to_owned),
        1 => "[0-9 +\\-]{0,12}",
        1 => any::<String>(),
    ]
    .boxed()
}

/// What the rank-number form must accept, written independently of the
/// code: a non-blank (trimmed) value is an optional `+` and ASCII digits
/// whose value is 1..=10000.
fn model_rank(raw: &str) -> Option<Option<u32>> {
    let t = raw.trim();
    if t.is_empty() {
        return Some(None);
    }
    let d = t.strip_prefix('+').unwrap_or(t);
    if d.is_empty() || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d = d.trim_start_matches('0');
    if d.len() > 5 {
        return None;
    }
    let n: u32 = if d.is_empty() { 0 } else { d.parse().ok()? };
    (1..=10_000).contains(&n).then_some(Some(n))
}

fn ids_json(n: usize) -> String {
    let ids: Vec<String> = (1..=n).map(|k| format!("\"p{k}\"")).collect();
    ids.join(",")
}

/// A `plenary-ballots/1` document with these candidates and ballot objects.
fn json_doc(candidates: &str, ballots: &str) -> String {
    format!(
        "{{\"format\":\"plenary-ballots/1\",\
         \"round\":{{\"method\":\"schulze\",\"weighting\":\"per_delegate\"}},\
         \"candidates\":[{candidates}],\"ballots\":[{ballots}]}}"
    )
}
proptest! {
    #![proptest_config(config(128))]

    /// Arbitrary bytes as a ballot document: every reader returns.
    #[test]
    fn ballot_json_arbitrary_bytes_never_panic(b in junk(JSON_ALPHABET)) {
        let _shared = sharing();
        read_json_every_way(&lossy(&b));
    }

    /// The app's own export reads back (and passes the `--ballots` digest
    /// and tally check); any byte-level mutation of it returns Ok or Err.
    #[test]
    fn ballot_json_mutated_exports_never_panic(
        d in doc(),
        muts in mutations(JSON_DICT),
        crlf in any::<bool>(),
    ) {
        let _shared = sharing();
        let file = ballots_file(&d);
        let mut text = file.to_json().unwrap();
        if crlf {
            text = text.replace('\n', "\r\n");
        }
        let loaded = read_plenary_json(&text, &Overrides::default());
        prop_assert!(loaded.is_ok(), "{:?}\n{text}", loaded.err());
        let loaded = loaded.unwrap();
        prop_assert_eq!(loaded.election.ballot_count(), d.ballots.len() as u64);
        prop_assert_eq!(loaded.election.candidates().len(), d.m);
        prop_assert!(BallotsCheck::from_json(&text).is_ok());
        read_json_every_way(&lossy(&apply(text.into_bytes(), &muts)));
    }

    /// Fields replaced or removed anywhere in the document (huge numbers,
    /// deep nesting, many tiers, floats, unicode), the digest recomputed so
    /// that the `--ballots` check reaches the tally.
    #[test]
    fn ballot_json_edited_fields_never_panic(
        d in doc(),
        es in edits(JSON_PATHS),
        pretty in any::<bool>(),
        as_array in any::<bool>(),
        muts in prop::option::of(mutations(JSON_DICT)),
    ) {
        let _shared = sharing();
        let mut v = serde_json::to_value(ballots_file(&d)).unwrap();
        apply_edits(&mut v, &es);
        let mut v = with_fixed_digest(v);
        if as_array {
            // The reader also takes the four fields as an array, in order.
            v = json!([v["format"], v["round"], v["candidates"], v["ballots"]]);
        }
        let text = if pretty {
            serde_json::to_string_pretty(&v).unwrap()
        } else {
            serde_json::to_string(&v).unwrap()
        };
        let text = match muts {
            Some(m) => lossy(&apply(text.into_bytes(), &m)),
            None => text,
        };
        read_json_every_way(&text);
    }

    /// The API ballot body: arbitrary bytes never panic; a well-formed body
    /// is accepted exactly when the model says so, and what the server then
    /// stores (tiers in the round's order, canonical JSON, receipt) is
    /// computed without error and parses to the same ranking.
    #[test]
    fn api_ballot_body_matches_the_model(
        tiers in body_tiers(),
        junk_body in junk("{}[]\",: \\rankingp0123456789"),
        m in 1usize..=6,
    ) {
        let ids: Vec<String> = (1..=m).map(|k| format!("p{k}")).collect();
        let candidates = Candidates::new(ids.iter().cloned()).unwrap();
        if let Ok(body) = serde_json::from_slice::<BallotBody>(&junk_body) {
            let _ = Ranking::parse(&candidates, &body.ranking);
        }
        let bytes = serde_json::to_vec(&json!({ "ranking": tiers })).unwrap();
        let body: BallotBody = serde_json::from_slice(&bytes).unwrap();
        let got = Ranking::parse(&candidates, &body.ranking);
        match (model_ranking(&ids, &tiers), &got) {
            (Ok(()), Ok(r)) => {
                let normal: Vec<Vec<String>> = tiers
                    .iter()
                    .map(|t| ids.iter().filter(|c| t.contains(c)).cloned().collect())
                    .collect();
                prop_assert_eq!(&Ranking::parse(&candidates, &normal).unwrap(), r);
                to_canonical_string(&normal).unwrap();
                receipt("7", &normal, &"0".repeat(64)).unwrap();
            }
            (Err(RankingError::Duplicate(_)), Err(RankingError::Duplicate(_))) => {}
            (Err(want), Err(e)) => prop_assert_eq!(&want, e),
            (want, got) => prop_assert!(false, "model {want:?}, parser {got:?} for {tiers:?}"),
        }
    }

    /// The page form's rank numbers: accepted exactly when every non-blank
    /// value is a whole number 1..=10000; the tiers hold every ranked
    /// candidate once, best first, and always make a valid ranking.
    #[test]
    fn rank_numbers_match_the_model(raws in prop::collection::vec(rank_text(), 0..10)) {
        let _shared = sharing();
        let entries: Vec<(String, String)> = raws
            .iter()
            .enumerate()
            .map(|(k, r)| (format!("p{}", k + 1), r.clone()))
            .collect();
        let model: Option<Vec<Option<u32>>> = raws.iter().map(|r| model_rank(r)).collect();
        match (model, tiers_from_rank_numbers(&entries)) {
            (Some(ranks), Ok(tiers)) => {
                let mut want: BTreeMap<u32, Vec<String>> = BTreeMap::new();
                for (k, r) in ranks.iter().enumerate() {
                    if let Some(r) = r {
                        want.entry(*r).or_default().push(format!("p{}", k + 1));
                    }
                }
                prop_assert_eq!(&tiers, &want.into_values().collect::<Vec<_>>());
                let ids: Vec<String> = entries.iter().map(|e| e.0.clone()).collect();
                if !ids.is_empty() {
                    let c = Candidates::new(ids).unwrap();
                    prop_assert!(Ranking::parse(&c, &tiers).is_ok());
                }
            }
            (None, Err(_)) => {}
            (model, got) => prop_assert!(false, "model {model:?}, parser {got:?} for {raws:?}"),
        }
    }
}

/// Measured (debug build, 2 cores): every shape below scales linearly
/// (ratios 7–9); the largest size takes at most 61 ms.
#[test]
fn ballot_json_time_is_linear() {
    let _alone = timing_alone();
    let ov = Overrides::default();
    let read = |s: &String| {
        let _ = black_box(read_plenary_json(s, &ov));
    };
    let mut over = Vec::new();
    scaling(
        &mut over,
        "ballot JSON: one ballot ranking n candidates in n tiers",
        2000,
        |n| {
            let tiers: Vec<String> = (1..=n).map(|k| format!("[\"p{k}\"]")).collect();
            json_doc(
                &ids_json(n),
                &format!("{{\"ranking\":[{}]}}", tiers.join(",")),
            )
        },
        read,
    );
    scaling(
        &mut over,
        "ballot JSON: one tier of n candidates, reversed",
        2000,
        |n| {
            let ids: Vec<String> = (1..=n).rev().map(|k| format!("\"p{k}\"")).collect();
            json_doc(
                &ids_json(n),
                &format!("{{\"ranking\":[[{}]]}}", ids.join(",")),
            )
        },
        read,
    );
    let ballots = |n: usize, last: &str| {
        let mut b: Vec<String> = (0..n)
            .map(|k| {
                format!(
                    "{{\"receipt\":\"{k:064x}\",\"group\":\"g{}\",\"weight\":\"1\",\
                     \"ranking\":[[\"p{}\"],[\"p1\",\"p2\"]]}}",
                    k % 7,
                    k % 3 + 3
                )
            })
            .collect();
        b.push(last.to_owned());
        b.join(",\n")
    };
    scaling(
        &mut over,
        "ballot JSON: n ballots",
        500,
        |n| json_doc(&ids_json(5), &ballots(n, "{\"ranking\":[]}")),
        read,
    );
    scaling(
        &mut over,
        "ballot JSON: n ballots, the last naming an unknown candidate (error located)",
        500,
        |n| {
            json_doc(
                &ids_json(5),
                &ballots(n, "{\"receipt\":\"r\",\"ranking\":[[\"zz\"]]}"),
            )
        },
        read,
    );
    scaling(
        &mut over,
        "ballot JSON: n ballots, then a syntax error",
        500,
        |n| json_doc(&ids_json(5), &ballots(n, "{\"ranking\":[[\"p1\"]]")) + "]",
        read,
    );
    scaling(
        &mut over,
        "ballot JSON: n ballots before the candidates (buffered)",
        500,
        |n| {
            format!(
                "{{\"format\":\"plenary-ballots/1\",\"ballots\":[{}],\"candidates\":[{}]}}",
                ballots(n, "{\"ranking\":[]}"),
                ids_json(5)
            )
        },
        read,
    );
    scaling(
        &mut over,
        "ballot JSON: a receipt of n escaped characters",
        5000,
        |n| {
            json_doc(
                &ids_json(2),
                &format!("{{\"receipt\":\"{}\",\"ranking\":[]}}", "\\u00e9".repeat(n)),
            )
        },
        read,
    );
    scaling(
        &mut over,
        "API ballot body: n tiers (serde + Ranking::parse)",
        2000,
        |n| {
            let ids: Vec<String> = (1..=n).map(|k| format!("p{k}")).collect();
            let tiers: Vec<Vec<String>> = ids.iter().rev().map(|i| vec![i.clone()]).collect();
            (
                Candidates::new(ids).unwrap(),
                serde_json::to_vec(&json!({ "ranking": tiers })).unwrap(),
            )
        },
        |(c, body): &(Candidates, Vec<u8>)| {
            let b: BallotBody = serde_json::from_slice(body).unwrap();
            black_box(Ranking::parse(c, &b.ranking).unwrap());
        },
    );
    scaling(
        &mut over,
        "rank-number form: n entries",
        2000,
        |n| {
            (0..n)
                .map(|k| (format!("p{k}"), ((k * 7919) % 10_000 + 1).to_string()))
                .collect::<Vec<_>>()
        },
        |e: &Vec<(String, String)>| {
            black_box(tiers_from_rank_numbers(e).unwrap());
        },
    );
    assert_none_over(&over);
}
