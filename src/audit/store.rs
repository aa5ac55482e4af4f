//! Appending to and reading the audit trail in the database. An append runs
//! inside the caller's transaction, so the change and its record commit (or
//! roll back) together.

use chrono::{SubsecRound, Utc};
use diesel::prelude::*;
use serde_json::Value;

use super::chain::{Entry, entry_hash};
use crate::db::Db;
use crate::db::schema::{audit_head, audit_log};
use crate::domain::user::UserId;

/// Who did it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in user (or the user an anonymous request concerned, e.g. a
    /// registration creating them).
    User(UserId),
    /// The server itself (e.g. a round closed at its deadline).
    System,
    /// A request from nobody signed in (e.g. a failed login).
    Anonymous,
}

impl Actor {
    /// The stored spelling: the user id in decimal, `system` or `anonymous`.
    pub fn as_string(self) -> String {
        match self {
            Actor::User(id) => id.0.to_string(),
            Actor::System => "system".to_owned(),
            Actor::Anonymous => "anonymous".to_owned(),
        }
    }
}

/// An entry about to be appended.
#[derive(Debug, Clone)]
pub struct NewEntry {
    /// Who did it.
    pub actor: Actor,
    /// What happened, e.g. `user.approved`.
    pub action: &'static str,
    /// What it happened to, e.g. `user:12`.
    pub subject: String,
    /// Action-specific facts; must be a JSON object without floats.
    pub details: Value,
}

impl NewEntry {
    /// Shorthand for the common case.
    pub fn new(
        actor: Actor,
        action: &'static str,
        subject: impl Into<String>,
        details: Value,
    ) -> Self {
        NewEntry {
            actor,
            action,
            subject: subject.into(),
            details,
        }
    }
}

/// A stored entry, as written and read.
#[derive(Insertable, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub(super) struct AuditRow {
    pub(super) seq: i64,
    at: String,
    actor: String,
    action: String,
    subject: String,
    details: String,
    prev_hash: String,
    pub(super) hash: String,
}

impl AuditRow {
    fn into_entry(self) -> QueryResult<Entry> {
        let details = serde_json::from_str(&self.details)
            .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))?;
        Ok(Entry {
            seq: self.seq,
            at: self.at,
            actor: self.actor,
            action: self.action,
            subject: self.subject,
            details,
            prev_hash: self.prev_hash,
            hash: self.hash,
        })
    }
}

/// The current head `(seq, hash)`.
pub fn head(conn: &mut Db) -> QueryResult<(i64, String)> {
    audit_head::table
        .filter(audit_head::id.eq(1))
        .select((audit_head::seq, audit_head::hash))
        .first(conn)
}

/// RFC 3339 UTC with exactly six fractional digits: PostgreSQL keeps
/// microseconds, so nothing finer may enter a hash.
pub fn now_rfc3339() -> String {
    rfc3339(Utc::now().naive_utc().trunc_subsecs(6))
}

