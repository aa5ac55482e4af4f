//! `/api/v1/reports`: list, create (or supersede), read, replace a draft,
//! publish, and the two downloads. Visibility and every rule live in
//! `services::reports`; these handlers only extract, parse and call.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use crate::domain::report::{ReportId, ReportInput};
use crate::services::reports::{self, ReportFile};
use crate::state::AppState;
use crate::web::api_docs::Refused;
use crate::web::api_schemas as out;
use crate::web::error::{ApiError, AppError};
use crate::web::extract::{Chair, CurrentUser, Require};

/// Report routes (mounted under `/api/v1`).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/reports", web::get().to(list))
        .route("/reports", web::post().to(create))
        .route("/reports/{id}", web::get().to(show))
        .route("/reports/{id}", web::put().to(replace))
        .route("/reports/{id}/publish", web::post().to(publish))
        .route("/reports/{id}/export/{file}", web::get().to(export));
}

/// A report's fields as the API takes them.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct ReportBody {
    title: String,
    #[serde(default)]
    introduction: String,
    rounds: Vec<i64>,
    /// Only on create: the published report this new version replaces.
    #[serde(default)]
    supersedes: Option<i64>,
}

#[utoipa::path(get, path = "/api/v1/reports", tag = "reports", summary = "The reports one may see.",
    responses((status = 200, description = "The reports.", body = out::ReportsOut),
        (status = 401, response = Refused), (status = 403, response = Refused)))]
async fn list(state: web::Data<AppState>, user: CurrentUser) -> Result<HttpResponse, ApiError> {
    let user = user.0;
    let list = state.db(move |c| reports::list(c, &user)).await?;
    Ok(HttpResponse::Ok().json(json!({"reports": list})))
}

#[utoipa::path(post, path = "/api/v1/reports", tag = "reports", summary = "Create a report draft, or a new version of a published one (chairs).",
    request_body = ReportBody,
    responses((status = 201, description = "Created.", body = out::ReportOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn create(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    body: web::Json<ReportBody>,
) -> Result<HttpResponse, ApiError> {
    let b = body.into_inner();
    let input = ReportInput::parse(&b.title, &b.introduction, &b.rounds).map_err(AppError::from)?;
    let supersedes = b.supersedes.map(ReportId);
    let chair = chair.user.0;
    let report = state
        .db(move |c| reports::create(c, &chair, &input, supersedes))
        .await?;
    Ok(HttpResponse::Created().json(json!({"report": report})))
}

#[utoipa::path(get, path = "/api/v1/reports/{id}", tag = "reports", summary = "One report with its document.",
    params(("id" = i64, Path, description = "The report's id.")),
    responses((status = 200, description = "The report.", body = out::ReportViewOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused)))]
async fn show(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = ReportId(id.into_inner());
    let user = user.0;
    let view = state.db(move |c| reports::get(c, &user, id)).await?;
    Ok(HttpResponse::Ok().json(view))
}

#[utoipa::path(put, path = "/api/v1/reports/{id}", tag = "reports", summary = "Replace a draft's fields (chairs).",
    params(("id" = i64, Path, description = "The report's id.")),
    request_body = ReportBody,
    responses((status = 200, description = "Replaced.", body = out::ReportOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn replace(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    id: web::Path<i64>,
    body: web::Json<ReportBody>,
) -> Result<HttpResponse, ApiError> {
    let id = ReportId(id.into_inner());
    let b = body.into_inner();
    if b.supersedes.is_some() {
        return Err(AppError::BadRequest("err-supersedes-on-edit".to_owned()).into());
    }
    let input = ReportInput::parse(&b.title, &b.introduction, &b.rounds).map_err(AppError::from)?;
    let chair = chair.user.0;
    let report = state
        .db(move |c| reports::update(c, &chair, id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(json!({"report": report})))
}

#[utoipa::path(post, path = "/api/v1/reports/{id}/publish", tag = "reports", summary = "Publish a draft, freezing its document (chairs).",
    params(("id" = i64, Path, description = "The report's id.")),
    responses((status = 200, description = "Published.", body = out::ReportOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused)))]
async fn publish(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = ReportId(id.into_inner());
    let chair = chair.user.0;
    let st = state.clone();
    let report = state
        .db(move |c| reports::publish(c, &st.settings.groups, &chair, id))
        .await?;
    Ok(HttpResponse::Ok().json(json!({"report": report})))
}

#[utoipa::path(get, path = "/api/v1/reports/{id}/export/{file}", tag = "reports", summary = "A report's downloads.",
    params(("id" = i64, Path, description = "The report's id."), ("file" = String, Path, description = "report.json or report.md.")),
    responses((status = 200, description = "report.json or report.md.", content(
        (Object = "application/json"), (String = "text/markdown"))), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused)))]
async fn export(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(i64, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, file) = path.into_inner();
    let id = ReportId(id);
    let kind = ReportFile::parse(&file)?;
    let user = user.0;
    let st = state.clone();
    let body = state
        .db(move |c| reports::export(c, &st.settings.groups, &user, id, kind))
        .await?;
    Ok(HttpResponse::Ok()
        .content_type(kind.content_type())
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"report-{id}-{}\"", kind.name()),
        ))
        .body(body))
}
