//! The admin's actions on one account, each its own form: save (role,
//! group, organisation), approve, reject, suspend, reinstate and reset the
//! password. Rejecting, suspending and resetting first show a confirmation
//! page (a GET, no JavaScript) that says what will happen, whose form
//! POSTs the action with the CSRF token. Every action lands on a page that
//! says what happened: the account's page with a status message
//! (`?done=…`), or the page showing the one-time code.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::user::{Organisation, RejectionReason, Role, UserId, UserStatus};
use crate::services::account_admin::{self, AdminAction};
use crate::services::account_settings;
use crate::services::accounts::{self, UserChanges};
use crate::state::AppState;
use crate::web::admin_users::{AccountView, view};
use crate::web::csrf::CsrfForm;
use crate::web::error::{AppError, PageError};
use crate::web::extract::{Admin, Require};
use crate::web::pages::{PageCtx, html, see_other};

/// Routes of this module.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin/users/{id}", web::post().to(save))
        .route("/admin/users/{id}/approve", web::post().to(approve))
        .route("/admin/users/{id}/reject", web::get().to(confirm_reject))
        .route("/admin/users/{id}/reject", web::post().to(reject))
        .route("/admin/users/{id}/suspend", web::get().to(confirm_suspend))
        .route("/admin/users/{id}/suspend", web::post().to(suspend))
        .route("/admin/users/{id}/reinstate", web::post().to(reinstate))
        .route(
            "/admin/users/{id}/reset-password",
            web::get().to(confirm_reset),
        )
        .route("/admin/users/{id}/reset-password", web::post().to(reset));
}

fn landing(id: UserId, done: &str) -> HttpResponse {
    see_other(&format!("/admin/users/{id}?done={done}"))
}

#[derive(Deserialize)]
struct UserForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    group: String,
    #[serde(default)]
    organisation: String,
}

async fn save(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    id: web::Path<i64>,
    form: CsrfForm<UserForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let changes = UserChanges {
        role: Some(form.role.parse::<Role>().map_err(AppError::from)?),
        group: Some(
            state
                .settings
                .groups
                .parse(&form.group)
                .map_err(AppError::from)?,
        ),
        organisation: Some(Organisation::parse(&form.organisation).map_err(AppError::from)?),
        // The status changes only through its own actions below (a
        // suspension asks to confirm first); a `status` field is ignored.
        status: None,
    };
    let id = UserId(id.into_inner());
    let admin = admin.user.0;
    state
        .db(move |c| accounts::update(c, &admin, id, &changes))
        .await?;
    Ok(landing(id, "saved"))
}

async fn approve(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    let id = UserId(id.into_inner());
    let admin = admin.user.0;
    state.db(move |c| accounts::approve(c, &admin, id)).await?;
    Ok(landing(id, "approved"))
}

#[derive(Template)]
#[template(path = "admin_confirm.html")]
struct ConfirmPage {
    ctx: PageCtx,
    account: AccountView,
    title: &'static str,
    /// What will happen, naming the account.
    explained: String,
    action: &'static str,
    button: &'static str,
    with_reason: bool,
}

/// The confirmation page of `action` on account `id`: 409 when the
/// account does not allow it (the same rule as the account page's offers).
async fn confirm(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    ctx: PageCtx,
    id: web::Path<i64>,
    action: AdminAction,
) -> Result<HttpResponse, PageError> {
    let id = UserId(id.into_inner());
    let me = admin.user.0;
    let me2 = me.clone();
    let user = state
        .db(move |c| account_admin::confirmable(c, &me2, id, action))
        .await?;
    let (title, explained, path, button) = match action {
        AdminAction::Reject => (
            "admin-reject-title",
            "admin-reject-explained",
            "reject",
            "admin-reject-confirm",
        ),
        AdminAction::Suspend => (
            "admin-suspend-title",
            "admin-suspend-explained",
            "suspend",
            "admin-suspend-confirm",
        ),
        AdminAction::ResetPassword => (
            "admin-reset-confirm-title",
            "admin-reset-confirm-explained",
            "reset-password",
            "admin-reset-confirm",
        ),
    };
    html(
        StatusCode::OK,
        &ConfirmPage {
            account: view(&state, ctx.lang, &me, &user),
            title,
            explained: crate::i18n::t_args(
                ctx.lang,
                explained,
                &[("name", crate::i18n::Arg::Str(&user.display_name))],
            ),
            action: path,
            button,
            with_reason: action == AdminAction::Reject,
            ctx,
        },
    )
}

async fn confirm_reject(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    confirm(state, admin, ctx, id, AdminAction::Reject).await
}

async fn confirm_suspend(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    confirm(state, admin, ctx, id, AdminAction::Suspend).await
}

async fn confirm_reset(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    confirm(state, admin, ctx, id, AdminAction::ResetPassword).await
}

#[derive(Deserialize)]
struct RejectForm {
    #[serde(default)]
    reason: String,
}

async fn reject(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    id: web::Path<i64>,
    form: CsrfForm<RejectForm>,
) -> Result<HttpResponse, PageError> {
    let reason = RejectionReason::parse(&form.0.reason).map_err(AppError::from)?;
    let id = UserId(id.into_inner());
    let admin = admin.user.0;
    state
        .db(move |c| account_admin::reject(c, &admin, id, reason.as_ref()))
        .await?;
    Ok(landing(id, "rejected"))
}

/// Sets the status through the same service as the API's PATCH.
async fn set_status(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    id: web::Path<i64>,
    status: UserStatus,
    done: &'static str,
) -> Result<HttpResponse, PageError> {
    let id = UserId(id.into_inner());
    let admin = admin.user.0;
    let changes = UserChanges {
        status: Some(status),
        ..UserChanges::default()
    };
    state
        .db(move |c| accounts::update(c, &admin, id, &changes))
        .await?;
    Ok(landing(id, done))
}

async fn suspend(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    set_status(state, admin, id, UserStatus::Suspended, "suspended").await
}

async fn reinstate(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    set_status(state, admin, id, UserStatus::Active, "reinstated").await
}

#[derive(Template)]
#[template(path = "admin_reset.html")]
struct ResetPage {
    ctx: PageCtx,
    user_id: i64,
    code: String,
}

async fn reset(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    ctx: PageCtx,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    let id = UserId(id.into_inner());
    let code = account_settings::reset_password(&state.pool, &state.hasher, &admin, id).await?;
    html(
        StatusCode::OK,
        &ResetPage {
            ctx,
            user_id: id.0,
            code,
        },
    )
}
