//! Group commit for ballots. Every cast takes the audit-head lock and pays
//! one commit (an fsync on SQLite, a round trip and a WAL flush on
//! PostgreSQL), so casts one by one serialise on the lock and the disk.
//! [`BallotCommitter`] instead hands each cast to one writer thread, which
//! gathers every cast waiting at that moment into one transaction: one
//! audit-head lock, a few statements for the whole batch, one `ballot.cast`
//! entry per ballot, one commit. While a batch commits the next one gathers,
//! so batches grow with the load and an idle server answers at once.
//!
//! The rules of [`cast`] hold per ballot:
//! - each request is answered only after its batch has committed, so an
//!   acknowledged ballot is never lost;
//! - the round's status is read inside the batch's transaction, after the
//!   lock, so a close (which takes the same lock) either commits first and
//!   every ballot of the batch is refused, or commits after and counts them;
//! - every ballot is validated (round, electorate, ranking) before anything
//!   is written, so a refused ballot gets its own error and the others are
//!   stored; should the batch's writes fail anyway, each of its ballots is
//!   retried alone on the ordinary path;
//! - two casts by one voter in one round never share a batch (the later
//!   waits for the next one), so "replaced" and the current ballot stay
//!   exactly as if they had been cast one after the other.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::sync::mpsc;

use serde_json::json;
use tokio::sync::oneshot;

use super::ballot::{
    CastReceipt, cast, random_hex, ranking_error, ranking_in_adoption_round, voter_key,
};
use super::view::load_row;
use crate::audit::store::Actor;
use crate::audit::{NewEntry, append_all};
use crate::db::rounds::{self as q, NewBallotRow};
use crate::db::users::now;
use crate::db::{self, Db, DbPool, ballot_batch};
use crate::domain::ballots_file;
use crate::domain::round::{RoundId, RoundStatus, Secrecy, candidate_id};
use crate::domain::user::{Role, User};
use crate::error::AppError;
use crate::messages;
use crate::tally::ballot::{Candidates, Ranking};

/// The most casts one transaction takes: enough to amortise a commit over
/// many ballots, few enough that one batch never holds the lock for long.
pub const MAX_BATCH: usize = 256;

type Reply = oneshot::Sender<Result<CastReceipt, AppError>>;

/// One cast waiting for its batch.
struct Job {
    round: RoundId,
    voter: User,
    key: String,
    tiers: Vec<Vec<String>>,
    reply: Reply,
}

/// The handle requests cast through; cloning it shares the writer thread,
/// which stops when the last handle is dropped.
#[derive(Clone)]
pub struct BallotCommitter {
    jobs: mpsc::Sender<Job>,
    ballot_key: std::sync::Arc<[u8]>,
}

impl BallotCommitter {
    /// Starts the writer thread, which borrows connections from `pool`.
    pub fn start(pool: DbPool, ballot_key: &[u8]) -> std::io::Result<Self> {
        let (jobs, rx) = mpsc::channel();
        let ballot_key: std::sync::Arc<[u8]> = ballot_key.into();
        let key = ballot_key.clone();
        std::thread::Builder::new()
            .name("ballot-commit".into())
            .spawn(move || writer(&pool, &key, &rx))?;
        Ok(BallotCommitter { jobs, ballot_key })
    }

    /// Casts or replaces `voter`'s ballot, answering once its batch has
    /// committed; the same refusals, in the same order, as [`cast`].
    pub async fn cast(
        &self,
        round: RoundId,
        voter: User,
        tiers: Vec<Vec<String>>,
    ) -> Result<CastReceipt, AppError> {
        if !matches!(voter.role, Role::Delegate | Role::Chair) {
            return Err(AppError::Forbidden("err-only-electors-vote".to_owned()));
        }
        let key = voter_key(&self.ballot_key, round, &voter)?;
        let (reply, answer) = oneshot::channel();
        let job = Job {
            round,
            voter,
            key,
            tiers,
            reply,
        };
        self.jobs
            .send(job)
            .map_err(|_| AppError::internal("the ballot writer has stopped"))?;
        answer
            .await
            .map_err(|_| AppError::internal("the ballot writer dropped a ballot unanswered"))?
    }
}

