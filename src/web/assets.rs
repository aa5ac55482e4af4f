//! Static files, compiled into the binary so the server is one file with no
//! build step for assets.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use super::error::{AppError, Rejection};

const FILES: &[(&str, &str, &str)] = &[
    (
        "style.css",
        "text/css; charset=utf-8",
        include_str!("../../static/style.css"),
    ),
    (
        "report.css",
        "text/css; charset=utf-8",
        include_str!("../../static/report.css"),
    ),
    (
        "ballot.js",
        "text/javascript; charset=utf-8",
        include_str!("../../static/ballot.js"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_str!("../../static/favicon.svg"),
    ),
    (
        "receipt-verify.js",
        "text/javascript; charset=utf-8",
        include_str!("../../static/receipt-verify.js"),
    ),
];

/// `GET /static/{file}`.
pub async fn serve(req: HttpRequest, file: web::Path<String>) -> Result<HttpResponse, Rejection> {
    let (_, mime, body) = FILES
        .iter()
        .find(|(name, _, _)| *name == file.as_str())
        .ok_or_else(|| Rejection::new(&req, AppError::NotFound("err-no-such-file".to_owned())))?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, *mime))
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(*body))
}
