//! The searchable, filterable, paginated list of proposals.
use super::*;
use serde::Serialize;

use crate::config::Settings;
use crate::db::Db;
use crate::db::proposal_list::{self as q, ListFilter, Sort};
use crate::domain::ValidationError;
use crate::domain::proposal::{EligibilityRule, ProposalStatus};
use crate::domain::user::UserId;
use crate::error::AppError;

/// The list's query parameters, raw (both the page's GET form and the API).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ListParams {
    /// Search words.
    #[serde(default)]
    pub q: Option<String>,
    /// Status id.
    #[serde(default)]
    pub status: Option<String>,
    /// Theme id.
    #[serde(default)]
    pub theme: Option<String>,
    /// Stakeholder group id of the author.
    #[serde(default)]
    pub group: Option<String>,
    /// `true`/`false` (or `yes`/`no`, `1`/`0`); empty means either.
    #[serde(default)]
    pub eligible: Option<String>,
    /// `newest`, `cosponsors` or `comments`.
    #[serde(default)]
    pub sort: Option<String>,
    /// 1-based page.
    #[serde(default)]
    pub page: Option<String>,
    /// Page size, 1–100 (default 25).
    #[serde(default)]
    pub per_page: Option<String>,
}

/// Default page size of the list.
pub const DEFAULT_PER_PAGE: i64 = 25;

/// A parsed list query.
#[derive(Debug, Clone)]
pub struct ListQuery {
    /// Filters and order.
    pub filter: ListFilter,
    /// 1-based page.
    pub page: i64,
    /// Rows per page.
    pub per_page: i64,
}

pub(super) fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl ListQuery {
    /// Parses the parameters; unknown values are refused, not ignored.
    pub fn parse(settings: &Settings, p: &ListParams) -> Result<Self, ValidationError> {
        let status = non_empty(&p.status)
            .map(str::parse::<ProposalStatus>)
            .transpose()?;
        let theme = non_empty(&p.theme)
            .map(|t| settings.themes.parse(t).map(|t| t.as_str().to_owned()))
            .transpose()?;
        let group = non_empty(&p.group)
            .map(|g| settings.groups.parse(g).map(|g| g.as_str().to_owned()))
            .transpose()?;
        let eligible = match non_empty(&p.eligible) {
            None => None,
            Some("true" | "yes" | "1") => Some(true),
            Some("false" | "no" | "0") => Some(false),
            Some(_) => {
                return Err(ValidationError::new("eligible", "err-eligible-filter"));
            }
        };
        let sort = match non_empty(&p.sort) {
            None | Some("newest") => Sort::Newest,
            Some("cosponsors") => Sort::Cosponsors,
            Some("comments") => Sort::Comments,
            Some(_) => {
                return Err(ValidationError::new("sort", "err-sort"));
            }
        };
        let number = |field: &'static str, v: Option<&str>, default: i64, max: i64| match v {
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
        Ok(ListQuery {
            filter: ListFilter {
                words: non_empty(&p.q).map(q::search_words).unwrap_or_default(),
                status,
                theme,
                group,
                eligible,
                sort,
            },
            page: number("page", non_empty(&p.page), 1, 1_000_000)?,
            per_page: number("per_page", non_empty(&p.per_page), DEFAULT_PER_PAGE, 100)?,
        })
    }
}

/// One page of the list.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalPage {
    /// The proposals on this page.
    pub proposals: Vec<ProposalView>,
    /// Matches in all pages.
    pub total: i64,
    /// This page (1-based).
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}

impl ProposalPage {
    /// Number of pages (at least 1).
    pub fn pages(&self) -> i64 {
        ((self.total + self.per_page - 1) / self.per_page.max(1)).max(1)
    }
}

/// Searches and lists the proposals `viewer` may see. The handler and the
/// search benchmark both call this.
pub fn list(
    conn: &mut Db,
    rule: EligibilityRule,
    viewer: UserId,
    query: &ListQuery,
) -> Result<ProposalPage, AppError> {
    let (rows, total) = q::list(
        conn,
        viewer,
        rule,
        &query.filter,
        query.page,
        query.per_page,
    )?;
    let ids: Vec<UserId> = rows.iter().map(|r| r.author_id).collect();
    let authors = q::authors(conn, &ids)?;
    let proposals = rows
        .iter()
        .map(|r| {
            let a = authors
                .iter()
                .find(|a| a.0 == r.author_id)
                .map(|a| (a.1.clone(), a.2.clone()))
                .unwrap_or_default();
            ProposalView::build(r, rule, a)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ProposalPage {
        proposals,
        total,
        page: query.page,
        per_page: query.per_page,
    })
}