/// The writer thread: takes every waiting cast (up to [`MAX_BATCH`]),
/// commits them as one batch, answers them, and starts again.
fn writer(pool: &DbPool, ballot_key: &[u8], rx: &mpsc::Receiver<Job>) {
    let mut waiting: VecDeque<Job> = VecDeque::new();
    loop {
        if waiting.is_empty() {
            match rx.recv() {
                Ok(job) => waiting.push_back(job),
                Err(_) => return,
            }
        }
        while waiting.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => waiting.push_back(job),
                Err(_) => break,
            }
        }
        let mut seen = HashSet::new();
        let mut batch = Vec::new();
        let mut later = VecDeque::new();
        for job in waiting.drain(..) {
            if batch.len() < MAX_BATCH && seen.insert((job.round, job.key.clone())) {
                batch.push(job);
            } else {
                later.push_back(job);
            }
        }
        waiting = later;
        commit(pool, ballot_key, batch);
    }
}

/// Commits one batch and answers each of its casts.
fn commit(pool: &DbPool, ballot_key: &[u8], batch: Vec<Job>) {
    let mut conn = match pool.get() {
        Ok(c) => c,
        Err(e) => {
            let e = AppError::from(e);
            for job in batch {
                let _ = job.reply.send(Err(copy_error(&e)));
            }
            return;
        }
    };
    match db::transaction(&mut conn, |tx| write_batch(tx, &batch)) {
        Ok(outcomes) => {
            for (job, outcome) in batch.into_iter().zip(outcomes) {
                // A request that gave up waiting has nobody to answer.
                let _ = job.reply.send(outcome);
            }
        }
        Err(e) => {
            tracing::warn!(error = ?e, ballots = batch.len(), "a ballot batch failed; casting its ballots one by one");
            for job in batch {
                let outcome = cast(&mut conn, ballot_key, job.round, &job.voter, &job.tiers);
                let _ = job.reply.send(outcome);
            }
        }
    }
}

/// The same error again, for every cast of a batch that failed as a whole
/// before it began (no pooled connection).
fn copy_error(e: &AppError) -> AppError {
    match e {
        AppError::Unavailable(m) => AppError::Unavailable(m.clone()),
        other => AppError::internal(other.to_string()),
    }
}

/// A validated cast, ready to be written.
struct Ready {
    job: usize,
    group: String,
    organisation: String,
    normal: Vec<Vec<String>>,
    ranking_json: String,
    nonce: String,
    receipt: String,
    secret: bool,
    replaced: bool,
}

/// Validates every cast of the batch, then writes the valid ones. The
/// outer error means the writes failed (the transaction rolls back); each
/// inner one is that cast's own refusal.
fn write_batch(tx: &mut Db, jobs: &[Job]) -> Result<Vec<Result<CastReceipt, AppError>>, AppError> {
    let mut refused: HashMap<usize, AppError> = HashMap::new();
    let mut by_round: BTreeMap<RoundId, Vec<usize>> = BTreeMap::new();
    for (k, job) in jobs.iter().enumerate() {
        by_round.entry(job.round).or_default().push(k);
    }
    let mut ready: Vec<Ready> = Vec::with_capacity(jobs.len());
    for (round, members) in by_round {
        let first = ready.len();
        match validate_round(tx, round, jobs, &members, &mut ready, &mut refused) {
            Ok(()) => {}
            Err(AppError::NotFound(m)) => {
                for k in members {
                    refused.insert(k, AppError::NotFound(m.clone()));
                }
                continue;
            }
            Err(AppError::RoundClosed(m)) => {
                for k in members {
                    refused.insert(k, AppError::RoundClosed(m.clone()));
                }
                continue;
            }
            Err(e) => return Err(e),
        }
        let keys: Vec<&str> = ready[first..]
            .iter()
            .map(|r| jobs[r.job].key.as_str())
            .collect();
        if keys.is_empty() {
            continue;
        }
        let had: HashSet<String> = ballot_batch::supersede(tx, round, &keys)?
            .into_iter()
            .collect();
        for r in &mut ready[first..] {
            r.replaced = had.contains(&jobs[r.job].key);
        }
    }
    let cast_at = now();
    let rows: Vec<NewBallotRow<'_>> = ready
        .iter()
        .map(|r| {
            let job = &jobs[r.job];
            NewBallotRow {
                round_id: job.round.0,
                voter_key: &job.key,
                user_id: (!r.secret).then_some(job.voter.id.0),
                stakeholder_group: &r.group,
                organisation: &r.organisation,
                ranking: &r.ranking_json,
                receipt: &r.receipt,
                is_current: true,
                cast_at,
            }
        })
        .collect();
    ballot_batch::insert(tx, &rows)?;
    // Who voted, never what: no ranking and no receipt in the trail.
    let entries = ready
        .iter()
        .map(|r| {
            let job = &jobs[r.job];
            NewEntry::new(
                Actor::User(job.voter.id),
                "ballot.cast",
                format!("round:{}", job.round),
                json!({"replaced": r.replaced}),
            )
        })
        .collect();
    append_all(tx, entries)?;
    let mut outcomes: Vec<Option<Result<CastReceipt, AppError>>> =
        jobs.iter().map(|_| None).collect();
    for (k, e) in refused {
        outcomes[k] = Some(Err(e));
    }
    for r in ready {
        outcomes[r.job] = Some(Ok(CastReceipt {
            receipt: r.receipt,
            nonce: r.nonce,
            replaced: r.replaced,
            ranking: r.normal,
            votes: None,
        }));
    }
    Ok(outcomes
        .into_iter()
        .map(|o| o.unwrap_or_else(|| Err(AppError::internal("a ballot was left unanswered"))))
        .collect())
}

