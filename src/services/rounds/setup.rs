//! Creating a round (its proposals must be eligible) and opening it (the electorate is fixed then).
use super::*;
use std::collections::BTreeMap;

use crate::domain::proposal::{ProposalId, ProposalStatus};
use serde_json::json;

use crate::audit::store::Actor;
use crate::audit::store::rfc3339;
use crate::audit::{NewEntry, append};
use crate::db::rounds::{self as q, NewRoundRow};
use crate::db::users::now;
use crate::db::{self, Db};
use crate::domain::ValidationError;
use crate::domain::round::{Counting, NewRound, RoundId, RoundStatus, candidate_id};
use crate::domain::user::User;
use crate::error::AppError;
use crate::tally::weighting::Weighting;

/// Checks that every proposal exists, is submitted and eligible (the first
/// one that is not is named in the error).
pub(super) fn check_proposals(
    conn: &mut Db,
    ids: &[ProposalId],
    settings: &crate::config::Settings,
) -> Result<(), AppError> {
    for id in ids {
        // A draft is visible to its author only: to a chair it does not
        // exist, and the error must not say otherwise (nor show its title).
        let Some(row) =
            crate::db::proposals::find(conn, *id)?.filter(|r| r.status != ProposalStatus::Draft)
        else {
            return Err(ValidationError::with(
                "proposals",
                "err-no-proposal",
                [("id", id.to_string())],
            )
            .into());
        };
        let (title, status) = (&row.title, row.status.as_str());
        if row.status != ProposalStatus::Submitted {
            return Err(ValidationError::with(
                "proposals",
                "err-proposal-not-submitted",
                [
                    ("id", id.to_string()),
                    ("title", title.clone()),
                    ("status", status.to_owned()),
                ],
            )
            .into());
        }
        if let Some(missing) = crate::services::eligibility::missing(&row, settings)? {
            return Err(ValidationError::with(
                "proposals",
                "err-not-eligible",
                [
                    ("id", id.to_string()),
                    ("title", title.clone()),
                    ("missing", missing),
                ],
            )
            .into());
        }
    }
    Ok(())
}

/// A chair creates a draft round.
pub fn create(
    conn: &mut Db,
    settings: &crate::config::Settings,
    chair: &User,
    round: &NewRound,
) -> Result<Round, AppError> {
    let group_weights: BTreeMap<String, String> = match &round.weighting {
        Weighting::EqualGroups { group_weights } => group_weights
            .iter()
            .map(|(g, w)| (g.clone(), w.value().to_string()))
            .collect(),
        _ => BTreeMap::new(),
    };
    let gw_json = serde_json::to_string(&group_weights).map_err(AppError::internal)?;
    let adoption = match &round.counting {
        Counting::Adoption(setup) => Some(setup.to_stored().map_err(AppError::internal)?),
        Counting::Ranking(_) => None,
    };
    let id = db::transaction(conn, |tx| {
        check_proposals(tx, &round.proposals, settings)?;
        let id = q::insert(
            tx,
            &NewRoundRow {
                title: &round.title,
                description: &round.description,
                method: round.counting.method().as_str(),
                weighting: round.weighting.name(),
                group_weights: &gw_json,
                secrecy: round.secrecy.as_str(),
                status: RoundStatus::Draft.as_str(),
                closes_at: round.closes_at,
                quorum_percent: round.quorum_percent,
                adoption: adoption.as_deref(),
                created_by: chair.id.0,
                created_at: now(),
            },
        )?;
        q::add_proposals(tx, id, &round.proposals)?;
        let mut details = json!({
                    "title": round.title,
                    "method": round.counting.method().as_str(),
                    "weighting": round.weighting.name(),
                    "group_weights": group_weights,
                    "secrecy": round.secrecy.as_str(),
                    "proposals": round.proposals.iter().map(|p| candidate_id(*p)).collect::<Vec<_>>(),
                    "closes_at": round.closes_at.map(rfc3339),
                    "quorum_percent": round.quorum_percent,
        });
        if let Counting::Adoption(setup) = &round.counting {
            details["kind"] = json!("adoption");
            details["rule"] = setup.rule.rule.to_value();
            details["preset"] = json!(setup.rule.preset);
            details["houses"] = setup.houses.to_value();
            details["group_quorum_percent"] = json!(setup.group_quorum_percent);
        }
        append(
            tx,
            NewEntry::new(
                Actor::User(chair.id),
                "round.created",
                format!("round:{id}"),
                details,
            ),
        )?;
        Ok::<_, AppError>(id)
    })?;
    get(conn, id)
}

/// A chair opens a draft round: the electorate is fixed now.
pub fn open(
    conn: &mut Db,
    settings: &crate::config::Settings,
    chair: &User,
    id: RoundId,
) -> Result<Round, AppError> {
    db::transaction(conn, |tx| {
        let row = load_row(tx, id)?;
        match row.status {
            RoundStatus::Draft => {}
            RoundStatus::Open => {
                return Err(AppError::Conflict("err-round-already-open".to_owned()));
            }
            RoundStatus::Closed => {
                return Err(AppError::Conflict("err-round-is-closed".to_owned()));
            }
        }
        if row.closes_at.is_some_and(|c| c <= now()) {
            return Err(ValidationError::new("closes_at", "err-round-closing-passed").into());
        }
        let ids: Vec<ProposalId> = q::proposals_of(tx, id)?
            .into_iter()
            .map(|(p, _, _)| p)
            .collect();
        check_proposals(tx, &ids, settings)?;
        q::mark_open(tx, id, now())?;
        let size = q::fix_electorate(tx, id)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(chair.id),
                "round.opened",
                format!("round:{id}"),
                json!({"electorate": size}),
            ),
        )?;
        crate::services::notifications::round_opened(tx, id, &row.title)?;
        Ok(())
    })?;
    get(conn, id)
}

/// A submitted proposal a chair may put into a new round.
#[derive(Debug, Clone)]
pub struct ProposalChoice {
    /// The proposal.
    pub id: ProposalId,
    /// Its candidate id in ballots and results.
    pub candidate: String,
    /// Its title.
    pub title: String,
    /// What it still lacks to be eligible, or `None` when it is.
    pub missing: Option<String>,
}

/// Every submitted proposal, oldest first, with what each still lacks: the
/// new-round form's list (one query; eligibility from the cached counters).
pub fn proposal_choices(
    conn: &mut Db,
    settings: &crate::config::Settings,
) -> Result<Vec<ProposalChoice>, AppError> {
    q::submitted_proposals(conn)?
        .into_iter()
        .map(|row| {
            Ok(ProposalChoice {
                missing: crate::services::eligibility::missing(&row, settings)?,
                candidate: candidate_id(row.id),
                id: row.id,
                title: row.title,
            })
        })
        .collect()
}
