//! HTTP handlers, one module per area. Pages and `/api/v1` call the same
//! services; handlers only extract, authorise, call and render.

pub mod api;
pub mod api_audit;
pub mod api_proposals;
pub mod api_rounds;
pub mod assets;
pub mod audit_page;
pub mod charts;
pub mod comments;
pub mod csrf;
pub mod error;
pub mod extract;
pub mod health;
pub mod pages;
pub mod proposals;
pub mod results_view;
pub mod rounds;

use actix_web::{HttpRequest, error::JsonPayloadError, web};

use error::{AppError, Rejection};

/// All routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(health::healthz))
        .route("/static/{file}", web::get().to(assets::serve))
        .service(
            web::scope("/api/v1")
                .configure(api::routes)
                .configure(api_rounds::routes)
                .configure(api_audit::routes)
                .configure(api_proposals::routes),
        )
        .configure(audit_page::routes)
        .configure(proposals::routes)
        .configure(comments::routes)
        .configure(pages::routes)
        .configure(rounds::routes)
        .default_service(web::to(not_found));
}

async fn not_found(req: HttpRequest) -> Result<actix_web::HttpResponse, Rejection> {
    Err(Rejection::new(
        &req,
        AppError::NotFound("There is nothing at this address.".to_owned()),
    ))
}

/// Bad JSON bodies become a 400 in our JSON error shape.
pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(256 * 1024)
        .error_handler(|err, req| {
            let msg = match &err {
                JsonPayloadError::ContentType => {
                    "Send the body as JSON with Content-Type: application/json.".to_owned()
                }
                JsonPayloadError::Deserialize(e) => format!("The JSON body is invalid: {e}"),
                JsonPayloadError::Overflow { limit }
                | JsonPayloadError::OverflowKnownLength { limit, .. } => {
                    format!("The body is larger than {limit} bytes.")
                }
                other => format!("Cannot read the JSON body: {other}"),
            };
            Rejection::new(req, AppError::BadRequest(msg)).into()
        })
}

/// Bad query strings become a 400 with the reason.
pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, req| {
        Rejection::new(req, AppError::BadRequest(format!("Invalid query: {err}"))).into()
    })
}

/// Bad path segments (e.g. a non-numeric id) become a 404.
pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|_, req| {
        Rejection::new(
            req,
            AppError::NotFound("There is nothing at this address.".to_owned()),
        )
        .into()
    })
}
