//! Turns an adoption round's stored results into what its page shows: per
//! proposal the verdict, stacked yes / no / abstain bars overall and per
//! group (SVG, with the same numbers in a table), and the rule's conditions
//! as a checklist that says which one failed and by how much.

use crate::domain::groups::StakeholderGroups;
use crate::services::rounds::{Round, Turnout};
use crate::tally::adoption::result::{AdoptionResults, Check, Test, Totals};
use crate::tally::rational::Rational;
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

/// A weight in few characters: whole numbers as they are, others to 2 places.
fn short(r: &Rational) -> String {
    let exact = r.to_string();
    if exact.contains('/') {
        r.to_display_decimal(2)
    } else {
        exact
    }
}

fn weight(r: &Rational, ballots: u64) -> String {
    let exact = r.to_string();
    let n = if ballots == 1 { "ballot" } else { "ballots" };
    if exact.contains('/') {
        format!("{exact} ≈ {} ({ballots} {n})", r.to_display_decimal(2))
    } else {
        format!("{exact} ({ballots} {n})")
    }
}

fn scope_words(scope: &str, groups: &StakeholderGroups) -> String {
    if let Some(g) = scope.strip_prefix("group:") {
        format!("group {}", groups.label(g))
    } else if let Some(h) = scope.strip_prefix("house:") {
        format!("house {h}")
    } else {
        match scope {
            "all" => "all ballots".to_owned(),
            "each_group" => "each group".to_owned(),
            "each_house" => "each house".to_owned(),
            other => other.to_owned(),
        }
    }
}

fn condition_words(c: &Check, groups: &StakeholderGroups) -> String {
    let scope = c
        .scope
        .as_deref()
        .map(|s| scope_words(s, groups))
        .unwrap_or_default();
    let threshold = match (&c.at_least, &c.more_than, &c.at_most) {
        (Some(t), _, _) => format!("at least {t}"),
        (_, Some(t), _) => format!("more than {t}"),
        (_, _, Some(t)) => format!("at most {t}"),
        _ => String::new(),
    };
    let head = match c.test {
        Test::Support => format!("Support (yes over yes + no) in {scope}: {threshold}"),
        Test::Against => format!(
            "Opposition (no over {}) in {scope}: {threshold}",
            if c.over.as_deref() == Some("yes_no") {
                "yes + no"
            } else {
                "all votes cast"
            }
        ),
        Test::YesVoters => format!("Ballots saying yes in {scope}: {threshold}"),
        Test::Turnout => format!("Turnout in {scope}: {threshold}"),
        Test::All => "All of these hold".to_owned(),
        Test::Any => "At least one of these holds".to_owned(),
    };
    let measured = match (&c.measured, &c.measured_decimal, &c.note) {
        (Some(m), Some(d), _) if m.contains('/') => format!(" — measured {m} ≈ {d}"),
        (Some(m), _, _) => format!(" — measured {m}"),
        (None, _, Some(n)) => format!(" — {n}"),
        _ => String::new(),
    };
    format!(
        "{head}{measured}: {}",
        if c.met { "met" } else { "not met" }
    )
}

fn lines(c: &Check, depth: usize, groups: &StakeholderGroups, out: &mut Vec<CheckLine>) {
    out.push(CheckLine {
        depth,
        text: condition_words(c, groups),
        met: c.met,
    });
    for p in &c.parts {
        lines(p, depth + 1, groups, out);
    }
}

fn bar(label: String, t: &Totals) -> (VoteBar, VoteRow) {
    (
        VoteBar {
            label: label.clone(),
            yes: num(&t.yes),
            no: num(&t.no),
            abstain: num(&t.abstain),
            text: format!(
                "yes {} · no {} · abstain {}",
                short(&t.yes),
                short(&t.no),
                short(&t.abstain)
            ),
        },
        VoteRow {
            label,
            yes: weight(&t.yes, t.yes_ballots),
            no: weight(&t.no, t.no_ballots),
            abstain: weight(&t.abstain, t.abstain_ballots),
        },
    )
}

fn percent(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "–".to_owned();
    }
    #[allow(clippy::cast_precision_loss)]
    let p = part as f64 * 100.0 / whole as f64;
    format!("{p:.0}%")
}

/// Builds the view.
pub fn build(
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
            let mut pairs = vec![bar("All ballots".to_owned(), &d.totals)];
            for (h, t) in &d.houses {
                pairs.push(bar(format!("House {h}"), t));
            }
            for (g, t) in &d.groups {
                pairs.push(bar(groups.label(g).to_owned(), t));
            }
            let (bars, rows): (Vec<VoteBar>, Vec<VoteRow>) = pairs.into_iter().unzip();
            let mut checklist = Vec::new();
            lines(&d.conditions, 0, groups, &mut checklist);
            DecisionView {
                chart: vote_bars(
                    &format!("votes-{}-{}", round.id, d.id),
                    &format!("Votes on {} ({})", title(&d.id), d.id),
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
            format!(
                "Quorum: {} of {} electors voted; {}% needed.",
                q.ballots, q.electorate, q.percent
            ),
            q.met,
        ));
    }
    if let Some(q) = &doc.group_quorum {
        for (g, t) in &q.groups {
            quorum_notes.push((
                format!(
                    "Group quorum, {}: {} of {} electors voted; {}% needed.",
                    groups.label(g),
                    t.ballots,
                    t.electors,
                    q.percent
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
        turnout_percent: percent(turnout.ballots, turnout.electorate),
        turnout_groups: turnout
            .groups
            .iter()
            .map(|(g, e, b)| (groups.label(g).to_owned(), *b, *e, percent(*b, *e)))
            .collect(),
    }
}
