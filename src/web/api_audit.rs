//! The audit API under `/api/v1/audit`: the head, the public key, signing
//! the head on request, the whole trail streamed as JSON lines, the latest
//! checkpoint as a signed note, consistency proofs and witnesses. Auditors
//! and admins only (GETs also accept the session cookie, so the audit page
//! can link to them); approving a witness is for admins. Also the receipt
//! proof of a closed round, for anyone signed in who holds the receipt.

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{HttpResponse, web};
use futures_util::stream;
use serde_json::json;

use serde::Deserialize;

use crate::audit::jsonl::CONTENT_TYPE;
use crate::domain::round::RoundId;
use crate::services::audit as service;
use crate::services::{receipt_proofs, witnesses};
use crate::state::AppState;
use crate::web::api_docs::Refused;
use crate::web::api_schemas as out;
use crate::web::error::{ApiError, AppError};
use crate::web::extract::{Admin, Auditor, CurrentUser, Require};

/// Audit routes (mounted under `/api/v1`).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/audit/head", web::get().to(head))
        .route("/audit/public-key", web::get().to(public_key))
        .route("/audit/checkpoints", web::post().to(create_checkpoint))
        .route("/audit/log", web::get().to(log))
        .route("/audit/checkpoint", web::get().to(latest_checkpoint))
        .route("/audit/consistency", web::get().to(consistency))
        .route("/audit/witnesses", web::get().to(list_witnesses))
        .route("/audit/witnesses", web::post().to(register_witness))
        .route(
            "/audit/witnesses/{id}/approve",
            web::post().to(approve_witness),
        )
        .route("/audit/cosignatures", web::post().to(cosign))
        .route(
            "/rounds/{id}/receipts/{receipt}/proof",
            web::get().to(receipt_proof),
        );
}

/// `GET /api/v1/audit/checkpoint`: the latest checkpoint as a C2SP signed
/// note with every cosignature (what a witness fetches and an auditor saves
/// for `--since`).
#[utoipa::path(get, path = "/api/v1/audit/checkpoint", tag = "audit", summary = "The latest checkpoint as a signed note (auditors).",
    responses((status = 200, description = "The signed note with its cosignatures.", body = String, content_type = "text/plain"),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused)))]
async fn latest_checkpoint(
    state: web::Data<AppState>,
    _who: Require<Auditor>,
) -> Result<HttpResponse, ApiError> {
    let cp = state.db(service::latest_checkpoint).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(cp.note))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConsistencyQuery {
    #[serde(default)]
    from: i64,
    to: Option<i64>,
}

/// `GET /api/v1/audit/consistency?from=N&to=M`: RFC 6962 §2.1.2 proof that
/// the tree of M entries extends the tree of N (`to` defaults to the latest
/// checkpoint's size, `from` to 0).
#[utoipa::path(get, path = "/api/v1/audit/consistency", tag = "audit", summary = "A consistency proof between two tree sizes (auditors).",
    params(("from" = Option<i64>, Query, description = "The older tree size (default 0)."), ("to" = Option<i64>, Query, description = "The newer tree size (default: the latest checkpoint's).")),
    responses((status = 200, description = "The proof.", body = out::Consistency),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 422, response = Refused)))]
async fn consistency(
    state: web::Data<AppState>,
    _who: Require<Auditor>,
    q: web::Query<ConsistencyQuery>,
) -> Result<HttpResponse, ApiError> {
    let q = q.into_inner();
    let st = state.clone();
    let view = state
        .db(move |c| service::consistency(c, &st.signer, q.from, q.to))
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

#[utoipa::path(get, path = "/api/v1/audit/witnesses", tag = "audit", summary = "The witnesses (auditors).",
    responses((status = 200, description = "The witnesses.", body = out::WitnessesOut),
        (status = 401, response = Refused), (status = 403, response = Refused)))]
async fn list_witnesses(
    state: web::Data<AppState>,
    _who: Require<Auditor>,
) -> Result<HttpResponse, ApiError> {
    let list = state.db(witnesses::list).await?;
    Ok(HttpResponse::Ok().json(json!({"witnesses": list})))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct NewWitness {
    vkey: String,
}

/// `POST /api/v1/audit/witnesses {"vkey"}`: registers a witness, pending
/// an admin's approval.
#[utoipa::path(post, path = "/api/v1/audit/witnesses", tag = "audit", summary = "Register a witness key (auditors).",
    request_body = NewWitness,
    responses((status = 201, description = "Registered, pending approval.", body = out::WitnessOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn register_witness(
    state: web::Data<AppState>,
    who: Require<Auditor>,
    body: web::Json<NewWitness>,
) -> Result<HttpResponse, ApiError> {
    let user = who.user.0;
    let vkey = body.into_inner().vkey;
    let w = state
        .db(move |c| witnesses::register(c, &user, &vkey))
        .await?;
    Ok(HttpResponse::Created().json(json!({"witness": w})))
}

#[utoipa::path(post, path = "/api/v1/audit/witnesses/{id}/approve", tag = "audit", summary = "Approve a witness (administrators).",
    params(("id" = i64, Path, description = "The witness's id.")),
    responses((status = 200, description = "Approved.", body = out::WitnessOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused)))]
async fn approve_witness(
    state: web::Data<AppState>,
    who: Require<Admin>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let admin = who.user.0;
    let id = id.into_inner();
    let w = state.db(move |c| witnesses::approve(c, &admin, id)).await?;
    Ok(HttpResponse::Ok().json(json!({"witness": w})))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct Cosignature {
    size: i64,
    cosignature: String,
}

/// `POST /api/v1/audit/cosignatures {"size", "cosignature"}`: a witness's
/// `cosignature/v1` line on the checkpoint of that tree size.
#[utoipa::path(post, path = "/api/v1/audit/cosignatures", tag = "audit", summary = "A witness's cosignature on a checkpoint (auditors).",
    request_body = Cosignature,
    responses((status = 201, description = "Recorded.", body = out::Cosigned), (status = 200, description = "Already recorded.", body = out::Cosigned),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn cosign(
    state: web::Data<AppState>,
    who: Require<Auditor>,
    body: web::Json<Cosignature>,
) -> Result<HttpResponse, ApiError> {
    let user = who.user.0;
    let b = body.into_inner();
    let done = state
        .db(move |c| witnesses::cosign(c, &user, b.size, &b.cosignature))
        .await?;
    let status = if done.recorded {
        actix_web::http::StatusCode::CREATED
    } else {
        actix_web::http::StatusCode::OK
    };
    Ok(HttpResponse::build(status).json(done))
}

/// `GET /api/v1/rounds/{id}/receipts/{receipt}/proof`: the receipt proof
/// (see `audit::proofs`).
#[utoipa::path(get, path = "/api/v1/rounds/{id}/receipts/{receipt}/proof", tag = "audit", summary = "The inclusion proof of a receipt's ballot.",
    params(("id" = i64, Path, description = "The round's id."), ("receipt" = String, Path, description = "The receipt given when the ballot was cast.")),
    responses((status = 200, description = "The proof (see docs/formats.md).", body = out::ReceiptProof),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused)))]
