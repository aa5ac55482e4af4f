//! The Merkle tree over the audit entries, cached in memory and read from
//! the database on demand.
//!
//! Leaf `i` (0-based) is the entry with `seq = i + 1`; its leaf data is the
//! 32 raw bytes of that entry's `hash`. Nothing extra is stored: the entry
//! hashes are the leaves, in order, already. The cache ([`TreeCache`]) keeps
//! every complete subtree's hash, so roots and proofs cost O(log n) once it
//! has read the entries, and later calls read only the new ones.
//!
//! The cache may have read entries of a transaction that later rolled back
//! (a checkpoint is signed inside the writer's transaction). Before each use
//! it compares its last leaf it will use with the database's entry at that
//! seq: because each entry's hash covers the previous hash, one matching
//! hash proves the whole prefix matches; a mismatch empties the cache.

use std::sync::{Mutex, PoisonError};

use diesel::prelude::*;

use super::merkle::{Hash, ProofError, Tree, from_hex, leaf_hash};
use crate::db::Db;
use crate::db::schema::audit_log;

/// Entries read per query when the cache catches up.
const BATCH: i64 = 5000;

/// The leaf hash of an entry whose `hash` is `entry_hash` (hex).
pub fn entry_leaf(entry_hash: &str) -> Option<Hash> {
    from_hex(entry_hash).map(|d| leaf_hash(&d))
}

/// The tree over the trail, shared by every request of a server process.
#[derive(Debug, Default)]
pub struct TreeCache {
    tree: Mutex<Tree>,
}

fn data_error(msg: String) -> diesel::result::Error {
    diesel::result::Error::DeserializationError(msg.into())
}

/// A tree error inside a query: sizes are checked before, so this is a bug
/// or a damaged trail.
pub fn proof_error(e: ProofError) -> diesel::result::Error {
    data_error(format!("merkle tree: {e}"))
}

impl TreeCache {
    /// Runs `f` on a tree holding at least the first `size` entries of the
    /// trail `conn` sees (inside a transaction: including its own entries).
    pub fn with<T>(&self, conn: &mut Db, size: u64, f: impl FnOnce(&Tree) -> T) -> QueryResult<T> {
        let mut tree = self.tree.lock().unwrap_or_else(PoisonError::into_inner);
        sync(&mut tree, conn, size)?;
        Ok(f(&tree))
    }

    /// The root of the first `size` entries.
    pub fn root(&self, conn: &mut Db, size: u64) -> QueryResult<Hash> {
        self.with(conn, size, |t| t.root(size))?
            .map_err(proof_error)
    }
}

fn sync(tree: &mut Tree, conn: &mut Db, size: u64) -> QueryResult<()> {
    let check = tree.size().min(size);
    if check > 0 {
        let stored: Option<String> = audit_log::table
            .filter(audit_log::seq.eq(i64::try_from(check).unwrap_or(i64::MAX)))
            .select(audit_log::hash)
            .first(conn)
            .optional()?;
        if stored.as_deref().and_then(entry_leaf) != tree.leaf(check - 1) {
            tracing::info!(at = check, "the Merkle tree cache is stale; rebuilding it");
            tree.clear();
        }
    }
    let target = i64::try_from(size).map_err(|_| data_error("tree size too large".into()))?;
    while tree.size() < size {
        let after = i64::try_from(tree.size()).unwrap_or(i64::MAX);
        let rows: Vec<(i64, String)> = audit_log::table
            .filter(audit_log::seq.gt(after))
            .filter(audit_log::seq.le(target))
            .order(audit_log::seq.asc())
            .limit(BATCH)
            .select((audit_log::seq, audit_log::hash))
            .load(conn)?;
        if rows.is_empty() {
            return Err(data_error(format!(
                "the trail has {after} entries, not {size}"
            )));
        }
        for (seq, hash) in rows {
            let next = i64::try_from(tree.size()).unwrap_or(i64::MAX) + 1;
            let Some(leaf) = (seq == next).then(|| entry_leaf(&hash)).flatten() else {
                return Err(data_error(format!(
                    "audit entry {seq} is out of line or its hash is not 64 hex digits"
                )));
            };
            tree.push(leaf);
        }
    }
    Ok(())
}
