//! Which of the six languages a request is served in, and the footer's
//! language switcher.
//!
//! Order of choice: a signed-in user's saved preference, else the `lang`
//! cookie the switcher sets, else the best match in `Accept-Language`, else
//! English. The middleware fixes the request's
//! language for everything below it (`i18n::current`), so error pages and
//! JSON error messages are translated too.

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::domain::user::parse_language;
use crate::i18n::{self, Lang};
use crate::services::account_settings::{self, Preferences};
use crate::state::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::{AppError, PageError};
use crate::web::extract::CurrentUser;

/// The cookie holding the switcher's choice.
pub const LANG_COOKIE: &str = "lang";

/// Routes: the switcher's form target.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/language", web::post().to(switch));
}

/// The language the request asks for, before any saved preference.
pub fn requested(req: &HttpRequest) -> Lang {
    req.cookie(LANG_COOKIE)
        .and_then(|c| Lang::parse(c.value()))
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default()
}

/// Middleware: serves the rest of the request in its language, and says
/// that answers vary with the language headers.
pub async fn negotiate(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    // A signed-in user's saved choice wins. The user is read once per
    // request (usually from the session cache) and kept for the handler.
    let saved = Option::<CurrentUser>::extract(req.request())
        .await
        .ok()
        .flatten()
        .and_then(|u| u.0.language);
    let lang = saved.unwrap_or_else(|| requested(req.request()));
    req.extensions_mut().insert(lang);
    let mut res = i18n::scope(lang, next.call(req)).await?;
    res.headers_mut().append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    Ok(res)
}

#[derive(Deserialize)]
struct SwitchForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

/// `back` when it is a path on this site, else the home page (so the form
/// cannot be used to send people elsewhere).
fn local_path(back: &str) -> &str {
    let ok = back.starts_with('/')
        && !back.starts_with("//")
        && !back.contains('\\')
        && back.len() <= 512
        && !back.chars().any(char::is_control);
    if ok { back } else { "/" }
}

/// Saves the choice (as the user's preference when signed in, and in the
/// cookie either way) and goes back to the page it came from.
async fn switch(
    state: web::Data<AppState>,
    user: Option<CurrentUser>,
    form: CsrfForm<SwitchForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let lang = parse_language(&form.lang).map_err(AppError::from)?;
    if let Some(CurrentUser(user)) = user {
        let prefs = Preferences {
            language: Some(lang),
            ..Preferences::default()
        };
        state
            .db(move |c| account_settings::change_preferences(c, &user, &prefs))
            .await?;
    }
    let cookie = Cookie::build(LANG_COOKIE, lang.code())
        .path("/")
        .http_only(true)
        .secure(state.settings.secure_cookies)
        .same_site(SameSite::Lax)
        .max_age(time::Duration::days(365))
        .finish();
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, local_path(&form.back)))
        .cookie(cookie)
        .finish())
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_paths_are_followed_back() {
        assert_eq!(local_path("/rounds/3?x=1"), "/rounds/3?x=1");
        for bad in [
            "",
            "https://evil.example/",
            "//evil.example",
            "/\\evil",
            "rounds",
            "/a\nb",
        ] {
            assert_eq!(local_path(bad), "/", "{bad:?}");
        }
    }
}
