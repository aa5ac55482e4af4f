//! The report page's display model: the `plenary-report/1` document (frozen
//! or built now) with group labels, rendered Markdown (through the same
//! sanitising renderer as proposals) and the evidence as table rows. The
//! page renders from the document, so a published page shows exactly what
//! was frozen.

use crate::domain::groups::StakeholderGroups;
use crate::domain::report::{Evidence, ReportDocument, ReportEntry, ReportPerson};
use crate::services::reports::ReportView;

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
    /// Covered rounds: (id, title, method, closed at).
    pub rounds: Vec<(i64, String, String, String)>,
    /// Recommendations.
    pub adopted: Vec<EntryView>,
    /// The rest.
    pub not_adopted: Vec<EntryView>,
}

fn person(p: &ReportPerson, groups: &StakeholderGroups) -> String {
    format!(
        "{} ({}, {})",
        p.name,
        p.organisation,
        groups.label(&p.group)
    )
}

fn evidence(doc: &ReportDocument, e: &Evidence, groups: &StakeholderGroups) -> EvidenceView {
    let id = e.round();
    let round = doc.round(id).map_or_else(
        || format!("Round {id}"),
        |r| format!("{} (round {id})", r.title),
    );
    match e {
        Evidence::Adoption {
            adopted,
            totals,
            groups: per_group,
            ..
        } => EvidenceView {
            round,
            round_id: id.0,
            kind: "adoption",
            headline: format!(
                "{} — yes {}, no {}, abstain {}",
                if *adopted { "Adopted" } else { "Not adopted" },
                totals.yes_decimal,
                totals.no_decimal,
                totals.abstain_decimal
            ),
            votes: per_group
                .iter()
                .map(|(g, t)| {
                    (
                        groups.label(g).to_owned(),
                        t.yes_decimal.clone(),
                        t.no_decimal.clone(),
                        t.abstain_decimal.clone(),
                    )
                })
                .collect(),
            positions: Vec::new(),
        },
        Evidence::Ranking {
            position,
            of,
            tied,
            groups: per_group,
            ..
        } => EvidenceView {
            round,
            round_id: id.0,
            kind: "ranking",
            headline: format!(
                "Position {position} of {of}{}",
                if *tied { " (tied)" } else { "" }
            ),
            votes: Vec::new(),
            positions: per_group
                .iter()
                .map(|(g, p)| (groups.label(g).to_owned(), *p))
                .collect(),
        },
    }
}

fn entry(doc: &ReportDocument, e: &ReportEntry, groups: &StakeholderGroups) -> EntryView {
    EntryView {
        id: e.proposal,
        title: e.title.clone(),
        summary: e.summary.clone(),
        body_html: crate::markdown::render_stored(&e.body),
        revision: e.revision,
        author: person(&e.author, groups),
        cosponsors: e.cosponsors.iter().map(|c| person(c, groups)).collect(),
        decision: e.decided_by.as_ref().map(|d| {
            let title = doc
                .round(d.round)
                .map_or_else(|| format!("round {}", d.round), |r| r.title.clone());
            if d.how == "chair_decision" {
                format!(
                    "Recorded as adopted by a chair after {title} (round {})",
                    d.round
                )
            } else {
                format!("Adopted by {title} (round {})", d.round)
            }
        }),
        evidence: e.results.iter().map(|r| evidence(doc, r, groups)).collect(),
    }
}

/// Builds the page model.
pub fn build(view: &ReportView, groups: &StakeholderGroups) -> ReportPageView {
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
                    r.method.clone(),
                    r.closed_at.clone(),
                )
            })
            .collect(),
        adopted: doc.adopted.iter().map(|e| entry(doc, e, groups)).collect(),
        not_adopted: doc
            .not_adopted
            .iter()
            .map(|e| entry(doc, e, groups))
            .collect(),
    }
}