/// Checks the casts of one round in the order [`cast`] does — the round
/// exists and is open, the voter is an elector, the ranking is valid — and
/// prepares each valid one (canonical tiers, nonce, receipt). A refusal of
/// the whole round (not found, not open) is returned before anything is
/// prepared; one voter's refusal is put in `refused`.
fn validate_round(
    tx: &mut Db,
    round: RoundId,
    jobs: &[Job],
    members: &[usize],
    ready: &mut Vec<Ready>,
    refused: &mut HashMap<usize, AppError>,
) -> Result<(), AppError> {
    let row = load_row(tx, round)?;
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
    if row.method.kind() != crate::domain::round::RoundKind::Ranking {
        for &k in members {
            refused.insert(k, ranking_in_adoption_round());
        }
        return Ok(());
    }
    // A grantor's own ballot ends their proxy (as on the ordinary path).
    let grantors: HashSet<_> = crate::db::proxies::live(tx, round)?
        .into_iter()
        .map(|p| p.grantor_id)
        .collect();
    let users: Vec<_> = members.iter().map(|&k| jobs[k].voter.id).collect();
    let electors: HashMap<_, _> = ballot_batch::electors(tx, round, &users)?
        .into_iter()
        .map(|(u, g, o)| (u, (g, o)))
        .collect();
    let ids: Vec<String> = q::proposals_of(tx, round)?
        .into_iter()
        .map(|(p, _, _)| candidate_id(p))
        .collect();
    let candidates = Candidates::new(ids.iter().cloned()).map_err(AppError::internal)?;
    let round_id = round.to_string();
    let secret = row.secrecy == Secrecy::Secret;
    for &k in members {
        let job = &jobs[k];
        let Some((group, organisation)) = electors.get(&job.voter.id) else {
            refused.insert(
                k,
                AppError::Forbidden(messages::NOT_IN_ELECTORATE.to_owned()),
            );
            continue;
        };
        if let Err(e) = Ranking::parse(&candidates, &job.tiers) {
            refused.insert(k, ranking_error(e));
            continue;
        }
        // Tiers in the round's order, so equal ballots store equal text.
        let normal: Vec<Vec<String>> = job
            .tiers
            .iter()
            .map(|t| ids.iter().filter(|c| t.contains(c)).cloned().collect())
            .collect();
        let ranking_json =
            crate::canonical::to_canonical_string(&normal).map_err(AppError::internal)?;
        let nonce = random_hex()?;
        let receipt =
            ballots_file::receipt(&round_id, &normal, &nonce).map_err(AppError::internal)?;
        if grantors.contains(&job.voter.id) {
            super::proxy::end_on_own_ballot(tx, round, job.voter.id)?;
        }
        ready.push(Ready {
            job: k,
            group: group.clone(),
            organisation: organisation.clone(),
            normal,
            ranking_json,
            nonce,
            receipt,
            secret,
            replaced: false,
        });
    }
    Ok(())
}
