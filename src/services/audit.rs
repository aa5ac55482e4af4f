//! Audit-trail use-cases shared by the audit page and the API: the current
//! head, signing it on request, recording a download of the log, and the
//! filtered, paginated view of the trail.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::json;

use crate::audit::store::{self, Actor, Filter, NewEntry};
use crate::audit::{Checkpoint, Entry, Signer, checkpoint};
use crate::db::{self, Db};
use crate::domain::round::RoundId;
use crate::domain::user::{User, UserId};
use crate::error::AppError;

/// Entries per page on the audit page.
pub const PAGE_SIZE: i64 = 50;

/// The chain head and the newest signature over it (or over an older head).
#[derive(Debug, Clone, Serialize)]
pub struct HeadView {
    /// The last entry's seq and hash.
    pub head: HeadRef,
    /// The latest signed checkpoint, if any.
    pub checkpoint: Option<Checkpoint>,
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
    let checkpoint = checkpoint::latest(conn)?;
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
        Ok(checkpoint(tx, signer)?.seq)
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
    /// Closed rounds `(id, title)` for the download links, when asked for.
    pub closed_rounds: Vec<(RoundId, String)>,
}

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
        crate::db::rounds::closed(conn)?
    } else {
        Vec::new()
    };
    Ok(AuditPageData {
        head,
        trail,
        actions,
        actor_names,
        closed_rounds,
    })
}

/// Entries read from the database per step of the streaming export.
pub const LOG_BATCH: i64 = 500;

/// Reads the next batch of lines: entries `sent+1 ..` (at most
/// [`LOG_BATCH`]) with each checkpoint placed right after the entry it signs.
pub fn log_batch(
    c: &mut Db,
    sent: i64,
    up_to: i64,
    first: bool,
) -> Result<(Vec<u8>, i64), AppError> {
    let ser = |e: crate::canonical::CanonicalError| AppError::Internal(e.into());
    let entries = store::batch_after(c, sent, up_to, LOG_BATCH)?;
    let last = entries.last().map_or(sent, |e| e.seq);
    // Checkpoint of the empty chain (seq 0) comes first of all.
    let from = if first { 0 } else { sent + 1 };
    let mut cps = crate::audit::checkpoint::in_range(c, from, last)?
        .into_iter()
        .peekable();
    let mut out = Vec::new();
    while let Some(cp) = cps.next_if(|cp| cp.seq <= sent) {
        out.extend_from_slice(
            crate::audit::jsonl::checkpoint_line(&cp)
                .map_err(ser)?
                .as_bytes(),
        );
    }
    for e in &entries {
        out.extend_from_slice(crate::audit::jsonl::entry_line(e).map_err(ser)?.as_bytes());
        while let Some(cp) = cps.next_if(|cp| cp.seq == e.seq) {
            out.extend_from_slice(
                crate::audit::jsonl::checkpoint_line(&cp)
                    .map_err(ser)?
                    .as_bytes(),
            );
        }
    }
    Ok((out, last))
}
