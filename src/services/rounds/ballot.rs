//! Casting or replacing a ballot, and reading one's own.
use super::*;

use hmac::{Hmac, Mac};
use serde::Serialize;
use serde_json::json;
use sha2::Sha256;

use crate::audit::store::Actor;
use crate::audit::store::rfc3339;
use crate::audit::{NewEntry, append};
use crate::db::rounds::{self as q, NewBallotRow};
use crate::db::users::now;
use crate::db::{self, Db};
use crate::domain::ValidationError;
use crate::domain::ballots_file::{self};
use std::collections::BTreeMap;

use crate::domain::round::{RoundId, RoundKind, RoundStatus, Secrecy, candidate_id};
use crate::domain::user::{Role, User, UserId};
use crate::error::AppError;
use crate::messages;
use crate::tally::adoption::Vote;
use crate::tally::ballot::{Candidates, Ranking, RankingError};

/// The keyed hash that finds a voter's ballot without naming the voter:
/// HMAC-SHA256(server ballot key, "plenary-voter/1\n{round}\n{user}").
pub fn voter_key(key: &[u8], round: RoundId, user: &User) -> Result<String, AppError> {
    voter_key_of(key, round, user.id)
}

/// [`voter_key`] of a user by id (a proxy holder casts under the grantor's).
pub fn voter_key_of(key: &[u8], round: RoundId, user: UserId) -> Result<String, AppError> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).map_err(AppError::internal)?;
    mac.update(format!("plenary-voter/1\n{round}\n{user}").as_bytes());
    Ok(hex::encode(mac.finalize().into_bytes()))
}

/// What a voter gets back for a ballot.
#[derive(Debug, Clone, Serialize)]
pub struct CastReceipt {
    /// The receipt to look up in the published ballots.
    pub receipt: String,
    /// The nonce hashed into the receipt (so the voter can recompute it).
    pub nonce: String,
    /// Whether an earlier ballot was replaced.
    pub replaced: bool,
    /// The ranking as stored (tiers in the round's order; empty in
    /// adoption rounds).
    pub ranking: Vec<Vec<String>>,
    /// Adoption rounds: the vote on every proposal, as stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub votes: Option<BTreeMap<String, Vote>>,
}

/// What a voter submits: a ranking (ranking rounds) or a vote per proposal
/// (adoption rounds; a proposal left out is an abstention).
#[derive(Debug, Clone)]
pub enum BallotChoice {
    /// Tiers of candidate ids, best first.
    Ranking(Vec<Vec<String>>),
    /// Candidate id → `yes`, `no` or `abstain`, as typed.
    Votes(BTreeMap<String, String>),
}

