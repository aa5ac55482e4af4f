//! The admin's account pages: `/admin/users`, a searchable, filterable,
//! paginated list of plain rows, each linking to `/admin/users/{id}`, the
//! account's own page with its edit form (role, group, organisation), its
//! actions (see `web::admin_actions`) and, after one, a status message
//! saying what happened.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::user::{Role, User, UserId, UserStatus};
use crate::services::account_admin::{self, AccountFilter, Offers};
use crate::state::AppState;
use crate::web::error::{AppError, PageError};
use crate::web::extract::{Admin, Require};
use crate::web::pages::{PageCtx, html};

/// Routes of this module.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin/users", web::get().to(list))
        .route("/admin/users/{id}", web::get().to(show));
}

/// The message id naming a status (in the admin's language).
pub fn status_label_id(s: UserStatus) -> &'static str {
    match s {
        UserStatus::Pending => "admin-status-pending",
        UserStatus::Active => "admin-status-active",
        UserStatus::Suspended => "admin-status-suspended",
        UserStatus::Rejected => "admin-status-rejected",
    }
}

/// One option of a select box; `label` is text, or a message id when
/// `translate` is set.
struct Choice {
    id: String,
    label: String,
    translate: bool,
    selected: bool,
}

fn choice(id: &str, label: &str, translate: bool, current: &str) -> Choice {
    Choice {
        id: id.to_owned(),
        label: label.to_owned(),
        translate,
        selected: id == current,
    }
}

/// An account as a row of the list or the head of its page.
pub(crate) struct AccountView {
    pub(crate) id: i64,
    pub(crate) display_name: String,
    email: String,
    pub(crate) organisation: String,
    group_label: String,
    role_label: &'static str,
    status_label: &'static str,
    pub(crate) is_self: bool,
}

pub(crate) fn view(
    state: &AppState,
    lang: crate::i18n::Lang,
    admin: &User,
    u: &User,
) -> AccountView {
    AccountView {
        id: u.id.0,
        display_name: u.display_name.clone(),
        email: u.email.clone(),
        organisation: u.organisation.clone(),
        group_label: state.settings.groups.label(lang, &u.group),
        role_label: u.role.label_id(),
        status_label: status_label_id(u.status),
        is_self: u.id == admin.id,
    }
}

#[derive(Deserialize, Default)]
struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    group: String,
    #[serde(default)]
    page: String,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct ListPage {
    ctx: PageCtx,
    q: String,
    statuses: Vec<Choice>,
    roles: Vec<Choice>,
    groups: Vec<Choice>,
    accounts: Vec<AccountView>,
    result_count: String,
    page_of: String,
    prev: Option<String>,
    next: Option<String>,
}

/// `/admin/users?…&page=n`, keeping the filters that are set.
fn page_link(q: &ListQuery, page: usize) -> String {
    let page = page.to_string();
    let pairs: Vec<(&str, &str)> = [
        ("q", q.q.trim()),
        ("status", q.status.trim()),
        ("role", q.role.trim()),
        ("group", q.group.trim()),
        ("page", page.as_str()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .collect();
    format!(
        "/admin/users?{}",
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    )
}

async fn list(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    ctx: PageCtx,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let q = q.into_inner();
    let filter = AccountFilter::parse(
        &state.settings.groups,
        &q.q,
        &q.status,
        &q.role,
        &q.group,
        &q.page,
    )
    .map_err(AppError::from)?;
    let found = state.db(move |c| account_admin::list(c, &filter)).await?;
    let any = |label: &str| choice("", label, true, "");
    let mut statuses = vec![any("admin-any-status")];
    statuses.extend(
        [
            UserStatus::Pending,
            UserStatus::Active,
            UserStatus::Suspended,
            UserStatus::Rejected,
        ]
        .iter()
        .map(|s| choice(s.as_str(), status_label_id(*s), true, q.status.trim())),
    );
    let mut roles = vec![any("admin-any-role")];
    roles.extend(
        Role::ALL
            .iter()
            .map(|r| choice(r.as_str(), r.label_id(), true, q.role.trim())),
    );
    let mut groups = vec![any("admin-any-group")];
    groups.extend(
        state
            .settings
            .groups
            .all()
            .iter()
            .map(|g| choice(&g.id, &g.label, false, q.group.trim())),
    );
    let me = admin.user.0;
    html(
        StatusCode::OK,
        &ListPage {
            accounts: found
                .accounts
                .iter()
                .map(|u| view(&state, ctx.lang, &me, u))
                .collect(),
            prev: (found.page > 1).then(|| page_link(&q, (found.page - 1).min(found.pages))),
            next: (found.page < found.pages).then(|| page_link(&q, found.page + 1)),
            result_count: ctx.t2(
                "admin-result-count",
                ("n", i64::try_from(found.total).unwrap_or(i64::MAX)),
                ("count", ctx.num(found.total).as_str()),
            ),
            page_of: ctx.t2(
                "admin-page-of",
                ("page", ctx.num(found.page).as_str()),
                ("pages", ctx.num(found.pages).as_str()),
            ),
            q: q.q,
            statuses,
            roles,
            groups,
            ctx,
        },
    )
}

#[derive(Template)]
#[template(path = "admin_user.html")]
struct AccountPage {
    ctx: PageCtx,
    account: AccountView,
    role: &'static str,
    roles: Vec<Choice>,
    groups: Vec<Choice>,
    offers: Offers,
    notice: Option<String>,
}

#[derive(Deserialize)]
struct ShowQuery {
    done: Option<String>,
}

/// The status message for `?done=…`, about `name`.
fn done_message(ctx: &PageCtx, done: Option<&str>, name: &str) -> Option<String> {
    let id = match done? {
        "approved" => "admin-done-approved",
        "rejected" => "admin-done-rejected",
        "saved" => "admin-done-saved",
        "suspended" => "admin-done-suspended",
        "reinstated" => "admin-done-reinstated",
        _ => return None,
    };
    Some(crate::i18n::t_args(
        ctx.lang,
        id,
        &[("name", crate::i18n::Arg::Str(name))],
    ))
}

async fn show(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    ctx: PageCtx,
    id: web::Path<i64>,
    q: web::Query<ShowQuery>,
) -> Result<HttpResponse, PageError> {
    let id = UserId(id.into_inner());
    let me = admin.user.0;
    let user = state.db(move |c| account_admin::account(c, id)).await?;
    let notice = done_message(&ctx, q.done.as_deref(), &user.display_name);
    html(
        StatusCode::OK,
        &AccountPage {
            account: view(&state, ctx.lang, &me, &user),
            role: user.role.as_str(),
            roles: Role::ALL
                .iter()
                .map(|r| choice(r.as_str(), r.label_id(), true, user.role.as_str()))
                .collect(),
            groups: state
                .settings
                .groups
                .all()
                .iter()
                .map(|g| choice(&g.id, &g.label, false, &user.group))
                .collect(),
            offers: Offers::of(&me, &user),
            notice,
            ctx,
        },
    )
}
