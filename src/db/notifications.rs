//! The `notifications` and `email_outbox` tables: rows and the queries on
//! them, plus the few reads of other tables that deciding who is notified
//! needs (a round's electorate, who has voted, rounds closing soon).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Db;
use super::schema::{ballots, electorate, email_outbox, notifications, rounds, users};
use crate::domain::round::RoundId;
use crate::domain::user::UserId;

/// A notification as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = notifications)]
pub struct NotificationRow {
    /// Primary key.
    pub id: i64,
    /// The recipient.
    #[diesel(deserialize_as = i64)]
    pub user_id: UserId,
    /// Which event (`round_opened`, `commented`, …).
    pub kind: String,
    /// What it is about (`round:3`, `proposal:7`, `user:2`).
    pub subject: String,
    /// The sentence's arguments as a JSON object of strings.
    pub args: String,
    /// The page it is about (a path).
    pub link: String,
    /// When the event happened (UTC).
    pub created_at: NaiveDateTime,
    /// When the recipient marked it read.
    pub read_at: Option<NaiveDateTime>,
}

/// A notification about to be written.
#[derive(Debug, Insertable)]
#[diesel(table_name = notifications)]
pub struct NewNotificationRow<'a> {
    /// The recipient.
    pub user_id: i64,
    /// Which event.
    pub kind: &'a str,
    /// What it is about.
    pub subject: &'a str,
    /// JSON object of the sentence's arguments.
    pub args: &'a str,
    /// The page it is about.
    pub link: &'a str,
    /// When.
    pub created_at: NaiveDateTime,
}

/// The highest notification id so far (0 when none): inside a write
/// transaction, every row written after reading it has a larger id.
pub fn max_id(conn: &mut Db) -> QueryResult<i64> {
    Ok(notifications::table
        .select(diesel::dsl::max(notifications::id))
        .first::<Option<i64>>(conn)?
        .unwrap_or(0))
}

/// Writes one notification (one row at a time: batch inserts do not
/// compile on the multi-backend connection).
pub fn insert(conn: &mut Db, row: &NewNotificationRow<'_>) -> QueryResult<usize> {
    diesel::insert_into(notifications::table)
        .values(row)
        .execute(conn)
}

