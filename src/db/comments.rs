//! Queries on `comments`: insert, read, edit, hide.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Db;
use super::schema::{comments, users};
use crate::domain::proposal::{CommentId, ProposalId};
use crate::domain::user::UserId;

/// A row of `comments` as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = comments)]
pub struct CommentRow {
    /// Primary key.
    #[diesel(deserialize_as = i64)]
    pub id: CommentId,
    /// The proposal discussed.
    #[diesel(deserialize_as = i64)]
    pub proposal_id: ProposalId,
    /// Who wrote it.
    #[diesel(deserialize_as = i64)]
    pub author_id: UserId,
    /// The top-level comment this replies to.
    #[diesel(deserialize_as = super::NullableId)]
    pub parent_id: Option<CommentId>,
    /// Markdown text (kept when hidden, never shown then).
    pub body: String,
    /// When posted (UTC).
    pub created_at: NaiveDateTime,
    /// Last edit.
    pub edited_at: Option<NaiveDateTime>,
    /// When a chair hid it.
    pub hidden_at: Option<NaiveDateTime>,
    /// Which chair.
    #[diesel(deserialize_as = super::NullableId)]
    pub hidden_by: Option<UserId>,
    /// Why.
    pub hidden_reason: Option<String>,
    /// The body rendered and sanitised when it was written.
    pub body_html: String,
}

/// How many comments `author` posted at or after `since`.
pub fn count_since(conn: &mut Db, author: UserId, since: NaiveDateTime) -> QueryResult<i64> {
    comments::table
        .filter(comments::author_id.eq(author.0))
        .filter(comments::created_at.ge(since))
        .count()
        .get_result(conn)
}

/// Inserts a comment and reads it back (the caller holds the write lock, so
/// the author's newest comment is this one).
pub fn insert(
    conn: &mut Db,
    proposal: ProposalId,
    author: UserId,
    parent: Option<CommentId>,
    body: &str,
    body_html: &str,
    now: NaiveDateTime,
) -> QueryResult<CommentRow> {
    diesel::insert_into(comments::table)
        .values((
            comments::proposal_id.eq(proposal.0),
            comments::author_id.eq(author.0),
            comments::parent_id.eq(parent.map(|p| p.0)),
            comments::body.eq(body),
            comments::body_html.eq(body_html),
            comments::created_at.eq(now),
        ))
        .execute(conn)?;
    comments::table
        .filter(comments::author_id.eq(author.0))
        .order(comments::id.desc())
        .select(CommentRow::as_select())
        .first(conn)
}

/// The comment with this id.
pub fn find(conn: &mut Db, id: CommentId) -> QueryResult<Option<CommentRow>> {
    comments::table
        .find(id.0)
        .select(CommentRow::as_select())
        .first(conn)
        .optional()
}

/// Every comment on a proposal, oldest first, with its author's name,
/// group and organisation.
pub fn for_proposal(
    conn: &mut Db,
    proposal: ProposalId,
) -> QueryResult<Vec<(CommentRow, String, String, String)>> {
    comments::table
        .inner_join(users::table.on(users::id.eq(comments::author_id)))
        .filter(comments::proposal_id.eq(proposal.0))
        .order(comments::id.asc())
        .select((
            CommentRow::as_select(),
            users::display_name,
            users::stakeholder_group,
            users::organisation,
        ))
        .load(conn)
}

/// Replaces the text.
pub fn update_body(
    conn: &mut Db,
    id: CommentId,
    body: &str,
    body_html: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(comments::table.find(id.0))
        .set((
            comments::body.eq(body),
            comments::body_html.eq(body_html),
            comments::edited_at.eq(Some(now)),
        ))
        .execute(conn)
}

/// Marks the comment hidden by `chair` for `reason`.
pub fn hide(
    conn: &mut Db,
    id: CommentId,
    chair: UserId,
    reason: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(comments::table.find(id.0))
        .set((
            comments::hidden_at.eq(Some(now)),
            comments::hidden_by.eq(Some(chair.0)),
            comments::hidden_reason.eq(Some(reason)),
        ))
        .execute(conn)
}
