//! `/notifications`: the signed-in user's notices, newest first, twenty a
//! page, each with a "mark read" button, and "mark all read". Plain forms
//! with CSRF tokens; no JavaScript. One service call per request.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::i18n::{self, Arg};
use crate::services::notifications::{self, text};
use crate::state::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::PageError;
use crate::web::extract::CurrentUser;
use crate::web::pages::{PageCtx, html, see_other};
use crate::web::when::When;

/// Routes of this module.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/notifications", web::get().to(list))
        .route("/notifications/read-all", web::post().to(read_all))
        .route("/notifications/{id}/read", web::post().to(read_one));
}

/// One notice as the page shows it.
struct Line {
    id: i64,
    sentence: String,
    link: String,
    at: When,
    unread: bool,
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct ListPage {
    ctx: PageCtx,
    lines: Vec<Line>,
    page: i64,
    pages: i64,
    /// "Page 2 of 5", in the page's language.
    page_of: String,
    unread: i64,
}

#[derive(Deserialize)]
struct PageQuery {
    page: Option<i64>,
}

async fn list(
    state: web::Data<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse, PageError> {
    let (id, n) = (user.id, q.page.unwrap_or(1));
    let data = state.db(move |c| notifications::page(c, id, n)).await?;
    let lines = data
        .items
        .into_iter()
        .map(|v| Line {
            id: v.id,
            sentence: text::sentence(ctx.lang, v.kind, &v.args),
            link: v.link,
            at: ctx.when(v.created_at),
            unread: v.unread,
        })
        .collect();
    let page_of = i18n::t_args(
        ctx.lang,
        "notifications-page-of",
        &[
            ("page", Arg::Num(data.page)),
            ("pages", Arg::Num(data.pages)),
        ],
    );
    html(
        StatusCode::OK,
        &ListPage {
            ctx,
            lines,
            page: data.page,
            pages: data.pages,
            page_of,
            unread: data.unread,
        },
    )
}

/// Where to go back to after marking: the list page the form was on.
#[derive(Deserialize)]
struct BackTo {
    #[serde(default)]
    page: Option<i64>,
}

fn back(page: Option<i64>) -> HttpResponse {
    match page {
        Some(p) if p > 1 => see_other(&format!("/notifications?page={p}")),
        _ => see_other("/notifications"),
    }
}

async fn read_one(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
    form: CsrfForm<BackTo>,
) -> Result<HttpResponse, PageError> {
    let (uid, id) = (user.id, id.into_inner());
    state
        .db(move |c| notifications::mark_read(c, uid, id))
        .await?;
    Ok(back(form.0.page))
}

async fn read_all(
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<BackTo>,
) -> Result<HttpResponse, PageError> {
    let uid = user.id;
    state
        .db(move |c| notifications::mark_all_read(c, uid))
        .await?;
    Ok(back(form.0.page))
}
