//! The proposals and comments part of `/api/v1`: list and search, create,
//! read, edit, submit, withdraw, co-sponsor, and the discussion. Handlers
//! parse, call one service, and answer JSON.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use crate::domain::proposal::{
    Body, CommentBody, CommentId, HideReason, ProposalId, ProposalStatus, ProposalTitle, Summary,
};
use crate::services::comments;
use crate::services::proposals::{self, ListParams, ListQuery, ProposalInput, ProposalPatch};
use crate::state::AppState;
use crate::web::api_docs::Refused;
use crate::web::api_schemas as out;
use crate::web::error::{ApiError, AppError};
use crate::web::extract::{Chair, Participant};
use crate::web::extract::{CurrentUser, Require};

/// Routes (mounted under `/api/v1`).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/proposals", web::get().to(list))
        .route("/proposals", web::post().to(create))
        .route("/proposals/{id}", web::get().to(get))
        .route("/proposals/{id}", web::patch().to(edit))
        .route("/proposals/{id}/submit", web::post().to(submit))
        .route("/proposals/{id}/withdraw", web::post().to(withdraw))
        .route("/proposals/{id}/cosponsor", web::post().to(cosponsor))
        .route("/proposals/{id}/cosponsor", web::delete().to(uncosponsor))
        .route("/proposals/{id}/decision", web::post().to(decide))
        .route("/proposals/{id}/comments", web::get().to(thread))
        .route("/proposals/{id}/comments", web::post().to(post_comment))
        .route("/comments/{id}", web::patch().to(edit_comment))
        .route("/comments/{id}/hide", web::post().to(hide_comment));
}

#[utoipa::path(get, path = "/api/v1/proposals", tag = "proposals", summary = "List and search proposals.",
    params(("q" = Option<String>, Query, description = "Words to search for."), ("status" = Option<String>, Query, description = "Only proposals in this status."), ("theme" = Option<String>, Query, description = "Only proposals with this theme."), ("group" = Option<String>, Query, description = "Only proposals whose author is in this stakeholder group."), ("eligible" = Option<String>, Query, description = "yes: only proposals that may enter a round."), ("sort" = Option<String>, Query, description = "updated, created, title or cosponsors."), ("page" = Option<String>, Query, description = "The page, from 1."), ("per_page" = Option<String>, Query, description = "Proposals per page.")),
    responses((status = 200, description = "One page of proposals.", body = out::ProposalsOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 422, response = Refused)))]
