//! Property tests of adoption rules: what must hold for any ballots, and
//! any JSON as a rule.

use super::*;

fn arb_vote() -> impl Strategy<Value = Vote> {
    prop_oneof![Just(Yes), Just(No), Just(Abstain)]
}

fn arb_ballots() -> impl Strategy<Value = Vec<(usize, u32, Vote)>> {
    prop::collection::vec((0usize..3, 1u32..4, arb_vote()), 0..30)
}

fn weighted(
    ballots: &[(usize, u32, Vote)],
    names: &[&str],
    scale: u32,
    rule: serde_json::Value,
) -> AdoptionElection {
    let mut e = election(
        rule,
        Houses::default(),
        &[(names[0], 10), (names[1], 10), (names[2], 10)],
        &[],
    );
    e.ballots = ballots
        .iter()
        .map(|(g, w, v)| AdoptionBallot {
            group: names[*g].to_string(),
            weight: Weight::new(Rational::from_integer(*w * scale)).unwrap(),
            votes: vec![*v],
        })
        .collect();
    e
}

proptest! {
    #[test]
    fn support_at_least_zero_holds_whenever_someone_said_yes_or_no(ballots in arb_ballots()) {
        let e = weighted(&ballots, &["a", "b", "c"], 1, json!({"support": {"in": "all", "at_least": "0"}}));
        let decided = ballots.iter().any(|(_, _, v)| *v != Abstain);
        prop_assert_eq!(decide(&e).decisions[0].rule_met, decided);
    }

    #[test]
    fn relabelling_groups_changes_no_verdict(ballots in arb_ballots(), preset in prop::sample::select(vec!["majority", "two_thirds", "concurrent_majority", "concurrent_two_thirds"])) {
        let r = json!({"preset": preset});
        let a = decide(&weighted(&ballots, &["a", "b", "c"], 1, r.clone()));
        let b = decide(&weighted(&ballots, &["zeta", "eta", "theta"], 1, r));
        prop_assert_eq!(a.decisions[0].adopted, b.decisions[0].adopted);
        prop_assert_eq!(&a.decisions[0].totals, &b.decisions[0].totals);
    }

    #[test]
    fn scaling_weights_changes_no_verdict(ballots in arb_ballots(), scale in 2u32..7, cap in 0u32..5) {
        let r = json!({"all": [
            {"preset": "concurrent_majority"},
            {"against": {"in": "each_group", "at_most": format!("{cap}/5"), "over": "cast"}},
            {"support": {"in": "all", "at_least": "3/5"}},
        ]});
        let a = decide(&weighted(&ballots, &["a", "b", "c"], 1, r.clone()));
        let b = decide(&weighted(&ballots, &["a", "b", "c"], scale, r));
        prop_assert_eq!(a.decisions[0].adopted, b.decisions[0].adopted);
        prop_assert_eq!(&a.decisions[0].conditions, &b.decisions[0].conditions);
    }
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(json!(null)),
        any::<bool>().prop_map(|b| json!(b)),
        (0u64..5).prop_map(|n| json!(n)),
        prop::sample::select(vec![
            "all",
            "each_group",
            "each_house",
            "group:a",
            "house:h",
            "1/2",
            "2/3",
            "3/2",
            "x",
            "cast",
            "yes_no",
            "majority",
            "two_houses",
            "-1",
            "1/0",
        ])
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(10, 80, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "support",
                    "against",
                    "yes_voters",
                    "turnout",
                    "all",
                    "any",
                    "preset",
                    "in",
                    "at_least",
                    "more_than",
                    "at_most",
                    "over",
                    "zz",
                ])
                .prop_map(str::to_owned),
                inner,
                0..3,
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    /// Any JSON is either refused with a message or parsed into a rule that
    /// reads back from its explicit form and decides without panicking.
    #[test]
    fn any_json_rule_is_refused_or_reads_back(v in arb_json(), ballots in arb_ballots()) {
        let h = houses(&[("h", &["a"]), ("k", &["b"])]);
        match parse(v, &h) {
            Err(e) => prop_assert!(!e.message.is_empty()),
            Ok(parsed) => {
                let again = parse(parsed.rule.to_value(), &h).unwrap();
                prop_assert_eq!(&again.rule, &parsed.rule);
                let mut e = weighted(&ballots, &["a", "b", "c"], 1, json!({"preset": "majority"}));
                e.houses = h.clone();
                e.rule = parsed;
                let _ = decide(&e);
            }
        }
    }
}
