//! Published examples and exact-weight scenarios, run through the public API.

use crate::common::internals::tally::ballot::{Ballot, Candidates, Ranking};
use crate::common::internals::tally::input::{Overrides, read_plenary_json};
use crate::common::internals::tally::rational::Weight;
use crate::common::internals::tally::result::{Details, ResultsDocument, TiebreakUse};
use crate::common::internals::tally::weighting::{CastBallot, Weighting, WeightingSummary};
use crate::common::internals::tally::{Election, Method, Tiebreak, tally};

/// Parses "A>B=C>D" (`>` between tiers, `=` inside a tier).
fn ranking(c: &Candidates, s: &str) -> Ranking {
    let tiers: Vec<Vec<&str>> = if s.is_empty() {
        vec![]
    } else {
        s.split('>').map(|t| t.split('=').collect()).collect()
    };
    Ranking::parse(c, &tiers).unwrap()
}

fn election(ids: &[&str], profile: &[(u64, &str, &str)]) -> Election {
    let c = Candidates::new(ids.iter().copied()).unwrap();
    let items: Vec<_> = profile
        .iter()
        .map(|(n, r, w)| (ranking(&c, r), w.parse::<Weight>().unwrap(), *n))
        .collect();
    let t = Tiebreak::candidate_order(&c);
    Election::with_counts(c, items, t, WeightingSummary::explicit())
}

fn d(doc: &ResultsDocument, i: &str, j: &str) -> String {
    let m = match &doc.details {
        Details::Schulze { d, .. }
        | Details::RankedPairs { d, .. }
        | Details::Borda { d, .. }
        | Details::Copeland { d, .. } => d,
        _ => panic!("no matrix"),
    };
    m[i][j].to_string()
}

fn wikipedia() -> Election {
    election(
        &["A", "B", "C", "D", "E"],
        &[
            (5, "A>C>B>E>D", "1"),
            (5, "A>D>E>C>B", "1"),
            (8, "B>E>D>A>C", "1"),
            (3, "C>A>B>E>D", "1"),
            (7, "C>A>E>B>D", "1"),
            (2, "C>B>A>D>E", "1"),
            (7, "D>C>E>B>A", "1"),
            (8, "E>B>A>D>C", "1"),
        ],
    )
}

#[test]
fn wikipedia_schulze_example_orders_e_a_c_b_d() {
    let doc = tally(&wikipedia(), Method::Schulze);
    assert_eq!(doc.order, ["E", "A", "C", "B", "D"]);
    assert_eq!(doc.winners, ["E"]);
    assert!(doc.tiebreak_used.is_empty());
    assert_eq!(doc.inputs.ballots, 45);
    assert_eq!(doc.inputs.total_weight.to_string(), "45");
}

#[test]
fn wikipedia_schulze_example_has_the_published_matrix_and_paths() {
    let doc = tally(&wikipedia(), Method::Schulze);
    let expected_d = [
        ("A", "B", "20"),
        ("A", "C", "26"),
        ("A", "D", "30"),
        ("A", "E", "22"),
        ("B", "A", "25"),
        ("B", "D", "33"),
        ("C", "B", "29"),
        ("D", "C", "28"),
        ("E", "D", "31"),
        ("E", "A", "23"),
    ];
    for (i, j, v) in expected_d {
        assert_eq!(d(&doc, i, j), v, "d[{i}][{j}]");
    }
    let Details::Schulze { p, .. } = &doc.details else {
        panic!("not schulze")
    };
    let expected_p = [
        ("A", "B", "28"),
        ("A", "C", "28"),
        ("A", "D", "30"),
        ("A", "E", "24"),
        ("B", "A", "25"),
        ("B", "C", "28"),
        ("C", "D", "29"),
        ("D", "E", "24"),
        ("E", "A", "25"),
        ("E", "D", "31"),
    ];
    for (i, j, v) in expected_p {
        assert_eq!(p[i][j].to_string(), v, "p[{i}][{j}]");
    }
}

fn tennessee() -> Election {
    election(
        &["Memphis", "Nashville", "Chattanooga", "Knoxville"],
        &[
            (42, "Memphis>Nashville>Chattanooga>Knoxville", "1"),
            (26, "Nashville>Chattanooga>Knoxville>Memphis", "1"),
            (15, "Chattanooga>Knoxville>Nashville>Memphis", "1"),
            (17, "Knoxville>Chattanooga>Nashville>Memphis", "1"),
        ],
    )
}

#[test]
fn tennessee_condorcet_methods_and_borda_elect_nashville() {
    let e = tennessee();
    for m in [
        Method::Schulze,
        Method::RankedPairs,
        Method::Borda,
        Method::Copeland,
    ] {
        assert_eq!(tally(&e, m).winners, ["Nashville"], "{m}");
    }
    let borda = tally(&e, Method::Borda);
    let Details::Borda { scores, .. } = &borda.details else {
        panic!()
    };
    assert_eq!(scores["Nashville"].to_string(), "194");
    assert_eq!(scores["Chattanooga"].to_string(), "173");
    assert_eq!(scores["Memphis"].to_string(), "126");
    assert_eq!(scores["Knoxville"].to_string(), "107");
    assert_eq!(
        tally(&e, Method::Schulze).order,
        ["Nashville", "Chattanooga", "Knoxville", "Memphis"]
    );
}

