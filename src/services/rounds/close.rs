//! Closing a round: the ballots document, the tally and the stored results, atomically.
use super::*;
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
    let mut stored = Vec::new();
    for (b, name) in q::current_ballots(conn, row.id)? {
        stored.push(StoredBallot {
            ranking: serde_json::from_str(&b.ranking).map_err(AppError::internal)?,
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
    let info = RoundInfo {
        id: row.id.to_string(),
        title: row.title.clone(),
        method: row.method,
        weighting: row.weighting.clone(),
        group_weights: serde_json::from_str(&row.group_weights).map_err(AppError::internal)?,
        secrecy: row.secrecy.as_str().to_owned(),
        closed_at: closed_at.to_owned(),
        tiebreak: Vec::new(),
    };
    ballots_file::build(info, &weighting, recorded, labels, candidates, stored)
        .map_err(AppError::internal)
}

/// The published ballots of a closed round (what `ballots.json` holds).
pub fn published_ballots(conn: &mut Db, id: RoundId) -> Result<BallotsFile, AppError> {
    let row = load_row(conn, id)?;
    let closed_at = match (row.status, &row.closed_at) {
        (RoundStatus::Closed, Some(at)) => at.clone(),
        _ => {
            return Err(AppError::Conflict(
                "The ballots are published when the round closes.".to_owned(),
            ));
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
                return Err(AppError::Conflict(
                    "This round has not been opened.".to_owned(),
                ));
            }
            RoundStatus::Closed => {
                return Err(AppError::Conflict(
                    "This round is already closed.".to_owned(),
                ));
            }
        }
        let closed_at = now_rfc3339();
        let file = ballots_document(tx, &row, &closed_at, Labels::Withheld)?;
        let results = file.tally().map_err(AppError::internal)?;
        let electorate = q::electorate_groups(tx, id)?.len() as u64;
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
            return Err(AppError::Conflict(
                "This round is already closed.".to_owned(),
            ));
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
                json!({
                    "method": row.method,
                    "ballot_digest": file.digest,
                    "results_sha256": hex::encode(Sha256::digest(results.as_bytes())),
                    "winners": doc["winners"],
                }),
            ),
        )?;
        crate::audit::checkpoint(tx, signer)?;
        Ok(())
    })?;
    get(conn, id)
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
        _ => Err(AppError::Conflict(
            "Results are published when the round closes.".to_owned(),
        )),
    }
}

/// A closed round's results document, typed; a stored document that does not
/// read back exactly is a data error (500), never shown as empty results.
pub fn results_document(conn: &mut Db, id: RoundId) -> Result<ResultsDocument, AppError> {
    let json = results(conn, id)?;
    ResultsDocument::from_stored(&json).map_err(AppError::internal)
}
