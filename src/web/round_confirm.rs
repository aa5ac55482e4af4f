//! The questions asked before a round's irreversible steps:
//! `GET /rounds/{id}/open` and `GET /rounds/{id}/close` show, on a page of
//! their own, what will happen, what cannot be undone and the facts that
//! matter (turnout so far, time left, quorum); the page's form posts to the
//! same path, which does it. No JavaScript involved; the JSON API does not
//! ask (its callers decide in code).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use crate::domain::round::{RoundId, RoundStatus, quorum_met};
use crate::services::rounds::Round;
use crate::state::AppState;
use crate::web::confirm::ConfirmPage;
use crate::web::error::{AppError, PageError};
use crate::web::extract::{Chair, Require};
use crate::web::pages::{PageCtx, html};
use crate::web::round_words as words;

/// Page routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/rounds/{id}/open", web::get().to(confirm_open))
        .route("/rounds/{id}/close", web::get().to(confirm_close));
}

/// The same refusals the actions themselves give.
fn conflict(id: &str) -> PageError {
    AppError::Conflict(id.to_owned()).into()
}

async fn load(
    state: &web::Data<AppState>,
    chair: &Require<Chair>,
    id: RoundId,
) -> Result<crate::services::rounds::RoundPage, AppError> {
    Ok((*state.round_page(chair.user.0.clone(), id).await?).clone())
}

/// The deadline sentence, in the chair's zone and language.
fn deadline(ctx: &PageCtx, round: &Round, with_left: bool) -> String {
    match round.closes_at.as_deref().and_then(|at| {
        crate::web::when::when_text(ctx.lang, ctx.zone(), at, crate::db::users::now())
    }) {
        Some(w) if with_left => ctx.t2(
            "rounds-confirm-deadline-left",
            ("when", w.local.as_str()),
            ("left", w.left.as_str()),
        ),
        Some(w) => ctx.t1("rounds-confirm-deadline", "when", w.local.as_str()),
        None => ctx.t("rounds-confirm-no-deadline"),
    }
}

async fn confirm_open(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let page = load(&state, &chair, RoundId(id.into_inner())).await?;
    match page.round.status {
        RoundStatus::Draft => {}
        RoundStatus::Open => return Err(conflict("err-round-already-open")),
        RoundStatus::Closed => return Err(conflict("err-round-is-closed")),
    }
    let round = page.round;
    let facts = vec![
        words::count(
            ctx.lang,
            "rounds-confirm-open-proposals",
            round.proposals.len(),
        ),
        ctx.t("rounds-confirm-open-electorate"),
        deadline(&ctx, &round, false),
    ];
    html(
        StatusCode::OK,
        &ConfirmPage {
            heading: ctx.t1("rounds-confirm-open-heading", "title", round.title.as_str()),
            warning: ctx.t("rounds-confirm-open-final"),
            button: ctx.t("rounds-show-open"),
            action: format!("/rounds/{}/open", round.id),
            back: format!("/rounds/{}", round.id),
            facts,
            ctx,
        },
    )
}

async fn confirm_close(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let page = load(&state, &chair, RoundId(id.into_inner())).await?;
    match page.round.status {
        RoundStatus::Open => {}
        RoundStatus::Draft => return Err(conflict("err-round-not-opened")),
        RoundStatus::Closed => return Err(conflict("err-round-already-closed")),
    }
    let round = page.round;
    let (ballots, electorate) = (page.turnout.ballots, page.turnout.electorate);
    let mut facts = vec![
        words::count_of(
            ctx.lang,
            "rounds-confirm-close-turnout",
            ballots,
            electorate,
        ),
        deadline(&ctx, &round, true),
    ];
    if let Some(q) = round.quorum_percent
        && !quorum_met(ballots, electorate, Some(q))
    {
        facts.push(ctx.t1("rounds-confirm-close-no-quorum", "percent", i64::from(q)));
    }
    html(
        StatusCode::OK,
        &ConfirmPage {
            heading: ctx.t1(
                "rounds-confirm-close-heading",
                "title",
                round.title.as_str(),
            ),
            warning: ctx.t("rounds-confirm-close-final"),
            button: ctx.t("rounds-show-close"),
            action: format!("/rounds/{}/close", round.id),
            back: format!("/rounds/{}", round.id),
            facts,
            ctx,
        },
    )
}
