//! A proposal as pages and the API show it, and who may see it.
use chrono::NaiveDateTime;
use serde::Serialize;

use crate::db::proposals::{self as q, ProposalRow};
use crate::db::{Db, users};
use crate::domain::proposal::{EligibilityRule, Missing, ProposalId, ProposalStatus, missing};
use crate::domain::user::{User, UserId};
use crate::error::AppError;
use crate::messages;

/// A proposal's author as others see them.
#[derive(Debug, Clone, Serialize)]
pub struct AuthorView {
    /// User id.
    pub id: UserId,
    /// Name.
    pub display_name: String,
    /// Stakeholder group id (as when the proposal was created).
    pub group: String,
    /// Organisation.
    pub organisation: String,
}

/// A proposal as lists and the API show it.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalView {
    /// Id.
    pub id: ProposalId,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Markdown source of the body.
    pub body: String,
    /// Theme ids.
    pub themes: Vec<String>,
    /// Status.
    pub status: ProposalStatus,
    /// Current revision number.
    pub revision: i32,
    /// Author.
    pub author: AuthorView,
    /// Created (UTC).
    pub created_at: NaiveDateTime,
    /// Last changed (UTC).
    pub updated_at: NaiveDateTime,
    /// Submitted (UTC).
    pub submitted_at: Option<NaiveDateTime>,
    /// Number of co-sponsors.
    pub cosponsor_count: i32,
    /// Number of visible comments.
    pub comment_count: i32,
    /// Whether it may enter a round now.
    pub eligible: bool,
    /// What it still lacks, as a sentence; `null` when eligible.
    pub missing: Option<String>,
    /// The same as a value, for pages to put in the reader's language.
    #[serde(skip)]
    pub lack: Option<Missing>,
}

impl ProposalView {
    pub(super) fn build(
        row: &ProposalRow,
        rule: EligibilityRule,
        author: (String, String),
    ) -> Result<Self, AppError> {
        let status = row.status;
        let n = |x: i32| u32::try_from(x).unwrap_or(0);
        let lack = missing(rule, status, n(row.support_count), n(row.support_groups));
        Ok(ProposalView {
            id: row.id,
            title: row.title.clone(),
            summary: row.summary.clone(),
            body: row.body.clone(),
            themes: row.theme_ids(),
            status,
            revision: row.revision,
            author: AuthorView {
                id: row.author_id,
                display_name: author.0,
                group: row.author_group.clone(),
                organisation: author.1,
            },
            created_at: row.created_at,
            updated_at: row.updated_at,
            submitted_at: row.submitted_at,
            cosponsor_count: row.cosponsor_count,
            comment_count: row.comment_count,
            eligible: lack.is_none(),
            missing: lack.map(|m| m.to_string()),
            lack,
        })
    }

    /// True when `user` wrote it.
    pub fn is_author(&self, user: &User) -> bool {
        self.author.id == user.id
    }
}

/// A co-sponsor with the group and organisation they signed as.
#[derive(Debug, Clone, Serialize)]
pub struct CosponsorView {
    /// User id.
    pub user_id: UserId,
    /// Name.
    pub display_name: String,
    /// Group id.
    pub group: String,
    /// Organisation.
    pub organisation: String,
    /// When they signed (UTC).
    pub since: NaiveDateTime,
}

/// One version of the text.
#[derive(Debug, Clone, Serialize)]
pub struct RevisionView {
    /// 1, 2, …
    pub revision: i32,
    /// Title then.
    pub title: String,
    /// Summary then.
    pub summary: String,
    /// Body then.
    pub body: String,
    /// Themes then.
    pub themes: Vec<String>,
    /// When this version was written (UTC).
    pub created_at: NaiveDateTime,
}

/// A proposal with everything its page shows.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalDetail {
    /// The proposal.
    #[serde(flatten)]
    pub proposal: ProposalView,
    /// Its co-sponsors.
    pub cosponsors: Vec<CosponsorView>,
    /// Every version, oldest first.
    pub revisions: Vec<RevisionView>,
    /// In an open or closed round: the text can no longer change.
    pub locked: bool,
    /// In an open round: it cannot be withdrawn.
    pub in_open_round: bool,
}

