#![allow(clippy::unwrap_used)]
use super::rule::{self, Houses, RuleContext};
use super::*;
use proptest::prelude::*;
use serde_json::json;

fn houses(spec: &[(&str, &[&str])]) -> Houses {
    Houses(
        spec.iter()
            .map(|(h, g)| (h.to_string(), g.iter().map(|s| s.to_string()).collect()))
            .collect(),
    )
}

fn parse(v: serde_json::Value, h: &Houses) -> Result<ParsedRule, rule::RuleError> {
    rule::parse(
        &v,
        RuleContext {
            groups: None,
            houses: h,
        },
    )
}

/// An election with one candidate `p1`: `ballots` are (group, vote) with
/// weight 1 each; `electors` per group.
fn election(
    rule: serde_json::Value,
    h: Houses,
    electors: &[(&str, u64)],
    ballots: &[(&str, Vote)],
) -> AdoptionElection {
    let rule = parse(rule, &h).unwrap();
    AdoptionElection {
        candidates: vec!["p1".into()],
        ballots: ballots
            .iter()
            .map(|(g, v)| AdoptionBallot {
                group: g.to_string(),
                weight: Weight::one(),
                votes: vec![*v],
            })
            .collect(),
        electors: electors.iter().map(|(g, n)| (g.to_string(), *n)).collect(),
        houses: h,
        rule,
        quorum_percent: None,
        group_quorum_percent: None,
        weighting: WeightingSummary::explicit(),
    }
}

