//! Voting rounds: create, open, cast, close (by hand or at the deadline),
//! and the views of a closed round. Each state change and its audit entries
//! commit in one transaction; closing tallies inside that transaction, so a
//! ballot is either acknowledged and counted, or refused.

use std::collections::BTreeMap;

use crate::domain::proposal::ProposalId;
use hmac::{Hmac, Mac};
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::audit::store::{Actor, now_rfc3339};
use crate::audit::{NewEntry, Signer, append};
use crate::db::rounds::{self as q, Closing, NewBallotRow, NewRoundRow, RoundRow};
use crate::db::{self, Db};
use crate::domain::ValidationError;
use crate::domain::ballots_file::{
    self, BallotsFile, CandidateInfo, RoundInfo, StoredBallot, VoterInfo,
};
use crate::domain::round::{
    NewRound, RoundId, RoundStatus, Secrecy, candidate_id, proposal_of, quorum_met,
};
use crate::domain::user::{Role, User};
use crate::messages;
use crate::tally::Method;
use crate::tally::ballot::{Candidates, Ranking, RankingError};
use crate::tally::rational::Weight;
use crate::tally::weighting::Weighting;
use crate::web::error::AppError;

/// A round as pages and the API show it.
#[derive(Debug, Clone, Serialize)]
pub struct Round {
    /// Id.
    pub id: RoundId,
    /// Title.
    pub title: String,
    /// Description (plain text).
    pub description: String,
    /// Tally method.
    pub method: Method,
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
}

/// A proposal in a round.
#[derive(Debug, Clone, Serialize)]
pub struct RoundProposal {
    /// Candidate id (`p` + proposal id), as in ballots and results.
    pub id: String,
    /// The proposal's id.
    pub proposal_id: i64,
    /// Its title.
    pub title: String,
    /// Its status now (a chair records `adopted` / `not_adopted` after the close).
    pub status: String,
}

use crate::audit::store::rfc3339;
use crate::db::users::now;

impl RoundRow {
    fn weighting(&self) -> Result<Weighting, AppError> {
        let raw: BTreeMap<String, String> =
            serde_json::from_str(&self.group_weights).map_err(AppError::internal)?;
        let mut weights = BTreeMap::new();
        for (g, w) in raw {
            let value = w.parse().map_err(AppError::internal)?;
            weights.insert(g, Weight::new(value).map_err(AppError::internal)?);
        }
        Weighting::from_name(&self.weighting, weights).map_err(AppError::internal)
    }

    fn status(&self) -> Result<RoundStatus, AppError> {
        self.status.parse().map_err(AppError::internal)
    }

    fn secrecy(&self) -> Result<Secrecy, AppError> {
        self.secrecy.parse().map_err(AppError::internal)
    }

    fn method(&self) -> Result<Method, AppError> {
        self.method.parse().map_err(AppError::internal)
    }
}

fn load_row(conn: &mut Db, id: RoundId) -> Result<RoundRow, AppError> {
    q::find(conn, id.0)?.ok_or_else(|| AppError::NotFound(format!("There is no round {id}.")))
}

fn to_round(conn: &mut Db, row: RoundRow) -> Result<Round, AppError> {
    let proposals = q::proposals_of(conn, row.id)?
        .into_iter()
        .map(|(id, title, status)| RoundProposal {
            id: candidate_id(id),
            proposal_id: id,
            title,
            status,
        })
        .collect();
    Ok(Round {
        id: RoundId(row.id),
        method: row.method()?,
        secrecy: row.secrecy()?,
        status: row.status()?,
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
    })
}

/// One round.
pub fn get(conn: &mut Db, id: RoundId) -> Result<Round, AppError> {
    let row = load_row(conn, id)?;
    to_round(conn, row)
}

/// Every round, newest first.
pub fn list(conn: &mut Db) -> Result<Vec<Round>, AppError> {
    q::list(conn)?
        .into_iter()
        .map(|r| to_round(conn, r))
        .collect()
}

