//! Numbered, signed checkpoints of the Merkle tree over the trail, and the
//! witnesses' cosignatures on them, in the database.
//!
//! A checkpoint is signed inside a write transaction (which holds the
//! audit-head lock, see [`crate::db::transaction`]), so across every server
//! process sharing the database there is one tree, one checkpoint per tree
//! size and numbers 1, 2, 3, … without gaps.

use std::collections::HashMap;

use diesel::prelude::*;
use serde::Serialize;

use super::merkle::to_hex;
use super::sign::Signer;
use super::store::{head, now_rfc3339};
use crate::db::Db;
use crate::db::tlog_schema::{audit_cosignatures, audit_tree_checkpoints};

/// A stored checkpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = audit_tree_checkpoints)]
pub struct Checkpoint {
    /// 1 for the log's first checkpoint, then 2, 3, …
    pub number: i64,
    /// Entries covered: the tree size (the last covered entry's seq).
    pub size: i64,
    /// The Merkle root, hex.
    pub root: String,
    /// When it was signed (RFC 3339 UTC, microseconds).
    pub at: String,
    /// The signed note: text and the log's signature line (no
    /// cosignatures: see [`with_cosignatures`]).
    pub note: String,
}

/// Signs the current tree head and stores it. Call INSIDE a write
/// transaction begun by [`crate::db::transaction`], after the entries it
/// should cover (e.g. at a round's close, after the round's own entries).
/// Signing a size that is already signed returns that checkpoint.
pub fn checkpoint(conn: &mut Db, signer: &Signer) -> QueryResult<Checkpoint> {
    let (seq, _) = head(conn)?;
    if let Some(existing) = at_size(conn, seq)? {
        return Ok(existing);
    }
    let size = u64::try_from(seq).unwrap_or(0);
    let root = signer.tree.root(conn, size)?;
    let last: Option<i64> = audit_tree_checkpoints::table
        .select(diesel::dsl::max(audit_tree_checkpoints::number))
        .first(conn)?;
    let number = last.unwrap_or(0) + 1;
    let at = now_rfc3339();
    let cp = Checkpoint {
        number,
        size: seq,
        root: to_hex(&root),
        note: signer.sign_checkpoint(u64::try_from(number).unwrap_or(0), size, &root, &at),
        at,
    };
    diesel::insert_into(audit_tree_checkpoints::table)
        .values(&cp)
        .execute(conn)?;
    Ok(cp)
}

/// The checkpoint of exactly `size` entries, if that size was signed.
pub fn at_size(conn: &mut Db, size: i64) -> QueryResult<Option<Checkpoint>> {
    audit_tree_checkpoints::table
        .filter(audit_tree_checkpoints::size.eq(size))
        .select(Checkpoint::as_select())
        .first(conn)
        .optional()
}

/// The most recent checkpoint, if any.
pub fn latest(conn: &mut Db) -> QueryResult<Option<Checkpoint>> {
    audit_tree_checkpoints::table
        .order(audit_tree_checkpoints::number.desc())
        .select(Checkpoint::as_select())
        .first(conn)
        .optional()
}

/// The most recent checkpoints, newest first (the audit page).
pub fn recent(conn: &mut Db, limit: i64) -> QueryResult<Vec<Checkpoint>> {
    audit_tree_checkpoints::table
        .order(audit_tree_checkpoints::number.desc())
        .limit(limit)
        .select(Checkpoint::as_select())
        .load(conn)
}

/// Checkpoints with `from <= size <= to`, in order (the export merges them
/// into its batches of entries).
pub fn in_range(conn: &mut Db, from: i64, to: i64) -> QueryResult<Vec<Checkpoint>> {
    audit_tree_checkpoints::table
        .filter(audit_tree_checkpoints::size.ge(from))
        .filter(audit_tree_checkpoints::size.le(to))
        .order(audit_tree_checkpoints::number.asc())
        .select(Checkpoint::as_select())
        .load(conn)
}

/// The cosignature lines stored for these checkpoints, by number, each
/// list in witness order.
pub fn cosignatures(conn: &mut Db, numbers: &[i64]) -> QueryResult<HashMap<i64, Vec<String>>> {
    let rows: Vec<(i64, String)> = audit_cosignatures::table
        .filter(audit_cosignatures::checkpoint_number.eq_any(numbers))
        .order((
            audit_cosignatures::checkpoint_number.asc(),
            audit_cosignatures::witness_id.asc(),
        ))
        .select((
            audit_cosignatures::checkpoint_number,
            audit_cosignatures::line,
        ))
        .load(conn)?;
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    for (n, line) in rows {
        out.entry(n).or_default().push(line);
    }
    Ok(out)
}

/// The note with its cosignature lines appended (each line ends in LF).
pub fn with_cosignatures(cp: &Checkpoint, lines: &[String]) -> String {
    let mut s = cp.note.clone();
    for l in lines {
        s.push_str(l);
    }
    s
}
