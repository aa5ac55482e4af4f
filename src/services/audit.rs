//! Audit-trail use-cases shared by the audit page and the API: the current
//! head and latest checkpoint, signing it on request, recording a download
//! of the log, consistency proofs, and the filtered, paginated view of the
//! trail. Witnesses are in `witnesses`, receipt proofs in `receipt_proofs`.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::json;

use crate::audit::checkpoint::{cosignatures, with_cosignatures};
use crate::audit::merkle::to_hex;
use crate::audit::store::{self, Actor, Filter, NewEntry};
use crate::audit::{Checkpoint, Entry, Signer, checkpoint};
use crate::db::{self, Db};
use crate::domain::round::RoundId;
use crate::domain::user::{User, UserId};
use crate::error::{AppError, Msg};

/// Entries per page on the audit page.
pub const PAGE_SIZE: i64 = 50;

/// The chain head and the newest signature over it (or over an older head).
#[derive(Debug, Clone, Serialize)]
pub struct HeadView {
    /// The last entry's seq and hash.
    pub head: HeadRef,
    /// The latest signed checkpoint, if any.
    pub checkpoint: Option<CheckpointView>,
}

/// A checkpoint as the API and the page show it.
#[derive(Debug, Clone, Serialize)]
pub struct CheckpointView {
    /// 1, 2, 3, …
    pub number: i64,
    /// Tree size: entries covered.
    pub size: i64,
    /// Merkle root, hex.
    pub root: String,
    /// When it was signed.
    pub at: String,
    /// The signed note with every cosignature line.
    pub note: String,
    /// Names of the witnesses that cosigned it.
    pub cosigned_by: Vec<String>,
}

/// Views of these checkpoints with their cosignatures (one query).
pub fn views(conn: &mut Db, cps: Vec<Checkpoint>) -> Result<Vec<CheckpointView>, AppError> {
    let numbers: Vec<i64> = cps.iter().map(|c| c.number).collect();
    let mut lines = cosignatures(conn, &numbers)?;
    Ok(cps
        .into_iter()
        .map(|cp| {
            let own = lines.remove(&cp.number).unwrap_or_default();
            let cosigned_by = own
                .iter()
                .filter_map(|l| l.split(' ').nth(1).map(str::to_owned))
                .collect();
            CheckpointView {
                note: with_cosignatures(&cp, &own),
                number: cp.number,
                size: cp.size,
                root: cp.root,
                at: cp.at,
                cosigned_by,
            }
        })
        .collect())
}

/// The latest checkpoint with its cosignatures, or a 404 before the first.
pub fn latest_checkpoint(conn: &mut Db) -> Result<CheckpointView, AppError> {
    let cp = checkpoint::latest(conn)?
        .ok_or_else(|| AppError::NotFound("err-no-checkpoint".to_owned()))?;
    views(conn, vec![cp])?
        .pop()
        .ok_or_else(|| AppError::internal("checkpoint view vanished"))
}

/// A `(seq, hash)` pair.
#[derive(Debug, Clone, Serialize)]
pub struct HeadRef {
    /// Seq of the head entry (0: empty trail).
    pub seq: i64,
    /// Its hash (64 zeros: empty trail).
    pub hash: String,
}

/// Reads the head and the latest checkpoint.
pub fn head(conn: &mut Db) -> Result<HeadView, AppError> {
    let (seq, hash) = store::head(conn)?;
    let checkpoint = match checkpoint::latest(conn)? {
        Some(cp) => views(conn, vec![cp])?.pop(),
        None => None,
    };
    Ok(HeadView {
        head: HeadRef { seq, hash },
        checkpoint,
    })
}

/// Signs the head on someone's request: appends `audit.checkpointed` (so the
/// request itself is on the record), then signs the head that includes it.
pub fn request_checkpoint(
    conn: &mut Db,
    signer: &Signer,
    user: &User,
) -> Result<Checkpoint, AppError> {
    db::transaction(conn, |tx| {
        store::append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "audit.checkpointed",
                "audit:head",
                json!({}),
            ),
        )?;
        Ok(checkpoint(tx, signer)?)
    })
}

