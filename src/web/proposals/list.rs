//! The searchable, filterable list of proposals.

use super::*;
use crate::domain::proposal::ProposalId;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::proposal::ProposalStatus;
use crate::services::proposals::{ListParams, ListQuery, ProposalView};
use crate::state::AppState;
use crate::web::error::{AppError, PageError};
use crate::web::extract::CurrentUser;
use crate::web::pages::{PageCtx, html};

/// A proposal as a row of the list.
pub(super) struct ListItem {
    id: ProposalId,
    title: String,
    summary: String,
    status: &'static str,
    author: String,
    organisation: String,
    group: String,
    themes: Vec<String>,
    cosponsors: i32,
    comments: i32,
    eligible: bool,
    missing: String,
}

pub(super) fn list_item(state: &AppState, p: &ProposalView) -> ListItem {
    ListItem {
        id: p.id,
        title: p.title.clone(),
        summary: p.summary.clone(),
        status: p.status.label(),
        author: p.author.display_name.clone(),
        organisation: p.author.organisation.clone(),
        group: state.settings.groups.label(&p.author.group).to_owned(),
        themes: p
            .themes
            .iter()
            .map(|t| state.settings.themes.label(t).to_owned())
            .collect(),
        cosponsors: p.cosponsor_count,
        comments: p.comment_count,
        eligible: p.eligible,
        missing: p.missing.clone().unwrap_or_default(),
    }
}

#[derive(Template)]
#[template(path = "proposals/list.html")]
pub(super) struct ListPage {
    ctx: PageCtx,
    can_author: bool,
    q: String,
    statuses: Vec<Choice>,
    themes: Vec<Choice>,
    groups: Vec<Choice>,
    eligible: Vec<Choice>,
    sorts: Vec<Choice>,
    items: Vec<ListItem>,
    total: i64,
    page: i64,
    pages: i64,
    prev: Option<String>,
    next: Option<String>,
    error: Option<String>,
}

pub(super) fn page_link(params: &ListParams, page: i64) -> String {
    let mut p = params.clone();
    p.page = Some(page.to_string());
    let pairs: Vec<(&str, &str)> = [
        ("q", &p.q),
        ("status", &p.status),
        ("theme", &p.theme),
        ("group", &p.group),
        ("eligible", &p.eligible),
        ("sort", &p.sort),
        ("per_page", &p.per_page),
        ("page", &p.page),
    ]
    .iter()
    .filter_map(|(k, v)| v.as_deref().filter(|s| !s.is_empty()).map(|s| (*k, s)))
    .collect();
    format!(
        "/proposals?{}",
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    )
}

pub(super) async fn list(
    state: web::Data<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, PageError> {
    let params = params.into_inner();
    let parsed = ListQuery::parse(&state.settings, &params);
    let (status, error, query) = match parsed {
        Ok(q) => (StatusCode::OK, None, q),
        Err(e) => {
            let fallback = ListQuery::parse(&state.settings, &ListParams::default())
                .map_err(AppError::from)?;
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(e.to_string()),
                fallback,
            )
        }
    };
    let page = state.proposal_list(user.id, query).await?;
    let cur = |v: &Option<String>| v.clone().unwrap_or_default();
    let mut status_opts: Vec<(&str, &str)> = vec![("", "Any status")];
    status_opts.extend(ProposalStatus::ALL.iter().map(|s| (s.as_str(), s.label())));
    let mut theme_opts: Vec<(&str, &str)> = vec![("", "Any theme")];
    theme_opts.extend(
        state
            .settings
            .themes
            .all()
            .iter()
            .map(|t| (t.id.as_str(), t.label.as_str())),
    );
    let mut group_opts: Vec<(&str, &str)> = vec![("", "Any group")];
    group_opts.extend(
        state
            .settings
            .groups
            .all()
            .iter()
            .map(|g| (g.id.as_str(), g.label.as_str())),
    );
    let pages = page.pages();
    let items = page
        .proposals
        .iter()
        .map(|p| list_item(&state, p))
        .collect();
    html(
        status,
        &ListPage {
            can_author: can_author(&user),
            q: cur(&params.q),
            statuses: choices(&status_opts, &cur(&params.status)),
            themes: choices(&theme_opts, &cur(&params.theme)),
            groups: choices(&group_opts, &cur(&params.group)),
            eligible: choices(
                &[
                    ("", "Eligible or not"),
                    ("true", "Eligible for a round"),
                    ("false", "Not yet eligible"),
                ],
                &cur(&params.eligible),
            ),
            sorts: choices(
                &[
                    ("newest", "Newest first"),
                    ("cosponsors", "Most co-sponsored"),
                    ("comments", "Most discussed"),
                ],
                &cur(&params.sort),
            ),
            items,
            total: page.total,
            page: page.page,
            pages,
            prev: (page.page > 1).then(|| page_link(&params, page.page - 1)),
            next: (page.page < pages).then(|| page_link(&params, page.page + 1)),
            error,
            ctx,
        },
    )
}
