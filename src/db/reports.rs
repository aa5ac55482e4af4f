//! The `reports` table, and the batched reads a report's document needs
//! (proposals with their authors, co-sponsors of many proposals at once), so
//! building a report costs a fixed number of queries per round, not per
//! proposal.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Db;
use super::schema::{cosponsors, proposals, reports, users};
use crate::domain::proposal::ProposalId;
use crate::domain::report::{ReportId, ReportStatus};
use crate::domain::user::UserId;

/// A row of `reports`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reports)]
pub struct ReportRow {
    /// Primary key.
    #[diesel(deserialize_as = i64)]
    pub id: ReportId,
    /// Title.
    pub title: String,
    /// Introduction (Markdown).
    pub introduction: String,
    /// JSON array of round ids, in the report's order.
    pub rounds: String,
    /// `draft` or `published`.
    #[diesel(deserialize_as = String)]
    pub status: ReportStatus,
    /// The published report this one replaces.
    pub supersedes: Option<i64>,
    /// The chair who created it.
    #[diesel(deserialize_as = i64)]
    pub created_by: UserId,
    /// Creation time.
    pub created_at: NaiveDateTime,
    /// Last edit of the draft.
    pub updated_at: NaiveDateTime,
    /// Publication time (RFC 3339, as in the document).
    pub published_at: Option<String>,
    /// Who published it.
    pub published_by: Option<i64>,
    /// The frozen `report.json`.
    pub frozen_json: Option<String>,
    /// The frozen `report.md`.
    pub frozen_md: Option<String>,
    /// SHA-256 (hex) of `frozen_json`.
    pub sha256: Option<String>,
}

/// A report about to be inserted (always a draft).
#[derive(Debug, Insertable)]
#[diesel(table_name = reports)]
pub struct NewReportRow<'a> {
    /// Title.
    pub title: &'a str,
    /// Introduction.
    pub introduction: &'a str,
    /// JSON array of round ids.
    pub rounds: &'a str,
    /// Always `draft`.
    pub status: &'a str,
    /// The report it supersedes.
    pub supersedes: Option<i64>,
    /// Creator.
    pub created_by: i64,
    /// Now.
    pub created_at: NaiveDateTime,
    /// Now.
    pub updated_at: NaiveDateTime,
}

/// Inserts a draft and returns its id (inside a write transaction, which
/// serialises writers, so the newest id is this one).
pub fn insert(conn: &mut Db, row: &NewReportRow<'_>) -> QueryResult<ReportId> {
    diesel::insert_into(reports::table)
        .values(row)
        .execute(conn)?;
    reports::table
        .select(reports::id)
        .order(reports::id.desc())
        .first(conn)
        .map(ReportId)
}

/// One report.
pub fn find(conn: &mut Db, id: ReportId) -> QueryResult<Option<ReportRow>> {
    reports::table
        .find(id.0)
        .select(ReportRow::as_select())
        .first(conn)
        .optional()
}

/// Every report, newest first.
pub fn list(conn: &mut Db) -> QueryResult<Vec<ReportRow>> {
    reports::table
        .select(ReportRow::as_select())
        .order(reports::id.desc())
        .load(conn)
}

/// The report that supersedes `id`, if any.
pub fn successor(conn: &mut Db, id: ReportId) -> QueryResult<Option<ReportRow>> {
    reports::table
        .filter(reports::supersedes.eq(id.0))
        .select(ReportRow::as_select())
        .first(conn)
        .optional()
}

/// Replaces a draft's text; touches drafts only (returns rows changed).
pub fn update_draft(
    conn: &mut Db,
    id: ReportId,
    title: &str,
    introduction: &str,
    rounds: &str,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        reports::table
            .filter(reports::id.eq(id.0))
            .filter(reports::status.eq(ReportStatus::Draft.as_str())),
    )
    .set((
        reports::title.eq(title),
        reports::introduction.eq(introduction),
        reports::rounds.eq(rounds),
        reports::updated_at.eq(at),
    ))
    .execute(conn)
}

/// What publishing stores.
#[derive(Debug)]
pub struct Freezing<'a> {
    /// Publication time.
    pub published_at: &'a str,
    /// Who.
    pub published_by: UserId,
    /// `report.json`.
    pub json: &'a str,
    /// `report.md`.
    pub md: &'a str,
    /// SHA-256 of `json`.
    pub sha256: &'a str,
}

/// Freezes a draft; touches drafts only, so a second publish changes nothing.
pub fn freeze(conn: &mut Db, id: ReportId, f: &Freezing<'_>) -> QueryResult<usize> {
    diesel::update(
        reports::table
            .filter(reports::id.eq(id.0))
            .filter(reports::status.eq(ReportStatus::Draft.as_str())),
    )
    .set((
        reports::status.eq(ReportStatus::Published.as_str()),
        reports::published_at.eq(f.published_at),
        reports::published_by.eq(f.published_by.0),
        reports::frozen_json.eq(f.json),
        reports::frozen_md.eq(f.md),
        reports::sha256.eq(f.sha256),
    ))
    .execute(conn)
}

/// A proposal as a report shows it, with its author.
#[derive(Debug, Clone, Queryable)]
pub struct ReportProposalRow {
    /// Id.
    #[diesel(deserialize_as = i64)]
    pub id: ProposalId,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Body (Markdown).
    pub body: String,
    /// Revision number.
    pub revision: i32,
    /// Status spelling (`adopted`, …).
    pub status: String,
    /// The author's group as stored with the proposal.
    pub author_group: String,
    /// The author's display name.
    pub author_name: String,
    /// The author's organisation.
    pub author_organisation: String,
}

/// Proposals with their authors, by id, in one query.
pub fn proposals_with_authors(
    conn: &mut Db,
    ids: &[ProposalId],
) -> QueryResult<BTreeMap<ProposalId, ReportProposalRow>> {
    let raw: Vec<i64> = ids.iter().map(|p| p.0).collect();
    let rows: Vec<ReportProposalRow> = proposals::table
        .inner_join(users::table)
        .filter(proposals::id.eq_any(raw))
        .select((
            proposals::id,
            proposals::title,
            proposals::summary,
            proposals::body,
            proposals::revision,
            proposals::status,
            proposals::author_group,
            users::display_name,
            users::organisation,
        ))
        .load(conn)?;
    Ok(rows.into_iter().map(|r| (r.id, r)).collect())
}

/// A co-sponsor as a report names them: `(name, group, organisation)`.
pub type CosponsorNames = (String, String, String);

/// Co-sponsors `(name, group, organisation)` of many proposals, each in
/// signing order, in one query.
pub fn cosponsors_of(
    conn: &mut Db,
    ids: &[ProposalId],
) -> QueryResult<BTreeMap<ProposalId, Vec<CosponsorNames>>> {
    let raw: Vec<i64> = ids.iter().map(|p| p.0).collect();
    let rows: Vec<(i64, String, String, String)> = cosponsors::table
        .inner_join(users::table)
        .filter(cosponsors::proposal_id.eq_any(raw))
        .order((cosponsors::created_at.asc(), cosponsors::user_id.asc()))
        .select((
            cosponsors::proposal_id,
            users::display_name,
            cosponsors::stakeholder_group,
            cosponsors::organisation,
        ))
        .load(conn)?;
    let mut out: BTreeMap<ProposalId, Vec<_>> = BTreeMap::new();
    for (p, name, group, org) in rows {
        out.entry(ProposalId(p))
            .or_default()
            .push((name, group, org));
    }
    Ok(out)
}
