//! Turns an adoption round's stored results into what its page shows: per
//! proposal the verdict, stacked yes / no / abstain bars overall and per
//! group (SVG, with the same numbers in a table), and the rule's conditions
//! as a checklist that says which one failed and by how much, all in the
//! reader's language.

use crate::domain::groups::StakeholderGroups;
use crate::i18n::{self, Arg, Lang};
use crate::services::rounds::{Round, Turnout};
use crate::tally::adoption::result::{AdoptionResults, Check, Test, Totals};
use crate::tally::rational::Rational;
use crate::web::charts;
use crate::web::round_words as words;
use crate::web::vote_bars::{VoteBar, vote_bars};

/// One line of a proposal's checklist.
pub struct CheckLine {
    /// Nesting depth, 0 for the rule itself.
    pub depth: usize,
    /// The condition in words, with what was measured.
    pub text: String,
    /// Whether it holds.
    pub met: bool,
}

/// One row of a proposal's vote table.
pub struct VoteRow {
    /// "All ballots", a group's or a house's name.
    pub label: String,
    /// Yes, no and abstain: weight (and ballots).
    pub yes: String,
    /// No.
    pub no: String,
    /// Abstain.
    pub abstain: String,
}

/// One proposal's decision.
pub struct DecisionView {
    /// Candidate id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Adopted or not.
    pub adopted: bool,
    /// Whether the rule held (it may have, with a quorum missed).
    pub rule_met: bool,
    /// The stacked bars.
    pub chart: String,
    /// The same numbers as a table.
    pub rows: Vec<VoteRow>,
    /// The rule's conditions, evaluated.
    pub checklist: Vec<CheckLine>,
}

impl DecisionView {
    /// The proposal's page (ids stay in exports and the API; people get a
    /// link).
    pub fn href(&self) -> String {
        crate::domain::round::proposal_of(&self.id)
            .map_or_else(|| "/proposals".to_owned(), |p| format!("/proposals/{p}"))
    }
}

/// The results part of an adoption round's page.
pub struct AdoptionResultsView {
    /// Titles of the adopted proposals.
    pub adopted: Vec<String>,
    /// The preset's name, if the rule was one.
    pub preset: Option<String>,
    /// Sentences on the quorums.
    pub quorum_notes: Vec<(String, bool)>,
    /// Per proposal.
    pub decisions: Vec<DecisionView>,
    /// Turnout overall.
    pub turnout_percent: String,
    /// Turnout per group: (label, ballots, electorate, percent).
    pub turnout_groups: Vec<(String, u64, u64, String)>,
}

fn num(r: &Rational) -> f64 {
    r.to_display_decimal(6).parse().unwrap_or(0.0)
}

/// "2 (2 ballots)", "3/2 ≈ 1.50 (2 ballots)".
fn weight(lang: Lang, r: &Rational, ballots: u64) -> String {
    let count = i18n::format_number(lang, &ballots.to_string());
    i18n::t_args(
        lang,
        "results-weight-ballots",
        &[
            ("weight", Arg::Str(&words::exact_approx(lang, r))),
            ("count", Arg::Str(&count)),
            ("n", Arg::Num(i64::try_from(ballots).unwrap_or(i64::MAX))),
        ],
    )
}

/// A stored exact number ("2/3", "15/2", "0.5") written short in `lang`
/// (`2/3`, `7.5`): the same function as every tally number on the pages.
fn number_text(lang: Lang, text: &str) -> String {
    words::exact_text(lang, text)
}

fn scope_words(lang: Lang, scope: &str, groups: &StakeholderGroups) -> String {
    let named = |id: &str, name: &str| i18n::t_args(lang, id, &[("name", Arg::Str(name))]);
    if let Some(g) = scope.strip_prefix("group:") {
        named("results-scope-group", &groups.label(lang, g))
    } else if let Some(h) = scope.strip_prefix("house:") {
        named("results-scope-house", h)
    } else {
        match scope {
            "all" => i18n::t(lang, "results-scope-all"),
            "each_group" => i18n::t(lang, "results-scope-each-group"),
            "each_house" => i18n::t(lang, "results-scope-each-house"),
            other => other.to_owned(),
        }
    }
}

/// The tally's notes (fixed English sentences) as catalogue ids.
fn note_words(lang: Lang, note: &str) -> String {
    let id = match note {
        "no group has electors in this round" => "results-note-no-group-electors",
        "no yes or no votes: support is undefined" => "results-note-support-undefined",
        "no votes: the share against counts as 0" => "results-note-against-zero",
        "no electors: turnout is undefined" => "results-note-turnout-undefined",
        other => return other.to_owned(),
    };
    i18n::t(lang, id)
}