fn votes(spec: &[(&'static str, usize, Vote)]) -> Vec<(&'static str, Vote)> {
    spec.iter()
        .flat_map(|(g, n, v)| std::iter::repeat_n((*g, *v), *n))
        .collect()
}

fn adopted(e: &AdoptionElection) -> bool {
    decide(e).decisions[0].adopted
}

use Vote::{Abstain, No, Yes};

#[test]
fn two_thirds_holds_at_exactly_two_thirds_and_fails_just_under() {
    let r = json!({"preset": "two_thirds"});
    let at = election(
        r.clone(),
        Houses::default(),
        &[("a", 30)],
        &votes(&[("a", 20, Yes), ("a", 10, No)]),
    );
    assert!(adopted(&at));
    let d = decide(&at);
    assert_eq!(d.decisions[0].conditions.measured.as_deref(), Some("2/3"));
    let under = election(
        r,
        Houses::default(),
        &[("a", 30)],
        &votes(&[("a", 19, Yes), ("a", 10, No)]),
    );
    assert!(!adopted(&under));
    assert_eq!(
        decide(&under).decisions[0].conditions.measured.as_deref(),
        Some("19/29")
    );
}

#[test]
fn more_than_one_half_fails_at_exactly_one_half() {
    let r = json!({"preset": "majority"});
    let tie = election(
        r.clone(),
        Houses::default(),
        &[("a", 4)],
        &votes(&[("a", 2, Yes), ("a", 2, No)]),
    );
    assert!(!adopted(&tie));
    let over = election(
        r,
        Houses::default(),
        &[("a", 5)],
        &votes(&[("a", 3, Yes), ("a", 2, No)]),
    );
    assert!(adopted(&over));
}

#[test]
fn support_with_no_yes_or_no_does_not_hold() {
    let r = json!({"support": {"in": "all", "at_least": "0"}});
    let e = election(
        r,
        Houses::default(),
        &[("a", 3)],
        &votes(&[("a", 3, Abstain)]),
    );
    let d = decide(&e);
    assert!(!d.decisions[0].adopted);
    assert!(d.decisions[0].conditions.measured.is_none());
    assert!(d.decisions[0].conditions.note.is_some());
}

#[test]
fn against_with_empty_denominator_counts_as_zero_and_holds() {
    let r = json!({"against": {"in": "group:b", "at_most": "0", "over": "cast"}});
    let e = election(
        r,
        Houses::default(),
        &[("a", 1), ("b", 2)],
        &votes(&[("a", 1, Yes)]),
    );
    let d = decide(&e);
    assert!(d.decisions[0].adopted);
    assert_eq!(d.decisions[0].conditions.measured.as_deref(), Some("0"));
}

#[test]
fn against_over_cast_and_over_yes_no_differ_by_abstentions() {
    let ballots = votes(&[("a", 1, Yes), ("a", 1, No), ("a", 2, Abstain)]);
    let cast = json!({"against": {"in": "all", "at_most": "1/4", "over": "cast"}});
    let yes_no = json!({"against": {"in": "all", "at_most": "1/4", "over": "yes_no"}});
    assert!(adopted(&election(
        cast,
        Houses::default(),
        &[("a", 4)],
        &ballots
    )));
    assert!(!adopted(&election(
        yes_no,
        Houses::default(),
        &[("a", 4)],
        &ballots
    )));
}

#[test]
fn a_group_with_electors_but_no_ballots_fails_each_group() {
    let r = json!({"preset": "concurrent_majority"});
    let e = election(
        r,
        Houses::default(),
        &[("a", 2), ("b", 2)],
        &votes(&[("a", 2, Yes)]),
    );
    let d = decide(&e);
    assert!(!d.decisions[0].adopted);
    let parts = &d.decisions[0].conditions.parts;
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[1].scope.as_deref(), Some("group:b"));
    assert!(!parts[1].met);
    assert!(parts[0].met);
}

#[test]
fn a_group_without_electors_is_not_part_of_each_group() {
    let r = json!({"preset": "concurrent_two_thirds"});
    let e = election(
        r,
        Houses::default(),
        &[("a", 2), ("b", 0)],
        &votes(&[("a", 2, Yes)]),
    );
    assert!(adopted(&e));
}

#[test]
fn yes_voters_counts_ballots_not_weight() {
    let r = json!({"yes_voters": {"in": "all", "at_least": 2}});
    let mut e = election(
        r,
        Houses::default(),
        &[("a", 2)],
        &votes(&[("a", 1, Yes), ("a", 1, No)]),
    );
    e.ballots[0].weight = "5".parse().unwrap();
    assert!(!adopted(&e));
    e.ballots[1].votes = vec![Yes];
    assert!(adopted(&e));
}

#[test]
fn turnout_is_ballots_over_electors_and_undefined_without_electors() {
    let r = json!({"turnout": {"in": "group:a", "at_least": "1/2"}});
    let e = election(
        r.clone(),
        Houses::default(),
        &[("a", 4)],
        &votes(&[("a", 2, Abstain)]),
    );
    assert!(adopted(&e));
    let e = election(
        r.clone(),
        Houses::default(),
        &[("a", 5)],
        &votes(&[("a", 2, Abstain)]),
    );
    assert!(!adopted(&e));
    let e = election(r, Houses::default(), &[("b", 5)], &votes(&[("b", 5, Yes)]));
    assert!(!adopted(&e));
}

#[test]
fn two_houses_preset_needs_both_houses_in_order() {
    let h = houses(&[("a", &["gov"]), ("b", &["industry", "civil"])]);
    let r = json!({"preset": "two_houses"});
    // House a 2/3, house b just over half, a yes voter in each.
    let e = election(
        r.clone(),
        h.clone(),
        &[("gov", 3), ("industry", 2), ("civil", 1)],
        &votes(&[
            ("gov", 2, Yes),
            ("gov", 1, No),
            ("industry", 2, Yes),
            ("civil", 1, No),
        ]),
    );
    assert!(adopted(&e));
    // Swapped: house a only 1/2.
    let e = election(
        r.clone(),
        h.clone(),
        &[("gov", 2), ("industry", 3)],
        &votes(&[("gov", 1, Yes), ("gov", 1, No), ("industry", 3, Yes)]),
    );
    assert!(!adopted(&e));
    let one = houses(&[("a", &["gov"])]);
    let err = parse(r, &one).unwrap_err();
    assert!(err.message.contains("exactly two houses"), "{err}");
}

#[test]
fn house_supermajority_takes_three_quarters_in_one_and_a_majority_in_the_other() {
    let h = houses(&[
        ("contracted", &["registries"]),
        ("noncontracted", &["users", "business"]),
    ]);
    let r = json!({"preset": "house_supermajority"});
    // 3/4 in contracted, 3/5 in non-contracted: adopted by the second branch.
    let e = election(
        r.clone(),
        h.clone(),
        &[("registries", 4), ("users", 3), ("business", 2)],
        &votes(&[
            ("registries", 3, Yes),
            ("registries", 1, No),
            ("users", 3, Yes),
            ("business", 2, No),
        ]),
    );
    assert!(adopted(&e));
    // 2/3 in each house: first branch.
    let e = election(
        r.clone(),
        h.clone(),
        &[("registries", 3), ("users", 3)],
        &votes(&[
            ("registries", 2, Yes),
            ("registries", 1, No),
            ("users", 2, Yes),
            ("users", 1, No),
        ]),
    );
    assert!(adopted(&e));
    // 3/4 in one, exactly 1/2 in the other: refused.
    let e = election(
        r,
        h,
        &[("registries", 4), ("users", 2)],
        &votes(&[
            ("registries", 3, Yes),
            ("registries", 1, No),
            ("users", 1, Yes),
            ("users", 1, No),
        ]),
    );
    assert!(!adopted(&e));
}

#[test]
fn quorums_can_refuse_a_proposal_the_rule_accepts() {
    let r = json!({"preset": "majority"});
    let mut e = election(
        r,
        Houses::default(),
        &[("a", 4), ("b", 4)],
        &votes(&[("a", 3, Yes), ("b", 1, Yes)]),
    );
    assert!(adopted(&e));
    e.group_quorum_percent = Some(50);
    let d = decide(&e);
    assert!(d.decisions[0].rule_met);
    assert!(!d.decisions[0].adopted);
    assert!(!d.group_quorum.as_ref().unwrap().met);
    e.group_quorum_percent = None;
    e.quorum_percent = Some(51);
    assert!(!adopted(&e));
    e.quorum_percent = Some(50);
    assert!(adopted(&e));
}

#[test]
fn bad_rules_are_refused_with_the_place_named() {
    let none = Houses::default();
    let cases = [
        (
            json!({"support": {"in": "house:x", "at_least": "1/2"}}),
            "Unknown house",
        ),
        (
            json!({"support": {"in": "everywhere", "at_least": "1/2"}}),
            "Unknown scope",
        ),
        (
            json!({"support": {"in": "all", "at_least": "3/2"}}),
            "more than 1",
        ),
        (
            json!({"support": {"in": "all", "at_least": "-1/2"}}),
            "not a fraction",
        ),
        (
            json!({"support": {"in": "all", "at_least": "1/0"}}),
            "not a fraction",
        ),
        (
            json!({"support": {"in": "all", "at_least": 0.5}}),
            "not a fraction",
        ),
        (json!({"support": {"in": "all"}}), "exactly one of"),
        (
            json!({"support": {"in": "all", "at_least": "1/2", "x": 1}}),
            "Unknown field",
        ),
        (
            json!({"against": {"in": "all", "at_most": "1/2"}}),
            "over is",
        ),
        (json!({"preset": "unanimity"}), "Unknown preset"),
        (
            json!({"preset": "house_supermajority"}),
            "exactly two houses",
        ),
        (
            json!({"support": {"in": "each_house", "at_least": "1/2"}}),
            "needs the round's houses",
        ),
        (json!({"all": []}), "non-empty"),
        (json!({"vote": {}}), "Unknown condition"),
        (json!({}), "exactly one key"),
    ];
    for (rule, expected) in cases {
        let err = parse(rule.clone(), &none).unwrap_err();
        assert!(err.to_string().contains(expected), "{rule}: {err}");
    }
    let groups: BTreeSet<String> = ["a".to_string()].into();
    let err = rule::parse(
        &json!({"support": {"in": "group:zz", "at_least": "1/2"}}),
        RuleContext {
            groups: Some(&groups),
            houses: &none,
        },
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("Unknown stakeholder group"),
        "{err}"
    );
    assert_eq!(err.path, "rule.support.in");
}

#[test]
fn nesting_deeper_than_eight_is_refused() {
    let mut r = json!({"support": {"in": "all", "at_least": "1/2"}});
    for _ in 0..7 {
        r = json!({"all": [r]});
    }
    assert!(parse(r.clone(), &Houses::default()).is_ok());
    let r = json!({"any": [r]});
    let err = parse(r, &Houses::default()).unwrap_err();
    assert!(err.message.contains("deeper than 8"), "{err}");
}

#[test]
fn houses_are_checked() {
    let g: BTreeSet<String> = ["a".to_string(), "b".to_string()].into();
    let bad = [
        (
            vec![("x", vec!["a"]), ("y", vec!["a"])],
            "more than one house",
        ),
        (vec![("x", vec!["zz"])], "unknown stakeholder group"),
        (vec![("x", vec![])], "no stakeholder group"),
        (vec![("X Y", vec!["a"])], "House id"),
    ];
    for (spec, expected) in bad {
        let raw = spec
            .into_iter()
            .map(|(h, gs)| (h.to_string(), gs.into_iter().map(str::to_string).collect()))
            .collect();
        let err = Houses::parse(raw, Some(&g)).unwrap_err();
        assert!(err.to_string().contains(expected), "{err}");
    }
}

#[test]
fn a_rule_reads_back_from_its_explicit_form() {
    let h = houses(&[("a", &["gov"]), ("b", &["industry"])]);
    for p in rule::PRESETS {
        let parsed = parse(json!({"preset": p}), &h).unwrap();
        let again = parse(parsed.rule.to_value(), &h).unwrap();
        assert_eq!(parsed.rule, again.rule, "{p}");
        assert_eq!(parsed.preset.as_deref(), Some(p));
    }
}

#[test]
fn the_results_document_reads_back_exactly() {
    let e = election(
        json!({"preset": "concurrent_majority"}),
        Houses::default(),
        &[("a", 3), ("b", 2)],
        &votes(&[
            ("a", 2, Yes),
            ("a", 1, No),
            ("b", 1, Yes),
            ("b", 1, Abstain),
        ]),
    );
    let doc = decide(&e);
    let json = doc.to_canonical_json().unwrap();
    assert_eq!(result::AdoptionResults::from_stored(&json).unwrap(), doc);
    assert!(doc.decisions[0].adopted);
    let lying = json.replace("\"adopted\":[\"p1\"]", "\"adopted\":[]");
    assert_ne!(lying, json);
    assert!(result::AdoptionResults::from_stored(&lying).is_err());
    let tampered = json.replacen('{', "{ ", 1);
    assert!(result::AdoptionResults::from_stored(&tampered).is_err());
}

mod properties;
