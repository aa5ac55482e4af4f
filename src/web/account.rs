//! `/account`: the signed-in user's own name, time zone and password (the
//! admin's password reset is `web::admin_actions`). Forms work without
//! JavaScript and carry CSRF tokens.

use actix_web::cookie::time;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::time_zone::TimeZone;
use crate::domain::user::{DisplayName, NewPassword, parse_language};
use crate::services::account_settings::{self, Preferences};
use crate::state::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::{AppError, PageError};
use crate::web::extract::CurrentUser;
use crate::web::pages::{PageCtx, html, see_other, session_cookie};

/// Routes of this module.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/account", web::get().to(show))
        .route("/account", web::post().to(save))
        .route("/account/password", web::post().to(password));
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    ctx: PageCtx,
    display_name: String,
    time_zone: String,
    /// The saved language code, or "" for "as my browser asks".
    language: String,
    /// "E-mail me my notifications" is ticked.
    email_notifications: bool,
    zones: Vec<&'static str>,
    must_change: bool,
    notice: Option<&'static str>,
    error: Option<String>,
    password_error: Option<String>,
}

fn account_page(ctx: PageCtx, notice: Option<&'static str>) -> AccountPage {
    let (display_name, time_zone, language, must_change) = ctx.user.as_ref().map_or_else(
        || (String::new(), "UTC".to_owned(), String::new(), false),
        |u| {
            (
                u.display_name.clone(),
                u.time_zone.name().to_owned(),
                u.language.map(|l| l.code().to_owned()).unwrap_or_default(),
                u.must_change_password,
            )
        },
    );
    let email_notifications = ctx.user.as_ref().is_some_and(|u| u.email_notifications);
    AccountPage {
        ctx,
        display_name,
        time_zone,
        language,
        email_notifications,
        zones: TimeZone::all_names().collect(),
        must_change,
        notice,
        error: None,
        password_error: None,
    }
}

#[derive(Deserialize)]
struct ShowQuery {
    saved: Option<String>,
}

async fn show(
    _user: CurrentUser,
    ctx: PageCtx,
    q: web::Query<ShowQuery>,
) -> Result<HttpResponse, PageError> {
    let notice = match q.saved.as_deref() {
        Some("profile") => Some("account-saved-profile"),
        Some("password") => Some("account-saved-password"),
        _ => None,
    };
    html(StatusCode::OK, &account_page(ctx, notice))
}

#[derive(Deserialize)]
struct ProfileForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    language: String,
    /// Present (any value) when the box is ticked.
    email_notifications: Option<String>,
}

/// Parses the form, or the page again with the error and a 422.
async fn save(
    state: web::Data<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    form: CsrfForm<ProfileForm>,
) -> Result<HttpResponse, PageError> {
    let parsed = DisplayName::parse(&form.0.display_name).and_then(|name| {
        Ok(Preferences {
            display_name: Some(name),
            time_zone: Some(TimeZone::parse(&form.0.time_zone)?),
            language: match form.0.language.trim() {
                "" => None,
                code => Some(parse_language(code)?),
            },
            email_notifications: Some(form.0.email_notifications.is_some()),
        })
    });
    let prefs = match parsed {
        Ok(p) => p,
        Err(e) => {
            let e = AppError::from(e);
            let mut page = account_page(ctx, None);
            page.display_name = form.0.display_name;
            page.time_zone = form.0.time_zone;
            page.language = form.0.language;
            page.email_notifications = form.0.email_notifications.is_some();
            page.error = Some(e.to_string());
            return html(e.status(), &page);
        }
    };
    let user = user.0;
    state
        .db(move |c| account_settings::change_preferences(c, &user, &prefs))
        .await?;
    Ok(see_other("/account?saved=profile"))
}

#[derive(Deserialize)]
struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

async fn password(
    state: web::Data<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    form: CsrfForm<PasswordForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let result = match NewPassword::parse(&form.new_password) {
        Ok(new) => {
            account_settings::change_password(
                &state.pool,
                &state.hasher,
                &state.tokens,
                &user,
                form.current_password,
                new,
            )
            .await
        }
        Err(e) => Err(e.into()),
    };
    match result {
        Ok(token) => {
            let ttl = i64::try_from(state.tokens.ttl().as_secs()).unwrap_or(3600);
            let mut res = see_other("/account?saved=password");
            res.add_cookie(&session_cookie(&state, token, time::Duration::seconds(ttl)))
                .map_err(|e| AppError::Internal(e.into()))?;
            Ok(res)
        }
        Err(e @ AppError::Invalid(_)) => {
            let mut page = account_page(ctx, None);
            page.password_error = Some(e.to_string());
            html(e.status(), &page)
        }
        Err(e) => Err(e.into()),
    }
}
