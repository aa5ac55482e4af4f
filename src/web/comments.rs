//! Comment pages: posting a comment or reply, the edit form (within the
//! edit window), and a chair hiding a comment with a reason.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::ValidationError;
use crate::domain::proposal::{CommentBody, CommentId, HideReason, ProposalId};
use crate::domain::user::User;
use crate::services::comments::{self, CommentView};
use crate::state::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::{AppError, PageError};
use crate::web::extract::Require;
use crate::web::extract::{Chair, Participant};
use crate::web::flash::{Done, see_other_done};
use crate::web::pages::{PageCtx, html, see_other};
use crate::web::proposals::{Pairs, field};

/// Page routes for comments.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/proposals/{id}/comments", web::post().to(post_comment))
        .route("/comments/{id}/edit", web::get().to(comment_form))
        .route("/comments/{id}/edit", web::post().to(edit_comment))
        .route("/comments/{id}/hide", web::post().to(hide_comment));
}

async fn post_comment(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    form: CsrfForm<Pairs>,
) -> Result<HttpResponse, PageError> {
    let pairs = form.0;
    let body = CommentBody::parse(&field(&pairs, "body")).map_err(AppError::from)?;
    let parent = match field(&pairs, "parent_id").trim() {
        "" => None,
        s => Some(CommentId(s.parse::<i64>().map_err(|_| {
            AppError::from(ValidationError::new(
                "parent_id",
                crate::messages::COMMENT_NOT_FOUND,
            ))
        })?)),
    };
    let id = ProposalId(id.into_inner());
    let per_hour = state.settings.comments_per_hour;
    let user = user.user.0;
    let view = state
        .db(move |c| comments::post(c, per_hour, &user, id, parent, &body))
        .await?;
    Ok(see_other_done(
        state.settings.secure_cookies,
        &format!("/proposals/{id}#comment-{}", view.id),
        Done::CommentPosted,
    ))
}

#[derive(Template)]
#[template(path = "proposals/comment_edit.html")]
struct CommentEditPage {
    ctx: PageCtx,
    id: CommentId,
    proposal_id: ProposalId,
    body: String,
    error: Option<String>,
}

/// Finds a comment the user may edit now, for the edit form.
async fn editable_comment(
    state: &AppState,
    user: &User,
    id: CommentId,
) -> Result<CommentView, AppError> {
    let viewer = user.clone();
    state
        .db(move |c| comments::for_editing(c, &viewer, id))
        .await
}

async fn comment_form(
    state: web::Data<AppState>,
    user: Require<Participant>,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let c = editable_comment(&state, &user, CommentId(id.into_inner())).await?;
    html(
        StatusCode::OK,
        &CommentEditPage {
            ctx,
            id: c.id,
            proposal_id: c.proposal_id,
            body: c.body.unwrap_or_default(),
            error: None,
        },
    )
}

#[derive(Deserialize)]
struct CommentForm {
    #[serde(default)]
    body: String,
}

async fn edit_comment(
    state: web::Data<AppState>,
    user: Require<Participant>,
    ctx: PageCtx,
    id: web::Path<i64>,
    form: CsrfForm<CommentForm>,
) -> Result<HttpResponse, PageError> {
    let id = CommentId(id.into_inner());
    let raw = form.0.body;
    let body = match CommentBody::parse(&raw) {
        Ok(b) => b,
        Err(e) => {
            let c = editable_comment(&state, &user, id).await?;
            return html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &CommentEditPage {
                    ctx,
                    id: c.id,
                    proposal_id: c.proposal_id,
                    body: raw,
                    error: Some(e.to_string()),
                },
            );
        }
    };
    let user = user.user.0;
    let view = state
        .db(move |c| comments::edit(c, &user, id, &body))
        .await?;
    Ok(see_other(&format!(
        "/proposals/{}#comment-{}",
        view.proposal_id, view.id
    )))
}

#[derive(Deserialize)]
struct HideForm {
    #[serde(default)]
    reason: String,
}

async fn hide_comment(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    id: web::Path<i64>,
    form: CsrfForm<HideForm>,
) -> Result<HttpResponse, PageError> {
    let reason = HideReason::parse(&form.0.reason).map_err(AppError::from)?;
    let id = CommentId(id.into_inner());
    let chair = chair.user.0;
    let view = state
        .db(move |c| comments::hide(c, &chair, id, &reason))
        .await?;
    Ok(see_other(&format!(
        "/proposals/{}#comment-{}",
        view.proposal_id, view.id
    )))
}