/// Checks adoption votes against the round's candidates and fills in the
/// proposals left out as abstentions.
fn normal_votes(
    ids: &[String],
    raw: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, Vote>, AppError> {
    let mut out: BTreeMap<String, Vote> = ids.iter().map(|c| (c.clone(), Vote::Abstain)).collect();
    for (c, v) in raw {
        let Some(slot) = out.get_mut(c) else {
            return Err(ValidationError::with(
                "votes",
                "err-vote-unknown-proposal",
                [("value", format!("{c:?}"))],
            )
            .into());
        };
        *slot = v.trim().parse().map_err(|_| {
            ValidationError::with(
                "votes",
                "err-vote-value",
                [("proposal", c.to_string()), ("value", format!("{v:?}"))],
            )
        })?;
    }
    Ok(out)
}

pub(super) fn ranking_error(e: RankingError) -> AppError {
    let e = match e {
        // The same words whether or not such a proposal exists elsewhere:
        // a ballot must not reveal drafts or other rounds' proposals.
        RankingError::UnknownCandidate(id) => ValidationError::with(
            "ranking",
            "err-rank-unknown-proposal",
            [("value", format!("{id:?}"))],
        ),
        RankingError::Duplicate(id) => {
            ValidationError::with("ranking", "err-rank-twice", [("id", id.to_string())])
        }
        RankingError::EmptyTier(n) => {
            ValidationError::with("ranking", "err-rank-empty-tier", [("n", n.to_string())])
        }
    };
    e.into()
}

/// The refusal of a ranking sent to an adoption round.
pub(super) fn ranking_in_adoption_round() -> AppError {
    ValidationError::with(
        "votes",
        "err-adoption-ballot",
        [("example", r#"{"votes": {"p3": "yes"}}"#.to_owned())],
    )
    .into()
}

pub(super) fn random_hex() -> Result<String, AppError> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).map_err(|e| AppError::internal(format!("no randomness: {e}")))?;
    Ok(hex::encode(b))
}

/// Casts or replaces `voter`'s ranking (see [`cast_choice`]).
pub fn cast(
    conn: &mut Db,
    ballot_key: &[u8],
    id: RoundId,
    voter: &User,
    tiers: &[Vec<String>],
) -> Result<CastReceipt, AppError> {
    cast_choice(
        conn,
        ballot_key,
        id,
        voter,
        &BallotChoice::Ranking(tiers.to_vec()),
    )
}

/// Casts or replaces `voter`'s ballot. Refused with a clear error (and
/// nothing stored) when the round is not open, the deadline has passed, the
/// voter is outside the electorate, or the ranking or votes are invalid or
/// of the other kind of round.
pub fn cast_choice(
    conn: &mut Db,
    ballot_key: &[u8],
    id: RoundId,
    voter: &User,
    choice: &BallotChoice,
) -> Result<CastReceipt, AppError> {
    cast_for(conn, ballot_key, id, voter, None, choice)
}

/// Casts `voter`'s own ballot (`grantor` `None` or the voter), or, as a
/// proxy holder, the ballot of `grantor`: stored under the grantor's key,
/// group and organisation, so it is weighted and counted exactly as the
/// grantor's own. A grantor's own ballot ends their proxy.
pub fn cast_for(
    conn: &mut Db,
    ballot_key: &[u8],
    id: RoundId,
    voter: &User,
    grantor: Option<UserId>,
    choice: &BallotChoice,
) -> Result<CastReceipt, AppError> {
    if !matches!(voter.role, Role::Delegate | Role::Chair) {
        return Err(AppError::Forbidden("err-only-electors-vote".to_owned()));
    }
    let grantor = grantor.filter(|g| *g != voter.id);
    let elector = grantor.unwrap_or(voter.id);
    let key = voter_key_of(ballot_key, id, elector)?;
    db::transaction(conn, |tx| {
        let row = load_row(tx, id)?;
        match row.status {
            RoundStatus::Draft => {
                return Err(AppError::RoundClosed(messages::ROUND_NOT_OPEN.to_owned()));
            }
            RoundStatus::Closed => {
                return Err(AppError::RoundClosed(messages::ROUND_CLOSED.to_owned()));
            }
            RoundStatus::Open if row.closes_at.is_some_and(|c| c <= now()) => {
                return Err(AppError::RoundClosed(messages::ROUND_CLOSED.to_owned()));
            }
            RoundStatus::Open => {}
        }
        let (group, organisation) = match grantor {
            None => {
                let own = electorate_row(tx, id, voter.id)?;
                super::proxy::end_on_own_ballot(tx, id, voter.id)?;
                own
            }
            Some(g) => {
                let proxy = super::proxy::held_for(tx, id, voter.id, g)?
                    .ok_or_else(|| AppError::Forbidden("err-not-proxy-holder".to_owned()))?;
                crate::db::proxies::mark_used(tx, proxy.id, now())?;
                electorate_row(tx, id, g)?
            }
        };
        let ids: Vec<String> = q::proposals_of(tx, id)?
            .into_iter()
            .map(|(p, _, _)| candidate_id(p))
            .collect();
        let (normal, votes) = match (row.method.kind(), choice) {
            (RoundKind::Ranking, BallotChoice::Ranking(tiers)) => {
                let candidates =
                    Candidates::new(ids.iter().cloned()).map_err(AppError::internal)?;
                if let Err(e) = Ranking::parse(&candidates, tiers) {
                    return Err(ranking_error(e));
                }
                // Store tiers in the round's order, so equal ballots store equal text.
                let normal: Vec<Vec<String>> = tiers
                    .iter()
                    .map(|t| ids.iter().filter(|c| t.contains(c)).cloned().collect())
                    .collect();
                (normal, None)
            }
            (RoundKind::Adoption, BallotChoice::Votes(raw)) => {
                (Vec::new(), Some(normal_votes(&ids, raw)?))
            }
            (RoundKind::Adoption, BallotChoice::Ranking(_)) => {
                return Err(ranking_in_adoption_round());
            }
            (RoundKind::Ranking, BallotChoice::Votes(_)) => {
                return Err(ValidationError::with(
                    "ranking",
                    "err-ranking-ballot",
                    [("example", r#"{"ranking": [["p3"], ["p4"]]}"#.to_owned())],
                )
                .into());
            }
        };
        let ranking_json = match &votes {
            Some(v) => crate::canonical::to_canonical_string(v),
            None => crate::canonical::to_canonical_string(&normal),
        }
        .map_err(AppError::internal)?;
        let nonce = random_hex()?;
        let receipt = match &votes {
            Some(v) => ballots_file::receipt(&id.to_string(), v, &nonce),
            None => ballots_file::receipt(&id.to_string(), &normal, &nonce),
        }
        .map_err(AppError::internal)?;
        let replaced = q::supersede(tx, id, &key)? > 0;
        let secret = row.secrecy == Secrecy::Secret;
        q::insert_ballot(
            tx,
            &NewBallotRow {
                round_id: id.0,
                voter_key: &key,
                user_id: (!secret).then_some(elector.0),
                stakeholder_group: &group,
                organisation: &organisation,
                ranking: &ranking_json,
                receipt: &receipt,
                is_current: true,
                cast_at: now(),
            },
        )?;
        // Who voted, never what: no ranking and no receipt in the trail.
        // A proxy ballot names the grantor it was cast for; the actor is
        // the holder.
        let details = match grantor {
            None => json!({"replaced": replaced}),
            Some(g) => json!({"replaced": replaced, "proxy_for": g}),
        };
        append(
            tx,
            NewEntry::new(
                Actor::User(voter.id),
                "ballot.cast",
                format!("round:{id}"),
                details,
            ),
        )?;
        Ok(CastReceipt {
            receipt,
            nonce,
            replaced,
            ranking: normal,
            votes,
        })
    })
}

/// The voter's current ballot in a round, if any.
#[derive(Debug, Clone, Serialize)]
pub struct OwnBallot {
    /// Tiers of candidate ids (empty in adoption rounds).
    pub ranking: Vec<Vec<String>>,
    /// Adoption rounds: the vote on every proposal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub votes: Option<BTreeMap<String, Vote>>,
    /// Its receipt.
    pub receipt: String,
    /// When it was cast.
    pub cast_at: String,
}

/// Reads the voter's current ballot.
pub fn own_ballot(
    conn: &mut Db,
    ballot_key: &[u8],
    id: RoundId,
    voter: &User,
) -> Result<Option<OwnBallot>, AppError> {
    let row = load_row(conn, id)?;
    let key = voter_key(ballot_key, id, voter)?;
    match q::current_ballot(conn, id, &key)? {
        None => Ok(None),
        Some(b) => Ok(Some(OwnBallot {
            ranking: match row.method.kind() {
                RoundKind::Ranking => {
                    serde_json::from_str(&b.ranking).map_err(AppError::internal)?
                }
                RoundKind::Adoption => Vec::new(),
            },
            votes: match row.method.kind() {
                RoundKind::Adoption => {
                    Some(serde_json::from_str(&b.ranking).map_err(AppError::internal)?)
                }
                RoundKind::Ranking => None,
            },
            receipt: b.receipt,
            cast_at: rfc3339(b.cast_at),
        })),
    }
}

/// The voter's group and organisation as fixed when the round opened;
/// refused (403) for anyone outside its electorate. The one electorate check
/// of casting, reading one's ballot and the ballot page.
fn elector(conn: &mut Db, id: RoundId, voter: &User) -> Result<(String, String), AppError> {
    electorate_row(conn, id, voter.id)
}

fn electorate_row(conn: &mut Db, id: RoundId, user: UserId) -> Result<(String, String), AppError> {
    q::electorate_member(conn, id, user)?
        .ok_or_else(|| AppError::Forbidden(messages::NOT_IN_ELECTORATE.to_owned()))
}

/// The voter's current ballot, for an elector of the round only (a caller
/// outside the electorate is refused, not told "no ballot").
pub fn electors_ballot(
    conn: &mut Db,
    ballot_key: &[u8],
    id: RoundId,
    voter: &User,
) -> Result<Option<OwnBallot>, AppError> {
    load_row(conn, id)?;
    elector(conn, id, voter)?;
    own_ballot(conn, ballot_key, id, voter)
}

/// The ballot page's read model: the open round and the voter's current
/// ballot. Refused when the round is not open or the voter is not in its
/// electorate, so the form is never shown to someone who cannot cast it.
pub fn ballot_page(
    conn: &mut Db,
    ballot_key: &[u8],
    id: RoundId,
    voter: &User,
) -> Result<(Round, Option<OwnBallot>), AppError> {
    let round = get(conn, id)?;
    match round.status {
        RoundStatus::Open => {}
        RoundStatus::Draft => {
            return Err(AppError::RoundClosed(messages::ROUND_NOT_OPEN.to_owned()));
        }
        RoundStatus::Closed => {
            return Err(AppError::RoundClosed(messages::ROUND_CLOSED.to_owned()));
        }
    }
    elector(conn, id, voter)?;
    let own = own_ballot(conn, ballot_key, id, voter)?;
    Ok((round, own))
}

/// The ballot page when a proxy holder votes for `grantor`: the open
/// round and the grantor's current ballot, for the holder of a live proxy
/// from them only.
pub fn proxy_ballot_page(
    conn: &mut Db,
    ballot_key: &[u8],
    id: RoundId,
    holder: &User,
    grantor: UserId,
) -> Result<(Round, Option<OwnBallot>), AppError> {
    let (round, _) = ballot_page(conn, ballot_key, id, holder)?;
    if super::proxy::held_for(conn, id, holder.id, grantor)?.is_none() {
        return Err(AppError::Forbidden("err-not-proxy-holder".to_owned()));
    }
    let key = voter_key_of(ballot_key, id, grantor)?;
    let own = q::current_ballot(conn, id, &key)?
        .map(|b| own_ballot_from(&round, b))
        .transpose()?;
    Ok((round, own))
}

fn own_ballot_from(round: &Round, b: crate::db::rounds::BallotRow) -> Result<OwnBallot, AppError> {
    let adoption = round.is_adoption();
    Ok(OwnBallot {
        ranking: if adoption {
            Vec::new()
        } else {
            serde_json::from_str(&b.ranking).map_err(AppError::internal)?
        },
        votes: if adoption {
            Some(serde_json::from_str(&b.ranking).map_err(AppError::internal)?)
        } else {
            None
        },
        receipt: b.receipt,
        cast_at: rfc3339(b.cast_at),
    })
}

/// A ballot submitted as rank numbers (the page's form), and the round it
/// was cast in so the page can show it again.
#[derive(Debug)]
pub struct BallotAttempt {
    /// The round.
    pub round: Round,
    /// The receipt, or why the numbers were refused (nothing was stored).
    pub outcome: Result<CastReceipt, ValidationError>,
}

/// Casts a ballot from the form: rank numbers (`candidate id → number`)
/// in ranking rounds, votes (`candidate id → yes/no/abstain`) in adoption
/// rounds;
/// a refused ranking comes back in the attempt, every other failure (closed
/// round, not an elector) as the error.
pub fn cast_rank_numbers(
    conn: &mut Db,
    ballot_key: &[u8],
    id: RoundId,
    voter: &User,
    grantor: Option<UserId>,
    entries: &[(String, String)],
) -> Result<BallotAttempt, AppError> {
    let round = get(conn, id)?;
    let parsed = if round.is_adoption() {
        Ok(BallotChoice::Votes(entries.iter().cloned().collect()))
    } else {
        crate::domain::round::tiers_from_rank_numbers(entries).map(BallotChoice::Ranking)
    };
    let outcome = match parsed {
        Ok(choice) => match cast_for(conn, ballot_key, id, voter, grantor, &choice) {
            Ok(receipt) => Ok(receipt),
            Err(AppError::Invalid(v)) => Err(v),
            Err(e) => return Err(e),
        },
        Err(v) => Err(v),
    };
    Ok(BallotAttempt { round, outcome })
}