fn condition_words(lang: Lang, c: &Check, groups: &StakeholderGroups) -> String {
    let scope = c
        .scope
        .as_deref()
        .map(|s| scope_words(lang, s, groups))
        .unwrap_or_default();
    let bound =
        |id: &str, t: &str| i18n::t_args(lang, id, &[("value", Arg::Str(&number_text(lang, t)))]);
    let threshold = match (&c.at_least, &c.more_than, &c.at_most) {
        (Some(t), _, _) => bound("results-at-least", t),
        (_, Some(t), _) => bound("results-more-than", t),
        (_, _, Some(t)) => bound("results-at-most", t),
        _ => String::new(),
    };
    let test = |id: &str| {
        i18n::t_args(
            lang,
            id,
            &[
                ("scope", Arg::Str(&scope)),
                ("threshold", Arg::Str(&threshold)),
            ],
        )
    };
    let head = match c.test {
        Test::Support => test("results-check-support"),
        Test::Against if c.over.as_deref() == Some("yes_no") => {
            test("results-check-against-yes-no")
        }
        Test::Against => test("results-check-against-all"),
        Test::YesVoters => test("results-check-yes-voters"),
        Test::Turnout => test("results-check-turnout"),
        Test::All => i18n::t(lang, "results-check-all"),
        Test::Any => i18n::t(lang, "results-check-any"),
    };
    let measured = match (&c.measured, &c.measured_decimal, &c.note) {
        (Some(m), Some(d), _) if number_text(lang, m).contains('/') => Some(format!(
            "{} ≈ {}",
            number_text(lang, m),
            i18n::format_number(lang, d)
        )),
        (Some(m), _, _) => Some(number_text(lang, m)),
        _ => None,
    };
    let head = match (measured, &c.note) {
        (Some(value), _) => i18n::t_args(
            lang,
            "results-check-measured",
            &[("condition", Arg::Str(&head)), ("value", Arg::Str(&value))],
        ),
        (None, Some(n)) => format!("{head} — {}", note_words(lang, n)),
        _ => head,
    };
    let verdict = i18n::t(
        lang,
        if c.met {
            "results-check-met"
        } else {
            "results-check-not-met"
        },
    );
    charts::pair(lang, &head, &verdict)
}

fn lines(
    lang: Lang,
    c: &Check,
    depth: usize,
    groups: &StakeholderGroups,
    out: &mut Vec<CheckLine>,
) {
    out.push(CheckLine {
        depth,
        text: condition_words(lang, c, groups),
        met: c.met,
    });
    for p in &c.parts {
        lines(lang, p, depth + 1, groups, out);
    }
}

fn bar(lang: Lang, label: String, t: &Totals) -> (VoteBar, VoteRow) {
    (
        VoteBar {
            label: label.clone(),
            yes: num(&t.yes),
            no: num(&t.no),
            abstain: num(&t.abstain),
            text: i18n::t_args(
                lang,
                "results-bar-text",
                &[
                    ("yes", Arg::Str(&words::short(lang, &t.yes))),
                    ("no", Arg::Str(&words::short(lang, &t.no))),
                    ("abstain", Arg::Str(&words::short(lang, &t.abstain))),
                ],
            ),
        },
        VoteRow {
            label,
            yes: weight(lang, &t.yes, t.yes_ballots),
            no: weight(lang, &t.no, t.no_ballots),
            abstain: weight(lang, &t.abstain, t.abstain_ballots),
        },
    )
}

/// Builds the view in `lang`.
pub fn build(
    lang: Lang,
    round: &Round,
    doc: &AdoptionResults,
    turnout: &Turnout,
    groups: &StakeholderGroups,
) -> AdoptionResultsView {
    let title = |id: &str| {
        round
            .proposals
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_owned(), |p| p.title.clone())
    };
    let decisions = doc
        .decisions
        .iter()
        .map(|d| {
            let mut pairs = vec![bar(lang, i18n::t(lang, "results-all-ballots"), &d.totals)];
            for (h, t) in &d.houses {
                let name = i18n::t_args(lang, "results-house-title", &[("name", Arg::Str(h))]);
                pairs.push(bar(lang, name, t));
            }
            for (g, t) in &d.groups {
                pairs.push(bar(lang, groups.label(lang, g), t));
            }
            let (bars, rows): (Vec<VoteBar>, Vec<VoteRow>) = pairs.into_iter().unzip();
            let mut checklist = Vec::new();
            lines(lang, &d.conditions, 0, groups, &mut checklist);
            DecisionView {
                chart: vote_bars(
                    lang,
                    &format!("votes-{}-{}", round.id, d.id),
                    &i18n::t_args(
                        lang,
                        "results-votes-chart-title",
                        &[("title", Arg::Str(&title(&d.id)))],
                    ),
                    &bars,
                ),
                id: d.id.clone(),
                title: title(&d.id),
                adopted: d.adopted,
                rule_met: d.rule_met,
                rows,
                checklist,
            }
        })
        .collect();
    let mut quorum_notes = Vec::new();
    if let Some(q) = &doc.quorum {
        quorum_notes.push((
            quorum_note(lang, None, q.ballots, q.electorate, q.percent),
            q.met,
        ));
    }
    if let Some(q) = &doc.group_quorum {
        for (g, t) in &q.groups {
            quorum_notes.push((
                quorum_note(
                    lang,
                    Some(&groups.label(lang, g)),
                    t.ballots,
                    t.electors,
                    q.percent,
                ),
                t.met,
            ));
        }
    }
    AdoptionResultsView {
        adopted: doc.adopted.iter().map(|id| title(id)).collect(),
        preset: doc.preset.clone(),
        quorum_notes,
        decisions,
        turnout_percent: words::percent(lang, turnout.ballots, turnout.electorate),
        turnout_groups: turnout
            .groups
            .iter()
            .map(|(g, e, b)| (groups.label(lang, g), *b, *e, words::percent(lang, *b, *e)))
            .collect(),
    }
}

/// "Quorum: 3 of 4 electors voted; 50% needed." (or a group's quorum).
fn quorum_note(
    lang: Lang,
    group: Option<&str>,
    ballots: u64,
    electors: u64,
    percent: impl std::fmt::Display,
) -> String {
    let base = words::count_of(lang, "results-quorum-voted", ballots, electors);
    let needed = i18n::format_number(lang, &percent.to_string());
    let mut args = vec![("voted", Arg::Str(&base)), ("percent", Arg::Str(&needed))];
    let id = match group {
        Some(g) => {
            args.push(("group", Arg::Str(g)));
            "results-group-quorum-note"
        }
        None => "results-quorum-note",
    };
    i18n::t_args(lang, id, &args)
}