/// Checks that every proposal exists, is submitted and eligible (the first
/// one that is not is named in the error).
fn check_proposals(
    conn: &mut Db,
    ids: &[i64],
    settings: &crate::config::Settings,
) -> Result<(), AppError> {
    for id in ids {
        let Some(row) = crate::db::proposals::find(conn, ProposalId(*id))? else {
            return Err(
                ValidationError::new("proposals", format!("There is no proposal {id}.")).into(),
            );
        };
        let (title, status) = (&row.title, &row.status);
        if status != "submitted" {
            return Err(ValidationError::new(
                "proposals",
                format!("Proposal {id} ({title}) is {status}; only submitted proposals can be put to a vote."),
            )
            .into());
        }
        if let Some(missing) = crate::services::eligibility::missing(&row, settings)? {
            return Err(ValidationError::new(
                "proposals",
                format!("Proposal {id} ({title}) is not eligible yet: {missing}"),
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
    let id = db::transaction(conn, |tx| {
        check_proposals(tx, &round.proposals, settings)?;
        let id = q::insert(
            tx,
            &NewRoundRow {
                title: &round.title,
                description: &round.description,
                method: round.method.name(),
                weighting: round.weighting.name(),
                group_weights: &gw_json,
                secrecy: round.secrecy.as_str(),
                status: RoundStatus::Draft.as_str(),
                closes_at: round.closes_at,
                quorum_percent: round.quorum_percent,
                created_by: chair.id.0,
                created_at: now(),
            },
        )?;
        q::add_proposals(tx, id, &round.proposals)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(chair.id),
                "round.created",
                format!("round:{id}"),
                json!({
                    "title": round.title,
                    "method": round.method.name(),
                    "weighting": round.weighting.name(),
                    "group_weights": group_weights,
                    "secrecy": round.secrecy.as_str(),
                    "proposals": round.proposals.iter().map(|p| candidate_id(*p)).collect::<Vec<_>>(),
                    "closes_at": round.closes_at.map(rfc3339),
                    "quorum_percent": round.quorum_percent,
                }),
            ),
        )?;
        Ok::<_, AppError>(id)
    })?;
    get(conn, RoundId(id))
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
        match row.status()? {
            RoundStatus::Draft => {}
            RoundStatus::Open => {
                return Err(AppError::Conflict("This round is already open.".to_owned()));
            }
            RoundStatus::Closed => {
                return Err(AppError::Conflict("This round is closed.".to_owned()));
            }
        }
        if row.closes_at.is_some_and(|c| c <= now()) {
            return Err(ValidationError::new(
                "closes_at",
                "The round's closing time has passed; create a new round with a later closing time.",
            )
            .into());
        }
        let ids: Vec<i64> = q::proposals_of(tx, id.0)?
            .into_iter()
            .map(|(p, _, _)| p)
            .collect();
        check_proposals(tx, &ids, settings)?;
        q::mark_open(tx, id.0, now())?;
        let size = q::fix_electorate(tx, id.0)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(chair.id),
                "round.opened",
                format!("round:{id}"),
                json!({"electorate": size}),
            ),
        )?;
        Ok(())
    })?;
    get(conn, id)
}

/// The keyed hash that finds a voter's ballot without naming the voter:
/// HMAC-SHA256(server ballot key, "plenary-voter/1\n{round}\n{user}").
pub fn voter_key(key: &[u8], round: RoundId, user: &User) -> Result<String, AppError> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).map_err(AppError::internal)?;
    mac.update(format!("plenary-voter/1\n{round}\n{}", user.id).as_bytes());
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
    /// The ranking as stored (tiers in the round's order).
    pub ranking: Vec<Vec<String>>,
}

fn ranking_error(conn: &mut Db, e: RankingError) -> AppError {
    let msg = match e {
        RankingError::UnknownCandidate(id) => match proposal_of(&id) {
            Some(p) if q::proposal_exists(conn, p).unwrap_or(false) => {
                format!("Proposal {id} is not in this round.")
            }
            _ => format!(
                "Unknown proposal {id:?}: rank the round's proposals by their ids, e.g. \"p12\"."
            ),
        },
        RankingError::Duplicate(id) => {
            format!("Proposal {id} appears more than once in your ranking.")
        }
        RankingError::EmptyTier(n) => {
            format!("Tier {n} of your ranking is empty; remove it or put a proposal in it.")
        }
    };
    ValidationError::new("ranking", msg).into()
}

fn random_hex() -> Result<String, AppError> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).map_err(|e| AppError::internal(format!("no randomness: {e}")))?;
    Ok(hex::encode(b))
}

