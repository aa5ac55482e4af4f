//! `/admin/users`: the admin's list of accounts — approve registrations,
//! set roles, groups and organisations, suspend and reinstate. Plain forms
//! with CSRF tokens; one service call per request.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::users;
use crate::domain::groups::GroupDef;
use crate::domain::user::{Organisation, Role, UserId, UserStatus};
use crate::services::accounts::{self, UserChanges};
use crate::state::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::{AppError, PageError};
use crate::web::extract::{Admin, Require};
use crate::web::pages::{PageCtx, html, see_other};

/// Routes of this module.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin/users", web::get().to(admin_users))
        .route("/admin/users/{id}/approve", web::post().to(admin_approve))
        .route("/admin/users/{id}", web::post().to(admin_update));
}

/// A role in the admin's select box: its stored name and the id of its
/// label in the catalogues (shown in the admin's language).
struct RoleOption {
    id: &'static str,
    label_id: &'static str,
}

/// A user row as the admin page shows it.
struct UserView {
    id: i64,
    email: String,
    display_name: String,
    role: &'static str,
    group: String,
    group_label: String,
    organisation: String,
    status: &'static str,
    is_self: bool,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct AdminUsersPage {
    ctx: PageCtx,
    pending: Vec<UserView>,
    others: Vec<UserView>,
    roles: Vec<RoleOption>,
    groups: Vec<GroupDef>,
}

async fn admin_users(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    ctx: PageCtx,
) -> Result<HttpResponse, PageError> {
    let rows = state.db(|c| Ok(users::list(c, None)?)).await?;
    let groups = &state.settings.groups;
    let mut pending = Vec::new();
    let mut others = Vec::new();
    for row in rows {
        let u = row.to_user();
        let view = UserView {
            id: u.id.0,
            group_label: groups.label(ctx.lang, &u.group),
            is_self: u.id == admin.id,
            email: u.email,
            display_name: u.display_name,
            role: u.role.as_str(),
            group: u.group,
            organisation: u.organisation,
            status: u.status.as_str(),
        };
        if u.status == UserStatus::Pending {
            pending.push(view);
        } else {
            others.push(view);
        }
    }
    html(
        StatusCode::OK,
        &AdminUsersPage {
            ctx,
            pending,
            others,
            roles: Role::ALL
                .iter()
                .map(|r| RoleOption {
                    id: r.as_str(),
                    label_id: r.label_id(),
                })
                .collect(),
            groups: groups.all().to_vec(),
        },
    )
}

async fn admin_approve(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    let id = UserId(id.into_inner());
    let admin = admin.user.0;
    state.db(move |c| accounts::approve(c, &admin, id)).await?;
    Ok(see_other("/admin/users"))
}

#[derive(Deserialize)]
struct UserForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    group: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    status: String,
}

async fn admin_update(
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
        status: Some(form.status.parse::<UserStatus>().map_err(AppError::from)?),
    };
    let id = UserId(id.into_inner());
    let admin = admin.user.0;
    state
        .db(move |c| accounts::update(c, &admin, id, &changes))
        .await?;
    Ok(see_other("/admin/users"))
}
