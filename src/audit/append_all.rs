//! Appending many entries at once: the same chain as [`super::append`] one
//! entry at a time (each entry's `prev_hash` is the one before it, `seq`
//! counts up by one), written with one multi-row insert and one update of
//! the head instead of three statements per entry. The group commit of
//! ballots appends a whole batch's `ballot.cast` entries this way.

use diesel::prelude::*;

use super::store::{NewEntry, chained_rows, head, now_rfc3339};
use crate::db::Db;
use crate::db::schema::{audit_head, audit_log};

/// Appends `entries`, in order, after the current head. Call inside a
/// transaction begun by [`crate::db::transaction`] (which holds the head
/// lock), as for [`super::append`].
pub fn append_all(conn: &mut Db, entries: Vec<NewEntry>) -> QueryResult<()> {
    let (seq, prev) = head(conn)?;
    let rows = chained_rows(seq, prev, &now_rfc3339(), entries)?;
    let Some(last) = rows.last() else {
        return Ok(());
    };
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
        .set((
            audit_head::seq.eq(last.seq),
            audit_head::hash.eq(&last.hash),
        ))
        .execute(conn)?;
    Ok(())
}
