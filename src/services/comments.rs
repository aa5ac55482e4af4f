//! Discussion on proposals: post (one level of replies), edit within 15
//! minutes, hide (chairs, with a reason, the text kept in the audit trail),
//! and the thread as pages and the API show it.

use chrono::{Duration, NaiveDateTime};
use serde::Serialize;
use serde_json::json;

use crate::audit::store::Actor;
use crate::audit::{NewEntry, append};
use crate::db::comments::{self as c, CommentRow};
use crate::db::{self, Db, proposals as pq, users};
use crate::domain::ValidationError;
use crate::domain::proposal::{CommentBody, CommentId, HideReason, ProposalId, ProposalStatus};
use crate::domain::user::{User, UserId};
use crate::error::{AppError, Msg};
use crate::messages;
use crate::services::proposals::visible_row;

/// How long an author may edit their comment.
pub const EDIT_WINDOW: Duration = Duration::minutes(15);

/// A comment's author.
#[derive(Debug, Clone, Serialize)]
pub struct CommentAuthor {
    /// User id.
    pub id: UserId,
    /// Name.
    pub display_name: String,
    /// Stakeholder group id.
    pub group: String,
    /// Organisation.
    pub organisation: String,
}

/// A comment as everyone sees it: a hidden one has no body, only the
/// chair's reason.
#[derive(Debug, Clone, Serialize)]
pub struct CommentView {
    /// Id.
    pub id: CommentId,
    /// The proposal.
    pub proposal_id: ProposalId,
    /// The comment it replies to.
    pub parent_id: Option<CommentId>,
    /// Author.
    pub author: CommentAuthor,
    /// Markdown text; `null` when hidden.
    pub body: Option<String>,
    /// The sanitised HTML rendered when it was written; `None` when hidden.
    /// Pages show it; the API sends the Markdown only.
    #[serde(skip)]
    pub body_html: Option<String>,
    /// Posted (UTC).
    pub created_at: NaiveDateTime,
    /// Last edited (UTC).
    pub edited_at: Option<NaiveDateTime>,
    /// Hidden by a chair.
    pub hidden: bool,
    /// The chair's reason, when hidden.
    pub hidden_reason: Option<String>,
    /// Replies (top-level comments only).
    pub replies: Vec<CommentView>,
}

impl CommentView {
    fn from_row(row: CommentRow, author: CommentAuthor) -> Self {
        let hidden = row.hidden_at.is_some();
        CommentView {
            id: row.id,
            proposal_id: row.proposal_id,
            parent_id: row.parent_id,
            author,
            body: if hidden { None } else { Some(row.body) },
            body_html: if hidden { None } else { Some(row.body_html) },
            created_at: row.created_at,
            edited_at: row.edited_at,
            hidden,
            hidden_reason: if hidden { row.hidden_reason } else { None },
            replies: Vec::new(),
        }
    }

    /// True when `user` may still edit it (author, not hidden, within the
    /// window at `now`).
    pub fn editable_by(&self, user: &User, now: NaiveDateTime) -> bool {
        edit_refusal(self.author.id, self.hidden, self.created_at, user, now).is_none()
    }
}

/// The edit rule, in one place: only the author, never once hidden, and only
/// within [`EDIT_WINDOW`] of posting. `None` when the edit is allowed.
fn edit_refusal(
    author: UserId,
    hidden: bool,
    created_at: NaiveDateTime,
    user: &User,
    now: NaiveDateTime,
) -> Option<AppError> {
    if author != user.id {
        return Some(AppError::Forbidden(
            messages::ONLY_COMMENT_AUTHOR.to_owned(),
        ));
    }
    if hidden {
        return Some(AppError::Conflict(messages::COMMENT_HIDDEN.to_owned()));
    }
    if now - created_at > EDIT_WINDOW {
        return Some(AppError::Conflict(messages::EDIT_WINDOW_CLOSED.to_owned()));
    }
    None
}

/// The thread of a proposal visible to `viewer`: top-level comments, oldest
/// first, each with its replies.
pub fn thread(conn: &mut Db, viewer: &User, id: ProposalId) -> Result<Vec<CommentView>, AppError> {
    visible_row(conn, viewer.id, id)?;
    let rows = c::for_proposal(conn, id)?;
    let mut top: Vec<CommentView> = Vec::new();
    let mut replies: Vec<CommentView> = Vec::new();
    for (row, name, group, org) in rows {
        let author = CommentAuthor {
            id: row.author_id,
            display_name: name,
            group,
            organisation: org,
        };
        let v = CommentView::from_row(row, author);
        if v.parent_id.is_some() {
            replies.push(v);
        } else {
            top.push(v);
        }
    }
    for r in replies {
        if let Some(parent) = top.iter_mut().find(|t| Some(t.id) == r.parent_id) {
            parent.replies.push(r);
        }
    }
    Ok(top)
}

fn comment_not_found() -> AppError {
    AppError::NotFound(messages::COMMENT_NOT_FOUND.to_owned())
}

fn view_one(conn: &mut Db, row: CommentRow) -> Result<CommentView, AppError> {
    let u = users::find(conn, row.author_id)?.ok_or_else(comment_not_found)?;
    Ok(CommentView::from_row(
        row,
        CommentAuthor {
            id: u.id,
            display_name: u.display_name,
            group: u.stakeholder_group,
            organisation: u.organisation,
        },
    ))
}

