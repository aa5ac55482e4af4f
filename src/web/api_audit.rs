//! The audit API under `/api/v1/audit`: the head, the public key, signing
//! the head on request, and the whole trail streamed as JSON lines. Auditors
//! and admins only (GETs also accept the session cookie, so the audit page
//! can link to them).

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{HttpResponse, web};
use futures_util::stream;
use serde_json::json;

use crate::audit::jsonl::CONTENT_TYPE;
use crate::services::audit as service;
use crate::state::AppState;
use crate::web::error::{ApiError, AppError};
use crate::web::extract::Auditor;
use crate::web::extract::Require;

/// Audit routes (mounted under `/api/v1`).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/audit/head", web::get().to(head))
        .route("/audit/public-key", web::get().to(public_key))
        .route("/audit/checkpoints", web::post().to(create_checkpoint))
        .route("/audit/log", web::get().to(log));
}

async fn head(
    state: web::Data<AppState>,
    _who: Require<Auditor>,
) -> Result<HttpResponse, ApiError> {
    let view = state.db(service::head).await?;
    Ok(HttpResponse::Ok().json(view))
}

async fn public_key(state: web::Data<AppState>, _who: Require<Auditor>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "inline; filename=\"plenary-audit-key.pub\"",
        ))
        .body(state.signer.public_key_file())
}

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
