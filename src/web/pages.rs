//! Browser pages: sign-in, registration and sign-out, and the context every
//! page gets (`PageCtx`); the admin's user list is `web::admin_users`, error
//! pages `web::error_page`. Forms work without JavaScript and carry CSRF
//! tokens; responses are server-rendered, auto-escaped askama templates.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::dev::Payload;
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::groups::GroupDef;
use crate::domain::user::{Role, User};
use crate::i18n::{self, Arg, Lang};
use crate::services::accounts::{self, Registration};
use crate::state::AppState;
use crate::web::csrf::{CsrfForm, CsrfToken};
use crate::web::error::{AppError, PageError, Rejection};
use crate::web::extract::{CurrentUser, SESSION_COOKIE};

/// Page routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/login", web::get().to(login_form))
        .route("/login", web::post().to(login))
        .route("/register", web::get().to(register_form))
        .route("/register", web::post().to(register))
        .route("/logout", web::post().to(logout));
}

/// What every page's layout needs: who is signed in and the CSRF token for
/// its forms (the sign-out button is a form).
#[derive(Debug, Clone, Default)]
pub struct PageCtx {
    /// The signed-in user, if any.
    pub user: Option<User>,
    /// Token for this page's forms.
    pub csrf: String,
    /// The language the page is written in (see `web::lang`).
    pub lang: Lang,
    /// This page's path and query, for the language switcher to come back to.
    pub path: String,
    /// The signed-in user's unread notifications (the header's count).
    pub unread: Option<i64>,
    /// What the form just posted did, shown once at the top of the page.
    pub done: Option<crate::web::flash::Done>,
}

impl PageCtx {
    /// Message `id` in the page's language.
    pub fn t(&self, id: &str) -> String {
        i18n::t(self.lang, id)
    }

    /// Message `id` with one argument (`name` = `value`; a number selects
    /// plural forms).
    pub fn t1<'a>(&self, id: &str, name: &str, value: impl Into<Arg<'a>>) -> String {
        i18n::t_args(self.lang, id, &[(name, value.into())])
    }

    /// Message `id` with two arguments.
    pub fn t2<'a, 'b>(
        &self,
        id: &str,
        (n1, v1): (&str, impl Into<Arg<'a>>),
        (n2, v2): (&str, impl Into<Arg<'b>>),
    ) -> String {
        i18n::t_args(self.lang, id, &[(n1, v1.into()), (n2, v2.into())])
    }

    /// A sentence that may be a message id (errors, notices) in the page's
    /// language.
    pub fn loc(&self, text: &str) -> String {
        crate::error::localise_in(self.lang, text)
    }

    /// A number written the page's way (`1,234.5`, `1 234,5` …).
    pub fn num(&self, n: impl std::fmt::Display) -> String {
        i18n::format_number(self.lang, &n.to_string())
    }

    /// The reader's time zone (their saved choice; UTC otherwise).
    pub fn zone(&self) -> crate::domain::time_zone::TimeZone {
        self.user.as_ref().map(|u| u.time_zone).unwrap_or_default()
    }

    /// A UTC time for `<time>`: local text, UTC hover title, time left.
    pub fn when(&self, utc: chrono::NaiveDateTime) -> crate::web::when::When {
        crate::web::when::when(self.lang, self.zone(), utc, chrono::Utc::now().naive_utc())
    }

    /// A stored RFC 3339 time (or anything else, shown as it is).
    pub fn when_text(&self, rfc3339: &str) -> crate::web::when::When {
        crate::web::when::when_text(
            self.lang,
            self.zone(),
            rfc3339,
            chrono::Utc::now().naive_utc(),
        )
        .unwrap_or_else(|| crate::web::when::When::verbatim(rfc3339))
    }

    /// The six languages, for the footer's switcher.
    pub fn languages(&self) -> [Lang; 6] {
        Lang::ALL
    }

    /// True when the signed-in user is an admin (the layout shows Users).
    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.role == Role::Admin)
    }

    /// True when the signed-in user may read the audit trail (auditors and
    /// admins; the layout shows Audit).
    pub fn is_auditor(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| matches!(u.role, Role::Auditor | Role::Admin))
    }
}

impl FromRequest for PageCtx {
    type Error = Rejection;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Rejection>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let user = Option::<CurrentUser>::from_request(req, payload);
        let csrf = CsrfToken::from_request(req, payload);
        let requested = crate::web::lang::requested(req);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let path = req
            .uri()
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
        let done = crate::web::flash::pending(req);
        Box::pin(async move {
            let user = user.await.ok().flatten().map(|u| u.0);
            let csrf = csrf.await?.0;
            let lang = user.as_ref().and_then(|u| u.language).unwrap_or(requested);
            let unread = match (&user, state) {
                (Some(u), Some(state)) => state.unread_count(u.id).await,
                _ => None,
            };
            Ok(PageCtx {
                user,
                csrf,
                lang,
                path,
                unread,
                done,
            })
        })
    }
}

