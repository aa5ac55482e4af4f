//! Extractors that say who is calling: [`CurrentUser`] for any signed-in,
//! active user, and [`Require`] for a role policy. Every route that needs a
//! user takes one of them, so authorisation cannot be forgotten.
//!
//! Tokens come from `Authorization: Bearer` or, for browsers, the session
//! cookie. Under `/api/` the cookie counts only for GET and HEAD: a
//! state-changing API call must carry the header, which no cross-site page
//! can set (pages' forms are protected by CSRF tokens instead).

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::{Method, header};
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};

use crate::db;
use crate::domain::user::{Role, User, UserStatus};
use crate::state::AppState;
use crate::web::error::{AppError, Rejection, is_api};

/// Name of the session cookie that holds the JWT.
pub const SESSION_COOKIE: &str = "plenary_session";

/// The signed-in, active user making this request.
#[derive(Debug, Clone)]
pub struct CurrentUser(pub User);

impl std::ops::Deref for CurrentUser {
    type Target = User;
    fn deref(&self) -> &User {
        &self.0
    }
}

fn token_from(req: &HttpRequest) -> Option<String> {
    if let Some(v) = req.headers().get(header::AUTHORIZATION) {
        let v = v.to_str().ok()?;
        let t = v
            .strip_prefix("Bearer ")
            .or_else(|| v.strip_prefix("bearer "))?;
        return Some(t.trim().to_owned());
    }
    let safe = req.method() == Method::GET || req.method() == Method::HEAD;
    if is_api(req) && !safe {
        return None;
    }
    req.cookie(SESSION_COOKIE).map(|c| c.value().to_owned())
}

impl FromRequest for CurrentUser {
    type Error = Rejection;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Rejection>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            // A page extracts the user twice (its `PageCtx` and the handler):
            // the token is checked once per request.
            let known = req.extensions().get::<CurrentUser>().cloned();
            if let Some(known) = known {
                return Ok(known);
            }
            let unauth = || Rejection::new(&req, AppError::Unauthenticated);
            let state = req
                .app_data::<web::Data<AppState>>()
                .cloned()
                .ok_or_else(|| {
                    Rejection::new(&req, AppError::Internal(anyhow::anyhow!("no app state")))
                })?;
            let token = token_from(&req).ok_or_else(unauth)?;
            let claims = state.tokens.check(&token).ok_or_else(unauth)?;
            let id = claims.user_id().ok_or_else(unauth)?;
            // Usually from the session cache: no pool hand-off, no query.
            let (user, version) = match state.sessions.get(id) {
                Some(cached) => cached,
                None => {
                    let epoch = state.sessions.epoch();
                    let row = state
                        .db(move |c| db::users::find(c, id).map_err(AppError::from))
                        .await
                        .map_err(|e| Rejection::new(&req, e))?
                        .ok_or_else(unauth)?;
                    let user = row.to_user();
                    state.sessions.put(user.clone(), row.token_version, epoch);
                    (user, row.token_version)
                }
            };
            if user.status != UserStatus::Active || version != claims.ver {
                return Err(unauth());
            }
            let user = CurrentUser(user);
            req.extensions_mut().insert(user.clone());
            Ok(user)
        })
    }
}

/// A set of roles allowed on a route, with the sentence shown to others.
pub trait Policy {
    /// Roles that pass.
    const ROLES: &'static [Role];
    /// Why everybody else is refused: a message id of the catalogues, put
    /// into the reader's language when the refusal is shown.
    const DENIAL: &'static str;
}

/// Admins only: account management.
pub struct Admin;
impl Policy for Admin {
    const ROLES: &'static [Role] = &[Role::Admin];
    const DENIAL: &'static str = crate::messages::ADMIN_ONLY;
}

/// Chairs only: running rounds and moderating.
pub struct Chair;
impl Policy for Chair {
    const ROLES: &'static [Role] = &[Role::Chair];
    const DENIAL: &'static str = "err-only-chairs";
}

/// Delegates and chairs: authoring, co-sponsoring, commenting, voting.
pub struct Participant;
impl Policy for Participant {
    const ROLES: &'static [Role] = &[Role::Delegate, Role::Chair];
    const DENIAL: &'static str = "err-only-delegates-chairs";
}

/// Auditors and admins: the audit trail.
pub struct Auditor;
impl Policy for Auditor {
    const ROLES: &'static [Role] = &[Role::Auditor, Role::Admin];
    const DENIAL: &'static str = "err-only-auditors-admins";
}

/// A signed-in user whose role passes policy `P`; 401 when nobody is signed
/// in, 403 when the role does not pass.
pub struct Require<P: Policy> {
    /// The user.
    pub user: CurrentUser,
    _policy: PhantomData<P>,
}

impl<P: Policy> std::ops::Deref for Require<P> {
    type Target = User;
    fn deref(&self) -> &User {
        &self.user.0
    }
}

impl<P: Policy + 'static> FromRequest for Require<P> {
    type Error = Rejection;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Rejection>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let user = CurrentUser::from_request(&req, payload);
        Box::pin(async move {
            let user = user.await?;
            if !P::ROLES.contains(&user.role) {
                return Err(Rejection::new(
                    &req,
                    AppError::Forbidden(P::DENIAL.to_owned()),
                ));
            }
            Ok(Require {
                user,
                _policy: PhantomData,
            })
        })
    }
}
