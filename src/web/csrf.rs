//! CSRF protection for browser forms (signed double submit).
//!
//! A middleware gives every browser a random `plenary_csrf` cookie
//! (HttpOnly, SameSite=Strict). Forms carry `csrf_token` =
//! HMAC-SHA256(server secret, cookie value); a state-changing form is
//! accepted only when the token matches the cookie it came with. A cross-site
//! page can neither read the cookie nor compute the token.

use std::future::{Ready, ready};
use std::pin::Pin;

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use hmac::{Hmac, Mac};
use serde::de::DeserializeOwned;
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::state::AppState;
use crate::web::error::{AppError, Rejection};

/// Name of the cookie that seeds the tokens.
pub const COOKIE: &str = "plenary_csrf";
/// Name of the hidden form field.
pub const FIELD: &str = "csrf_token";

#[derive(Clone)]
struct Seed(String);

fn new_seed() -> String {
    let mut b = [0u8; 32];
    // Without randomness we cannot protect forms; an empty seed makes every
    // form fail closed rather than open.
    if getrandom::fill(&mut b).is_err() {
        return String::new();
    }
    hex::encode(b)
}

/// The token for a seed.
fn token_for(secret: &[u8], seed: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(b"plenary-csrf\0");
    mac.update(seed.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Middleware: make sure the browser has a seed cookie, and remember the seed
/// for this request so pages can render the token.
pub async fn ensure_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let existing = req
        .cookie(COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| v.len() == 64);
    let secure = req
        .app_data::<web::Data<AppState>>()
        .map(|s| s.settings.secure_cookies)
        .unwrap_or(false);
    let fresh = existing.is_none() && !req.path().starts_with("/api/");
    let seed = existing.unwrap_or_else(new_seed);
    req.extensions_mut().insert(Seed(seed.clone()));
    let mut res = next.call(req).await?;
    if fresh && !seed.is_empty() {
        let cookie = Cookie::build(COOKIE, seed)
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Strict)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    Ok(res)
}

/// The token to put in this request's forms.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

impl FromRequest for CsrfToken {
    type Error = Rejection;
    type Future = Ready<Result<Self, Rejection>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let seed = req
            .extensions()
            .get::<Seed>()
            .map(|s| s.0.clone())
            .unwrap_or_default();
        let token = req
            .app_data::<web::Data<AppState>>()
            .map(|s| token_for(s.settings.jwt_secret.expose(), &seed))
            .unwrap_or_default();
        ready(Ok(CsrfToken(token)))
    }
}

/// True when the form's token matches the request's seed cookie.
fn token_is_valid(req: &HttpRequest, token: &str) -> bool {
    let Some(seed) = req.cookie(COOKIE).map(|c| c.value().to_owned()) else {
        return false;
    };
    let Some(state) = req.app_data::<web::Data<AppState>>() else {
        return false;
    };
    let expected = token_for(state.settings.jwt_secret.expose(), &seed);
    !seed.is_empty()
        && !expected.is_empty()
        && bool::from(expected.as_bytes().ct_eq(token.as_bytes()))
}

#[derive(serde::Deserialize)]
struct TokenOnly {
    #[serde(default)]
    csrf_token: String,
}

/// A URL-encoded form that passed the CSRF check. Every browser form that
/// changes state is read through this extractor, so none can forget it.
#[derive(Debug)]
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = Rejection;
    type Future = Pin<Box<dyn std::future::Future<Output = Result<Self, Rejection>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let bytes = body.await.map_err(|e| {
                Rejection::new(
                    &req,
                    AppError::BadRequest(format!("Cannot read the form: {e}")),
                )
            })?;
            let token: TokenOnly = serde_urlencoded::from_bytes(&bytes).unwrap_or(TokenOnly {
                csrf_token: String::new(),
            });
            if !token_is_valid(&req, &token.csrf_token) {
                return Err(Rejection::new(&req, AppError::Csrf));
            }
            serde_urlencoded::from_bytes::<T>(&bytes)
                .map(CsrfForm)
                .map_err(|e| {
                    Rejection::new(
                        &req,
                        AppError::BadRequest(format!("The form is incomplete or malformed: {e}")),
                    )
                })
        })
    }
}