/// Renders `t` with `status` as an HTML response.
pub fn html<T: Template>(status: StatusCode, t: &T) -> Result<HttpResponse, PageError> {
    let body = t.render().map_err(|e| AppError::Internal(e.into()))?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body))
}

/// A 303 to `location`: the answer to a form post that worked.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    ctx: PageCtx,
    error: Option<String>,
    email: String,
}

async fn login_form(ctx: PageCtx) -> Result<HttpResponse, PageError> {
    if ctx.user.is_some() {
        return Ok(see_other("/"));
    }
    html(
        StatusCode::OK,
        &LoginPage {
            ctx,
            error: None,
            email: String::new(),
        },
    )
}

#[derive(Deserialize)]
struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// The session cookie holding `value` (a JWT), or clearing it.
pub(crate) fn session_cookie(
    state: &AppState,
    value: String,
    max_age: time::Duration,
) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, value)
        .path("/")
        .http_only(true)
        .secure(state.settings.secure_cookies)
        .same_site(SameSite::Strict)
        .max_age(max_age)
        .finish()
}

async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    ctx: PageCtx,
    form: CsrfForm<LoginForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let attempt = match state.throttle.check(state.client(&req)) {
        Ok(()) => {
            accounts::login(
                &state.pool,
                &state.hasher,
                &state.tokens,
                &form.email,
                &form.password,
            )
            .await
        }
        Err(e) => Err(e),
    };
    match attempt {
        Ok((_, token)) => {
            let ttl = i64::try_from(state.tokens.ttl().as_secs()).unwrap_or(3600);
            let mut res = see_other("/");
            res.add_cookie(&session_cookie(&state, token, time::Duration::seconds(ttl)))
                .map_err(|e| AppError::Internal(e.into()))?;
            Ok(res)
        }
        Err(
            e @ (AppError::LoginFailed
            | AppError::AwaitingApproval
            | AppError::TooManyRequests { .. }),
        ) => {
            let mut res = html(
                e.status(),
                &LoginPage {
                    ctx,
                    error: Some(e.to_string()),
                    email: form.email,
                },
            )?;
            e.mark(&mut res);
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}

async fn logout(
    state: web::Data<AppState>,
    user: CurrentUser,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    state.db(move |c| accounts::logout(c, &user)).await?;
    let mut res = see_other("/");
    res.add_cookie(&session_cookie(&state, String::new(), time::Duration::ZERO))
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(res)
}

#[derive(Deserialize, Default, Clone)]
struct RegisterForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    group: String,
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    ctx: PageCtx,
    groups: Vec<GroupDef>,
    error: Option<String>,
    /// The email has an account already: offer the sign-in page.
    taken: bool,
    done: bool,
    form: RegisterForm,
}

async fn register_form(
    state: web::Data<AppState>,
    ctx: PageCtx,
) -> Result<HttpResponse, PageError> {
    html(
        StatusCode::OK,
        &RegisterPage {
            ctx,
            groups: state.settings.groups.all().to_vec(),
            error: None,
            taken: false,
            done: false,
            form: RegisterForm::default(),
        },
    )
}

async fn register(
    state: web::Data<AppState>,
    req: HttpRequest,
    ctx: PageCtx,
    form: CsrfForm<RegisterForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let parsed = Registration::parse(
        &state.settings.groups,
        &form.email,
        &form.password,
        &form.display_name,
        &form.organisation,
        &form.group,
    );
    let result = match parsed {
        Ok(reg) => match state.throttle.check(state.client(&req)) {
            Ok(()) => accounts::register(&state.pool, &state.hasher, reg)
                .await
                .map(|_| ()),
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    let groups = state.settings.groups.all().to_vec();
    match result {
        Ok(()) => html(
            StatusCode::CREATED,
            &RegisterPage {
                ctx,
                groups,
                error: None,
                taken: false,
                done: true,
                form: RegisterForm::default(),
            },
        ),
        Err(
            e @ (AppError::Invalid(_) | AppError::Conflict(_) | AppError::TooManyRequests { .. }),
        ) => {
            let status = e.status();
            let mut res = html(
                status,
                &RegisterPage {
                    ctx,
                    groups,
                    taken: matches!(&e, AppError::Conflict(m) if m == crate::messages::EMAIL_TAKEN),
                    error: Some(e.to_string()),
                    done: false,
                    form: RegisterForm {
                        password: String::new(),
                        ..form
                    },
                },
            )?;
            e.mark(&mut res);
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}