async fn receipt_proof(
    state: web::Data<AppState>,
    _user: CurrentUser,
    path: web::Path<(i64, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, receipt) = path.into_inner();
    let st = state.clone();
    let proof = state
        .db(move |c| receipt_proofs::receipt_proof(c, &st.signer, RoundId(id), &receipt))
        .await?;
    Ok(HttpResponse::Ok().json(proof))
}

#[utoipa::path(get, path = "/api/v1/audit/head", tag = "audit", summary = "The trail's head and latest checkpoint (auditors).",
    responses((status = 200, description = "The head.", body = out::HeadView),
        (status = 401, response = Refused), (status = 403, response = Refused)))]
async fn head(
    state: web::Data<AppState>,
    _who: Require<Auditor>,
) -> Result<HttpResponse, ApiError> {
    let view = state.db(service::head).await?;
    Ok(HttpResponse::Ok().json(view))
}

#[utoipa::path(get, path = "/api/v1/audit/public-key", tag = "audit", summary = "The server's signing key, as a note verifier key (auditors).",
    responses((status = 200, description = "The key file.", body = String, content_type = "text/plain"),
        (status = 401, response = Refused), (status = 403, response = Refused)))]
async fn public_key(state: web::Data<AppState>, _who: Require<Auditor>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "inline; filename=\"plenary-audit-key.pub\"",
        ))
        .body(state.signer.public_key_file())
}

#[utoipa::path(post, path = "/api/v1/audit/checkpoints", tag = "audit", summary = "Sign a checkpoint of the trail now (auditors).",
    responses((status = 201, description = "Signed.", body = out::CheckpointOut),
        (status = 401, response = Refused), (status = 403, response = Refused)))]
async fn create_checkpoint(
    state: web::Data<AppState>,
    who: Require<Auditor>,
) -> Result<HttpResponse, ApiError> {
    let user = who.user.0;
    let st = state.clone();
    let cp = state
        .db(move |c| service::request_checkpoint(c, &st.signer, &user))
        .await?;
    Ok(HttpResponse::Created().json(json!({"checkpoint": cp})))
}

/// Where the export stream stands: the next checkpoint seq to include and
/// the last entry seq already sent.
struct Cursor {
    state: web::Data<AppState>,
    sent: i64,
    up_to: i64,
    started: bool,
}

/// `GET /api/v1/audit/log`: records the download, signs the head, then
/// streams every entry up to that head in batches of [`service::LOG_BATCH`], never
/// holding the whole trail in memory.
#[utoipa::path(get, path = "/api/v1/audit/log", tag = "audit", summary = "The whole trail as JSON lines (auditors).",
    responses((status = 200, description = "Every entry up to a fresh checkpoint.", body = String, content_type = "application/x-ndjson"),
        (status = 401, response = Refused), (status = 403, response = Refused)))]
async fn log(state: web::Data<AppState>, who: Require<Auditor>) -> Result<HttpResponse, ApiError> {
    let user = who.user.0;
    let st = state.clone();
    let up_to = state
        .db(move |c| service::record_log_download(c, &st.signer, &user))
        .await?;
    let cursor = Cursor {
        state: state.clone(),
        sent: 0,
        up_to,
        started: false,
    };
    let body = stream::try_unfold(cursor, |cur| async move {
        if cur.started && cur.sent >= cur.up_to {
            return Ok::<_, AppError>(None);
        }
        let (sent, up_to, first) = (cur.sent, cur.up_to, !cur.started);
        let (bytes, last) = cur
            .state
            .db(move |c| service::log_batch(c, sent, up_to, first))
            .await
            .inspect_err(|e| {
                // The status line is already sent: the client sees a cut
                // file (which the verifier reports); the log gets the cause.
                tracing::error!(error = ?e, "the audit log export failed mid-stream");
            })?;
        if last == sent && !first {
            // No progress: the trail ended early (cannot happen for an
            // append-only table); stop rather than loop.
            return Ok(None);
        }
        Ok(Some((
            Bytes::from(bytes),
            Cursor {
                sent: last,
                started: true,
                ..cur
            },
        )))
    });
    Ok(HttpResponse::Ok()
        .content_type(CONTENT_TYPE)
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"audit.jsonl\"",
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .streaming(body))
}
