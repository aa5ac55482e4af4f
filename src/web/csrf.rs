//! CSRF protection for browser forms (signed double submit).
//!
//! A middleware gives every browser a random `plenary_csrf` cookie
//! (HttpOnly, SameSite=Strict). Forms carry `csrf_token` =
//! HMAC-SHA256(server secret, cookie value); a state-changing form is
//! accepted only when the token matches the cookie it came with. A cross-site
//! page can neither read the cookie nor compute the token.
//!
//! In front of that, [`check_origin`] refuses a state-changing page request
//! (POST, PUT, PATCH, DELETE outside `/api/`) whose `Origin` — or, when the
//! browser sent none, `Referer` — names another site than the request's
//! `Host`, before any extractor or handler runs. A request with neither
//! header passes (old browsers and privacy settings drop them) and still
//! needs its token.

use std::future::{Ready, ready};
use std::pin::Pin;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
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

/// Shown when a form arrives from another site.
pub const FOREIGN_ORIGIN: &str = "err-foreign-origin";

/// True for methods that change state.
fn changes_state(method: &Method) -> bool {
    matches!(
        *method,
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    )
}

/// `scheme` and `host[:port]` (lower case) of an origin or URL; `None` for
/// `null` and anything that is not an absolute http(s) URL.
fn scheme_and_authority(url: &str) -> Option<(String, String)> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    // Browsers never send credentials in these headers; refuse them anyway
    // rather than compare the wrong part.
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    Some((scheme, authority.to_ascii_lowercase()))
}

/// `host[:port]` without the scheme's default port.
fn without_default_port(authority: &str, scheme: &str) -> String {
    let default = if scheme == "https" { ":443" } else { ":80" };
    authority
        .strip_suffix(default)
        .unwrap_or(authority)
        .to_owned()
}

/// The host this request was sent to: `Host` (or the URI's authority under
/// HTTP/2), or `X-Forwarded-Host` when the peer is a trusted proxy.
fn request_host(req: &ServiceRequest) -> Option<String> {
    let trusted = req
        .app_data::<web::Data<AppState>>()
        .zip(req.peer_addr())
        .is_some_and(|(s, peer)| {
            s.settings
                .trusted_proxies
                .iter()
                .any(|net| net.contains(&peer.ip()))
        });
    let header_value = |name: &str| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .map(|v| v.trim().to_ascii_lowercase())
            .filter(|v| !v.is_empty())
    };
    if trusted && let Some(h) = header_value("x-forwarded-host") {
        return Some(h);
    }
    header_value(header::HOST.as_str()).or_else(|| {
        req.uri()
            .authority()
            .map(|a| a.as_str().to_ascii_lowercase())
    })
}

/// Why a state-changing request is refused for its origin, if it is.
fn foreign_origin(req: &ServiceRequest) -> Option<String> {
    if !changes_state(req.method()) || req.path().starts_with("/api/") {
        return None;
    }
    let named = |name: header::HeaderName| {
        req.headers()
            .get(name)
            .map(|v| v.to_str().unwrap_or("").to_owned())
    };
    let (which, source) = match named(header::ORIGIN) {
        Some(o) => ("Origin", o),
        None => ("Referer", named(header::REFERER)?),
    };
    let same = match (scheme_and_authority(&source), request_host(req)) {
        (Some((scheme, authority)), Some(host)) => {
            without_default_port(&authority, &scheme) == without_default_port(&host, &scheme)
        }
        _ => false,
    };
    (!same).then(|| format!("{which} {source:?} is not this site"))
}

/// Middleware: refuse a state-changing page request from another site with
/// a 403 before it reaches any handler.
pub async fn check_origin(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if let Some(why) = foreign_origin(&req) {
        tracing::warn!(path = req.path(), reason = %why, "cross-site request refused");
        let res = AppError::Forbidden(FOREIGN_ORIGIN.to_owned()).page_response();
        return Ok(req.into_response(res).map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
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
                let error = if crate::web::is_overflow(&e) {
                    crate::web::too_large()
                } else {
                    AppError::BadRequest(
                        crate::error::Msg::new("err-form-unreadable")
                            .arg("detail", e)
                            .into(),
                    )
                };
                Rejection::new(&req, error)
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
                        AppError::BadRequest(
                            crate::error::Msg::new("err-form-malformed")
                                .arg("detail", e)
                                .into(),
                        ),
                    )
                })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{scheme_and_authority, without_default_port};

    #[test]
    fn origins_and_referers_reduce_to_scheme_and_authority() {
        assert_eq!(
            scheme_and_authority("https://Plenary.Example:8443/login?x=1"),
            Some(("https".to_owned(), "plenary.example:8443".to_owned()))
        );
        assert_eq!(
            scheme_and_authority("http://127.0.0.1:8080"),
            Some(("http".to_owned(), "127.0.0.1:8080".to_owned()))
        );
        assert_eq!(scheme_and_authority("null"), None);
        assert_eq!(scheme_and_authority("file:///etc/passwd"), None);
        assert_eq!(scheme_and_authority("https://user@evil.example/"), None);
        assert_eq!(without_default_port("a.example:443", "https"), "a.example");
        assert_eq!(
            without_default_port("a.example:80", "https"),
            "a.example:80"
        );
    }
}
