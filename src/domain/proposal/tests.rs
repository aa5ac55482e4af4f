//! Unit tests of `proposal`.

#![allow(clippy::unwrap_used)]
use super::*;

fn sentence(rule: EligibilityRule, s: u32, g: u32) -> Option<String> {
    missing(rule, ProposalStatus::Submitted, s, g).map(|m| m.to_string())
}

#[test]
fn default_rule_needs_two_cosponsors_from_two_other_groups() {
    let r = EligibilityRule::default();
    assert_eq!(
        sentence(r, 0, 0).as_deref(),
        Some("needs co-sponsors from 2 more stakeholder groups")
    );
    assert_eq!(
        sentence(r, 1, 1).as_deref(),
        Some("needs a co-sponsor from one more stakeholder group")
    );
    // Two co-sponsors from the same other group: one more group needed.
    assert_eq!(
        sentence(r, 2, 1).as_deref(),
        Some("needs a co-sponsor from one more stakeholder group")
    );
    assert_eq!(sentence(r, 2, 2), None);
    assert_eq!(sentence(r, 5, 3), None);
}

#[test]
fn more_cosponsors_than_groups_are_counted_separately() {
    let r = EligibilityRule {
        min_cosponsors: 3,
        min_groups: 1,
    };
    assert_eq!(
        sentence(r, 0, 0).as_deref(),
        Some("needs 3 more co-sponsors, from at least one more stakeholder group")
    );
    assert_eq!(
        sentence(r, 2, 1).as_deref(),
        Some("needs one more co-sponsor from a stakeholder group other than the author's")
    );
    assert_eq!(
        sentence(r, 1, 1).as_deref(),
        Some("needs 2 more co-sponsors from stakeholder groups other than the author's")
    );
}

#[test]
fn zero_disables_the_rule() {
    let r = EligibilityRule {
        min_cosponsors: 0,
        min_groups: 0,
    };
    assert_eq!(sentence(r, 0, 0), None);
    let only_groups = EligibilityRule {
        min_cosponsors: 0,
        min_groups: 1,
    };
    assert_eq!(
        sentence(only_groups, 0, 0).as_deref(),
        Some("needs a co-sponsor from one more stakeholder group")
    );
}

#[test]
fn only_submitted_proposals_are_eligible() {
    let r = EligibilityRule {
        min_cosponsors: 0,
        min_groups: 0,
    };
    let m = missing(r, ProposalStatus::Draft, 9, 9).unwrap();
    assert_eq!(m.to_string(), "needs to be submitted");
    assert!(missing(r, ProposalStatus::Withdrawn, 9, 9).is_some());
}

#[test]
fn title_limits_count_characters_after_trimming() {
    assert!(ProposalTitle::parse("  ab  ").is_err());
    assert!(ProposalTitle::parse("abc").is_ok());
    assert!(ProposalTitle::parse(&"é".repeat(200)).is_ok());
    assert!(ProposalTitle::parse(&"é".repeat(201)).is_err());
    assert!(Summary::parse(&"x".repeat(501)).is_err());
    assert!(Body::parse(&"x".repeat(50_001)).is_err());
    assert!(CommentBody::parse(&"x".repeat(5_001)).is_err());
    assert!(CommentBody::parse("   ").is_err());
}

#[test]
fn themes_parse_against_the_list_and_come_out_canonical() {
    let t = Themes::default();
    let list = t
        .parse_list(&["cybersecurity", "connectivity", "cybersecurity"])
        .unwrap();
    let ids: Vec<&str> = list.iter().map(Theme::as_str).collect();
    assert_eq!(ids, ["connectivity", "cybersecurity"]);
    assert!(t.parse_list(&["space_lasers"]).is_err());
    assert!(Themes::from_spec("a=A,a").is_err());
    assert_eq!(Themes::from_spec("").unwrap().all().len(), 0);
}

#[test]
fn status_round_trips() {
    for s in ProposalStatus::ALL {
        assert_eq!(s.as_str().parse::<ProposalStatus>().unwrap(), s);
    }
    assert!("open".parse::<ProposalStatus>().is_err());
}

#[test]
fn length_refusals_name_the_field_in_english_outside_a_request() {
    let e = ProposalTitle::parse(&"x".repeat(201)).unwrap_err();
    assert_eq!(e.field, "title");
    assert_eq!(
        e.sentence(),
        "The title must be at most 200 characters (it has 201)."
    );
    let e = ProposalTitle::parse(" ab ").unwrap_err();
    assert_eq!(e.sentence(), "The title must be at least 3 characters.");
    assert_eq!(
        CommentBody::parse(" ").unwrap_err().sentence(),
        "The comment is required."
    );
    assert_eq!(
        Summary::parse("a\u{7}b").unwrap_err().to_string(),
        "summary: The summary contains control characters."
    );
}

/// The field's name comes from the same catalogue message in each language
/// (a message reference sees the sentence's arguments).
#[tokio::test]
async fn length_refusals_are_put_into_the_reader_language() {
    use crate::i18n::{Lang, scope};
    let e = ProposalTitle::parse(&"x".repeat(201)).unwrap_err();
    let fr = scope(Lang::Fr, async { e.sentence() }).await;
    assert_eq!(
        fr,
        "Le titre ne doit pas dépasser 200 caractères (actuellement : 201)."
    );
    let zh = scope(Lang::Zh, async { e.sentence() }).await;
    assert_eq!(zh, "标题不能超过 200 个字符（当前为 201 个）。");
}

#[tokio::test]
async fn nesting_refusals_keep_their_facts_in_each_language() {
    use crate::i18n::{Lang, scope};
    let deep = format!("fine\n{}", "> ".repeat(33));
    let e = CommentBody::parse(&deep).unwrap_err();
    assert_eq!(
        e.sentence(),
        "The comment is nested too deeply: line 2 nests 33 quotes or list items; at most 32 are allowed."
    );
    let ru = scope(Lang::Ru, async { e.sentence() }).await;
    assert_eq!(
        ru,
        "Слишком глубокая вложенность в поле «Комментарий»: в строке 2 уровень вложенности цитат и пунктов списка — 33, допустимо не более 32."
    );
    let e = Body::parse(&"<div>".repeat(40)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "body: The body is nested too deeply: by line 1 its HTML elements nest more than 32 deep; close them or write Markdown."
    );
}
