//! Queries on `proposals`, `proposal_revisions` and `cosponsors`, and the
//! round lock. The filtered, searchable list is in `db::proposal_list`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Db;
use super::schema::{cosponsors, proposal_revisions, proposals, round_proposals, rounds, users};
use crate::domain::proposal::{ProposalId, ProposalStatus};
use crate::domain::user::UserId;

/// The backend type of [`Db`], for boxed queries.
pub type Backend = <Db as diesel::Connection>::Backend;

/// A row of `proposals` as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = proposals)]
pub struct ProposalRow {
    /// Primary key.
    #[diesel(deserialize_as = i64)]
    pub id: ProposalId,
    /// Who wrote it.
    #[diesel(deserialize_as = i64)]
    pub author_id: UserId,
    /// Current title.
    pub title: String,
    /// Current summary.
    pub summary: String,
    /// Current Markdown body.
    pub body: String,
    /// JSON array of theme ids.
    pub themes: String,
    /// Stored status spelling.
    #[diesel(deserialize_as = String)]
    pub status: ProposalStatus,
    /// Number of the current revision.
    pub revision: i32,
    /// Creation time (UTC).
    pub created_at: NaiveDateTime,
    /// Last change (UTC).
    pub updated_at: NaiveDateTime,
    /// When it was submitted.
    pub submitted_at: Option<NaiveDateTime>,
    /// The author's stakeholder group when the proposal was created.
    pub author_group: String,
    /// All co-sponsors.
    pub cosponsor_count: i32,
    /// Co-sponsors from groups other than the author's.
    pub support_count: i32,
    /// Distinct groups other than the author's among co-sponsors.
    pub support_groups: i32,
    /// Visible comments.
    pub comment_count: i32,
}

impl ProposalRow {
    /// The theme ids.
    pub fn theme_ids(&self) -> Vec<String> {
        serde_json::from_str(&self.themes).unwrap_or_default()
    }
}

/// A proposal about to be inserted.
#[derive(Debug, Insertable)]
#[diesel(table_name = proposals)]
pub struct NewProposalRow<'a> {
    /// Author.
    pub author_id: i64,
    /// Author's group now.
    pub author_group: &'a str,
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// Body.
    pub body: &'a str,
    /// The body rendered and sanitised now, shown by pages.
    pub body_html: &'a str,
    /// JSON array of theme ids.
    pub themes: &'a str,
    /// `draft` or `submitted`.
    pub status: &'a str,
    /// 1.
    pub revision: i32,
    /// Now.
    pub created_at: NaiveDateTime,
    /// Now.
    pub updated_at: NaiveDateTime,
    /// Now, when submitted at once.
    pub submitted_at: Option<NaiveDateTime>,
}

/// Inserts a proposal and reads it back (the caller holds the write lock of
/// [`crate::db::transaction`], so the author's newest row is this one).
pub fn insert(conn: &mut Db, row: &NewProposalRow<'_>) -> QueryResult<ProposalRow> {
    diesel::insert_into(proposals::table)
        .values(row)
        .execute(conn)?;
    proposals::table
        .filter(proposals::author_id.eq(row.author_id))
        .order(proposals::id.desc())
        .select(ProposalRow::as_select())
        .first(conn)
}

/// The proposal with this id, whatever its status (callers check visibility).
pub fn find(conn: &mut Db, id: ProposalId) -> QueryResult<Option<ProposalRow>> {
    proposals::table
        .find(id.0)
        .select(ProposalRow::as_select())
        .first(conn)
        .optional()
}

/// The text fields of a proposal, for an update.
#[derive(Debug, AsChangeset)]
#[diesel(table_name = proposals)]
pub struct TextChanges<'a> {
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// Body.
    pub body: &'a str,
    /// Its rendering.
    pub body_html: &'a str,
    /// JSON array of theme ids.
    pub themes: &'a str,
    /// Revision number after the change.
    pub revision: i32,
    /// Now.
    pub updated_at: NaiveDateTime,
}

/// Writes new text.
pub fn update_text(conn: &mut Db, id: ProposalId, c: &TextChanges<'_>) -> QueryResult<usize> {
    diesel::update(proposals::table.find(id.0))
        .set(c)
        .execute(conn)
}

