//! `/api/v1/me` changes, the admin's password reset and rejection of a
//! registration: the JSON twins of the `/account` and `/admin/users/{id}`
//! pages, calling the same services.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::domain::time_zone::TimeZone;
use crate::domain::user::{DisplayName, NewPassword, RejectionReason, UserId};
use crate::services::account_admin;
use crate::services::account_settings::{self, Preferences};
use crate::state::AppState;
use crate::web::api_docs::Refused;
use crate::web::api_schemas as out;
use crate::web::error::{ApiError, AppError};
use crate::web::extract::{Admin, CurrentUser, Require};

/// Routes of this module (inside the `/api/v1` scope).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/me", web::patch().to(update_me))
        .route("/me/password", web::post().to(change_password))
        .route("/users/{id}/reset-password", web::post().to(reset_password))
        .route("/users/{id}/reject", web::post().to(reject_user));
}

/// `PATCH /api/v1/me`: absent fields stay as they are; unknown fields are
/// refused so a typo does not pass silently.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct MePatch {
    display_name: Option<String>,
    time_zone: Option<String>,
    language: Option<String>,
    email_notifications: Option<bool>,
}

#[utoipa::path(patch, path = "/api/v1/me", tag = "accounts", summary = "Change one's own name, time zone or language.",
    request_body = MePatch,
    responses((status = 200, description = "The account as changed.", body = out::User),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn update_me(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<MePatch>,
) -> Result<HttpResponse, ApiError> {
    let prefs = Preferences {
        display_name: body
            .display_name
            .as_deref()
            .map(DisplayName::parse)
            .transpose()
            .map_err(AppError::from)?,
        time_zone: body
            .time_zone
            .as_deref()
            .map(TimeZone::parse)
            .transpose()
            .map_err(AppError::from)?,
        language: body
            .language
            .as_deref()
            .map(crate::domain::user::parse_language)
            .transpose()
            .map_err(AppError::from)?,
        email_notifications: body.email_notifications,
    };
    let user = user.0;
    let updated = state
        .db(move |c| account_settings::change_preferences(c, &user, &prefs))
        .await?;
    Ok(HttpResponse::Ok().json(updated))
}

#[derive(Deserialize, utoipa::ToSchema)]
struct PasswordBody {
    current_password: String,
    new_password: String,
}

/// `POST /api/v1/me/password`: 200 `{token}` — every earlier token,
/// the caller's included, is revoked; the new one replaces it.
#[utoipa::path(post, path = "/api/v1/me/password", tag = "accounts", summary = "Change one's own password.",
    request_body = PasswordBody,
    responses((status = 200, description = "Changed: the new token.", body = out::TokenOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused), (status = 429, response = Refused)))]
async fn change_password(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<PasswordBody>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let new = NewPassword::parse(&body.new_password).map_err(|mut e| {
        e.field = "new_password";
        AppError::from(e)
    })?;
    let token = account_settings::change_password(
        &state.pool,
        &state.hasher,
        &state.tokens,
        &user,
        body.current_password,
        new,
    )
    .await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "token": token })))
}

/// `POST /api/v1/users/{id}/reset-password`: 200 `{one_time_code}`, shown
/// once.
#[utoipa::path(post, path = "/api/v1/users/{id}/reset-password", tag = "accounts", summary = "Reset a user's password to a one-time code (administrators).",
    params(("id" = i64, Path, description = "The user's id.")),
    responses((status = 200, description = "The one-time code, shown once.", body = out::ResetOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused)))]
async fn reset_password(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = UserId(id.into_inner());
    let code = account_settings::reset_password(&state.pool, &state.hasher, &admin, id).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({
        "user_id": id,
        "one_time_code": code,
        "must_change_password": true,
    })))
}

/// `POST /api/v1/users/{id}/reject`: an empty body, or `{"reason": "…"}`.
#[derive(Deserialize, Default, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct RejectBody {
    /// Why (optional, at most 500 characters; kept in the audit trail).
    reason: Option<String>,
}

/// `POST /api/v1/users/{id}/reject`: 200 `{user}` with status `rejected`;
/// 409 unless the account is a pending registration.
#[utoipa::path(post, path = "/api/v1/users/{id}/reject", tag = "accounts", summary = "Reject a pending registration, with an optional reason (administrators).",
    params(("id" = i64, Path, description = "The user's id.")),
    request_body(content = Option<RejectBody>, description = "Optional; an empty body gives no reason."),
    responses((status = 200, description = "Rejected: the account is kept with status rejected and cannot sign in.", body = out::UserOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn reject_user(
    state: web::Data<AppState>,
    admin: Require<Admin>,
    id: web::Path<i64>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: RejectBody = if body.iter().all(u8::is_ascii_whitespace) {
        RejectBody::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| {
            AppError::BadRequest(
                crate::error::Msg::new("err-json-invalid")
                    .arg("detail", e)
                    .into(),
            )
        })?
    };
    let reason =
        RejectionReason::parse(body.reason.as_deref().unwrap_or("")).map_err(AppError::from)?;
    let id = UserId(id.into_inner());
    let admin = admin.user.0;
    let user = state
        .db(move |c| account_admin::reject(c, &admin, id, reason.as_ref()))
        .await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "user": user })))
}