/// The same spelling for a stored UTC time (every time Plenary publishes).
pub fn rfc3339(t: chrono::NaiveDateTime) -> String {
    t.and_utc().format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// Appends `new` after the current head. Call inside a transaction begun by
/// [`crate::db::transaction`] (which holds the head lock).
pub fn append(conn: &mut Db, new: NewEntry) -> QueryResult<Entry> {
    let (seq, prev) = head(conn)?;
    let row = chained_rows(seq, prev, &now_rfc3339(), vec![new])?
        .pop()
        .ok_or(diesel::result::Error::NotFound)?;
    diesel::insert_into(audit_log::table)
        .values(&row)
        .execute(conn)?;
    diesel::update(audit_head::table.filter(audit_head::id.eq(1)))
        .set((audit_head::seq.eq(row.seq), audit_head::hash.eq(&row.hash)))
        .execute(conn)?;
    row.into_entry()
}

/// The rows of `entries`, chained after the head `(seq, prev)`, all at
/// `at`: the one place entries are hashed for storage ([`append`] and
/// [`super::append_all`]).
pub(super) fn chained_rows(
    mut seq: i64,
    mut prev: String,
    at: &str,
    entries: Vec<NewEntry>,
) -> QueryResult<Vec<AuditRow>> {
    let ser = |e: crate::canonical::CanonicalError| {
        diesel::result::Error::SerializationError(Box::new(e))
    };
    let mut rows = Vec::with_capacity(entries.len());
    for new in entries {
        seq += 1;
        let actor = new.actor.as_string();
        let hash = entry_hash(
            seq,
            at,
            &actor,
            new.action,
            &new.subject,
            &new.details,
            &prev,
        )
        .map_err(ser)?;
        rows.push(AuditRow {
            seq,
            at: at.to_owned(),
            actor,
            action: new.action.to_owned(),
            subject: new.subject,
            details: crate::canonical::to_canonical_string(&new.details).map_err(ser)?,
            prev_hash: std::mem::replace(&mut prev, hash.clone()),
            hash,
        });
    }
    Ok(rows)
}

/// Every entry in seq order. For tests and small trails; exports stream.
pub fn all(conn: &mut Db) -> QueryResult<Vec<Entry>> {
    audit_log::table
        .order(audit_log::seq.asc())
        .select(AuditRow::as_select())
        .load(conn)?
        .into_iter()
        .map(AuditRow::into_entry)
        .collect()
}

/// Entries of one action, in seq order (tests and pages use it).
pub fn by_action(conn: &mut Db, action: &str) -> QueryResult<Vec<Entry>> {
    audit_log::table
        .filter(audit_log::action.eq(action))
        .order(audit_log::seq.asc())
        .select(AuditRow::as_select())
        .load(conn)?
        .into_iter()
        .map(AuditRow::into_entry)
        .collect()
}

/// Up to `limit` entries with `after < seq <= up_to`, in seq order: the
/// streaming export reads the trail in such batches, never all at once.
pub fn batch_after(conn: &mut Db, after: i64, up_to: i64, limit: i64) -> QueryResult<Vec<Entry>> {
    audit_log::table
        .filter(audit_log::seq.gt(after))
        .filter(audit_log::seq.le(up_to))
        .order(audit_log::seq.asc())
        .limit(limit)
        .select(AuditRow::as_select())
        .load(conn)?
        .into_iter()
        .map(AuditRow::into_entry)
        .collect()
}

/// What the audit page filters on; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Exact action, e.g. `user.approved`.
    pub action: Option<String>,
    /// Exact actor: a user id in decimal, `system` or `anonymous`.
    pub actor: Option<String>,
    /// Exact subject, e.g. `round:4`.
    pub subject: Option<String>,
}

fn filtered<'a>(f: &'a Filter) -> audit_log::BoxedQuery<'a, <Db as diesel::Connection>::Backend> {
    let mut q = audit_log::table.into_boxed();
    if let Some(a) = &f.action {
        q = q.filter(audit_log::action.eq(a));
    }
    if let Some(a) = &f.actor {
        q = q.filter(audit_log::actor.eq(a));
    }
    if let Some(s) = &f.subject {
        q = q.filter(audit_log::subject.eq(s));
    }
    q
}

/// One page of matching entries, newest first.
pub fn page(conn: &mut Db, f: &Filter, offset: i64, limit: i64) -> QueryResult<Vec<Entry>> {
    filtered(f)
        .order(audit_log::seq.desc())
        .offset(offset)
        .limit(limit)
        .select(AuditRow::as_select())
        .load(conn)?
        .into_iter()
        .map(AuditRow::into_entry)
        .collect()
}

/// How many entries match.
pub fn count(conn: &mut Db, f: &Filter) -> QueryResult<i64> {
    filtered(f).count().get_result(conn)
}

/// Every action that occurs in the trail, sorted (the page's filter list).
pub fn actions(conn: &mut Db) -> QueryResult<Vec<String>> {
    audit_log::table
        .select(audit_log::action)
        .distinct()
        .order(audit_log::action.asc())
        .load(conn)
}

/// The first entry with this action and subject (e.g. a round's
/// `round.closed`), if any.
pub fn find(conn: &mut Db, action: &str, subject: &str) -> QueryResult<Option<Entry>> {
    audit_log::table
        .filter(audit_log::action.eq(action))
        .filter(audit_log::subject.eq(subject))
        .order(audit_log::seq.asc())
        .select(AuditRow::as_select())
        .first(conn)
        .optional()?
        .map(AuditRow::into_entry)
        .transpose()
}