async fn list(
    state: web::Data<AppState>,
    user: CurrentUser,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, ApiError> {
    let query = ListQuery::parse(&state.settings, &params).map_err(AppError::from)?;
    let rule = state.settings.eligibility;
    let viewer = user.id;
    let page = state
        .db(move |c| proposals::list(c, rule, viewer, &query))
        .await?;
    Ok(HttpResponse::Ok().json(json!({
        "proposals": page.proposals,
        "total": page.total,
        "page": page.page,
        "per_page": page.per_page,
        "pages": page.pages(),
    })))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct NewProposal {
    title: String,
    summary: String,
    body: String,
    #[serde(default)]
    themes: Vec<String>,
    #[serde(default)]
    submit: bool,
}

#[utoipa::path(post, path = "/api/v1/proposals", tag = "proposals", summary = "Create a proposal (draft, or submitted with submit).",
    request_body = NewProposal,
    responses((status = 201, description = "Created.", body = out::ProposalOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn create(
    state: web::Data<AppState>,
    user: Require<Participant>,
    body: web::Json<NewProposal>,
) -> Result<HttpResponse, ApiError> {
    let input = ProposalInput::parse(
        &state.settings,
        &body.title,
        &body.summary,
        &body.body,
        &body.themes,
    )
    .map_err(AppError::from)?;
    let submit = body.submit;
    let rule = state.settings.eligibility;
    let author = user.user.0;
    let view = state
        .db(move |c| proposals::create(c, rule, &author, &input, submit))
        .await?;
    Ok(HttpResponse::Created().json(json!({"proposal": view})))
}

#[utoipa::path(get, path = "/api/v1/proposals/{id}", tag = "proposals", summary = "One proposal with co-sponsors and revisions.",
    params(("id" = i64, Path, description = "The proposal's id.")),
    responses((status = 200, description = "The proposal.", body = out::ProposalDetailOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused)))]
async fn get(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = ProposalId(id.into_inner());
    let rule = state.settings.eligibility;
    let viewer = user.id;
    let detail = state
        .db(move |c| proposals::get(c, rule, viewer, id))
        .await?;
    Ok(HttpResponse::Ok().json(json!({"proposal": detail})))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct PatchBody {
    title: Option<String>,
    summary: Option<String>,
    body: Option<String>,
    themes: Option<Vec<String>>,
}

#[utoipa::path(patch, path = "/api/v1/proposals/{id}", tag = "proposals", summary = "Edit one's own proposal.",
    params(("id" = i64, Path, description = "The proposal's id.")),
    request_body = PatchBody,
    responses((status = 200, description = "Edited.", body = out::ProposalOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn edit(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    body: web::Json<PatchBody>,
) -> Result<HttpResponse, ApiError> {
    let patch = ProposalPatch {
        title: body
            .title
            .as_deref()
            .map(ProposalTitle::parse)
            .transpose()
            .map_err(AppError::from)?,
        summary: body
            .summary
            .as_deref()
            .map(Summary::parse)
            .transpose()
            .map_err(AppError::from)?,
        body: body
            .body
            .as_deref()
            .map(Body::parse)
            .transpose()
            .map_err(AppError::from)?,
        themes: body
            .themes
            .as_deref()
            .map(|t| state.settings.themes.parse_list(t))
            .transpose()
            .map_err(AppError::from)?,
    };
    let id = ProposalId(id.into_inner());
    let rule = state.settings.eligibility;
    let author = user.user.0;
    let view = state
        .db(move |c| proposals::edit(c, rule, &author, id, &patch, proposals::AfterEdit::Keep))
        .await?;
    Ok(HttpResponse::Ok().json(json!({"proposal": view})))
}

/// Which lifecycle step a POST asks for.
#[derive(Clone, Copy)]
enum Step {
    Submit,
    Withdraw,
    Cosponsor,
    Uncosponsor,
}

async fn step(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: i64,
    step: Step,
) -> Result<HttpResponse, ApiError> {
    let id = ProposalId(id);
    let rule = state.settings.eligibility;
    let user = user.user.0;
    let view = state
        .db(move |c| match step {
            Step::Submit => proposals::submit(c, rule, &user, id),
            Step::Withdraw => proposals::withdraw(c, rule, &user, id),
            Step::Cosponsor => proposals::cosponsor(c, rule, &user, id),
            Step::Uncosponsor => proposals::uncosponsor(c, rule, &user, id),
        })
        .await?;
    Ok(HttpResponse::Ok().json(json!({"proposal": view})))
}

#[utoipa::path(post, path = "/api/v1/proposals/{id}/submit", tag = "proposals", summary = "Submit one's draft.",
    params(("id" = i64, Path, description = "The proposal's id.")),
    responses((status = 200, description = "Submitted.", body = out::ProposalOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 422, response = Refused)))]
async fn submit(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    step(state, user, id.into_inner(), Step::Submit).await
}

#[utoipa::path(post, path = "/api/v1/proposals/{id}/withdraw", tag = "proposals", summary = "Withdraw one's proposal.",
    params(("id" = i64, Path, description = "The proposal's id.")),
    responses((status = 200, description = "Withdrawn.", body = out::ProposalOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 422, response = Refused)))]
async fn withdraw(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    step(state, user, id.into_inner(), Step::Withdraw).await
}

#[utoipa::path(post, path = "/api/v1/proposals/{id}/cosponsor", tag = "proposals", summary = "Co-sponsor a proposal.",
    params(("id" = i64, Path, description = "The proposal's id.")),
    responses((status = 200, description = "Co-sponsored.", body = out::ProposalOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 422, response = Refused)))]
async fn cosponsor(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    step(state, user, id.into_inner(), Step::Cosponsor).await
}

#[utoipa::path(delete, path = "/api/v1/proposals/{id}/cosponsor", tag = "proposals", summary = "Withdraw one's co-sponsorship.",
    params(("id" = i64, Path, description = "The proposal's id.")),
    responses((status = 200, description = "Withdrawn.", body = out::ProposalOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 422, response = Refused)))]