/// Casts or replaces `voter`'s ballot. Refused with a clear error (and
/// nothing stored) when the round is not open, the deadline has passed, the
/// voter is outside the electorate, or the ranking is invalid.
pub fn cast(
    conn: &mut Db,
    ballot_key: &[u8],
    id: RoundId,
    voter: &User,
    tiers: &[Vec<String>],
) -> Result<CastReceipt, AppError> {
    if !matches!(voter.role, Role::Delegate | Role::Chair) {
        return Err(AppError::Forbidden(
            "Only delegates and chairs vote.".to_owned(),
        ));
    }
    let key = voter_key(ballot_key, id, voter)?;
    db::transaction(conn, |tx| {
        let row = load_row(tx, id)?;
        match row.status()? {
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
        let (group, organisation) = q::electorate_member(tx, id.0, voter.id.0)?
            .ok_or_else(|| AppError::Forbidden(messages::NOT_IN_ELECTORATE.to_owned()))?;
        let ids: Vec<String> = q::proposals_of(tx, id.0)?
            .into_iter()
            .map(|(p, _, _)| candidate_id(p))
            .collect();
        let candidates = Candidates::new(ids.iter().cloned()).map_err(AppError::internal)?;
        if let Err(e) = Ranking::parse(&candidates, tiers) {
            return Err(ranking_error(tx, e));
        }
        // Store tiers in the round's order, so equal ballots store equal text.
        let normal: Vec<Vec<String>> = tiers
            .iter()
            .map(|t| ids.iter().filter(|c| t.contains(c)).cloned().collect())
            .collect();
        let ranking_json =
            crate::canonical::to_canonical_string(&normal).map_err(AppError::internal)?;
        let nonce = random_hex()?;
        let receipt =
            ballots_file::receipt(&id.to_string(), &normal, &nonce).map_err(AppError::internal)?;
        let replaced = q::supersede(tx, id.0, &key)? > 0;
        let secret = row.secrecy()? == Secrecy::Secret;
        q::insert_ballot(
            tx,
            &NewBallotRow {
                round_id: id.0,
                voter_key: &key,
                user_id: (!secret).then_some(voter.id.0),
                stakeholder_group: &group,
                organisation: &organisation,
                ranking: &ranking_json,
                receipt: &receipt,
                is_current: true,
                cast_at: now(),
            },
        )?;
        // Who voted, never what: no ranking and no receipt in the trail.
        append(
            tx,
            NewEntry::new(
                Actor::User(voter.id),
                "ballot.cast",
                format!("round:{id}"),
                json!({"replaced": replaced}),
            ),
        )?;
        Ok(CastReceipt {
            receipt,
            nonce,
            replaced,
            ranking: normal,
        })
    })
}

/// The voter's current ballot in a round, if any.
#[derive(Debug, Clone, Serialize)]
pub struct OwnBallot {
    /// Tiers of candidate ids.
    pub ranking: Vec<Vec<String>>,
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
    load_row(conn, id)?;
    let key = voter_key(ballot_key, id, voter)?;
    match q::current_ballot(conn, id.0, &key)? {
        None => Ok(None),
        Some(b) => Ok(Some(OwnBallot {
            ranking: serde_json::from_str(&b.ranking).map_err(AppError::internal)?,
            receipt: b.receipt,
            cast_at: rfc3339(b.cast_at),
        })),
    }
}

/// Builds the published ballots document of a round from its stored
/// ballots, as of `closed_at`.
fn ballots_document(
    conn: &mut Db,
    row: &RoundRow,
    closed_at: &str,
) -> Result<BallotsFile, AppError> {
    let weighting = row.weighting()?;
    let recorded = row.secrecy()? == Secrecy::Recorded;
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
        method: row.method()?,
        weighting: row.weighting.clone(),
        group_weights: serde_json::from_str(&row.group_weights).map_err(AppError::internal)?,
        secrecy: row.secrecy.clone(),
        closed_at: closed_at.to_owned(),
        tiebreak: Vec::new(),
    };
    ballots_file::build(info, &weighting, recorded, candidates, stored).map_err(AppError::internal)
}

/// The published ballots of a closed round (what `ballots.json` holds).
pub fn published_ballots(conn: &mut Db, id: RoundId) -> Result<BallotsFile, AppError> {
    let row = load_row(conn, id)?;
    let closed_at = match (row.status()?, &row.closed_at) {
        (RoundStatus::Closed, Some(at)) => at.clone(),
        _ => {
            return Err(AppError::Conflict(
                "The ballots are published when the round closes.".to_owned(),
            ));
        }
    };
    ballots_document(conn, &row, &closed_at)
}

