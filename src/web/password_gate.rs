//! After signing in with a one-time code from an administrator, a user must
//! choose a password before anything else: pages answer with a 303 to
//! `/account`, the API with 403 `password_change_required`, except for the
//! few addresses needed to change it, sign out, or load the page's assets.
//!
//! A middleware rather than a check in each handler, so that no route can
//! forget it; it reads the user through the ordinary `CurrentUser`
//! extractor (cached), and only when the request carries credentials.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{HttpResponse, web};

use crate::i18n;
use crate::state::AppState;
use crate::web::extract::{CurrentUser, SESSION_COOKIE};

/// Addresses open while a password change is pending.
const ALLOWED: &[&str] = &[
    "/account",
    "/account/password",
    "/logout",
    "/api/v1/me",
    "/api/v1/me/password",
    "/api/v1/session",
    "/favicon.ico",
    "/robots.txt",
    "/healthz",
    "/metrics",
];

/// The id of the message the API answers with (in the user's language).
pub const CHANGE_REQUIRED: &str = "auth-change-required";

fn allowed(path: &str) -> bool {
    ALLOWED.contains(&path) || path.starts_with("/static/")
}

/// The middleware (`from_fn`).
pub async fn gate(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let has_credentials =
        req.headers().contains_key(header::AUTHORIZATION) || req.cookie(SESSION_COOKIE).is_some();
    if !has_credentials || allowed(req.path()) || req.app_data::<web::Data<AppState>>().is_none() {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    let user = req.extract::<Option<CurrentUser>>().await.ok().flatten();
    let Some(user) = user.filter(|u| u.must_change_password) else {
        return Ok(next.call(req).await?.map_into_left_body());
    };
    let res = if req.path().starts_with("/api/") {
        let lang = user.language.unwrap_or_else(i18n::current);
        HttpResponse::Forbidden().json(serde_json::json!({
            "error": {"code": "password_change_required", "message": i18n::t(lang, CHANGE_REQUIRED)}
        }))
    } else {
        HttpResponse::SeeOther()
            .insert_header((header::LOCATION, "/account"))
            .finish()
    };
    Ok(req.into_response(res).map_into_right_body())
}
