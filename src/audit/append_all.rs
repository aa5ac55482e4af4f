//! Appending many entries at once: the same chain as [`super::append`] one
//! entry at a time (each entry's `prev_hash` is the one before it, `seq`
//! counts up by one), written with one multi-row insert and one update of
//! the head instead of three statements per entry. The group commit of
//! ballots appends a whole batch's `ballot.cast` entries this way.

use diesel::prelude::*;

use super::chain::entry_hash;
use super::store::{NewEntry, head, now_rfc3339};
use crate::db::Db;
use crate::db::schema::{audit_head, audit_log};

#[derive(Insertable)]
#[diesel(table_name = audit_log)]
struct Row {
    seq: i64,
    at: String,
    actor: String,
    action: String,
    subject: String,
    details: String,
    prev_hash: String,
    hash: String,
}

/// Appends `entries`, in order, after the current head. Call inside a
/// transaction begun by [`crate::db::transaction`] (which holds the head
/// lock), as for [`super::append`].
pub fn append_all(conn: &mut Db, entries: Vec<NewEntry>) -> QueryResult<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let ser = |e: crate::canonical::CanonicalError| {
        diesel::result::Error::SerializationError(Box::new(e))
    };
    let (mut seq, mut prev) = head(conn)?;
    let at = now_rfc3339();
    let mut rows = Vec::with_capacity(entries.len());
    for new in entries {
        seq += 1;
        let actor = new.actor.as_string();
        let hash = entry_hash(
            seq,
            &at,
            &actor,
            new.action,
            &new.subject,
            &new.details,
            &prev,
        )
        .map_err(ser)?;
        rows.push(Row {
            seq,
            at: at.clone(),
            actor,
            action: new.action.to_owned(),
            subject: new.subject,
            details: crate::canonical::to_canonical_string(&new.details).map_err(ser)?,
            prev_hash: std::mem::replace(&mut prev, hash.clone()),
            hash,
        });
    }
    // Chunks keep each statement's parameters under SQLite's limit.
    for chunk in rows.chunks(500) {
        match conn {
            Db::Postgresql(c) => diesel::insert_into(audit_log::table)
                .values(chunk)
                .execute(c)?,
            Db::Sqlite(c) => diesel::insert_into(audit_log::table)
                .values(chunk)
                .execute(c)?,
        };
    }
    diesel::update(audit_head::table.filter(audit_head::id.eq(1)))
        .set((audit_head::seq.eq(seq), audit_head::hash.eq(&prev)))
        .execute(conn)?;
    Ok(())
}