/// Queues an e-mail for every notification written after `after` whose
/// recipient opted in; returns how many.
pub fn queue_emails(conn: &mut Db, after: i64, now: NaiveDateTime) -> QueryResult<usize> {
    let ids: Vec<i64> = notifications::table
        .inner_join(users::table)
        .filter(notifications::id.gt(after))
        .filter(users::email_notifications.eq(true))
        .select(notifications::id)
        .load(conn)?;
    for id in &ids {
        diesel::insert_into(email_outbox::table)
            .values((
                email_outbox::notification_id.eq(*id),
                email_outbox::attempts.eq(0),
                email_outbox::next_attempt_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(ids.len())
}

/// How many unread notifications `user` has.
pub fn unread_count(conn: &mut Db, user: UserId) -> QueryResult<i64> {
    notifications::table
        .filter(notifications::user_id.eq(user.0))
        .filter(notifications::read_at.is_null())
        .count()
        .get_result(conn)
}

/// How many notifications `user` has in all.
pub fn count(conn: &mut Db, user: UserId) -> QueryResult<i64> {
    notifications::table
        .filter(notifications::user_id.eq(user.0))
        .count()
        .get_result(conn)
}

/// One page of `user`'s notifications, newest first.
pub fn page(
    conn: &mut Db,
    user: UserId,
    offset: i64,
    limit: i64,
) -> QueryResult<Vec<NotificationRow>> {
    notifications::table
        .filter(notifications::user_id.eq(user.0))
        .order(notifications::id.desc())
        .offset(offset)
        .limit(limit)
        .select(NotificationRow::as_select())
        .load(conn)
}

/// Marks `user`'s notification `id` read (0 rows: not theirs, or none).
pub fn mark_read(conn: &mut Db, user: UserId, id: i64, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        notifications::table
            .filter(notifications::id.eq(id))
            .filter(notifications::user_id.eq(user.0))
            .filter(notifications::read_at.is_null()),
    )
    .set(notifications::read_at.eq(now))
    .execute(conn)
}

/// True when notification `id` belongs to `user`.
pub fn owns(conn: &mut Db, user: UserId, id: i64) -> QueryResult<bool> {
    Ok(notifications::table
        .filter(notifications::id.eq(id))
        .filter(notifications::user_id.eq(user.0))
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

/// Marks every unread notification of `user` read; returns how many.
pub fn mark_all_read(conn: &mut Db, user: UserId, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        notifications::table
            .filter(notifications::user_id.eq(user.0))
            .filter(notifications::read_at.is_null()),
    )
    .set(notifications::read_at.eq(now))
    .execute(conn)
}

/// A round's electors as fixed at opening.
pub fn electors(conn: &mut Db, round: RoundId) -> QueryResult<Vec<i64>> {
    electorate::table
        .filter(electorate::round_id.eq(round.0))
        .order(electorate::user_id.asc())
        .select(electorate::user_id)
        .load(conn)
}

/// Open rounds closing in `(now, until]`, with their titles.
pub fn rounds_closing(
    conn: &mut Db,
    now: NaiveDateTime,
    until: NaiveDateTime,
) -> QueryResult<Vec<(i64, String)>> {
    rounds::table
        .filter(rounds::status.eq("open"))
        .filter(rounds::closes_at.gt(now))
        .filter(rounds::closes_at.le(until))
        .order(rounds::id.asc())
        .select((rounds::id, rounds::title))
        .load(conn)
}

/// Electors of `round` not yet sent the closing reminder.
pub fn electors_not_reminded(conn: &mut Db, round: RoundId) -> QueryResult<Vec<i64>> {
    let subject = format!("round:{round}");
    let reminded = notifications::table
        .filter(notifications::kind.eq("round_closing"))
        .filter(notifications::subject.eq(subject))
        .select(notifications::user_id);
    electorate::table
        .filter(electorate::round_id.eq(round.0))
        .filter(diesel::dsl::not(electorate::user_id.eq_any(reminded)))
        .order(electorate::user_id.asc())
        .select(electorate::user_id)
        .load(conn)
}

/// The voter keys of a round's current ballots (who has voted, by key).
pub fn current_voter_keys(conn: &mut Db, round: RoundId) -> QueryResult<Vec<String>> {
    ballots::table
        .filter(ballots::round_id.eq(round.0))
        .filter(ballots::is_current.eq(true))
        .select(ballots::voter_key)
        .load(conn)
}

/// An e-mail waiting in the outbox, with what composing it needs.
#[derive(Debug, Clone, Queryable)]
pub struct OutboxItem {
    /// The outbox row.
    pub id: i64,
    /// Attempts so far.
    pub attempts: i32,
    /// The notification.
    pub notification: NotificationRow,
    /// The recipient's address.
    pub email: String,
    /// The recipient's language code, if they chose one.
    pub language: Option<String>,
    /// Still opted in (they may have unticked the box since).
    pub wants_email: bool,
}

/// E-mails due now (not sent, not given up, next attempt passed), oldest
/// first, at most `limit`.
pub fn due_emails(conn: &mut Db, now: NaiveDateTime, limit: i64) -> QueryResult<Vec<OutboxItem>> {
    email_outbox::table
        .inner_join(notifications::table.inner_join(users::table))
        .filter(email_outbox::sent_at.is_null())
        .filter(email_outbox::gave_up_at.is_null())
        .filter(email_outbox::next_attempt_at.le(now))
        .order(email_outbox::id.asc())
        .limit(limit)
        .select((
            email_outbox::id,
            email_outbox::attempts,
            NotificationRow::as_select(),
            users::email,
            users::language,
            users::email_notifications,
        ))
        .load(conn)
}

/// Records a delivered e-mail.
pub fn mark_sent(conn: &mut Db, id: i64, attempts: i32, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(email_outbox::table.find(id))
        .set((
            email_outbox::attempts.eq(attempts),
            email_outbox::sent_at.eq(Some(now)),
        ))
        .execute(conn)
}

/// Records a failed attempt: the next one at `next`, or none (`gave_up`).
pub fn mark_failed(
    conn: &mut Db,
    id: i64,
    attempts: i32,
    error: &str,
    next: NaiveDateTime,
    gave_up: Option<NaiveDateTime>,
) -> QueryResult<usize> {
    diesel::update(email_outbox::table.find(id))
        .set((
            email_outbox::attempts.eq(attempts),
            email_outbox::last_error.eq(Some(error)),
            email_outbox::next_attempt_at.eq(next),
            email_outbox::gave_up_at.eq(gave_up),
        ))
        .execute(conn)
}
