//! Report pages: the list, a chair's form for a new report (or a new version
//! of a published one), the printable report page, and publishing: a page
//! of its own that says what publishing freezes and asks to confirm (GET,
//! changes nothing), then the POST that does it. Forms work without
//! JavaScript and carry CSRF tokens.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::report::{ReportId, ReportInput};
use crate::domain::round::RoundId;
use crate::domain::user::Role;
use crate::services::reports::{self, ReportSummary};
use crate::state::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::{AppError, PageError};
use crate::web::extract::{Chair, CurrentUser, Require};
use crate::web::pages::{PageCtx, html, see_other};
use crate::web::report_view::{self, ReportPageView};

/// Page routes for reports.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/reports", web::get().to(list))
        .route("/reports", web::post().to(create))
        .route("/reports/new", web::get().to(new_form))
        .route("/reports/{id}", web::get().to(show))
        .route("/reports/{id}/edit", web::get().to(edit_form))
        .route("/reports/{id}/edit", web::post().to(edit))
        .route("/reports/{id}/publish", web::get().to(confirm_publish))
        .route("/reports/{id}/publish", web::post().to(publish));
}

#[derive(Template)]
#[template(path = "reports/list.html")]
struct ListPage {
    ctx: PageCtx,
    reports: Vec<ReportSummary>,
    is_chair: bool,
}

async fn list(
    state: web::Data<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
) -> Result<HttpResponse, PageError> {
    let is_chair = user.role == Role::Chair;
    let user = user.0;
    let reports = state.db(move |c| reports::list(c, &user)).await?;
    html(
        StatusCode::OK,
        &ListPage {
            ctx,
            reports,
            is_chair,
        },
    )
}

#[derive(Template)]
#[template(path = "reports/new.html")]
struct NewPage {
    ctx: PageCtx,
    /// Where the form posts: `/reports`, or `/reports/{id}/edit` for a draft.
    action: String,
    /// Closed rounds: (id, title, checked).
    rounds: Vec<(i64, String, bool)>,
    error: Option<String>,
    title: String,
    introduction: String,
    supersedes: String,
}

#[derive(Deserialize)]
struct NewQuery {
    supersedes: Option<i64>,
}

/// Closed rounds, oldest first (the order a report lists them in), with
/// the ones already chosen ticked.
async fn choices(
    state: &web::Data<AppState>,
    chosen: Vec<i64>,
) -> Result<Vec<(i64, String, bool)>, AppError> {
    let mut rounds = state.db(reports::closed_rounds).await?;
    rounds.reverse();
    Ok(rounds
        .into_iter()
        .map(|(RoundId(id), title)| (id, title, chosen.contains(&id)))
        .collect())
}

async fn new_form(
    state: web::Data<AppState>,
    _chair: Require<Chair>,
    ctx: PageCtx,
    query: web::Query<NewQuery>,
) -> Result<HttpResponse, PageError> {
    let rounds = choices(&state, Vec::new()).await?;
    html(
        StatusCode::OK,
        &NewPage {
            ctx,
            action: "/reports".to_owned(),
            rounds,
            error: None,
            title: String::new(),
            introduction: String::new(),
            supersedes: query.supersedes.map(|s| s.to_string()).unwrap_or_default(),
        },
    )
}

async fn edit_form(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let id = ReportId(id.into_inner());
    let chair = chair.user.0;
    let draft = state.db(move |c| reports::draft(c, &chair, id)).await?;
    let chosen = draft.rounds.iter().map(|r| r.0).collect();
    html(
        StatusCode::OK,
        &NewPage {
            ctx,
            action: format!("/reports/{id}/edit"),
            rounds: choices(&state, chosen).await?,
            error: None,
            title: draft.title,
            introduction: draft.introduction,
            supersedes: String::new(),
        },
    )
}

async fn edit(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    ctx: PageCtx,
    id: web::Path<i64>,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let id = ReportId(id.into_inner());
    let form = form.0;
    let rounds: Vec<i64> = form
        .iter()
        .filter(|(k, _)| k == "rounds")
        .filter_map(|(_, v)| v.trim().parse().ok())
        .collect();
    let result =
        match ReportInput::parse(field(&form, "title"), field(&form, "introduction"), &rounds) {
            Ok(input) => {
                let chair = chair.user.0.clone();
                state
                    .db(move |c| reports::update(c, &chair, id, &input))
                    .await
            }
            Err(e) => Err(e.into()),
        };
    match result {
        Ok(_) => Ok(see_other(&format!("/reports/{id}"))),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => html(
            e.status(),
            &NewPage {
                rounds: choices(&state, rounds).await?,
                error: Some(in_reader_language(&ctx, &e).await),
                title: field(&form, "title").to_owned(),
                introduction: field(&form, "introduction").to_owned(),
                supersedes: String::new(),
                action: format!("/reports/{id}/edit"),
                ctx,
            },
        ),
        Err(e) => Err(e.into()),
    }
}

