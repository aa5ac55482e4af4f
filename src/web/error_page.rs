//! Error pages in the site's layout. [`AppError::page_response`] renders a
//! bare page (it has no request to read the signed-in user, the CSRF token
//! or the path from) and marks the response with [`ErrorShown`]; the
//! middleware [`layout`] then renders it again inside `templates/base.html`
//! — header, navigation, footer, language switcher — with links onward: to
//! the thing the path was about when there is one (a closed round's ballot
//! link leads to the round's results), to its list, and home. A 503 keeps
//! the bare page: the database may be down, and the layout reads it.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest};
use askama::Template;

use crate::i18n::{self, Lang};
use crate::web::pages::PageCtx;

/// What an HTML error response showed, for [`layout`] to show again.
#[derive(Debug, Clone)]
pub struct ErrorShown {
    /// The page's heading ("Conflict"), in the request's language.
    pub title: String,
    /// What happened, in the request's language.
    pub message: String,
    /// The round the request was about is closed (its results are out).
    pub round_closed: bool,
}

/// A link onward from an error page.
struct Onward {
    href: String,
    label: String,
}

#[derive(Template)]
#[template(path = "error.html")]
struct LayoutPage {
    ctx: PageCtx,
    title: String,
    message: String,
    links: Vec<Onward>,
    /// "Error 409", for the small print.
    status_line: String,
}

/// The areas whose paths name a thing by id: (first path segment, link to
/// the thing, link to the list).
const AREAS: [(&str, &str, &str); 3] = [
    ("rounds", "error-to-round", "error-to-rounds"),
    ("proposals", "error-to-proposal", "error-to-proposals"),
    ("reports", "error-to-report", "error-to-reports"),
];

/// Where to go from an error at `path`: the thing concerned (unless it may
/// not exist: a 404), its list, and home.
fn onward(lang: Lang, path: &str, status: StatusCode, shown: &ErrorShown) -> Vec<Onward> {
    let mut links = Vec::new();
    let mut parts = path.trim_start_matches('/').split('/');
    let (area, id, rest) = (parts.next(), parts.next(), parts.next());
    if let Some((name, thing, list)) = AREAS.iter().find(|(name, _, _)| Some(*name) == area) {
        let id = id.filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
        if let (Some(id), Some(_)) = (id, rest)
            && status != StatusCode::NOT_FOUND
        {
            let label = if *name == "rounds" && shown.round_closed {
                "error-to-results"
            } else {
                thing
            };
            links.push(Onward {
                href: format!("/{name}/{id}"),
                label: i18n::t(lang, label),
            });
        }
        if id.is_some() || status == StatusCode::NOT_FOUND || rest.is_some() {
            links.push(Onward {
                href: format!("/{name}"),
                label: i18n::t(lang, list),
            });
        }
    }
    links.push(Onward {
        href: "/".to_owned(),
        label: i18n::t(lang, "error-back-home"),
    });
    links
}

/// Middleware: an error page marked [`ErrorShown`] is rendered again in
/// the site's layout; everything else passes untouched. (The request may
/// not be cloned before routing, so an error that an inner middleware
/// returns instead of a response keeps the bare page; ours answer with
/// responses.)
pub async fn layout(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let res = next.call(req).await?.map_into_boxed_body();
    let shown = res.response().extensions().get::<ErrorShown>().cloned();
    let status = res.status();
    let Some(shown) = shown.filter(|_| status != StatusCode::SERVICE_UNAVAILABLE) else {
        return Ok(res);
    };
    let Ok(ctx) = PageCtx::from_request(res.request(), &mut Payload::None).await else {
        return Ok(res);
    };
    let lang = ctx.lang;
    let links = onward(lang, res.request().path(), status, &shown);
    let code = status.as_u16().to_string();
    let page = LayoutPage {
        status_line: i18n::t_args(lang, "error-status", &[("status", i18n::Arg::Str(&code))]),
        ctx,
        title: shown.title,
        message: shown.message,
        links,
    };
    match page.render() {
        Ok(html) => Ok(res.map_body(|_, _| html).map_into_boxed_body()),
        Err(_) => Ok(res),
    }
}
