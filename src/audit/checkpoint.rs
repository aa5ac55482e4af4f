//! Signed checkpoints in the database: signing the current chain head inside
//! a write transaction, and reading checkpoints back for the head endpoint,
//! the audit page and the streaming export.

use diesel::prelude::*;

use super::sign::{Checkpoint, Signer};
use super::store::{head, now_rfc3339};
use crate::db::Db;
use crate::db::schema::audit_checkpoints;

#[derive(Insertable, Queryable, Selectable)]
#[diesel(table_name = audit_checkpoints)]
struct CheckpointRow {
    seq: i64,
    hash: String,
    at: String,
    signature: String,
}

impl From<CheckpointRow> for Checkpoint {
    fn from(r: CheckpointRow) -> Self {
        Checkpoint {
            seq: r.seq,
            hash: r.hash,
            at: r.at,
            signature: r.signature,
        }
    }
}

/// Signs the current chain head and stores the checkpoint. Call INSIDE a
/// write transaction begun by [`crate::db::transaction`] (which holds the
/// head lock), after the entries it should cover — e.g. at a round's close,
/// after the round's own entries. Signing a head that is already signed
/// returns the stored checkpoint (one checkpoint per seq).
pub fn checkpoint(conn: &mut Db, signer: &Signer) -> QueryResult<Checkpoint> {
    let (seq, hash) = head(conn)?;
    if let Some(existing) = at_seq(conn, seq)? {
        return Ok(existing);
    }
    let cp = signer
        .sign_checkpoint(seq, &hash, &now_rfc3339())
        .map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))?;
    diesel::insert_into(audit_checkpoints::table)
        .values(CheckpointRow {
            seq: cp.seq,
            hash: cp.hash.clone(),
            at: cp.at.clone(),
            signature: cp.signature.clone(),
        })
        .execute(conn)?;
    Ok(cp)
}

/// The checkpoint of exactly `seq`, if that head was signed.
pub fn at_seq(conn: &mut Db, seq: i64) -> QueryResult<Option<Checkpoint>> {
    Ok(audit_checkpoints::table
        .filter(audit_checkpoints::seq.eq(seq))
        .select(CheckpointRow::as_select())
        .first(conn)
        .optional()?
        .map(Checkpoint::from))
}

/// The most recent checkpoint (highest seq), if any.
pub fn latest(conn: &mut Db) -> QueryResult<Option<Checkpoint>> {
    Ok(audit_checkpoints::table
        .order(audit_checkpoints::seq.desc())
        .select(CheckpointRow::as_select())
        .first(conn)
        .optional()?
        .map(Checkpoint::from))
}

/// Checkpoints with `from <= seq <= to`, in seq order (the export merges
/// them into its batches of entries).
pub fn in_range(conn: &mut Db, from: i64, to: i64) -> QueryResult<Vec<Checkpoint>> {
    Ok(audit_checkpoints::table
        .filter(audit_checkpoints::seq.ge(from))
        .filter(audit_checkpoints::seq.le(to))
        .order(audit_checkpoints::seq.asc())
        .select(CheckpointRow::as_select())
        .load(conn)?
        .into_iter()
        .map(Checkpoint::from)
        .collect())
}