/// Closes an open round: stops accepting ballots, tallies the counted
/// ballots with the round's method and weighting, derives the tie-break
/// order, stores the results and appends `round.closed` and
/// `results.published` and signs the new head of the audit trail — all in
/// one transaction.
pub fn close(conn: &mut Db, signer: &Signer, id: RoundId, actor: Actor) -> Result<Round, AppError> {
    db::transaction(conn, |tx| {
        let row = load_row(tx, id)?;
        match row.status()? {
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
        let file = ballots_document(tx, &row, &closed_at)?;
        let results = file.tally().map_err(AppError::internal)?;
        let electorate = q::electorate_groups(tx, id.0)?.len() as u64;
        let ballots = file.ballots.len() as u64;
        let met = quorum_met(ballots, electorate, row.quorum_percent);
        let tiebreak = serde_json::to_string(&file.round.tiebreak).map_err(AppError::internal)?;
        let changed = q::mark_closed(
            tx,
            id.0,
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
        match close(conn, signer, RoundId(id), Actor::System) {
            Ok(_) => closed.push(RoundId(id)),
            Err(AppError::Conflict(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(closed)
}

/// The stored results document of a closed round (canonical JSON).
pub fn results(conn: &mut Db, id: RoundId) -> Result<String, AppError> {
    let row = load_row(conn, id)?;
    match (row.status()?, row.results) {
        (RoundStatus::Closed, Some(r)) => Ok(r),
        _ => Err(AppError::Conflict(
            "Results are published when the round closes.".to_owned(),
        )),
    }
}

/// Whether the ballot with `receipt` was counted in a closed round.
#[derive(Debug, Clone, Serialize)]
pub struct ReceiptCheck {
    /// The receipt asked about.
    pub receipt: String,
    /// True if that ballot was among the counted ballots.
    pub counted: bool,
    /// Why not, when not counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The ranking the ballot holds (so the voter can compare), when counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranking: Option<Vec<Vec<String>>>,
}

/// Looks a receipt up in a closed round.
pub fn check_receipt(conn: &mut Db, id: RoundId, receipt: &str) -> Result<ReceiptCheck, AppError> {
    let row = load_row(conn, id)?;
    if row.status()? != RoundStatus::Closed {
        return Err(AppError::Conflict(
            "Receipts can be checked once the round has closed.".to_owned(),
        ));
    }
    let receipt = receipt.trim().to_ascii_lowercase();
    if receipt.len() != 64 || !receipt.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(
            ValidationError::new("receipt", "A receipt is 64 hexadecimal characters.").into(),
        );
    }
    Ok(match q::by_receipt(conn, id.0, &receipt)? {
        Some(b) if b.is_current => ReceiptCheck {
            ranking: Some(serde_json::from_str(&b.ranking).map_err(AppError::internal)?),
            receipt,
            counted: true,
            reason: None,
        },
        Some(_) => ReceiptCheck {
            receipt,
            counted: false,
            reason: Some("This ballot was replaced by a later ballot of the same voter; only the latest counts.".to_owned()),
            ranking: None,
        },
        None => ReceiptCheck {
            receipt,
            counted: false,
            reason: Some("No ballot with this receipt was cast in this round.".to_owned()),
            ranking: None,
        },
    })
}

/// Turnout of a round: electorate and ballots, overall and per group.
#[derive(Debug, Clone, Serialize)]
pub struct Turnout {
    /// Electorate size.
    pub electorate: u64,
    /// Counted ballots.
    pub ballots: u64,
    /// Per group: (group id, electorate, ballots).
    pub groups: Vec<(String, u64, u64)>,
}

/// Computes turnout from the electorate and the counted ballots.
pub fn turnout(conn: &mut Db, id: RoundId) -> Result<Turnout, AppError> {
    let mut groups: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for g in q::electorate_groups(conn, id.0)? {
        groups.entry(g).or_default().0 += 1;
    }
    let ballots = q::current_ballot_groups(conn, id.0)?;
    for g in &ballots {
        groups.entry(g.clone()).or_default().1 += 1;
    }
    Ok(Turnout {
        electorate: groups.values().map(|v| v.0).sum(),
        ballots: ballots.len() as u64,
        groups: groups.into_iter().map(|(g, (e, b))| (g, e, b)).collect(),
    })
}
