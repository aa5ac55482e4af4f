//! Proposal pages (placeholder).
use actix_web::web;
/// Page routes for proposals.
pub fn routes(_cfg: &mut web::ServiceConfig) {}
