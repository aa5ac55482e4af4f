//! The files every site is asked for at well-known addresses: the favicon
//! (so browsers stop logging a 404 on every page) and `robots.txt`, which
//! keeps crawlers out — a panel's drafts, discussions and ballots are for
//! its members, and nothing public is meant to be indexed.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

/// The favicon: a small SVG, also linked from the layout as
/// `/static/favicon.svg`.
pub const FAVICON_SVG: &str = include_str!("../../static/favicon.svg");

/// What `GET /robots.txt` answers: no crawler may fetch anything.
pub const ROBOTS_TXT: &str = "User-agent: *\nDisallow: /\n";

/// Routes of this module.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/favicon.ico", web::get().to(favicon))
        .route("/robots.txt", web::get().to(robots));
}

/// `GET /favicon.ico`: the SVG icon, for clients that ask the old address
/// without reading the page's `<link rel="icon">`.
async fn favicon() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "image/svg+xml"))
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(FAVICON_SVG)
}

/// `GET /robots.txt`.
async fn robots() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/plain; charset=utf-8"))
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(ROBOTS_TXT)
}
