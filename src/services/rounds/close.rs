//! Closing a round: the ballots document, the tally and the stored results, atomically.
use super::*;
use crate::tally::adoption::result::AdoptionResults;
use crate::tally::result::ResultsDocument;

use serde_json::json;
use sha2::{Digest, Sha256};

use crate::audit::store::{Actor, now_rfc3339};
use crate::audit::{NewEntry, Signer, append};
use crate::db::rounds::{self as q, Closing, RoundRow};
use crate::db::users::now;
use crate::db::{self, Db};
use crate::domain::ballots_file::{
    self, BallotsFile, CandidateInfo, Labels, RoundInfo, StoredBallot, VoterInfo,
};
use crate::domain::round::{RoundId, RoundStatus, Secrecy, candidate_id, quorum_met};
use crate::error::AppError;

/// Builds the published ballots document of a round from its stored
/// ballots, as of `closed_at`.
pub(super) fn ballots_document(
    conn: &mut Db,
    row: &RoundRow,
    closed_at: &str,
    labels: Labels,
) -> Result<BallotsFile, AppError> {
    let weighting = row.weighting()?;
    let recorded = row.secrecy == Secrecy::Recorded;
    let candidates: Vec<CandidateInfo> = q::proposals_of(conn, row.id)?
        .into_iter()
        .map(|(p, title, _)| CandidateInfo {
            id: candidate_id(p),
            title,
        })
        .collect();
    let adoption = row.adoption_setup()?;
    let mut stored = Vec::new();
    for (b, name) in q::current_ballots(conn, row.id)? {
        let (ranking, votes) = if adoption.is_some() {
            (
                Vec::new(),
                Some(serde_json::from_str(&b.ranking).map_err(AppError::internal)?),
            )
        } else {
            (
                serde_json::from_str(&b.ranking).map_err(AppError::internal)?,
                None,
            )
        };
        stored.push(StoredBallot {
            ranking,
            votes,
            voter: match (recorded, name) {
                (true, Some(name)) => Some(VoterInfo {
                    name,
                    organisation: b.organisation.clone(),
                }),
                _ => None,
            },
            receipt: b.receipt,
            group: b.stakeholder_group,
            organisation: b.organisation,
        });
    }
    let mut info = RoundInfo {
        id: row.id.to_string(),
        title: row.title.clone(),
        method: row.method.ranking(),
        weighting: row.weighting.clone(),
        group_weights: serde_json::from_str(&row.group_weights).map_err(AppError::internal)?,
        secrecy: row.secrecy.as_str().to_owned(),
        closed_at: closed_at.to_owned(),
        ..RoundInfo::default()
    };
    if let Some(a) = adoption {
        let mut electors = std::collections::BTreeMap::new();
        for g in q::electorate_groups(conn, row.id)? {
            *electors.entry(g).or_insert(0u64) += 1;
        }
        let percent = |p: Option<i32>| p.and_then(|p| u32::try_from(p).ok());
        info.kind = Some(crate::tally::adoption::input::KIND.to_owned());
        info.rule = Some(a.rule.rule.to_value());
        info.preset = a.rule.preset;
        info.houses = a.houses.0.into_iter().collect();
        info.electors = electors;
        info.quorum_percent = percent(row.quorum_percent);
        info.group_quorum_percent = percent(a.group_quorum_percent);
    }
    ballots_file::build(info, &weighting, recorded, labels, candidates, stored)
        .map_err(AppError::internal)
}

/// The published ballots of a closed round (what `ballots.json` holds).
pub fn published_ballots(conn: &mut Db, id: RoundId) -> Result<BallotsFile, AppError> {
    let row = load_row(conn, id)?;
    let closed_at = match (row.status, &row.closed_at) {
        (RoundStatus::Closed, Some(at)) => at.clone(),
        _ => {
            return Err(AppError::Conflict("err-ballots-after-close".to_owned()));
        }
    };
    if let Some(sealed) = crate::audit::sealed::load(conn, id)? {
        // Sealed at the close: exactly what round.closed binds.
        return Ok(sealed);
    }
    let file = ballots_document(conn, &row, &closed_at, Labels::Withheld)?;
    if row
        .ballot_digest
        .as_deref()
        .is_some_and(|d| d != file.digest)
    {
        // Closed before labels were withheld: the trail binds the old form.
        return ballots_document(conn, &row, &closed_at, Labels::AsStored);
    }
    Ok(file)
}

