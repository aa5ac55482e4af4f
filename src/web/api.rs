//! The JSON API under `/api/v1`: sessions, the current user, registration
//! and user management. Errors are `{"error":{"code","message"}}`.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use crate::db::users;
use crate::domain::user::{Organisation, Role, UserId, UserStatus};
use crate::services::accounts::{self, Registration, UserChanges};
use crate::state::AppState;
use crate::web::api_docs::Refused;
use crate::web::api_schemas as out;
use crate::web::error::{ApiError, AppError};
use crate::web::extract::Admin;
use crate::web::extract::{CurrentUser, Require};

/// API routes (mounted under `/api/v1`).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/session", web::post().to(create_session))
        .route("/session", web::delete().to(delete_session))
        .route("/me", web::get().to(me))
        .route("/registrations", web::post().to(register))
        .route("/groups", web::get().to(groups))
        .route("/users", web::get().to(list_users))
        .route("/users/{id}/approve", web::post().to(approve_user))
        .route("/users/{id}", web::patch().to(update_user));
}

#[derive(Deserialize, utoipa::ToSchema)]
struct Credentials {
    email: String,
    password: String,
}

#[utoipa::path(post, path = "/api/v1/session", tag = "accounts", summary = "Sign in: a bearer token and the user.",
    security(()),
    request_body = Credentials,
    responses((status = 200, description = "Signed in.", body = out::SessionOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 413, response = Refused), (status = 429, response = Refused)))]
async fn create_session(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<Credentials>,
) -> Result<HttpResponse, ApiError> {
    state.throttle.check(state.client(&req))?;
    let (user, token) = accounts::login(
        &state.pool,
        &state.hasher,
        &state.tokens,
        &body.email,
        &body.password,
    )
    .await?;
    Ok(HttpResponse::Ok().json(json!({"token": token, "user": user})))
}

#[utoipa::path(delete, path = "/api/v1/session", tag = "accounts", summary = "Sign out: revokes this token.",
    responses((status = 204, description = "Signed out."),
        (status = 401, response = Refused), (status = 403, response = Refused)))]
async fn delete_session(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    state.db(move |c| accounts::logout(c, &user)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(get, path = "/api/v1/me", tag = "accounts", summary = "The signed-in user.",
    responses((status = 200, description = "The caller's account.", body = out::User),
        (status = 401, response = Refused), (status = 403, response = Refused)))]
async fn me(user: CurrentUser) -> HttpResponse {
    HttpResponse::Ok().json(&user.0)
}

#[derive(Deserialize, utoipa::ToSchema)]
struct RegistrationBody {
    email: String,
    password: String,
    display_name: String,
    organisation: String,
    group: String,
}

#[utoipa::path(post, path = "/api/v1/registrations", tag = "accounts", summary = "Register; an administrator approves the account.",
    security(()),
    request_body = RegistrationBody,
    responses((status = 201, description = "Registered, pending approval.", body = out::RegistrationOut),
        (status = 400, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused), (status = 429, response = Refused)))]
async fn register(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<RegistrationBody>,
) -> Result<HttpResponse, ApiError> {
    let reg = Registration::parse(
        &state.settings.groups,
        &body.email,
        &body.password,
        &body.display_name,
        &body.organisation,
        &body.group,
    )?;
    state.throttle.check(state.client(&req))?;
    let user = accounts::register(&state.pool, &state.hasher, reg).await?;
    Ok(HttpResponse::Created().json(json!({"user": user, "message": crate::i18n::t(crate::i18n::current(), crate::messages::REGISTERED)})))
}

#[utoipa::path(get, path = "/api/v1/groups", tag = "accounts", summary = "The stakeholder groups.",
    security(()),
    responses((status = 200, description = "The groups configured.", body = out::GroupsOut), ))]
async fn groups(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(json!({"groups": state.settings.groups.all()}))
}

#[derive(Deserialize)]
struct UserQuery {
    status: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/users", tag = "accounts", summary = "Every account (administrators).",
    params(("status" = Option<String>, Query, description = "Only accounts in this status: pending, active, suspended or rejected.")),
    responses((status = 200, description = "The accounts.", body = out::UsersOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 422, response = Refused)))]
async fn list_users(
    state: web::Data<AppState>,
    _admin: Require<Admin>,
    q: web::Query<UserQuery>,
) -> Result<HttpResponse, ApiError> {
    let status = q
        .status
        .as_deref()
        .map(str::parse::<UserStatus>)
        .transpose()
        .map_err(AppError::from)?;
    let list = state
        .db(move |c| {
            Ok(users::list(c, status)?
                .iter()
                .map(users::UserRow::to_user)
                .collect::<Vec<_>>())
        })
        .await?;
    Ok(HttpResponse::Ok().json(json!({"users": list})))
}

#[utoipa::path(post, path = "/api/v1/users/{id}/approve", tag = "accounts", summary = "Approve a registration (administrators).",
    params(("id" = i64, Path, description = "The user's id.")),
    responses((status = 200, description = "Approved.", body = out::UserOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused)))]
async fn approve_user(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = UserId(id.into_inner());
    let admin = admin.user.0;
    let user = state.db(move |c| accounts::approve(c, &admin, id)).await?;
    Ok(HttpResponse::Ok().json(json!({"user": user})))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct UserPatch {
    role: Option<String>,
    group: Option<String>,
    organisation: Option<String>,
    status: Option<String>,
}

#[utoipa::path(patch, path = "/api/v1/users/{id}", tag = "accounts", summary = "Change a user's role, group, organisation or status (administrators).",
    params(("id" = i64, Path, description = "The user's id.")),
    request_body = UserPatch,
    responses((status = 200, description = "Changed.", body = out::UserOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn update_user(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    id: web::Path<i64>,
    body: web::Json<UserPatch>,
) -> Result<HttpResponse, ApiError> {
    let changes = UserChanges {
        role: body
            .role
            .as_deref()
            .map(str::parse::<Role>)
            .transpose()
            .map_err(AppError::from)?,
        group: body
            .group
            .as_deref()
            .map(|g| state.settings.groups.parse(g))
            .transpose()
            .map_err(AppError::from)?,
        organisation: body
            .organisation
            .as_deref()
            .map(Organisation::parse)
            .transpose()
            .map_err(AppError::from)?,
        status: body
            .status
            .as_deref()
            .map(str::parse::<UserStatus>)
            .transpose()
            .map_err(AppError::from)?,
    };
    let id = UserId(id.into_inner());
    let admin = admin.user.0;
    let user = state
        .db(move |c| accounts::update(c, &admin, id, &changes))
        .await?;
    Ok(HttpResponse::Ok().json(json!({"user": user})))
}
