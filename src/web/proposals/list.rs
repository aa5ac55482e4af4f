//! The searchable, filterable list of proposals.

use super::*;
use crate::domain::proposal::ProposalId;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::proposal::ProposalStatus;
use crate::i18n::{self, Arg, Lang};
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
    /// The catalogue id of its status label.
    status: &'static str,
    author: String,
    organisation: String,
    group: String,
    themes: Vec<String>,
    cosponsors: i32,
    /// "3 co-sponsors", for the number's hover title.
    cosponsors_label: String,
    comments: i32,
    /// "1 comment", likewise.
    comments_label: String,
    eligible: bool,
    /// Why it may not enter a round, in the reader's language: "Not yet:
    /// …" while it can still become eligible, a sentence of its own once it
    /// never can (withdrawn, decided).
    not_yet: String,
}

/// The list's eligibility cell for a proposal lacking `m`.
fn not_yet(lang: Lang, m: crate::domain::proposal::Missing) -> String {
    use crate::domain::proposal::Missing;
    match m {
        Missing::NotSubmitted(ProposalStatus::Withdrawn) => {
            i18n::t(lang, "proposal-final-withdrawn")
        }
        Missing::NotSubmitted(ProposalStatus::Adopted | ProposalStatus::NotAdopted) => {
            i18n::t(lang, "proposal-final-decided")
        }
        m => i18n::t_args(
            lang,
            "proposal-not-yet",
            &[("missing", Arg::Str(&missing_text(lang, m)))],
        ),
    }
}

pub(super) fn list_item(state: &AppState, lang: Lang, p: &ProposalView) -> ListItem {
    ListItem {
        id: p.id,
        title: p.title.clone(),
        summary: p.summary.clone(),
        status: status_label_id(p.status),
        author: p.author.display_name.clone(),
        organisation: p.author.organisation.clone(),
        group: state.settings.groups.label(lang, &p.author.group),
        themes: p
            .themes
            .iter()
            .map(|t| state.settings.themes.label(lang, t))
            .collect(),
        cosponsors: p.cosponsor_count,
        cosponsors_label: count(lang, "proposal-cosponsor-count", p.cosponsor_count),
        comments: p.comment_count,
        comments_label: count(lang, "proposal-comment-count", p.comment_count),
        eligible: p.eligible,
        not_yet: p.lack.map(|m| not_yet(lang, m)).unwrap_or_default(),
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
    /// "14 proposals found; page 1 of 3." in the reader's language.
    result_count: String,
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
    let lang = ctx.lang;
    let t = |id: &str| i18n::t(lang, id);
    let mut status_opts: Vec<(&str, String)> = vec![("", t("proposal-any-status"))];
    status_opts.extend(
        ProposalStatus::ALL
            .iter()
            .map(|s| (s.as_str(), t(status_label_id(*s)))),
    );
    let mut theme_opts: Vec<(&str, String)> = vec![("", t("proposal-any-theme"))];
    theme_opts.extend(
        state
            .settings
            .themes
            .all()
            .iter()
            .map(|t| (t.id.as_str(), t.label_in(lang))),
    );
    let mut group_opts: Vec<(&str, String)> = vec![("", t("proposal-any-group"))];
    group_opts.extend(
        state
            .settings
            .groups
            .all()
            .iter()
            .map(|g| (g.id.as_str(), g.label_in(lang))),
    );
    let pages = page.pages();
    let items = page
        .proposals
        .iter()
        .map(|p| list_item(&state, lang, p))
        .collect();
    let result_count = result_count(lang, page.total, page.page, pages);
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
                    ("", t("proposal-filter-eligible-any")),
                    ("true", t("proposal-filter-eligible-yes")),
                    ("false", t("proposal-filter-eligible-no")),
                ],
                &cur(&params.eligible),
            ),
            sorts: choices(
                &[
                    ("newest", t("proposal-sort-newest")),
                    ("cosponsors", t("proposal-sort-cosponsors")),
                    ("comments", t("proposal-sort-comments")),
                ],
                &cur(&params.sort),
            ),
            items,
            result_count,
            prev: (page.page > 1).then(|| page_link(&params, page.page - 1)),
            next: (page.page < pages).then(|| page_link(&params, page.page + 1)),
            error,
            ctx,
        },
    )
}

/// `n` things in words (`id` takes `$n` and selects the plural form).
fn count(lang: Lang, id: &str, n: i32) -> String {
    i18n::t_args(lang, id, &[("n", Arg::Num(i64::from(n)))])
}

/// How many proposals matched, and which page this is when there are
/// several, in `lang` (the count selects the plural form).
fn result_count(lang: Lang, total: i64, page: i64, pages: i64) -> String {
    let count = i18n::format_number(lang, &total.to_string());
    if pages > 1 {
        let (page, pages) = (page.to_string(), pages.to_string());
        let page = i18n::format_number(lang, &page);
        let pages = i18n::format_number(lang, &pages);
        i18n::t_args(
            lang,
            "proposal-found-paged",
            &[
                ("n", Arg::Num(total)),
                ("count", Arg::Str(&count)),
                ("page", Arg::Str(&page)),
                ("pages", Arg::Str(&pages)),
            ],
        )
    } else {
        i18n::t_args(
            lang,
            "proposal-found",
            &[("n", Arg::Num(total)), ("count", Arg::Str(&count))],
        )
    }
}