/// Closes an open round: stops accepting ballots, tallies the counted
/// ballots with the round's method and weighting, derives the tie-break
/// order, stores the results and appends `round.closed` and
/// `results.published` and signs the new head of the audit trail — all in
/// one transaction.
pub fn close(conn: &mut Db, signer: &Signer, id: RoundId, actor: Actor) -> Result<Round, AppError> {
    db::transaction(conn, |tx| {
        let row = load_row(tx, id)?;
        match row.status {
            RoundStatus::Open => {}
            RoundStatus::Draft => {
                return Err(AppError::Conflict("err-round-not-opened".to_owned()));
            }
            RoundStatus::Closed => {
                return Err(AppError::Conflict("err-round-already-closed".to_owned()));
            }
        }
        let closed_at = now_rfc3339();
        let file = ballots_document(tx, &row, &closed_at, Labels::Withheld)?;
        let results = file.tally().map_err(AppError::internal)?;
        let electorate = q::electorate_groups(tx, id)?.len() as u64;
        // Decisions (adoption) are recorded after the close entries.
        let ballots = file.ballots.len() as u64;
        let met = quorum_met(ballots, electorate, row.quorum_percent);
        let tiebreak = serde_json::to_string(&file.round.tiebreak).map_err(AppError::internal)?;
        let changed = q::mark_closed(
            tx,
            id,
            &Closing {
                status: RoundStatus::Closed.as_str(),
                closed_at: Some(&closed_at),
                tiebreak: Some(&tiebreak),
                ballot_digest: Some(&file.digest),
                results: Some(&results),
                quorum_met: Some(met),
            },
        )?;
        if changed != 1 {
            return Err(AppError::Conflict("err-round-already-closed".to_owned()));
        }
        let subject = format!("round:{id}");
        let seal = crate::audit::sealed::seal(tx, id, &file)?;
        append(
            tx,
            NewEntry::new(
                actor,
                "round.closed",
                subject.clone(),
                json!({
                    "closed_at": closed_at,
                    "ballots": ballots,
                    "electorate": electorate,
                    "quorum_percent": row.quorum_percent,
                    "quorum_met": met,
                    "ballot_digest": file.digest,
                    "tiebreak": file.round.tiebreak,
                    "document_sha256": seal.document_sha256,
                    "ballots_root": seal.ballots_root,
                }),
            ),
        )?;
        let doc: serde_json::Value = serde_json::from_str(&results).map_err(AppError::internal)?;
        append(
            tx,
            NewEntry::new(
                actor,
                "results.published",
                subject,
                if file.is_adoption() {
                    json!({
                        "method": row.method.as_str(),
                        "ballot_digest": file.digest,
                        "results_sha256": hex::encode(Sha256::digest(results.as_bytes())),
                        "adopted": doc["adopted"],
                    })
                } else {
                    json!({
                        "method": row.method.as_str(),
                        "ballot_digest": file.digest,
                        "results_sha256": hex::encode(Sha256::digest(results.as_bytes())),
                        "winners": doc["winners"],
                    })
                },
            ),
        )?;
        crate::services::notifications::results_published(tx, id, &row.title)?;
        if file.is_adoption() {
            record_decisions(tx, id, &results)?;
        }
        crate::audit::checkpoint(tx, signer)?;
        Ok(())
    })?;
    get(conn, id)
}

/// At the close of an adoption round, each proposal's decision: recorded
/// in the trail as `proposal.decided` (with the round) and, for a proposal
/// still submitted, as its status.
fn record_decisions(tx: &mut Db, id: RoundId, results: &str) -> Result<(), AppError> {
    use crate::domain::proposal::ProposalStatus;
    let doc = AdoptionResults::from_stored(results).map_err(AppError::internal)?;
    for d in &doc.decisions {
        let Some(proposal) = crate::domain::round::proposal_of(&d.id) else {
            continue;
        };
        let decision = if d.adopted {
            ProposalStatus::Adopted
        } else {
            ProposalStatus::NotAdopted
        };
        let changed = crate::db::proposals::decide_if_submitted(tx, proposal, decision, now())?;
        append(
            tx,
            NewEntry::new(
                Actor::System,
                "proposal.decided",
                format!("proposal:{proposal}"),
                json!({
                    "decision": decision.as_str(),
                    "round": format!("round:{id}"),
                    "status_changed": changed,
                }),
            ),
        )?;
        if let Some(p) = crate::db::proposals::find(tx, proposal)? {
            crate::services::notifications::decided(
                tx,
                p.author_id,
                proposal,
                &p.title,
                decision.as_str(),
            )?;
        }
    }
    Ok(())
}

/// Closes every open round whose deadline has passed (the background task,
/// and once at start so a server restarted after a deadline catches up).
/// Another process closing the same round first is not an error.
pub fn close_due(conn: &mut Db, signer: &Signer) -> Result<Vec<RoundId>, AppError> {
    let mut closed = Vec::new();
    for id in q::due(conn, now())? {
        match close(conn, signer, id, Actor::System) {
            Ok(_) => closed.push(id),
            Err(AppError::Conflict(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(closed)
}

/// The stored results document of a closed round (canonical JSON).
pub fn results(conn: &mut Db, id: RoundId) -> Result<String, AppError> {
    let row = load_row(conn, id)?;
    match (row.status, row.results) {
        (RoundStatus::Closed, Some(r)) => Ok(r),
        _ => Err(AppError::Conflict("err-results-after-close".to_owned())),
    }
}

/// A closed round's results, typed by the round's kind.
#[derive(Debug, Clone)]
pub enum ClosedResults {
    /// A ranking round's document.
    Ranking(ResultsDocument),
    /// An adoption round's document.
    Adoption(AdoptionResults),
}

/// A closed round's results document, typed; a stored document that does not
/// read back exactly is a data error (500), never shown as empty results.
pub fn results_document(conn: &mut Db, id: RoundId) -> Result<ClosedResults, AppError> {
    let row = load_row(conn, id)?;
    let json = results(conn, id)?;
    match row.method.kind() {
        crate::domain::round::RoundKind::Ranking => ResultsDocument::from_stored(&json)
            .map(ClosedResults::Ranking)
            .map_err(AppError::internal),
        crate::domain::round::RoundKind::Adoption => AdoptionResults::from_stored(&json)
            .map(ClosedResults::Adoption)
            .map_err(AppError::internal),
    }
}
