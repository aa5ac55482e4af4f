//! A round as pages and the API show it, read from its row.
use std::collections::BTreeMap;

use serde::Serialize;

use crate::audit::store::rfc3339;
use crate::db::Db;
use crate::db::rounds::{self as q, RoundRow};
use crate::domain::proposal::ProposalId;
use crate::domain::round::{AdoptionSetup, RoundId, RoundKind, RoundStatus, Secrecy, candidate_id};
use crate::error::{AppError, Msg};
use crate::tally::Method;
use crate::tally::rational::Weight;
use crate::tally::weighting::Weighting;

/// A round as pages and the API show it.
#[derive(Debug, Clone, Serialize)]
pub struct Round {
    /// Id.
    pub id: RoundId,
    /// Title.
    pub title: String,
    /// Description (plain text).
    pub description: String,
    /// `ranking` or `adoption`.
    pub kind: RoundKind,
    /// Tally method (ranking rounds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<Method>,
    /// Adoption rounds: the rule, its preset, houses and group quorum.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adoption: Option<AdoptionView>,
    /// Weighting name.
    pub weighting: String,
    /// Group weights (equal_groups).
    pub group_weights: BTreeMap<String, String>,
    /// Secret or recorded.
    pub secrecy: Secrecy,
    /// Draft, open or closed.
    pub status: RoundStatus,
    /// Automatic close (RFC 3339 UTC).
    pub closes_at: Option<String>,
    /// Quorum in percent.
    pub quorum_percent: Option<i32>,
    /// When it opened.
    pub opened_at: Option<String>,
    /// When it closed.
    pub closed_at: Option<String>,
    /// Digest of the counted ballots (closed rounds).
    pub ballot_digest: Option<String>,
    /// Whether turnout met the quorum (closed rounds).
    pub quorum_met: Option<bool>,
    /// The proposals, in the round's order.
    pub proposals: Vec<RoundProposal>,
    /// In a secret round whose weighting gives a small group's or
    /// organisation's ballots a weight of their own: the sentence that says
    /// so (shown to the chair and to voters before they vote). Read for one
    /// round, not in lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privacy_warning: Option<String>,
    /// The same warning's facts, for pages to word in the reader's language.
    #[serde(skip)]
    pub privacy_note: Option<PrivacyNote>,
}

/// How an adoption round decides, as pages and the API show it.
#[derive(Debug, Clone, Serialize)]
pub struct AdoptionView {
    /// The rule, presets expanded.
    pub rule: serde_json::Value,
    /// The preset it was written as.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// The houses, in the order given: `[id, [groups…]]`.
    pub houses: Vec<(String, Vec<String>)>,
    /// Per-group turnout quorum.
    pub group_quorum_percent: Option<i32>,
}

impl Round {
    /// The method's name, or `adoption`: for lists and headings.
    pub fn method_label(&self) -> &'static str {
        self.method.map_or("adoption", Method::name)
    }

    /// Whether voters answer yes / no / abstain.
    pub fn is_adoption(&self) -> bool {
        self.kind == RoundKind::Adoption
    }
}

/// A proposal in a round.
#[derive(Debug, Clone, Serialize)]
pub struct RoundProposal {
    /// Candidate id (`p` + proposal id), as in ballots and results.
    pub id: String,
    /// The proposal's id.
    pub proposal_id: ProposalId,
    /// Its title.
    pub title: String,
    /// Its status now (a chair records `adopted` / `not_adopted` after the close).
    pub status: String,
}

impl RoundRow {
    /// The adoption setup of an adoption round.
    pub(super) fn adoption_setup(&self) -> Result<Option<AdoptionSetup>, AppError> {
        match (&self.adoption, self.method.kind()) {
            (Some(text), RoundKind::Adoption) => AdoptionSetup::from_stored(text)
                .map(Some)
                .map_err(AppError::internal),
            (None, RoundKind::Ranking) => Ok(None),
            _ => Err(AppError::internal(format!(
                "round {} has a method and an adoption setup that disagree",
                self.id
            ))),
        }
    }

    pub(super) fn weighting(&self) -> Result<Weighting, AppError> {
        let raw: BTreeMap<String, String> =
            serde_json::from_str(&self.group_weights).map_err(AppError::internal)?;
        let mut weights = BTreeMap::new();
        for (g, w) in raw {
            let value = w.parse().map_err(AppError::internal)?;
            weights.insert(g, Weight::new(value).map_err(AppError::internal)?);
        }
        Weighting::from_name(&self.weighting, weights).map_err(AppError::internal)
    }
}

pub(super) fn load_row(conn: &mut Db, id: RoundId) -> Result<RoundRow, AppError> {
    q::find(conn, id)?
        .ok_or_else(|| AppError::NotFound(Msg::new("err-no-round").arg("id", id).into()))
}

pub(super) fn to_round(conn: &mut Db, row: RoundRow) -> Result<Round, AppError> {
    let proposals = q::proposals_of(conn, row.id)?;
    with_proposals(row, proposals)
}

