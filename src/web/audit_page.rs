//! The audit page (`GET /audit`, auditors and admins): the trail newest
//! first, 50 per page, filterable by action, actor and round, with the
//! current head, the latest signed checkpoint, and links to download the
//! log and the public key. A form signs the head on request.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::{Deserialize, Serialize};

use crate::audit::store::Filter;
use crate::domain::user::{Role, UserId};
use crate::services::audit::{self as service, HeadView};
use crate::state::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::{AppError, PageError};
use crate::web::extract::Auditor;
use crate::web::extract::Require;
use crate::web::pages::{PageCtx, html};

/// Page routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/audit", web::get().to(audit))
        .route("/audit/checkpoints", web::post().to(sign_head));
}

/// The filter form's fields, also used to build pagination links.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
struct AuditQuery {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    action: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    actor: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    round: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    page: Option<i64>,
}

impl AuditQuery {
    fn filter(&self) -> Result<Filter, AppError> {
        // Actions and actors are short plain words; a NUL byte or other
        // control character could never match and PostgreSQL refuses it.
        // The refusals are message ids, put into the reader's language when
        // the error page renders.
        for (id, value) in [
            ("audit-bad-action-filter", &self.action),
            ("audit-bad-actor-filter", &self.actor),
        ] {
            if value.chars().any(char::is_control) || value.len() > 200 {
                return Err(AppError::BadRequest(id.to_owned()));
            }
        }
        let some = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let subject = match some(&self.round) {
            Some(r) if r.chars().all(|c| c.is_ascii_digit()) => Some(format!("round:{r}")),
            Some(_) => {
                return Err(AppError::BadRequest("err-round-filter".to_owned()));
            }
            None => None,
        };
        Ok(Filter {
            action: some(&self.action),
            actor: some(&self.actor),
            subject,
        })
    }

    /// `/audit?…` for page `page` with the same filters.
    fn link(&self, page: i64) -> String {
        let q = AuditQuery {
            page: Some(page),
            ..self.clone()
        };
        format!(
            "/audit?{}",
            serde_urlencoded::to_string(&q).unwrap_or_default()
        )
    }
}

/// An entry as the page shows it.
struct EntryView {
    seq: i64,
    at: String,
    actor: String,
    actor_name: Option<String>,
    action: String,
    subject: String,
    details: String,
    hash: String,
    hash_short: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    ctx: PageCtx,
    head: HeadView,
    entries: Vec<EntryView>,
    actions: Vec<String>,
    query: AuditQuery,
    filtered: bool,
    total: i64,
    page: i64,
    pages: i64,
    prev: Option<String>,
    next: Option<String>,
    /// Closed rounds `(id, title, file names)` with download links, only
    /// the files the round's kind offers (auditors only: the exports are
    /// for auditors and chairs).
    closed_rounds: Vec<(i64, String, Vec<&'static str>)>,
    /// Recent checkpoints with their cosigners.
    checkpoints: Vec<service::CheckpointView>,
    /// Registered witnesses.
    witnesses: Vec<crate::services::witnesses::WitnessView>,
}

async fn audit(
    state: web::Data<AppState>,
    who: Require<Auditor>,
    ctx: PageCtx,
    q: web::Query<AuditQuery>,
) -> Result<HttpResponse, PageError> {
    let query = q.into_inner();
    let filter = query.filter()?;
    let filtered = filter.action.is_some() || filter.actor.is_some() || filter.subject.is_some();
    let page_no = query.page.unwrap_or(1);
    let with_rounds = who.role == Role::Auditor;
    let data = state
        .db(move |c| service::page(c, &filter, page_no, with_rounds))
        .await?;
    let names = data.actor_names;
    let trail = data.trail;
    let entries = trail
        .entries
        .into_iter()
        .map(|e| EntryView {
            actor_name: e
                .actor
                .parse::<i64>()
                .ok()
                .and_then(|id| names.get(&UserId(id)).cloned()),
            details: crate::canonical::to_canonical_string(&e.details).unwrap_or_default(),
            hash_short: e.hash.chars().take(12).collect(),
            seq: e.seq,
            at: e.at,
            actor: e.actor,
            action: e.action,
            subject: e.subject,
            hash: e.hash,
        })
        .collect();
    let prev = (trail.page > 1).then(|| query.link(trail.page - 1));
    let next = (trail.page < trail.pages).then(|| query.link(trail.page + 1));
    html(
        StatusCode::OK,
        &AuditPage {
            closed_rounds: data
                .closed_rounds
                .into_iter()
                .map(|r| {
                    let files = r.files.into_iter().map(|f| f.name()).collect();
                    (r.id.0, r.title, files)
                })
                .collect(),
            ctx,
            checkpoints: data.checkpoints,
            witnesses: data.witnesses,
            head: data.head,
            entries,
            actions: data.actions,
            query,
            filtered,
            total: trail.total,
            page: trail.page,
            pages: trail.pages,
            prev,
            next,
        },
    )
}

async fn sign_head(
    state: web::Data<AppState>,
    who: Require<Auditor>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    let user = who.user.0;
    let st = state.clone();
    state
        .db(move |c| service::request_checkpoint(c, &st.signer, &user))
        .await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, "/audit"))
        .finish())
}