/// Sets the status (and the submission time, when submitting).
pub fn set_status(
    conn: &mut Db,
    id: ProposalId,
    status: ProposalStatus,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    if status == ProposalStatus::Submitted {
        diesel::update(proposals::table.find(id.0))
            .set((
                proposals::status.eq(status.as_str()),
                proposals::submitted_at.eq(Some(now)),
                proposals::updated_at.eq(now),
            ))
            .execute(conn)
    } else {
        diesel::update(proposals::table.find(id.0))
            .set((
                proposals::status.eq(status.as_str()),
                proposals::updated_at.eq(now),
            ))
            .execute(conn)
    }
}

/// Records a decision on a proposal that is still submitted (one decided
/// earlier keeps its status); returns whether it changed.
pub fn decide_if_submitted(
    conn: &mut Db,
    id: ProposalId,
    status: ProposalStatus,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let n = diesel::update(
        proposals::table
            .find(id.0)
            .filter(proposals::status.eq(ProposalStatus::Submitted.as_str())),
    )
    .set((
        proposals::status.eq(status.as_str()),
        proposals::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// The stored rendering of a proposal's body.
pub fn body_html(conn: &mut Db, id: ProposalId) -> QueryResult<String> {
    proposals::table
        .find(id.0)
        .select(proposals::body_html)
        .first(conn)
}

/// The statuses of the open or closed rounds that hold this proposal
/// (a draft round does not lock it).
pub fn locking_rounds(conn: &mut Db, id: ProposalId) -> QueryResult<Vec<String>> {
    round_proposals::table
        .inner_join(rounds::table)
        .filter(round_proposals::proposal_id.eq(id.0))
        .filter(rounds::status.eq_any(["open", "closed"]))
        .select(rounds::status)
        .load(conn)
}

/// One stored version of a proposal's text.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = proposal_revisions)]
pub struct RevisionRow {
    /// Primary key.
    pub id: i64,
    /// The proposal.
    #[diesel(deserialize_as = i64)]
    pub proposal_id: ProposalId,
    /// 1, 2, …
    pub revision: i32,
    /// Title then.
    pub title: String,
    /// Summary then.
    pub summary: String,
    /// Body then.
    pub body: String,
    /// Themes then (JSON array).
    pub themes: String,
    /// Who wrote this version.
    #[diesel(deserialize_as = i64)]
    pub edited_by: UserId,
    /// When.
    pub created_at: NaiveDateTime,
}

/// A version about to be stored.
#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = proposal_revisions)]
pub struct NewRevisionRow<'a> {
    /// The proposal.
    pub proposal_id: i64,
    /// Its number.
    pub revision: i32,
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// Body.
    pub body: &'a str,
    /// Themes (JSON array).
    pub themes: &'a str,
    /// Author of this version.
    pub edited_by: i64,
    /// When.
    pub created_at: NaiveDateTime,
}

/// Stores a new version.
pub fn insert_revision(conn: &mut Db, row: &NewRevisionRow<'_>) -> QueryResult<usize> {
    diesel::insert_into(proposal_revisions::table)
        .values(row)
        .execute(conn)
}

/// Rewrites a version in place (draft edits keep no history).
pub fn replace_revision(conn: &mut Db, row: &NewRevisionRow<'_>) -> QueryResult<usize> {
    diesel::update(
        proposal_revisions::table
            .filter(proposal_revisions::proposal_id.eq(row.proposal_id))
            .filter(proposal_revisions::revision.eq(row.revision)),
    )
    .set(row)
    .execute(conn)
}

/// Every version of a proposal, oldest first.
pub fn revisions(conn: &mut Db, id: ProposalId) -> QueryResult<Vec<RevisionRow>> {
    proposal_revisions::table
        .filter(proposal_revisions::proposal_id.eq(id.0))
        .order(proposal_revisions::revision.asc())
        .select(RevisionRow::as_select())
        .load(conn)
}

/// A co-sponsor as pages show them.
#[derive(Debug, Clone, Queryable)]
pub struct CosponsorRow {
    /// Their user id.
    #[diesel(deserialize_as = i64)]
    pub user_id: UserId,
    /// Their display name.
    pub display_name: String,
    /// Group when they co-sponsored.
    pub stakeholder_group: String,
    /// Organisation when they co-sponsored.
    pub organisation: String,
    /// When.
    pub created_at: NaiveDateTime,
}

/// Co-sponsors of a proposal, in the order they signed.
pub fn cosponsors(conn: &mut Db, id: ProposalId) -> QueryResult<Vec<CosponsorRow>> {
    cosponsors::table
        .inner_join(users::table)
        .filter(cosponsors::proposal_id.eq(id.0))
        .order((cosponsors::created_at.asc(), cosponsors::user_id.asc()))
        .select((
            cosponsors::user_id,
            users::display_name,
            cosponsors::stakeholder_group,
            cosponsors::organisation,
            cosponsors::created_at,
        ))
        .load(conn)
}

/// True when `user` co-sponsors the proposal.
pub fn is_cosponsor(conn: &mut Db, id: ProposalId, user: UserId) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        cosponsors::table
            .filter(cosponsors::proposal_id.eq(id.0))
            .filter(cosponsors::user_id.eq(user.0)),
    ))
    .get_result(conn)
}