impl ProposalDetail {
    /// True when `user` co-sponsors it.
    pub fn is_cosponsor(&self, user: &User) -> bool {
        self.cosponsors.iter().any(|c| c.user_id == user.id)
    }
}

pub(super) fn not_found() -> AppError {
    AppError::NotFound(messages::PROPOSAL_NOT_FOUND.to_owned())
}

/// Loads a proposal visible to `viewer`: a draft exists only for its author.
pub fn visible_row(conn: &mut Db, viewer: UserId, id: ProposalId) -> Result<ProposalRow, AppError> {
    let row = q::find(conn, id)?.ok_or_else(not_found)?;
    if row.status == ProposalStatus::Draft && row.author_id != viewer {
        return Err(not_found());
    }
    Ok(row)
}

pub(super) fn view_of(
    conn: &mut Db,
    rule: EligibilityRule,
    row: &ProposalRow,
) -> Result<ProposalView, AppError> {
    let author = users::find(conn, row.author_id)?
        .map(|u| (u.display_name, u.organisation))
        .unwrap_or_default();
    ProposalView::build(row, rule, author)
}

/// The proposal page's data, for `viewer`.
pub fn get(
    conn: &mut Db,
    rule: EligibilityRule,
    viewer: UserId,
    id: ProposalId,
) -> Result<ProposalDetail, AppError> {
    let row = visible_row(conn, viewer, id)?;
    let proposal = view_of(conn, rule, &row)?;
    let cosponsors = q::cosponsors(conn, id)?
        .into_iter()
        .map(|c| CosponsorView {
            user_id: c.user_id,
            display_name: c.display_name,
            group: c.stakeholder_group,
            organisation: c.organisation,
            since: c.created_at,
        })
        .collect();
    let revisions = q::revisions(conn, id)?
        .into_iter()
        .map(|r| RevisionView {
            revision: r.revision,
            themes: serde_json::from_str(&r.themes).unwrap_or_default(),
            title: r.title,
            summary: r.summary,
            body: r.body,
            created_at: r.created_at,
        })
        .collect();
    let rounds = q::locking_rounds(conn, id)?;
    Ok(ProposalDetail {
        proposal,
        cosponsors,
        revisions,
        locked: !rounds.is_empty(),
        in_open_round: rounds.iter().any(|s| s == "open"),
    })
}

/// Finds one revision of a proposal visible to `viewer`.
pub fn revision(detail: &ProposalDetail, number: i32) -> Result<&RevisionView, AppError> {
    detail
        .revisions
        .iter()
        .find(|r| r.revision == number)
        .ok_or_else(|| AppError::NotFound(messages::NO_SUCH_REVISION.to_owned()))
}

/// The proposal page's read model: the proposal with its co-sponsors and
/// revisions, and its discussion.
#[derive(Debug, Clone)]
pub struct ProposalPageData {
    /// The proposal.
    pub detail: ProposalDetail,
    /// Its body as sanitised HTML, rendered when it was written.
    pub body_html: String,
    /// Top-level comments, oldest first, with their replies.
    pub thread: Vec<crate::services::comments::CommentView>,
}

/// Everything the proposal page shows, for `viewer`.
pub fn page(
    conn: &mut Db,
    rule: EligibilityRule,
    viewer: &User,
    id: ProposalId,
) -> Result<ProposalPageData, AppError> {
    let detail = get(conn, rule, viewer.id, id)?;
    let body_html = q::body_html(conn, id)?;
    let thread = crate::services::comments::thread(conn, viewer, id)?;
    Ok(ProposalPageData {
        detail,
        body_html,
        thread,
    })
}

/// Renders the bodies stored before rendering happened at write time, once,
/// at start: text within the limits as Markdown, deeper text as escaped
/// plain text, so nothing stored is lost. Returns how many were rendered.
pub fn render_unrendered(conn: &mut Db) -> Result<usize, AppError> {
    let (proposals, comments) = q::unrendered(conn)?;
    let n = proposals.len() + comments.len();
    for (id, body) in proposals {
        q::store_rendering(conn, true, id, &crate::markdown::render_stored(&body))?;
    }
    for (id, body) in comments {
        q::store_rendering(conn, false, id, &crate::markdown::render_stored(&body))?;
    }
    Ok(n)
}