/// Records a download of the whole log (`export.downloaded`, subject
/// `audit:log`) and signs the head that includes that entry, in one
/// transaction; returns the seq the export runs up to, so the file the user
/// gets ends with a signed checkpoint of its last entry.
pub fn record_log_download(conn: &mut Db, signer: &Signer, user: &User) -> Result<i64, AppError> {
    db::transaction(conn, |tx| {
        store::append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "export.downloaded",
                "audit:log",
                json!({"file": "audit.jsonl"}),
            ),
        )?;
        Ok(checkpoint(tx, signer)?.size)
    })
}

/// A consistency proof between two tree sizes, as the API serves it.
#[derive(Debug, Clone, Serialize)]
pub struct ConsistencyView {
    /// The old tree size.
    pub from: i64,
    /// The new tree size.
    pub to: i64,
    /// The old root, hex.
    pub from_root: String,
    /// The new root, hex.
    pub to_root: String,
    /// RFC 6962 §2.1.2 proof, hex.
    pub proof: Vec<String>,
}

/// The proof that the tree of `to` entries extends the tree of `from`
/// (`to` defaults to the latest checkpoint's size). Both sizes must be in
/// the trail.
pub fn consistency(
    conn: &mut Db,
    signer: &Signer,
    from: i64,
    to: Option<i64>,
) -> Result<ConsistencyView, AppError> {
    let (head_seq, _) = store::head(conn)?;
    let to = match to {
        Some(t) => t,
        None => checkpoint::latest(conn)?.map_or(head_seq, |c| c.size),
    };
    if from < 0 || to < 0 || from > to {
        return Err(AppError::BadRequest(
            Msg::new("err-tree-range")
                .arg("from", from)
                .arg("to", to)
                .into(),
        ));
    }
    if to > head_seq {
        return Err(AppError::NotFound(
            Msg::new("err-no-tree-size")
                .num("entries", head_seq)
                .arg("size", to)
                .into(),
        ));
    }
    let (f, t) = (from.unsigned_abs(), to.unsigned_abs());
    let (proof, fr, tr) = signer
        .tree
        .with(conn, t, |tree| {
            Ok::<_, crate::audit::merkle::ProofError>((
                tree.consistency_proof(f, t)?,
                tree.root(f)?,
                tree.root(t)?,
            ))
        })?
        .map_err(AppError::internal)?;
    Ok(ConsistencyView {
        from,
        to,
        from_root: to_hex(&fr),
        to_root: to_hex(&tr),
        proof: proof.iter().map(to_hex).collect(),
    })
}

/// One page of the trail, newest first, and how many entries match.
#[derive(Debug, Clone)]
pub struct TrailPage {
    /// The entries on this page.
    pub entries: Vec<Entry>,
    /// Entries matching the filter in all.
    pub total: i64,
    /// 1-based page number shown (clamped to the last page).
    pub page: i64,
    /// Number of pages (at least 1).
    pub pages: i64,
}

/// The `page`-th page (1-based) of entries matching `filter`.
pub fn trail_page(conn: &mut Db, filter: &Filter, page: i64) -> Result<TrailPage, AppError> {
    let total = store::count(conn, filter)?;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let entries = store::page(conn, filter, (page - 1) * PAGE_SIZE, PAGE_SIZE)?;
    Ok(TrailPage {
        entries,
        total,
        page,
        pages,
    })
}

