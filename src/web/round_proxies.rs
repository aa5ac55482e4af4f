//! The round page's proxy forms: "Give my vote to…" and "Take my vote back".
//! The rules are the service's (`services::rounds::{grant, revoke}`); a
//! refusal comes back as an error page naming the reason.

use actix_web::{HttpResponse, web};

use crate::domain::round::RoundId;
use crate::domain::user::UserId;
use crate::services::rounds;
use crate::state::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::{AppError, PageError};
use crate::web::extract::{Participant, Require};
use crate::web::pages::see_other;

/// The form: the elector to give one's vote to.
#[derive(serde::Deserialize)]
pub struct GiveForm {
    #[serde(default)]
    to: String,
}

/// `POST /rounds/{id}/proxy`.
pub async fn give(
    state: web::Data<AppState>,
    voter: Require<Participant>,
    id: web::Path<i64>,
    form: CsrfForm<GiveForm>,
) -> Result<HttpResponse, PageError> {
    let id = RoundId(id.into_inner());
    let to = form.0.to.trim().parse().map(UserId).map_err(|_| {
        AppError::from(crate::domain::ValidationError::new(
            "to",
            "err-proxy-choose",
        ))
    })?;
    let voter = voter.user.0;
    let max = state.settings.max_proxies;
    state
        .db(move |c| rounds::grant(c, max, id, &voter, to))
        .await?;
    Ok(see_other(&format!("/rounds/{id}")))
}

/// `POST /rounds/{id}/proxy/revoke`.
pub async fn revoke(
    state: web::Data<AppState>,
    voter: Require<Participant>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    let id = RoundId(id.into_inner());
    let voter = voter.user.0;
    state.db(move |c| rounds::revoke(c, id, &voter)).await?;
    Ok(see_other(&format!("/rounds/{id}")))
}
