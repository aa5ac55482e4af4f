//! Unit tests of `round`.

#![allow(clippy::unwrap_used)]
use super::*;
use crate::tally::Method;

fn input() -> RoundInput {
    RoundInput {
        title: "First round".into(),
        proposals: vec![ProposalId(1), ProposalId(2)],
        ..RoundInput::default()
    }
}

fn now() -> NaiveDateTime {
    parse_deadline("2026-11-29T12:00Z").unwrap().unwrap()
}

#[test]
fn defaults_are_schulze_per_delegate_secret() {
    let r = NewRound::parse(&input(), &StakeholderGroups::default(), now()).unwrap();
    assert!(matches!(r.counting, Counting::Ranking(Method::Schulze)));
    assert_eq!(r.weighting, Weighting::PerDelegate);
    assert_eq!(r.secrecy, Secrecy::Secret);
}

#[test]
fn bad_fields_are_named() {
    let g = StakeholderGroups::default();
    let cases: Vec<(RoundInput, &str)> = vec![
        (
            RoundInput {
                title: "x".into(),
                ..input()
            },
            "title",
        ),
        (
            RoundInput {
                proposals: vec![ProposalId(1)],
                ..input()
            },
            "proposals",
        ),
        (
            RoundInput {
                proposals: vec![ProposalId(1), ProposalId(1), ProposalId(2)],
                ..input()
            },
            "proposals",
        ),
        (
            RoundInput {
                method: "dictator".into(),
                ..input()
            },
            "method",
        ),
        (
            RoundInput {
                weighting: "by_height".into(),
                ..input()
            },
            "weighting",
        ),
        (
            RoundInput {
                secrecy: "whispered".into(),
                ..input()
            },
            "secrecy",
        ),
        (
            RoundInput {
                closes_at: "2020-01-01T00:00Z".into(),
                ..input()
            },
            "closes_at",
        ),
        (
            RoundInput {
                closes_at: "soon".into(),
                ..input()
            },
            "closes_at",
        ),
        (
            RoundInput {
                quorum_percent: Some("120".into()),
                ..input()
            },
            "quorum_percent",
        ),
        (
            RoundInput {
                weighting: "equal_groups".into(),
                group_weights: [("martians".to_owned(), "2".to_owned())].into(),
                ..input()
            },
            "group_weights",
        ),
        (
            RoundInput {
                weighting: "equal_groups".into(),
                group_weights: [("industry".to_owned(), "0".to_owned())].into(),
                ..input()
            },
            "group_weights",
        ),
    ];
    for (i, field) in cases {
        assert_eq!(NewRound::parse(&i, &g, now()).unwrap_err().field, field);
    }
}

#[test]
fn leap_seconds_and_huge_weights_are_refused() {
    assert!(parse_deadline("2030-06-30T23:59:60Z").is_err());
    assert!(parse_deadline("2030-06-30T23:59:59Z").unwrap().is_some());
    let huge = [("industry".to_owned(), "1".repeat(100_000))].into();
    let err = parse_group_weights(&StakeholderGroups::default(), &huge).unwrap_err();
    assert!(err.sentence().contains("too long"), "{err}");
}

#[test]
fn many_proposals_are_checked_for_duplicates_in_linear_time() {
    // Found by tests/it/fuzz.rs: the duplicate check scanned the list
    // for every proposal (8,000 ids from one API body took 0.15 s in a
    // debug build, 60 times as long as 1,000; quadratic).
    let many = RoundInput {
        proposals: (1..=100_000).map(ProposalId).collect(),
        ..input()
    };
    let started = std::time::Instant::now();
    assert_eq!(
        NewRound::parse(&many, &StakeholderGroups::default(), now())
            .unwrap()
            .proposals
            .len(),
        100_000
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    let mut twice = many;
    twice.proposals.push(ProposalId(7));
    let e = NewRound::parse(&twice, &StakeholderGroups::default(), now()).unwrap_err();
    assert_eq!(e.sentence(), "Proposal 7 is listed twice.");
}

#[test]
fn group_weights_parse_exactly() {
    let text = group_weights_from_text("member_state=2, industry=1/2").unwrap();
    let w = parse_group_weights(&StakeholderGroups::default(), &text).unwrap();
    assert_eq!(w["industry"].value().to_string(), "1/2");
    assert!(group_weights_from_text("industry").is_err());
}

#[test]
fn rank_numbers_become_tiers() {
    let e = |c: &str, r: &str| (c.to_owned(), r.to_owned());
    let tiers =
        tiers_from_rank_numbers(&[e("p1", "2"), e("p2", "1"), e("p3", ""), e("p4", "2")]).unwrap();
    assert_eq!(
        tiers,
        vec![
            vec!["p2".to_owned()],
            vec!["p1".to_owned(), "p4".to_owned()]
        ]
    );
    assert!(tiers_from_rank_numbers(&[e("p1", "first")]).is_err());
    assert!(tiers_from_rank_numbers(&[e("p1", "0")]).is_err());
}

#[test]
fn quorum_is_exact() {
    assert!(quorum_met(1, 2, Some(50)));
    assert!(!quorum_met(1, 3, Some(34)));
    assert!(quorum_met(0, 0, Some(50)));
    assert!(quorum_met(0, 10, None));
}

#[test]
fn agreement_spans_zero_to_one() {
    assert_eq!(agreement(&[1, 1, 1], 4), Some(1.0));
    assert_eq!(agreement(&[1, 4], 4), Some(0.0));
    // One outlier among four groups no longer sets the score alone: three
    // of six pairs are 3 places apart, 1.5 on average, half of 3.
    assert_eq!(agreement(&[1, 1, 1, 4], 4), Some(0.5));
    // Half first, half last: as far apart as groups can be on average.
    assert!(agreement(&[1, 1, 4, 4], 4).is_some_and(|s| s < 0.34));
    assert_eq!(agreement(&[2], 4), None);
}

#[test]
fn candidate_ids_round_trip() {
    assert_eq!(
        proposal_of(&candidate_id(ProposalId(42))),
        Some(ProposalId(42))
    );
    assert_eq!(proposal_of("x42"), None);
    assert_eq!(proposal_of("p0"), None);
}

#[test]
fn a_pasted_receipt_loses_its_spaces_and_capitals_and_must_be_64_hex_digits() {
    let r = "AB".repeat(32);
    let wrapped = format!(" {}\n {} ", &r[..30], &r[30..]);
    assert_eq!(parse_receipt(&wrapped).unwrap(), "ab".repeat(32));
    assert!(parse_receipt(&"ab".repeat(31)).is_err());
    assert!(parse_receipt(&"zz".repeat(32)).is_err());
    assert!(parse_receipt("").is_err());
}

#[test]
fn electors_auditors_and_chairs_read_a_rounds_documents_and_nobody_else() {
    use crate::domain::user::Role;
    for role in Role::ALL {
        assert!(may_read_documents(role, true), "{role:?} elector");
    }
    assert!(may_read_documents(Role::Auditor, false));
    assert!(may_read_documents(Role::Chair, false));
    assert!(!may_read_documents(Role::Delegate, false));
    assert!(!may_read_documents(Role::Admin, false));
}