/// The audit page's read model.
#[derive(Debug, Clone)]
pub struct AuditPageData {
    /// Head and latest checkpoint.
    pub head: HeadView,
    /// The page of entries.
    pub trail: TrailPage,
    /// Every action name in the trail (the filter's choices).
    pub actions: Vec<String>,
    /// Display names of the users acting on this page.
    pub actor_names: HashMap<UserId, String>,
    /// Closed rounds with the files each offers, when asked for.
    pub closed_rounds: Vec<ClosedRoundFiles>,
    /// The most recent checkpoints with their cosigners, newest first.
    pub checkpoints: Vec<CheckpointView>,
    /// Every registered witness.
    pub witnesses: Vec<crate::services::witnesses::WitnessView>,
}

/// A closed round and the downloads its kind offers.
#[derive(Debug, Clone)]
pub struct ClosedRoundFiles {
    /// The round.
    pub id: RoundId,
    /// Its title.
    pub title: String,
    /// What it can be downloaded as (see `exports::ExportFile::offered`).
    pub files: Vec<crate::services::exports::ExportFile>,
}

/// Checkpoints shown on the audit page.
pub const PAGE_CHECKPOINTS: i64 = 10;

/// Everything the audit page shows, in one call and a fixed number of
/// queries (the actors' names in one).
pub fn page(
    conn: &mut Db,
    filter: &Filter,
    page_no: i64,
    with_closed_rounds: bool,
) -> Result<AuditPageData, AppError> {
    let head = head(conn)?;
    let trail = trail_page(conn, filter, page_no)?;
    let actions = store::actions(conn)?;
    let mut ids: Vec<UserId> = trail
        .entries
        .iter()
        .filter_map(|e| e.actor.parse::<i64>().ok().map(UserId))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let actor_names = crate::db::users::display_names(conn, &ids)?;
    let closed_rounds = if with_closed_rounds {
        crate::db::rounds::closed_with_kind(conn)?
            .into_iter()
            .map(|(id, title, kind)| ClosedRoundFiles {
                id,
                title,
                files: crate::services::exports::ExportFile::offered(kind),
            })
            .collect()
    } else {
        Vec::new()
    };
    let recent = checkpoint::recent(conn, PAGE_CHECKPOINTS)?;
    let checkpoints = views(conn, recent)?;
    let witnesses = crate::services::witnesses::list(conn)?;
    Ok(AuditPageData {
        head,
        trail,
        actions,
        actor_names,
        closed_rounds,
        checkpoints,
        witnesses,
    })
}

/// Entries read from the database per step of the streaming export.
pub const LOG_BATCH: i64 = 500;

/// Reads the next batch of lines: entries `sent+1 ..` (at most
/// [`LOG_BATCH`]) with each checkpoint (and its cosignatures) placed right
/// after the entry that ends its tree.
pub fn log_batch(
    c: &mut Db,
    sent: i64,
    up_to: i64,
    first: bool,
) -> Result<(Vec<u8>, i64), AppError> {
    let ser = |e: crate::canonical::CanonicalError| AppError::Internal(e.into());
    let entries = store::batch_after(c, sent, up_to, LOG_BATCH)?;
    let last = entries.last().map_or(sent, |e| e.seq);
    // A checkpoint of the empty tree (size 0) comes first of all.
    let from = if first { 0 } else { sent + 1 };
    let stored = crate::audit::checkpoint::in_range(c, from, last)?;
    let cps = views(c, stored)?;
    let mut cps = cps.into_iter().peekable();
    let mut out = Vec::new();
    while let Some(cp) = cps.next_if(|cp| cp.size <= sent) {
        out.extend_from_slice(
            crate::audit::jsonl::checkpoint_line(&cp.note)
                .map_err(ser)?
                .as_bytes(),
        );
    }
    for e in &entries {
        out.extend_from_slice(crate::audit::jsonl::entry_line(e).map_err(ser)?.as_bytes());
        while let Some(cp) = cps.next_if(|cp| cp.size == e.seq) {
            out.extend_from_slice(
                crate::audit::jsonl::checkpoint_line(&cp.note)
                    .map_err(ser)?
                    .as_bytes(),
            );
        }
    }
    Ok((out, last))
}