async fn uncosponsor(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    step(state, user, id.into_inner(), Step::Uncosponsor).await
}

#[utoipa::path(get, path = "/api/v1/proposals/{id}/comments", tag = "proposals", summary = "A proposal's discussion.",
    params(("id" = i64, Path, description = "The proposal's id.")),
    responses((status = 200, description = "The comments, replies nested.", body = out::CommentsOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused)))]
async fn thread(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = ProposalId(id.into_inner());
    let viewer = user.0;
    let list = state.db(move |c| comments::thread(c, &viewer, id)).await?;
    Ok(HttpResponse::Ok().json(json!({"comments": list})))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct NewComment {
    body: String,
    #[serde(default)]
    parent_id: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/proposals/{id}/comments", tag = "proposals", summary = "Comment on a proposal, or reply.",
    params(("id" = i64, Path, description = "The proposal's id.")),
    request_body = NewComment,
    responses((status = 201, description = "Posted.", body = out::CommentOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused), (status = 429, response = Refused)))]
async fn post_comment(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    body: web::Json<NewComment>,
) -> Result<HttpResponse, ApiError> {
    let text = CommentBody::parse(&body.body).map_err(AppError::from)?;
    let parent = body.parent_id.map(CommentId);
    let id = ProposalId(id.into_inner());
    let per_hour = state.settings.comments_per_hour;
    let user = user.user.0;
    let view = state
        .db(move |c| comments::post(c, per_hour, &user, id, parent, &text))
        .await?;
    Ok(HttpResponse::Created().json(json!({"comment": view})))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct CommentPatch {
    body: String,
}

#[utoipa::path(patch, path = "/api/v1/comments/{id}", tag = "proposals", summary = "Edit one's own comment.",
    params(("id" = i64, Path, description = "The comment's id.")),
    request_body = CommentPatch,
    responses((status = 200, description = "Edited.", body = out::CommentOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn edit_comment(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    body: web::Json<CommentPatch>,
) -> Result<HttpResponse, ApiError> {
    let text = CommentBody::parse(&body.body).map_err(AppError::from)?;
    let id = CommentId(id.into_inner());
    let user = user.user.0;
    let view = state
        .db(move |c| comments::edit(c, &user, id, &text))
        .await?;
    Ok(HttpResponse::Ok().json(json!({"comment": view})))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct HideBody {
    reason: String,
}

#[utoipa::path(post, path = "/api/v1/comments/{id}/hide", tag = "proposals", summary = "Hide a comment, with a reason (chairs).",
    params(("id" = i64, Path, description = "The comment's id.")),
    request_body = HideBody,
    responses((status = 200, description = "Hidden.", body = out::CommentOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn hide_comment(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    id: web::Path<i64>,
    body: web::Json<HideBody>,
) -> Result<HttpResponse, ApiError> {
    let reason = HideReason::parse(&body.reason).map_err(AppError::from)?;
    let id = CommentId(id.into_inner());
    let chair = chair.user.0;
    let view = state
        .db(move |c| comments::hide(c, &chair, id, &reason))
        .await?;
    Ok(HttpResponse::Ok().json(json!({"comment": view})))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct DecisionBody {
    decision: String,
}

/// `POST /api/v1/proposals/{id}/decision {"decision": "adopted" | "not_adopted"}`.
#[utoipa::path(post, path = "/api/v1/proposals/{id}/decision", tag = "proposals", summary = "Record a decision on a proposal (chairs).",
    params(("id" = i64, Path, description = "The proposal's id.")),
    request_body = DecisionBody,
    responses((status = 200, description = "Decided.", body = out::ProposalOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn decide(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    id: web::Path<i64>,
    body: web::Json<DecisionBody>,
) -> Result<HttpResponse, ApiError> {
    let decision: ProposalStatus = body.decision.parse().map_err(AppError::from)?;
    let id = ProposalId(id.into_inner());
    let rule = state.settings.eligibility;
    let chair = chair.user.0;
    let view = state
        .db(move |c| proposals::decide(c, rule, &chair, id, decision))
        .await?;
    Ok(HttpResponse::Ok().json(json!({"proposal": view})))
}