/// Posts a comment (or a reply to a top-level comment) on a submitted
/// proposal. One user may post at most `per_hour` comments in any hour (0:
/// no limit), so nobody can flood a discussion or the trail.
pub fn post(
    conn: &mut Db,
    per_hour: u32,
    user: &User,
    id: ProposalId,
    parent: Option<CommentId>,
    body: &CommentBody,
) -> Result<CommentView, AppError> {
    db::transaction(conn, |tx| {
        let proposal = visible_row(tx, user.id, id)?;
        if proposal.status != ProposalStatus::Submitted {
            return Err(AppError::Conflict(messages::COMMENTS_CLOSED.to_owned()));
        }
        if let Some(pid) = parent {
            let p = c::find(tx, pid)?.ok_or_else(|| {
                AppError::Invalid(ValidationError::new(
                    "parent_id",
                    messages::COMMENT_NOT_FOUND,
                ))
            })?;
            if p.proposal_id != id {
                return Err(ValidationError::new("parent_id", messages::PARENT_ELSEWHERE).into());
            }
            if p.parent_id.is_some() {
                return Err(ValidationError::new("parent_id", messages::REPLY_DEPTH).into());
            }
        }
        let now = users::now();
        if per_hour > 0
            && c::count_since(tx, user.id, now - Duration::hours(1))? >= i64::from(per_hour)
        {
            return Err(AppError::TooManyRequests {
                message: Msg::new("err-comment-rate")
                    .num("n", i64::from(per_hour))
                    .into(),
                retry_after: 60,
            });
        }
        let html = crate::markdown::render(body.as_str());
        let row = c::insert(tx, id, user.id, parent, body.as_str(), &html, now)?;
        pq::refresh_comment_count(tx, id)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "comment.posted",
                format!("comment:{}", row.id),
                json!({
                    "proposal": id.0,
                    "parent": parent.map(|p| p.0),
                    "body": body.as_str(),
                }),
            ),
        )?;
        crate::services::notifications::about_proposal(
            tx,
            crate::services::notifications::Kind::Commented,
            proposal.author_id,
            user.id,
            id,
            &proposal.title,
            &user.display_name,
        )?;
        view_one(tx, row)
    })
}

/// Loads a comment whose proposal `user` can see.
fn visible_comment(tx: &mut Db, user: &User, id: CommentId) -> Result<CommentRow, AppError> {
    let row = c::find(tx, id)?.ok_or_else(comment_not_found)?;
    visible_row(tx, user.id, row.proposal_id).map_err(|_| comment_not_found())?;
    Ok(row)
}

/// A comment `user` may edit now, for the edit form (the same rule as
/// [`edit`], so the form is offered exactly when the edit would pass).
pub fn for_editing(conn: &mut Db, user: &User, id: CommentId) -> Result<CommentView, AppError> {
    let row = visible_comment(conn, user, id)?;
    if let Some(refusal) = edit_refusal(
        row.author_id,
        row.hidden_at.is_some(),
        row.created_at,
        user,
        users::now(),
    ) {
        return Err(refusal);
    }
    view_one(conn, row)
}

/// Edits the author's own comment within the window.
pub fn edit(
    conn: &mut Db,
    user: &User,
    id: CommentId,
    body: &CommentBody,
) -> Result<CommentView, AppError> {
    db::transaction(conn, |tx| {
        let row = visible_comment(tx, user, id)?;
        let now = users::now();
        if let Some(refusal) = edit_refusal(
            row.author_id,
            row.hidden_at.is_some(),
            row.created_at,
            user,
            now,
        ) {
            return Err(refusal);
        }
        let html = crate::markdown::render(body.as_str());
        c::update_body(tx, id, body.as_str(), &html, now)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "comment.edited",
                format!("comment:{id}"),
                json!({
                    "proposal": row.proposal_id,
                    "previous_body": row.body,
                    "body": body.as_str(),
                }),
            ),
        )?;
        let row = c::find(tx, id)?.ok_or_else(comment_not_found)?;
        view_one(tx, row)
    })
}

/// Hides a comment (chairs; the route checks the role). The hidden text and
/// the reason go into the audit trail.
pub fn hide(
    conn: &mut Db,
    chair: &User,
    id: CommentId,
    reason: &HideReason,
) -> Result<CommentView, AppError> {
    db::transaction(conn, |tx| {
        let row = visible_comment(tx, chair, id)?;
        if row.hidden_at.is_some() {
            return Err(AppError::Conflict(messages::COMMENT_HIDDEN.to_owned()));
        }
        c::hide(tx, id, chair.id, reason.as_str(), users::now())?;
        pq::refresh_comment_count(tx, row.proposal_id)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(chair.id),
                "comment.hidden",
                format!("comment:{id}"),
                json!({
                    "proposal": row.proposal_id,
                    "author": row.author_id,
                    "body": row.body,
                    "reason": reason.as_str(),
                }),
            ),
        )?;
        let row = c::find(tx, id)?.ok_or_else(comment_not_found)?;
        view_one(tx, row)
    })
}