/// Adds a co-sponsorship with the user's group and organisation now.
pub fn add_cosponsor(
    conn: &mut Db,
    id: ProposalId,
    user: UserId,
    group: &str,
    organisation: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::insert_into(cosponsors::table)
        .values((
            cosponsors::proposal_id.eq(id.0),
            cosponsors::user_id.eq(user.0),
            cosponsors::stakeholder_group.eq(group),
            cosponsors::organisation.eq(organisation),
            cosponsors::created_at.eq(now),
        ))
        .execute(conn)
}

/// Removes a co-sponsorship; returns how many rows went (0 or 1).
pub fn remove_cosponsor(conn: &mut Db, id: ProposalId, user: UserId) -> QueryResult<usize> {
    diesel::delete(
        cosponsors::table
            .filter(cosponsors::proposal_id.eq(id.0))
            .filter(cosponsors::user_id.eq(user.0)),
    )
    .execute(conn)
}

/// Recomputes the cached co-sponsor counters from the `cosponsors` rows.
pub fn refresh_support(conn: &mut Db, id: ProposalId, author_group: &str) -> QueryResult<()> {
    let groups: Vec<String> = cosponsors::table
        .filter(cosponsors::proposal_id.eq(id.0))
        .select(cosponsors::stakeholder_group)
        .load(conn)?;
    let total = groups.len();
    let others: Vec<&String> = groups.iter().filter(|g| *g != author_group).collect();
    let mut distinct: Vec<&String> = others.clone();
    distinct.sort();
    distinct.dedup();
    let n = |x: usize| i32::try_from(x).unwrap_or(i32::MAX);
    diesel::update(proposals::table.find(id.0))
        .set((
            proposals::cosponsor_count.eq(n(total)),
            proposals::support_count.eq(n(others.len())),
            proposals::support_groups.eq(n(distinct.len())),
        ))
        .execute(conn)?;
    Ok(())
}

/// Recomputes the cached count of visible comments.
pub fn refresh_comment_count(conn: &mut Db, id: ProposalId) -> QueryResult<()> {
    use super::schema::comments;
    let n: i64 = comments::table
        .filter(comments::proposal_id.eq(id.0))
        .filter(comments::hidden_at.is_null())
        .count()
        .get_result(conn)?;
    diesel::update(proposals::table.find(id.0))
        .set(proposals::comment_count.eq(i32::try_from(n).unwrap_or(i32::MAX)))
        .execute(conn)?;
    Ok(())
}

/// A row id and its Markdown source.
pub type IdText = (i64, String);

/// Proposals and comments written before bodies were rendered at write time
/// (`body_html` empty): `(id, body)` each.
pub fn unrendered(conn: &mut Db) -> QueryResult<(Vec<IdText>, Vec<IdText>)> {
    use super::schema::comments;
    let p = proposals::table
        .filter(proposals::body_html.eq(""))
        .select((proposals::id, proposals::body))
        .load(conn)?;
    let c = comments::table
        .filter(comments::body_html.eq(""))
        .select((comments::id, comments::body))
        .load(conn)?;
    Ok((p, c))
}

/// Stores the rendering of a proposal's (`proposal = true`) or a comment's body.
pub fn store_rendering(conn: &mut Db, proposal: bool, id: i64, html: &str) -> QueryResult<usize> {
    use super::schema::comments;
    if proposal {
        diesel::update(proposals::table.find(id))
            .set(proposals::body_html.eq(html))
            .execute(conn)
    } else {
        diesel::update(comments::table.find(id))
            .set(comments::body_html.eq(html))
            .execute(conn)
    }
}
