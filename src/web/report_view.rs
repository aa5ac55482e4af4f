//! The report page's display model: the `plenary-report/1` document (frozen
//! or built now) with group labels, rendered Markdown (through the same
//! sanitising renderer as proposals) and the evidence as table rows. The
//! page renders from the document, so a published page shows exactly what
//! was frozen.
//!
//! The document's data (titles, names, numbers, group labels) stays as
//! frozen; the words the page puts around it (headlines, "Adopted by …",
//! method names) are built here at display time, in the reader's language.

use crate::domain::groups::StakeholderGroups;
use crate::domain::report::{Evidence, ReportDocument, ReportEntry, ReportPerson};
use crate::i18n::{self, Arg, Lang};
use crate::services::reports::ReportView;
use crate::web::round_words::exact;

/// One round's result for one proposal, as a page shows it.
pub struct EvidenceView {
    /// The round's title and id.
    pub round: String,
    /// The round's id, for the link.
    pub round_id: i64,
    /// `adoption` or `ranking`.
    pub kind: &'static str,
    /// One line: "adopted — yes 3, no 0, abstain 0" or "position 1 of 2".
    pub headline: String,
    /// Per group: (label, yes, no, abstain) for adoption rounds.
    pub votes: Vec<(String, String, String, String)>,
    /// Per group: (label, position) for ranking rounds.
    pub positions: Vec<(String, usize)>,
}

/// One proposal as the page shows it.
pub struct EntryView {
    /// Proposal id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// The final text, rendered and sanitised.
    pub body_html: String,
    /// Revision.
    pub revision: i32,
    /// "Name (Organisation, Group)".
    pub author: String,
    /// The same for each co-sponsor.
    pub cosponsors: Vec<String>,
    /// "Adopted by Round (round 3)" or "Recorded as adopted by a chair after …".
    pub decision: Option<String>,
    /// Results per covered round.
    pub evidence: Vec<EvidenceView>,
}

/// The whole page model.
pub struct ReportPageView {
    /// Id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// True for a draft.
    pub draft: bool,
    /// Publication time.
    pub published_at: Option<String>,
    /// SHA-256 of the frozen JSON.
    pub sha256: Option<String>,
    /// The report this one replaces.
    pub supersedes: Option<i64>,
    /// The report that replaces this one.
    pub superseded_by: Option<i64>,
    /// The introduction, rendered and sanitised.
    pub introduction_html: String,
    /// Covered rounds: (id, title, method label, closed at as stored).
    pub rounds: Vec<(i64, String, String, String)>,
    /// Recommendations.
    pub adopted: Vec<EntryView>,
    /// Decided against (an adoption round's rule, or a chair).
    pub not_adopted: Vec<EntryView>,
    /// Only ranked: no decision recorded.
    pub undecided: Vec<EntryView>,
}

fn person(lang: Lang, p: &ReportPerson, groups: &StakeholderGroups) -> String {
    i18n::t_args(
        lang,
        "reports-person",
        &[
            ("name", Arg::Str(&p.name)),
            ("organisation", Arg::Str(&p.organisation)),
            ("group", Arg::Str(&groups.label(lang, &p.group))),
        ],
    )
}

/// A counting method's name in `lang` (the stored name when unknown).
fn method(lang: Lang, name: &str) -> String {
    let id = match name {
        "schulze" => "reports-method-schulze",
        "ranked_pairs" => "reports-method-ranked-pairs",
        "borda" => "reports-method-borda",
        "irv" => "reports-method-irv",
        "copeland" => "reports-method-copeland",
        "plurality" => "reports-method-plurality",
        "adoption" => "reports-method-adoption",
        other => return other.to_owned(),
    };
    i18n::t(lang, id)
}

/// "Title (round 3)", or "Round 3" when the document lacks the round.
fn round_name(lang: Lang, doc: &ReportDocument, id: crate::domain::round::RoundId) -> String {
    let n = id.0.to_string();
    match doc.round(id) {
        Some(r) => i18n::t_args(
            lang,
            "reports-round-titled",
            &[("title", Arg::Str(&r.title)), ("id", Arg::Str(&n))],
        ),
        None => i18n::t_args(lang, "reports-round-untitled", &[("id", Arg::Str(&n))]),
    }
}