/// `e`'s sentence in the page's language: the reader's saved choice, which
/// the request-wide language (browser or cookie) does not know about.
async fn in_reader_language(ctx: &PageCtx, e: &AppError) -> String {
    crate::i18n::scope(ctx.lang, async { e.to_string() }).await
}

fn field<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

async fn create(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    ctx: PageCtx,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let rounds: Vec<i64> = form
        .iter()
        .filter(|(k, _)| k == "rounds")
        .filter_map(|(_, v)| v.trim().parse().ok())
        .collect();
    let supersedes_text = field(&form, "supersedes").trim().to_owned();
    let supersedes = if supersedes_text.is_empty() {
        Ok(None)
    } else {
        supersedes_text
            .parse()
            .map(|s| Some(ReportId(s)))
            .map_err(|_| AppError::BadRequest("err-supersedes-id".to_owned()))
    };
    let parsed = ReportInput::parse(field(&form, "title"), field(&form, "introduction"), &rounds)
        .map_err(AppError::from)
        .and_then(|input| supersedes.map(|s| (input, s)));
    let result = match parsed {
        Ok((input, supersedes)) => {
            let chair = chair.user.0.clone();
            state
                .db(move |c| reports::create(c, &chair, &input, supersedes))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(report) => Ok(see_other(&format!("/reports/{}", report.id))),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_) | AppError::BadRequest(_))) => {
            let status = e.status();
            html(
                status,
                &NewPage {
                    rounds: choices(&state, rounds).await?,
                    error: Some(in_reader_language(&ctx, &e).await),
                    title: field(&form, "title").to_owned(),
                    introduction: field(&form, "introduction").to_owned(),
                    supersedes: supersedes_text,
                    action: "/reports".to_owned(),
                    ctx,
                },
            )
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "reports/show.html")]
struct ShowPage {
    ctx: PageCtx,
    report: ReportPageView,
    is_chair: bool,
    /// True right after this chair published it (`?published=1`).
    just_published: bool,
}

#[derive(Deserialize)]
struct ShowQuery {
    published: Option<String>,
}

async fn show(
    state: web::Data<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    id: web::Path<i64>,
    query: web::Query<ShowQuery>,
) -> Result<HttpResponse, PageError> {
    let id = ReportId(id.into_inner());
    let is_chair = user.role == Role::Chair;
    let user = user.0;
    let view = state.db(move |c| reports::get(c, &user, id)).await?;
    let report = report_view::build(&view, &state.settings.groups, ctx.lang);
    html(
        StatusCode::OK,
        &ShowPage {
            just_published: query.published.is_some() && !report.draft,
            ctx,
            report,
            is_chair,
        },
    )
}

#[derive(Template)]
#[template(path = "reports/publish.html")]
struct ConfirmPage {
    ctx: PageCtx,
    report: ReportPageView,
    /// How many rounds and proposals the report covers, in the reader's digits.
    rounds: String,
    proposals: String,
}

/// The confirmation page: what publishing will freeze (rounds, proposals,
/// those with no decision) and that it cannot be undone. Changes nothing.
async fn confirm_publish(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let id = ReportId(id.into_inner());
    let chair = chair.user.0;
    let view = state
        .db(move |c| reports::publish_preview(c, &chair, id))
        .await?;
    let rounds = ctx.num(view.document.rounds.len());
    let proposals = ctx.num(view.document.covered_proposals());
    let report = report_view::build(&view, &state.settings.groups, ctx.lang);
    html(
        StatusCode::OK,
        &ConfirmPage {
            ctx,
            report,
            rounds,
            proposals,
        },
    )
}

async fn publish(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    id: web::Path<i64>,
    _form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let id = ReportId(id.into_inner());
    let chair = chair.user.0;
    let st = state.clone();
    state
        .db(move |c| reports::publish(c, &st.settings.groups, &chair, id))
        .await?;
    Ok(see_other(&format!("/reports/{id}?published=1")))
}