#[test]
fn tennessee_irv_elects_knoxville_after_two_eliminations() {
    let doc = tally(&tennessee(), Method::Irv);
    assert_eq!(doc.winners, ["Knoxville"]);
    assert_eq!(
        doc.order,
        ["Knoxville", "Memphis", "Nashville", "Chattanooga"]
    );
    let Details::Irv {
        rounds,
        decided_in_round,
    } = &doc.details
    else {
        panic!()
    };
    assert_eq!(*decided_in_round, 3);
    assert_eq!(rounds[0].eliminated.as_deref(), Some("Chattanooga"));
    assert_eq!(rounds[1].counts["Knoxville"].to_string(), "32");
    assert_eq!(rounds[1].eliminated.as_deref(), Some("Nashville"));
    assert_eq!(rounds[2].counts["Knoxville"].to_string(), "58");
    assert_eq!(rounds[2].majority.as_deref(), Some("Knoxville"));
    assert!(rounds.iter().all(|r| !r.tiebreak));
}

#[test]
fn tennessee_plurality_elects_memphis() {
    let doc = tally(&tennessee(), Method::Plurality);
    assert_eq!(doc.winners, ["Memphis"]);
    assert_eq!(
        doc.order,
        ["Memphis", "Nashville", "Knoxville", "Chattanooga"]
    );
}

#[test]
fn three_ballots_of_a_third_count_exactly_as_one_ballot_of_one() {
    let thirds = election(
        &["a", "b", "c"],
        &[(3, "b>a>c", "1/3"), (1, "a>c>b", "1"), (1, "c>b", "1")],
    );
    let one = election(
        &["a", "b", "c"],
        &[(1, "b>a>c", "1"), (1, "a>c>b", "1"), (1, "c>b", "1")],
    );
    for m in Method::ALL {
        let (x, y) = (tally(&thirds, m), tally(&one, m));
        assert_eq!(x.ranking, y.ranking, "{m}");
        assert_eq!(x.details, y.details, "{m}");
        assert_eq!(x.inputs.total_weight, y.inputs.total_weight);
    }
    let doc = tally(&thirds, Method::Schulze);
    assert_eq!(d(&doc, "b", "a"), "2");
    assert_eq!(doc.inputs.total_weight.to_string(), "3");
}

#[test]
fn equal_groups_with_weights_two_one_one_changes_the_winner() {
    let c = Candidates::new(["A", "B", "C"]).unwrap();
    let cast = |r: &str, g: &str| CastBallot {
        ranking: ranking(&c, r),
        group: Some(g.into()),
        organisation: None,
    };
    let ballots = vec![
        cast("A>B>C", "member_state"),
        cast("B>C>A", "industry"),
        cast("B>C>A", "industry"),
        cast("B>C>A", "industry"),
        cast("C>A>B", "civil_society"),
        cast("C>A>B", "civil_society"),
    ];
    let weighting = Weighting::EqualGroups {
        group_weights: [("member_state".to_string(), "2".parse().unwrap())].into(),
    };
    let weighted = weighting.apply(ballots.clone()).unwrap();
    let ws: Vec<String> = weighted.iter().map(|b| b.weight.to_string()).collect();
    assert_eq!(ws, ["2", "1/3", "1/3", "1/3", "1/2", "1/2"]);
    let t = Tiebreak::candidate_order(&c);
    let e = Election::new(c.clone(), weighted, t.clone(), (&weighting).into());
    let doc = tally(&e, Method::Schulze);
    assert_eq!(doc.winners, ["A"]);
    assert_eq!(d(&doc, "A", "B"), "3");
    assert_eq!(d(&doc, "A", "C"), "2");
    assert_eq!(d(&doc, "C", "A"), "2");
    assert_eq!(doc.inputs.total_weight.to_string(), "4");
    assert_eq!(doc.inputs.weighting.policy, "equal_groups");

    let plain = Weighting::PerDelegate.apply(ballots).unwrap();
    let e = Election::new(c, plain, t, (&Weighting::PerDelegate).into());
    assert_eq!(tally(&e, Method::Schulze).winners, ["B"]);
}

