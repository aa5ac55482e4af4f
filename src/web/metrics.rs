//! `GET /metrics`: Prometheus text format, off unless configured
//! (`PLENARY_METRICS=1`, or `PLENARY_METRICS_TOKEN` for a bearer token;
//! a 404 otherwise, as if the route did not exist).
//!
//! Per-process series come from the `metrics` facade, recorded by
//! `metrics-exporter-prometheus` (one recorder per process, installed on
//! first use): requests and their latency by route *pattern* (`/rounds/{id}`,
//! never the raw path, so ids do not explode the series) and status, and
//! sign-in failures. Database-wide numbers — ballots cast, rounds open,
//! audit entries — and the pool's use are read at each scrape.

use std::sync::OnceLock;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::services::ops_metrics;
use crate::state::AppState;
use crate::web::error::{AppError, Rejection};

/// Latency buckets, in seconds: from a cached page to a slow close.
const BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// The process's recorder, installed once. `None` if another recorder was
/// installed first (then metrics are served empty rather than failing).
fn handle() -> Option<&'static PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets(BUCKETS)
                .ok()?
                .build_recorder();
            let handle = recorder.handle();
            metrics::set_global_recorder(recorder).ok()?;
            describe();
            Some(handle)
        })
        .as_ref()
}

fn describe() {
    metrics::describe_counter!(
        "plenary_http_requests_total",
        "HTTP requests answered, by method, route pattern and status."
    );
    metrics::describe_histogram!(
        "plenary_http_request_duration_seconds",
        metrics::Unit::Seconds,
        "Time to answer an HTTP request, by method, route pattern and status."
    );
    metrics::describe_counter!(
        "plenary_sign_in_failures_total",
        "Refused sign-ins (bad credentials or too many attempts), page and API."
    );
    metrics::describe_gauge!(
        "plenary_ballots_cast",
        "Ballots cast, replaced ones included."
    );
    metrics::describe_gauge!("plenary_rounds_open", "Voting rounds open now.");
    metrics::describe_gauge!("plenary_audit_entries", "Entries in the audit trail.");
    metrics::describe_gauge!(
        "plenary_db_pool_connections",
        "Database connections in the pool."
    );
    metrics::describe_gauge!(
        "plenary_db_pool_idle_connections",
        "Idle database connections."
    );
    metrics::describe_gauge!("plenary_db_pool_max_size", "Largest size of the pool.");
}

/// Routes of this module.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/metrics", web::get().to(serve));
}

/// Whether a request is a sign-in attempt, and it failed.
fn sign_in_failed(method: &Method, pattern: &str, status: StatusCode) -> bool {
    method == Method::POST
        && matches!(pattern, "/login" | "/api/v1/session")
        && matches!(
            status,
            StatusCode::UNAUTHORIZED | StatusCode::TOO_MANY_REQUESTS
        )
}

/// The middleware (`from_fn`): times every request and counts it under its
/// route pattern. Recording costs a few atomic operations; nothing is
/// recorded while metrics are off.
pub async fn record(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let on = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| enabled(s));
    if !on || handle().is_none() {
        return next.call(req).await;
    }
    let start = Instant::now();
    let method = req.method().clone();
    let res = next.call(req).await?;
    let pattern = res
        .request()
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_owned());
    let status = res.status();
    let labels = [
        ("method", method.as_str().to_owned()),
        ("route", pattern.clone()),
        ("status", status.as_u16().to_string()),
    ];
    metrics::counter!("plenary_http_requests_total", &labels).increment(1);
    metrics::histogram!("plenary_http_request_duration_seconds", &labels)
        .record(start.elapsed().as_secs_f64());
    if sign_in_failed(&method, &pattern, status) {
        metrics::counter!("plenary_sign_in_failures_total").increment(1);
    }
    Ok(res)
}

fn enabled(state: &AppState) -> bool {
    state.settings.metrics_enabled || state.settings.metrics_token.is_some()
}

/// Compares the presented bearer token with the configured one in constant
/// time (over their SHA-256, so lengths leak nothing either).
fn token_matches(req: &HttpRequest, expected: &str) -> bool {
    let presented = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    let a = Sha256::digest(presented.trim().as_bytes());
    let b = Sha256::digest(expected.as_bytes());
    bool::from(a.ct_eq(&b))
}

/// `GET /metrics`.
async fn serve(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, Rejection> {
    if !enabled(&state) {
        return Err(Rejection::new(
            &req,
            AppError::NotFound("err-nothing-here".to_owned()),
        ));
    }
    if let Some(token) = &state.settings.metrics_token
        && !token_matches(&req, token.expose())
    {
        return Ok(HttpResponse::Unauthorized()
            .insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"metrics\""))
            .content_type("text/plain; charset=utf-8")
            .body("Send the metrics token as Authorization: Bearer <token>.\n"));
    }
    let counts = state
        .db(ops_metrics::counts)
        .await
        .map_err(|e| Rejection::new(&req, e))?;
    #[allow(clippy::cast_precision_loss)]
    let text = handle().map_or_else(String::new, |h| {
        metrics::gauge!("plenary_ballots_cast").set(counts.ballots_cast as f64);
        metrics::gauge!("plenary_rounds_open").set(counts.rounds_open as f64);
        metrics::gauge!("plenary_audit_entries").set(counts.audit_entries as f64);
        let pool = state.pool.state();
        metrics::gauge!("plenary_db_pool_connections").set(f64::from(pool.connections));
        metrics::gauge!("plenary_db_pool_idle_connections").set(f64::from(pool.idle_connections));
        metrics::gauge!("plenary_db_pool_max_size").set(f64::from(state.pool.max_size()));
        h.render()
    });
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(text))
}