fn evidence(
    lang: Lang,
    doc: &ReportDocument,
    e: &Evidence,
    groups: &StakeholderGroups,
) -> EvidenceView {
    let id = e.round();
    let round = round_name(lang, doc, id);
    let num = |s: &str| i18n::format_number(lang, s);
    let ex = |r: &crate::tally::rational::Rational| exact(lang, r);
    match e {
        Evidence::Adoption {
            adopted,
            totals,
            groups: per_group,
            ..
        } => {
            let (yes, no, abstain) = (ex(&totals.yes), ex(&totals.no), ex(&totals.abstain));
            let args = [
                ("yes", Arg::Str(&yes)),
                ("no", Arg::Str(&no)),
                ("abstain", Arg::Str(&abstain)),
            ];
            let headline = if *adopted {
                i18n::t_args(lang, "reports-headline-adopted", &args)
            } else {
                i18n::t_args(lang, "reports-headline-not-adopted", &args)
            };
            EvidenceView {
                round,
                round_id: id.0,
                kind: "adoption",
                headline,
                votes: per_group
                    .iter()
                    .map(|(g, t)| (groups.label(lang, g), ex(&t.yes), ex(&t.no), ex(&t.abstain)))
                    .collect(),
                positions: Vec::new(),
            }
        }
        Evidence::Ranking {
            position,
            of,
            tied,
            groups: per_group,
            ..
        } => {
            let (position, of) = (num(&position.to_string()), num(&of.to_string()));
            let args = [("position", Arg::Str(&position)), ("of", Arg::Str(&of))];
            let headline = if *tied {
                i18n::t_args(lang, "reports-headline-position-tied", &args)
            } else {
                i18n::t_args(lang, "reports-headline-position", &args)
            };
            EvidenceView {
                round,
                round_id: id.0,
                kind: "ranking",
                headline,
                votes: Vec::new(),
                positions: per_group
                    .iter()
                    .map(|(g, p)| (groups.label(lang, g), *p))
                    .collect(),
            }
        }
    }
}

fn entry(
    lang: Lang,
    doc: &ReportDocument,
    e: &ReportEntry,
    groups: &StakeholderGroups,
) -> EntryView {
    EntryView {
        id: e.proposal,
        title: e.title.clone(),
        summary: e.summary.clone(),
        body_html: crate::markdown::render_stored(&e.body),
        revision: e.revision,
        author: person(lang, &e.author, groups),
        cosponsors: e
            .cosponsors
            .iter()
            .map(|c| person(lang, c, groups))
            .collect(),
        decision: e.decided_by.as_ref().map(|d| {
            let round = round_name(lang, doc, d.round);
            let id = if d.how == "chair_decision" {
                "reports-decision-chair"
            } else {
                "reports-decision-round"
            };
            i18n::t_args(lang, id, &[("round", Arg::Str(&round))])
        }),
        evidence: e
            .results
            .iter()
            .map(|r| evidence(lang, doc, r, groups))
            .collect(),
    }
}

/// "Ranked 1 of 3 in Priorities (round 5), no decision recorded": what an
/// undecided proposal's ranking says, and what it does not.
fn undecided_line(lang: Lang, doc: &ReportDocument, e: &ReportEntry) -> String {
    let ranked = e.results.iter().find_map(|r| match r {
        Evidence::Ranking {
            round,
            position,
            of,
            ..
        } => Some((*round, *position, *of)),
        Evidence::Adoption { .. } => None,
    });
    match ranked {
        Some((round, position, of)) => {
            let (position, of) = (
                i18n::format_number(lang, &position.to_string()),
                i18n::format_number(lang, &of.to_string()),
            );
            let round = round_name(lang, doc, round);
            i18n::t_args(
                lang,
                "reports-undecided-ranked",
                &[
                    ("position", Arg::Str(&position)),
                    ("of", Arg::Str(&of)),
                    ("round", Arg::Str(&round)),
                ],
            )
        }
        None => i18n::t(lang, "reports-undecided-none"),
    }
}

/// Builds the page model in `lang`.
pub fn build(view: &ReportView, groups: &StakeholderGroups, lang: Lang) -> ReportPageView {
    let doc = &view.document;
    ReportPageView {
        id: view.report.id.0,
        title: doc.report.title.clone(),
        draft: doc.report.published_at.is_none(),
        published_at: doc.report.published_at.clone(),
        sha256: view.report.sha256.clone(),
        supersedes: view.report.supersedes.map(|s| s.0),
        superseded_by: view.report.superseded_by.map(|s| s.0),
        introduction_html: crate::markdown::render_stored(&doc.report.introduction),
        rounds: doc
            .rounds
            .iter()
            .map(|r| {
                (
                    r.id.0,
                    r.title.clone(),
                    method(lang, &r.method),
                    r.closed_at.clone(),
                )
            })
            .collect(),
        adopted: doc
            .adopted
            .iter()
            .map(|e| entry(lang, doc, e, groups))
            .collect(),
        not_adopted: doc
            .not_adopted
            .iter()
            .map(|e| entry(lang, doc, e, groups))
            .collect(),
        undecided: doc
            .undecided
            .iter()
            .map(|e| EntryView {
                decision: Some(undecided_line(lang, doc, e)),
                ..entry(lang, doc, e, groups)
            })
            .collect(),
    }
}
