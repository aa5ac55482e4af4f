//! HTTP handlers, one module per area. Pages and `/api/v1` call the same
//! services; handlers only extract, authorise, call and render.

pub mod account;
pub mod admin_actions;
pub mod admin_users;
pub mod adoption_view;
pub mod api;
pub mod api_account;
pub mod api_audit;
pub mod api_docs;
pub mod api_notifications;
pub mod api_page;
pub mod api_proposals;
pub mod api_reports;
pub mod api_rounds;
pub mod api_schemas;
pub mod assets;
pub mod audit_page;
pub mod charts;
pub mod comments;
pub mod confirm;
pub mod csrf;
pub mod error;
pub mod error_page;
pub mod extract;
pub mod flash;
pub mod head;
pub mod health;
pub mod home_page;
pub mod lang;
pub mod metrics;
pub mod notifications;
pub mod pages;
pub mod password_gate;
pub mod proposals;
pub mod receipt_page;
pub mod report_view;
pub mod reports;
pub mod results_view;
pub mod round_ballot;
pub mod round_confirm;
pub mod round_form;
pub mod round_proxies;
pub mod round_results;
pub mod round_words;
pub mod rounds;
pub mod site_files;
pub mod vote_bars;
pub mod when;

use actix_web::error::{JsonPayloadError, UrlencodedError};
use actix_web::{HttpRequest, web};

use error::{AppError, Rejection};

/// All routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(health::healthz))
        .route("/static/{file}", web::get().to(assets::serve))
        .configure(site_files::routes)
        .configure(metrics::routes)
        .service(
            web::scope("/api/v1")
                .configure(api::routes)
                .configure(api_account::routes)
                .configure(api_rounds::routes)
                .configure(api_audit::routes)
                .configure(api_proposals::routes)
                .configure(api_reports::routes)
                .configure(api_notifications::routes)
                .configure(api_docs::routes),
        )
        .configure(api_page::routes)
        .configure(audit_page::routes)
        .configure(proposals::routes)
        .configure(comments::routes)
        .configure(home_page::routes)
        .configure(pages::routes)
        .configure(account::routes)
        .configure(admin_users::routes)
        .configure(admin_actions::routes)
        .configure(notifications::routes)
        .configure(lang::routes)
        .configure(rounds::routes)
        .configure(receipt_page::routes)
        .configure(round_confirm::routes)
        .configure(reports::routes)
        .default_service(web::to(not_found));
}

async fn not_found(req: HttpRequest) -> Result<actix_web::HttpResponse, Rejection> {
    Err(Rejection::new(
        &req,
        AppError::NotFound("err-nothing-here".to_owned()),
    ))
}

/// The largest request body accepted (JSON, forms, raw bytes): 256 KiB.
pub const BODY_LIMIT: usize = 256 * 1024;

/// The refusal of a body over [`BODY_LIMIT`]: a 413 naming the limit.
pub fn too_large() -> AppError {
    AppError::PayloadTooLarge(
        crate::error::Msg::new("err-body-too-large")
            .arg("kib", BODY_LIMIT / 1024)
            .arg("bytes", BODY_LIMIT)
            .into(),
    )
}

/// True when reading a body failed because it is over the limit (actix
/// answers those errors with 413; everything else is a bad request).
pub fn is_overflow(err: &actix_web::Error) -> bool {
    err.as_response_error().status_code() == actix_web::http::StatusCode::PAYLOAD_TOO_LARGE
}

/// Bad JSON bodies become a 400 in our JSON error shape; bodies over the
/// limit a 413.
pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(BODY_LIMIT)
        .error_handler(|err, req| {
            let error = match &err {
                JsonPayloadError::ContentType => AppError::BadRequest("err-send-json".to_owned()),
                JsonPayloadError::Deserialize(e) => AppError::BadRequest(
                    crate::error::Msg::new("err-json-invalid")
                        .arg("detail", e)
                        .into(),
                ),
                JsonPayloadError::Overflow { .. }
                | JsonPayloadError::OverflowKnownLength { .. }
                | JsonPayloadError::Payload(actix_web::error::PayloadError::Overflow) => {
                    too_large()
                }
                other => AppError::BadRequest(
                    crate::error::Msg::new("err-json-unreadable")
                        .arg("detail", other)
                        .into(),
                ),
            };
            Rejection::new(req, error).into()
        })
}

/// URL-encoded forms read with `web::Form`: the same limit, 413 over it.
/// (Browser forms go through `csrf::CsrfForm`, which reads the bytes under
/// [`payload_config`] and maps an overflow the same way.)
pub fn form_config() -> web::FormConfig {
    web::FormConfig::default()
        .limit(BODY_LIMIT)
        .error_handler(|err, req| {
            let error = match &err {
                UrlencodedError::Overflow { .. }
                | UrlencodedError::Payload(actix_web::error::PayloadError::Overflow) => too_large(),
                other => AppError::BadRequest(
                    crate::error::Msg::new("err-form-unreadable")
                        .arg("detail", other)
                        .into(),
                ),
            };
            Rejection::new(req, error).into()
        })
}

/// Raw bodies (`web::Bytes`, and so `CsrfForm`): the same limit.
pub fn payload_config() -> web::PayloadConfig {
    web::PayloadConfig::new(BODY_LIMIT)
}

/// Bad query strings become a 400 with the reason.
pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, req| {
        Rejection::new(
            req,
            AppError::BadRequest(
                crate::error::Msg::new("err-query-invalid")
                    .arg("detail", err)
                    .into(),
            ),
        )
        .into()
    })
}

/// Bad path segments (e.g. a non-numeric id) become a 404.
pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|_, req| {
        Rejection::new(req, AppError::NotFound("err-nothing-here".to_owned())).into()
    })
}