/// A round from its row and its proposals `(id, title, status)`.
fn with_proposals(
    row: RoundRow,
    proposals: Vec<(ProposalId, String, String)>,
) -> Result<Round, AppError> {
    let proposals = proposals
        .into_iter()
        .map(|(id, title, status)| RoundProposal {
            id: candidate_id(id),
            proposal_id: id,
            title,
            status,
        })
        .collect();
    let adoption = row.adoption_setup()?.map(|a| AdoptionView {
        rule: a.rule.rule.to_value(),
        preset: a.rule.preset,
        houses: a.houses.0,
        group_quorum_percent: a.group_quorum_percent,
    });
    Ok(Round {
        id: row.id,
        kind: row.method.kind(),
        method: row.method.ranking(),
        adoption,
        secrecy: row.secrecy,
        status: row.status,
        group_weights: serde_json::from_str(&row.group_weights).map_err(AppError::internal)?,
        title: row.title,
        description: row.description,
        weighting: row.weighting,
        closes_at: row.closes_at.map(rfc3339),
        quorum_percent: row.quorum_percent,
        opened_at: row.opened_at.map(rfc3339),
        closed_at: row.closed_at,
        ballot_digest: row.ballot_digest,
        quorum_met: row.quorum_met,
        proposals,
        privacy_warning: None,
        privacy_note: None,
    })
}

/// One round.
pub fn get(conn: &mut Db, id: RoundId) -> Result<Round, AppError> {
    let row = load_row(conn, id)?;
    let mut round = to_round(conn, row)?;
    let note = privacy_note(conn, &round)?;
    round.privacy_warning = note.as_ref().map(PrivacyNote::english);
    round.privacy_note = note;
    Ok(round)
}

/// What a secret round's privacy warning is about (see [`privacy_warning`]):
/// pages put it into words in the reader's language, the API in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrivacyNote {
    /// Why small groups show: an adoption rule, or a weighting.
    pub cause: PrivacyCause,
    /// The small groups or organisations and their number of voters.
    pub small: Vec<(String, i64)>,
}

/// Why a secret round's ballots may point at their voters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivacyCause {
    /// An adoption rule counts per group, so ballots keep their group.
    AdoptionGroups,
    /// Equal weight per stakeholder group.
    EqualGroups,
    /// One vote per organisation.
    PerOrganisation,
}

impl PrivacyNote {
    /// The warning in English (the API's `privacy_warning`).
    pub fn english(&self) -> String {
        let small: Vec<String> = self
            .small
            .iter()
            .map(|(label, n)| format!("{label} ({n} {})", if *n == 1 { "voter" } else { "voters" }))
            .collect();
        let small = small.join(", ");
        let what = match self.cause {
            PrivacyCause::AdoptionGroups => {
                return format!(
                    "Privacy: an adoption rule counts per stakeholder group, so the published ballots keep every ballot's group, and the votes of a group with one or two voters can be read from them: {small}."
                );
            }
            PrivacyCause::EqualGroups => "stakeholder group",
            PrivacyCause::PerOrganisation => "organisation",
        };
        format!(
            "Privacy: this round weighs each {what} equally, so a ballot from a {what} with one or two voters gets a weight no other ballot has. The published ballots withhold those {what} names, but the weight alone may point to who cast them: {small}."
        )
    }
}

/// The secrecy trade-off of a round, in words, or `None`. Under
/// `equal_groups` (or `per_organisation`) a group (organisation) with one or
/// two voters gets a ballot weight no other ballot has, so the published
/// weight can point at its voters even though their labels are withheld.
/// Counted on the electorate once the round is open, on the active
/// delegates and chairs before.
pub fn privacy_warning(conn: &mut Db, round: &Round) -> Result<Option<String>, AppError> {
    Ok(privacy_note(conn, round)?
        .as_ref()
        .map(PrivacyNote::english))
}

/// The facts behind [`privacy_warning`].
pub fn privacy_note(conn: &mut Db, round: &Round) -> Result<Option<PrivacyNote>, AppError> {
    let (cause, by_org) = if round.secrecy == Secrecy::Secret && round.is_adoption() {
        (PrivacyCause::AdoptionGroups, false)
    } else {
        match (round.secrecy, round.weighting.as_str()) {
            (Secrecy::Secret, "equal_groups") => (PrivacyCause::EqualGroups, false),
            (Secrecy::Secret, "per_organisation") => (PrivacyCause::PerOrganisation, true),
            _ => return Ok(None),
        }
    };
    let counts = if round.status == RoundStatus::Draft {
        q::voter_label_counts(conn, by_org)?
    } else {
        q::electorate_label_counts(conn, round.id, by_org)?
    };
    let small: Vec<(String, i64)> = counts
        .into_iter()
        .filter(|(_, n)| (1..=2).contains(n))
        .collect();
    Ok((!small.is_empty()).then_some(PrivacyNote { cause, small }))
}

/// Every round, newest first.
pub fn list(conn: &mut Db) -> Result<Vec<Round>, AppError> {
    let rows = q::list(conn)?;
    let mut by_round = q::proposals_of_all(conn)?;
    rows.into_iter()
        .map(|r| {
            let proposals = by_round.remove(&r.id).unwrap_or_default();
            with_proposals(r, proposals)
        })
        .collect()
}
