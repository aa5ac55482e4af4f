//! In-app notifications: what happened that concerns someone (a round
//! they may vote in opened or closes soon, results, their proposal's
//! co-sponsors, comments and decision, their registration), written in the
//! transaction of the event itself by the service that records the event,
//! so a notice exists exactly when its event committed.
//!
//! A notice stores its kind and its sentence's arguments, not a sentence:
//! the list page and the e-mail write it in the reader's language. A
//! recipient who ticked "E-mail me my notifications" also gets an
//! `email_outbox` row in the same transaction; [`mailer`] sends it later,
//! so no request waits for SMTP.
//!
//! Reading notices is the reader's own business: marking them read is not
//! recorded in the audit trail (which auditors read), and notices are
//! derived from events that the trail records already.

pub mod mailer;
pub mod text;

use std::collections::HashSet;

use chrono::{Duration, NaiveDateTime};
use serde_json::{Value, json};

use crate::db::notifications::{self as q, NewNotificationRow, NotificationRow};
use crate::db::{self, Db, users};
use crate::domain::ValidationError;
use crate::domain::proposal::ProposalId;
use crate::domain::round::RoundId;
use crate::domain::user::UserId;
use crate::error::{AppError, Msg};

/// What a notification is about; stored as [`Kind::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A round opened and the recipient is in its electorate.
    RoundOpened,
    /// A round closes within 24 hours and the recipient has not voted.
    RoundClosing,
    /// A round the recipient could vote in published its results.
    ResultsPublished,
    /// Someone co-sponsored the recipient's proposal.
    Cosponsored,
    /// Someone commented on the recipient's proposal.
    Commented,
    /// The recipient's proposal was decided (adopted or not).
    Decided,
    /// The recipient's registration was approved.
    Approved,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 7] = [
        Kind::RoundOpened,
        Kind::RoundClosing,
        Kind::ResultsPublished,
        Kind::Cosponsored,
        Kind::Commented,
        Kind::Decided,
        Kind::Approved,
    ];

    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::RoundOpened => "round_opened",
            Kind::RoundClosing => "round_closing",
            Kind::ResultsPublished => "results_published",
            Kind::Cosponsored => "cosponsored",
            Kind::Commented => "commented",
            Kind::Decided => "decided",
            Kind::Approved => "approved",
        }
    }

    /// Reads a stored spelling.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// How long before a round's close its electors who have not voted are
/// reminded.
pub const REMINDER_BEFORE: Duration = Duration::hours(24);

/// Writes a notice of `kind` to each of `recipients` inside `tx` (the
/// event's own transaction), and queues e-mail for those who opted in.
pub fn notify(
    tx: &mut Db,
    recipients: &[i64],
    kind: Kind,
    subject: &str,
    link: &str,
    args: &Value,
) -> Result<(), AppError> {
    if recipients.is_empty() {
        return Ok(());
    }
    let now = users::now();
    let before = q::max_id(tx)?;
    let args = args.to_string();
    for user in recipients {
        q::insert(
            tx,
            &NewNotificationRow {
                user_id: *user,
                kind: kind.as_str(),
                subject,
                args: &args,
                link,
                created_at: now,
            },
        )?;
    }
    q::queue_emails(tx, before, now)?;
    Ok(())
}

/// Round `id` opened: each elector, as fixed at opening, may vote now.
pub fn round_opened(tx: &mut Db, id: RoundId, title: &str) -> Result<(), AppError> {
    let electors = q::electors(tx, id)?;
    notify(
        tx,
        &electors,
        Kind::RoundOpened,
        &format!("round:{id}"),
        &format!("/rounds/{id}"),
        &json!({ "round": title }),
    )
}

/// Round `id` published its results: its electorate hears of it.
pub fn results_published(tx: &mut Db, id: RoundId, title: &str) -> Result<(), AppError> {
    let electors = q::electors(tx, id)?;
    notify(
        tx,
        &electors,
        Kind::ResultsPublished,
        &format!("round:{id}"),
        &format!("/rounds/{id}"),
        &json!({ "round": title }),
    )
}

/// Something happened to `author`'s proposal that `actor` did (co-sponsored
/// or commented on it). Nobody is told of their own doing.
pub fn about_proposal(
    tx: &mut Db,
    kind: Kind,
    author: UserId,
    actor: UserId,
    proposal: ProposalId,
    title: &str,
    actor_name: &str,
) -> Result<(), AppError> {
    if author == actor {
        return Ok(());
    }
    notify(
        tx,
        &[author.0],
        kind,
        &format!("proposal:{proposal}"),
        &format!("/proposals/{proposal}"),
        &json!({ "proposal": title, "name": actor_name }),
    )
}

/// `author`'s proposal was decided (`adopted` or `not_adopted`), by a
/// chair or at an adoption round's close.
pub fn decided(
    tx: &mut Db,
    author: UserId,
    proposal: ProposalId,
    title: &str,
    decision: &str,
) -> Result<(), AppError> {
    notify(
        tx,
        &[author.0],
        Kind::Decided,
        &format!("proposal:{proposal}"),
        &format!("/proposals/{proposal}"),
        &json!({ "proposal": title, "decision": decision }),
    )
}

/// `user`'s registration was approved.
pub fn approved(tx: &mut Db, user: UserId) -> Result<(), AppError> {
    notify(
        tx,
        &[user.0],
        Kind::Approved,
        &format!("user:{user}"),
        "/",
        &json!({}),
    )
}

