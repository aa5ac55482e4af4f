//! The lifecycle buttons: submit, withdraw, co-sponsor, stop co-sponsoring.

use actix_web::{HttpResponse, web};

use crate::domain::proposal::ProposalId;
use crate::services::proposals::{self};
use crate::state::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::PageError;
use crate::web::extract::Participant;
use crate::web::extract::Require;
use crate::web::flash::{Done, see_other_done};

/// A lifecycle button on the proposal page.
#[derive(Clone, Copy)]
pub(super) enum Step {
    Submit,
    Withdraw,
    Cosponsor,
    Uncosponsor,
}

pub(super) async fn step(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: i64,
    step: Step,
) -> Result<HttpResponse, PageError> {
    let id = ProposalId(id);
    let rule = state.settings.eligibility;
    let user = user.user.0;
    let secure = state.settings.secure_cookies;
    state
        .db(move |c| match step {
            Step::Submit => proposals::submit(c, rule, &user, id),
            Step::Withdraw => proposals::withdraw(c, rule, &user, id),
            Step::Cosponsor => proposals::cosponsor(c, rule, &user, id),
            Step::Uncosponsor => proposals::uncosponsor(c, rule, &user, id),
        })
        .await?;
    let done = match step {
        Step::Submit => Done::Submitted,
        Step::Withdraw => Done::Withdrawn,
        Step::Cosponsor => Done::Cosponsored,
        Step::Uncosponsor => Done::Uncosponsored,
    };
    Ok(see_other_done(secure, &format!("/proposals/{id}"), done))
}

pub(super) async fn submit(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    step(state, user, id.into_inner(), Step::Submit).await
}

pub(super) async fn withdraw(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    step(state, user, id.into_inner(), Step::Withdraw).await
}

pub(super) async fn cosponsor(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    step(state, user, id.into_inner(), Step::Cosponsor).await
}

pub(super) async fn uncosponsor(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    step(state, user, id.into_inner(), Step::Uncosponsor).await
}

/// `GET /proposals/{id}/withdraw`: asks the author before withdrawing, on
/// a page of its own (the same refusals as the action itself).
pub(super) async fn confirm_withdraw(
    state: web::Data<AppState>,
    user: Require<Participant>,
    ctx: crate::web::pages::PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    use crate::services::proposals::ProposalAction;
    use crate::web::error::AppError;
    let id = ProposalId(id.into_inner());
    let user = user.user.0;
    let data = state.proposal_page(user.clone(), id).await?;
    let d = &data.detail;
    match d
        .offers(&user)
        .into_iter()
        .find(|o| o.action == ProposalAction::Withdraw)
    {
        Some(o) if o.refusal.is_none() => {}
        Some(o) => {
            return Err(AppError::Conflict(o.refusal.unwrap_or_default().to_owned()).into());
        }
        None if !d.proposal.is_author(&user) => {
            return Err(AppError::Forbidden(crate::messages::ONLY_AUTHOR.to_owned()).into());
        }
        None => {
            return Err(AppError::Conflict(crate::messages::NOT_SUBMITTED.to_owned()).into());
        }
    }
    let title = d.proposal.title.as_str();
    let facts = vec![
        crate::web::round_words::count(
            ctx.lang,
            "proposal-confirm-withdraw-cosponsors",
            d.cosponsors.len(),
        ),
        ctx.t("proposal-confirm-withdraw-rounds"),
    ];
    crate::web::pages::html(
        actix_web::http::StatusCode::OK,
        &crate::web::confirm::ConfirmPage {
            heading: ctx.t1("proposal-confirm-withdraw-heading", "title", title),
            warning: ctx.t("proposal-confirm-withdraw-final"),
            button: ctx.t("proposal-action-withdraw"),
            action: format!("/proposals/{id}/withdraw"),
            back: format!("/proposals/{id}"),
            facts,
            ctx,
        },
    )
}
