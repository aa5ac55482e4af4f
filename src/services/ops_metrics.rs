//! The numbers `/metrics` reads from the database at each scrape: they are
//! the same for every server process sharing the database (unlike the
//! per-process request counters), so they are counted where they live.

use diesel::prelude::*;

use crate::db::Db;
use crate::db::schema::{audit_head, ballots, rounds};
use crate::error::AppError;

/// Database-wide counts for the metrics page.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    /// Ballots ever cast (replaced ones included: each cast is one row).
    pub ballots_cast: i64,
    /// Rounds open now.
    pub rounds_open: i64,
    /// Entries in the audit trail (the head's sequence number).
    pub audit_entries: i64,
}

/// Three small queries.
pub fn counts(conn: &mut Db) -> Result<Counts, AppError> {
    let ballots_cast = ballots::table.count().get_result(conn)?;
    let rounds_open = rounds::table
        .filter(rounds::status.eq("open"))
        .count()
        .get_result(conn)?;
    let audit_entries = audit_head::table
        .select(audit_head::seq)
        .first::<i64>(conn)
        .optional()?
        .unwrap_or(0);
    Ok(Counts {
        ballots_cast,
        rounds_open,
        audit_entries,
    })
}