/// Sends the 24-hour reminder, once per elector and round, to every elector
/// of a round closing within [`REMINDER_BEFORE`] of `now` who has not voted
/// (a ballot cast for them by their proxy counts). Run by a background
/// task; returns how many reminders were written.
pub fn remind_due(conn: &mut Db, ballot_key: &[u8], now: NaiveDateTime) -> Result<usize, AppError> {
    let mut sent = 0;
    for (round, title) in q::rounds_closing(conn, now, now + REMINDER_BEFORE)? {
        let round = RoundId(round);
        sent += db::transaction(conn, |tx| {
            let voted: HashSet<String> = q::current_voter_keys(tx, round)?.into_iter().collect();
            let mut due = Vec::new();
            for user in q::electors_not_reminded(tx, round)? {
                let key = crate::services::rounds::voter_key_of(ballot_key, round, UserId(user))?;
                if !voted.contains(&key) {
                    due.push(user);
                }
            }
            notify(
                tx,
                &due,
                Kind::RoundClosing,
                &format!("round:{round}"),
                &format!("/rounds/{round}"),
                &json!({ "round": title }),
            )?;
            Ok::<_, AppError>(due.len())
        })?;
    }
    Ok(sent)
}

/// How many notifications `user` has not read (the header's count).
pub fn unread_count(conn: &mut Db, user: UserId) -> Result<i64, AppError> {
    Ok(q::unread_count(conn, user)?)
}

/// Notices per page of the list.
pub const PER_PAGE: i64 = 20;

/// One notice as the list shows it.
#[derive(Debug, Clone)]
pub struct NotificationView {
    /// Its id (for "mark read").
    pub id: i64,
    /// Which event.
    pub kind: Kind,
    /// The sentence's arguments.
    pub args: Value,
    /// The page it is about.
    pub link: String,
    /// When (UTC).
    pub created_at: NaiveDateTime,
    /// Not read yet.
    pub unread: bool,
}

/// One page of `user`'s notices, newest first.
#[derive(Debug, Clone)]
pub struct NotificationPage {
    /// The notices on this page.
    pub items: Vec<NotificationView>,
    /// This page's number (from 1).
    pub page: i64,
    /// Notices per page.
    pub per_page: i64,
    /// How many pages there are (at least 1).
    pub pages: i64,
    /// How many notices there are in all.
    pub total: i64,
    /// How many are unread in all.
    pub unread: i64,
}

/// Which page of the list to show and how long a page is, parsed from the
/// API's `page` and `per_page` (the same bounds as the proposals list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// The page, from 1.
    pub page: i64,
    /// Notices per page, 1 to [`MAX_PER_PAGE`].
    pub per_page: i64,
}

/// The longest page the API gives.
pub const MAX_PER_PAGE: i64 = 100;

impl Paging {
    /// Reads `page` (default 1) and `per_page` (default [`PER_PAGE`]);
    /// anything but a whole number in bounds is refused, naming the field.
    pub fn parse(page: Option<&str>, per_page: Option<&str>) -> Result<Paging, ValidationError> {
        let number = |field: &'static str, v: Option<&str>, default: i64, max: i64| match v
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => Ok(default),
            Some(s) => s
                .parse::<i64>()
                .ok()
                .filter(|n| (1..=max).contains(n))
                .ok_or_else(|| {
                    ValidationError::with(
                        field,
                        "err-whole-number",
                        [("field", field.to_owned()), ("max", max.to_string())],
                    )
                }),
        };
        Ok(Paging {
            page: number("page", page, 1, 1_000_000)?,
            per_page: number("per_page", per_page, PER_PAGE, MAX_PER_PAGE)?,
        })
    }
}

fn view(row: NotificationRow) -> Result<NotificationView, AppError> {
    let kind = Kind::parse(&row.kind)
        .ok_or_else(|| AppError::internal(format!("unknown notification kind {}", row.kind)))?;
    Ok(NotificationView {
        id: row.id,
        kind,
        args: serde_json::from_str(&row.args).map_err(AppError::internal)?,
        link: row.link,
        created_at: row.created_at,
        unread: row.read_at.is_none(),
    })
}

/// Page `page` (from 1; past the end gives an empty page) of `user`'s
/// notices, newest first.
pub fn page(conn: &mut Db, user: UserId, page: i64) -> Result<NotificationPage, AppError> {
    list(
        conn,
        user,
        Paging {
            page: page.max(1),
            per_page: PER_PAGE,
        },
    )
}

/// The page `paging` asks for of `user`'s notices, newest first (the API's
/// list; the page's is [`page`]).
pub fn list(conn: &mut Db, user: UserId, paging: Paging) -> Result<NotificationPage, AppError> {
    let Paging { page, per_page } = paging;
    let per_page = per_page.max(1);
    let total = q::count(conn, user)?;
    let rows = q::page(conn, user, (page - 1).saturating_mul(per_page), per_page)?;
    Ok(NotificationPage {
        items: rows.into_iter().map(view).collect::<Result<_, _>>()?,
        page,
        per_page,
        pages: ((total + per_page - 1) / per_page).max(1),
        total,
        unread: q::unread_count(conn, user)?,
    })
}

/// Marks one of `user`'s notices read; someone else's (or no) notice is a
/// 404 and changes nothing. Marking a read notice again is no error.
/// Returns how many of `user`'s notices are still unread.
pub fn mark_read(conn: &mut Db, user: UserId, id: i64) -> Result<i64, AppError> {
    db::transaction(conn, |tx| {
        if !q::owns(tx, user, id)? {
            return Err(AppError::NotFound(
                Msg::new("err-no-notification").arg("id", id).into(),
            ));
        }
        q::mark_read(tx, user, id, users::now())?;
        Ok(q::unread_count(tx, user)?)
    })
}

/// Marks all of `user`'s notices read; returns how many were unread.
pub fn mark_all_read(conn: &mut Db, user: UserId) -> Result<usize, AppError> {
    db::transaction(conn, |tx| Ok(q::mark_all_read(tx, user, users::now())?))
}

#[cfg(test)]
mod tests;
