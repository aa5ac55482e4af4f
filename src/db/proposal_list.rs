//! The filtered, searchable list of proposals (SQLite FTS5 or PostgreSQL
//! full-text search), paged by id so each page is one indexed query.

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Text};

use super::Db;
use super::proposals::ProposalRow;
use super::schema::{proposals, users};
use crate::domain::proposal::{EligibilityRule, ProposalStatus};
use crate::domain::user::UserId;

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Most recently created first.
    #[default]
    Newest,
    /// Most co-sponsors first.
    Cosponsors,
    /// Most visible comments first.
    Comments,
}

/// The list's filters, already parsed.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Words to search for in title, summary and body.
    pub words: Vec<String>,
    /// Only this status.
    pub status: Option<ProposalStatus>,
    /// Only proposals tagged with this theme id (already validated).
    pub theme: Option<String>,
    /// Only proposals whose author is of this group (already validated).
    pub group: Option<String>,
    /// Only eligible (true) or only not eligible (false) proposals.
    pub eligible: Option<bool>,
    /// Ordering.
    pub sort: Sort,
}

/// Splits a search string into at most 12 words of letters and digits,
/// lower-cased; everything else separates words. Only such words reach the
/// full-text query syntax, so nobody can inject operators.
pub fn search_words(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .map(|w| w.chars().take(64).collect::<String>().to_lowercase())
        .collect()
}

type BoxedProposals<'a> = proposals::BoxedQuery<'a, super::proposals::Backend>;

/// The filtered query (no ordering, no paging), as seen by `viewer`:
/// drafts only when the viewer wrote them.
fn filtered<'a>(
    is_postgres: bool,
    viewer: UserId,
    rule: EligibilityRule,
    f: &'a ListFilter,
) -> BoxedProposals<'a> {
    let mut q = proposals::table.into_boxed().filter(
        proposals::status
            .ne(ProposalStatus::Draft.as_str())
            .or(proposals::author_id.eq(viewer.0)),
    );
    if let Some(s) = f.status {
        q = q.filter(proposals::status.eq(s.as_str()));
    }
    if let Some(t) = &f.theme {
        // Theme ids are [a-z0-9_]: no LIKE wildcards can sneak in.
        q = q.filter(proposals::themes.like(format!("%\"{t}\"%")));
    }
    if let Some(g) = &f.group {
        q = q.filter(proposals::author_group.eq(g.as_str()));
    }
    if let Some(want) = f.eligible {
        let min_c = i32::try_from(rule.min_cosponsors).unwrap_or(i32::MAX);
        let min_g = i32::try_from(rule.min_groups).unwrap_or(i32::MAX);
        let cond = proposals::status
            .eq(ProposalStatus::Submitted.as_str())
            .and(proposals::support_count.ge(min_c))
            .and(proposals::support_groups.ge(min_g));
        q = if want {
            q.filter(cond)
        } else {
            q.filter(diesel::dsl::not(cond))
        };
    }
    if !f.words.is_empty() {
        if is_postgres {
            let tsq = f
                .words
                .iter()
                .map(|w| format!("{w}:*"))
                .collect::<Vec<_>>()
                .join(" & ");
            q = q.filter(
                sql::<Bool>("proposals.search @@ to_tsquery('simple', ")
                    .bind::<Text, _>(tsq)
                    .sql(")"),
            );
        } else {
            let m = f
                .words
                .iter()
                .map(|w| format!("\"{w}\"*"))
                .collect::<Vec<_>>()
                .join(" ");
            q = q.filter(
                sql::<Bool>(
                    "proposals.id IN (SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ",
                )
                .bind::<Text, _>(m)
                .sql(")"),
            );
        }
    }
    q
}

/// One page of the list and the total number of matches.
pub fn list(
    conn: &mut Db,
    viewer: UserId,
    rule: EligibilityRule,
    f: &ListFilter,
    page: i64,
    per_page: i64,
) -> QueryResult<(Vec<ProposalRow>, i64)> {
    let pg = matches!(conn, Db::Postgresql(_));
    let total: i64 = filtered(pg, viewer, rule, f).count().get_result(conn)?;
    let mut q = filtered(pg, viewer, rule, f);
    q = match f.sort {
        Sort::Newest => q.order((proposals::created_at.desc(), proposals::id.desc())),
        Sort::Cosponsors => q.order((proposals::cosponsor_count.desc(), proposals::id.desc())),
        Sort::Comments => q.order((proposals::comment_count.desc(), proposals::id.desc())),
    };
    // Order and page over ids only (the index covers the sort keys), then
    // load the page's rows: sorting whole rows would drag every body along.
    let ids: Vec<i64> = q
        .select(proposals::id)
        .offset(page.saturating_sub(1).saturating_mul(per_page))
        .limit(per_page)
        .load(conn)?;
    let mut rows: Vec<ProposalRow> = proposals::table
        .filter(proposals::id.eq_any(&ids))
        .select(ProposalRow::as_select())
        .load(conn)?;
    rows.sort_by_key(|r| ids.iter().position(|i| *i == r.id.0));
    Ok((rows, total))
}

/// An author as lists show them: (id, display name, organisation).
pub fn authors(conn: &mut Db, ids: &[UserId]) -> QueryResult<Vec<(UserId, String, String)>> {
    let raw: Vec<i64> = ids.iter().map(|i| i.0).collect();
    Ok(users::table
        .filter(users::id.eq_any(raw))
        .select((users::id, users::display_name, users::organisation))
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|(id, name, org)| (UserId(id), name, org))
        .collect())
}