#[test]
fn real_ties_are_kept_in_ranking_and_broken_in_order_by_the_tiebreak() {
    let c = Candidates::new(["x", "y", "z"]).unwrap();
    let ballots = vec![
        Ballot {
            ranking: ranking(&c, "x>y>z"),
            weight: Weight::one(),
        },
        Ballot {
            ranking: ranking(&c, "y>x>z"),
            weight: Weight::one(),
        },
    ];
    let t = Tiebreak::new(&c, &["z", "y", "x"]).unwrap();
    let e = Election::new(c, ballots, t, WeightingSummary::explicit());
    for m in [
        Method::Schulze,
        Method::RankedPairs,
        Method::Borda,
        Method::Copeland,
        Method::Plurality,
    ] {
        let doc = tally(&e, m);
        assert_eq!(doc.ranking, vec![vec!["y", "x"], vec!["z"]], "{m}");
        assert_eq!(doc.order, ["y", "x", "z"], "{m}");
        assert_eq!(doc.winners, ["y", "x"], "{m}");
        assert!(
            doc.tiebreak_used.contains(&TiebreakUse::Order {
                tier: 1,
                candidates: vec!["y".into(), "x".into()]
            }),
            "{m}"
        );
    }
    // IRV: x and y tie for lowest in round 1 after z? z has 0 and goes first;
    // then x and y tie at 1 each: x (latest in the tie-break) is eliminated.
    let doc = tally(&e, Method::Irv);
    assert_eq!(doc.order, ["y", "x", "z"]);
    assert!(doc.tiebreak_used.contains(&TiebreakUse::Elimination {
        round: 2,
        candidates: vec!["y".into(), "x".into()]
    }));
}

#[test]
fn ranked_pairs_reports_equal_margins_ordered_by_the_tiebreak() {
    // A cycle a>b>c>a with equal margins: the tie-break decides which pair is skipped.
    let e = election(
        &["a", "b", "c"],
        &[(1, "a>b>c", "1"), (1, "b>c>a", "1"), (1, "c>a>b", "1")],
    );
    let doc = tally(&e, Method::RankedPairs);
    let Details::RankedPairs { pairs, .. } = &doc.details else {
        panic!()
    };
    let taken: Vec<(String, String, bool)> = pairs
        .iter()
        .map(|p| (p.winner.clone(), p.loser.clone(), p.locked))
        .collect();
    // Winner earliest in the tie-break (a) first: a>b, then b>c, then c>a (skipped).
    assert_eq!(
        taken,
        [
            ("a".into(), "b".into(), true),
            ("b".into(), "c".into(), true),
            ("c".into(), "a".into(), false)
        ]
    );
    assert!(pairs.iter().all(|p| p.tied_margin));
    assert_eq!(doc.order, ["a", "b", "c"]);
    assert!(matches!(doc.tiebreak_used[0], TiebreakUse::Pairs { .. }));
}

fn json_with_ballots(ballots: &str) -> String {
    format!(
        "{{\"format\":\"plenary-ballots/1\",\n\"round\":{{\"id\":\"r1\",\"method\":\"schulze\",\"weighting\":\"per_delegate\"}},\n\"candidates\":[{{\"id\":\"p1\"}},{{\"id\":\"p2\"}}],\n\"ballots\":[\n{{\"ranking\":[[\"p1\"]]}},\n{ballots}\n]}}"
    )
}

fn parse_error(ballot: &str) -> String {
    read_plenary_json(&json_with_ballots(ballot), &Overrides::default())
        .unwrap_err()
        .to_string()
}

#[test]
fn unknown_candidate_is_rejected_naming_ballot_and_line() {
    assert_eq!(
        parse_error(r#"{"receipt":"r-9","ranking":[["p1"],["p3"]]}"#),
        "ballot 2 (line 6) [receipt r-9]: unknown candidate \"p3\""
    );
}

#[test]
fn candidate_twice_is_rejected() {
    assert_eq!(
        parse_error(r#"{"ranking":[["p1"],["p2","p1"]]}"#),
        "ballot 2 (line 6): candidate \"p1\" appears twice"
    );
}

#[test]
fn empty_tier_is_rejected() {
    assert_eq!(
        parse_error(r#"{"ranking":[[],["p2"]]}"#),
        "ballot 2 (line 6): tier 1 is empty"
    );
}

#[test]
fn non_positive_or_inexact_weights_are_rejected() {
    assert!(
        parse_error(r#"{"weight":"0","ranking":[["p2"]]}"#)
            .starts_with("ballot 2 (line 6): bad weight: weight 0 is not positive")
    );
    assert!(parse_error(r#"{"weight":"-1/2","ranking":[["p2"]]}"#).contains("not positive"));
    assert!(parse_error(r#"{"weight":"0.5","ranking":[["p2"]]}"#).contains("not an exact number"));
}

#[test]
fn ballot_without_ranking_is_rejected() {
    assert!(
        parse_error(r#"{"receipt":"x"}"#).starts_with("ballot 2 (line 6): missing field `ranking`")
    );
}

#[test]
fn stated_weight_that_differs_from_the_policy_is_rejected() {
    let err = parse_error(r#"{"weight":"2","ranking":[["p2"]]}"#);
    assert_eq!(
        err,
        "ballot 2 (line 6): stated weight 2 differs from 1 computed by the per_delegate weighting"
    );
}

#[test]
fn per_organisation_without_organisation_is_rejected() {
    let text = json_with_ballots(r#"{"organisation":"Acme","ranking":[["p2"]]}"#);
    let ov = Overrides {
        weighting: Some("per_organisation".into()),
        ..Overrides::default()
    };
    let err = read_plenary_json(&text, &ov).unwrap_err().to_string();
    assert_eq!(
        err,
        "ballot 1 (line 5): ballot has no organisation, which the per_organisation weighting needs"
    );
}
