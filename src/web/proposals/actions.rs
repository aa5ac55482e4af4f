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
