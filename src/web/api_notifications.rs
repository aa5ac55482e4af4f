//! `/api/v1/notifications`: the signed-in user's notices, newest first and
//! paginated like the other lists, and the two ways to mark them read — the
//! JSON twins of the `/notifications` page, calling the same services.

use actix_web::{HttpResponse, web};
use chrono::SecondsFormat;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::i18n;
use crate::services::notifications::{self, NotificationPage, Paging, text};
use crate::state::AppState;
use crate::web::api_docs::Refused;
use crate::web::error::{ApiError, AppError};
use crate::web::extract::CurrentUser;

/// Routes of this module (inside the `/api/v1` scope).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/notifications", web::get().to(list))
        .route("/notifications/read-all", web::post().to(read_all))
        .route("/notifications/{id}/read", web::post().to(read_one));
}

/// One notice.
#[derive(Serialize, ToSchema)]
pub struct Notification {
    /// Its id (for marking it read).
    pub id: i64,
    /// Which event: `round_opened`, `round_closing`, `results_published`,
    /// `cosponsored`, `commented`, `decided` or `approved`.
    pub kind: String,
    /// What happened, in the caller's language.
    pub sentence: String,
    /// The page it is about (a path on this site).
    pub link: String,
    /// When it was written (RFC 3339, UTC).
    pub created_at: String,
    /// Not read yet.
    pub unread: bool,
}

/// `GET /api/v1/notifications`: one page of the caller's notices.
#[derive(Serialize, ToSchema)]
pub struct NotificationsOut {
    /// The notices on this page, newest first.
    pub notifications: Vec<Notification>,
    /// How many of the caller's notices are unread, in all pages.
    pub unread: i64,
    /// How many notices the caller has, in all pages.
    pub total: i64,
    /// This page, from 1.
    pub page: i64,
    /// Notices per page.
    pub per_page: i64,
    /// How many pages there are (at least 1).
    pub pages: i64,
}

impl NotificationsOut {
    /// The answer for `data`, its sentences in the request's language.
    fn new(data: NotificationPage) -> Self {
        let lang = i18n::current();
        NotificationsOut {
            notifications: data
                .items
                .into_iter()
                .map(|v| Notification {
                    id: v.id,
                    kind: v.kind.as_str().to_owned(),
                    sentence: text::sentence(lang, v.kind, &v.args),
                    link: v.link,
                    created_at: v
                        .created_at
                        .and_utc()
                        .to_rfc3339_opts(SecondsFormat::Micros, true),
                    unread: v.unread,
                })
                .collect(),
            unread: data.unread,
            total: data.total,
            page: data.page,
            per_page: data.per_page,
            pages: data.pages,
        }
    }
}

/// The answer to marking: what is left unread.
#[derive(Serialize, ToSchema)]
pub struct MarkedOut {
    /// How many of the caller's notices are still unread.
    pub unread: i64,
    /// How many this call marked read (`read-all`; 0 or 1 for one notice,
    /// which may have been read already).
    #[schema(nullable = false)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marked: Option<usize>,
}

#[derive(Deserialize)]
struct PageQuery {
    page: Option<String>,
    per_page: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/notifications", tag = "notifications", summary = "One's own notices, newest first, with the unread count.",
    params(("page" = Option<String>, Query, description = "The page, from 1."), ("per_page" = Option<String>, Query, description = "Notices per page, 1 to 100 (default 20).")),
    responses((status = 200, description = "One page of the caller's notices.", body = NotificationsOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 422, response = Refused)))]
async fn list(
    state: web::Data<AppState>,
    user: CurrentUser,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let paging = Paging::parse(q.page.as_deref(), q.per_page.as_deref()).map_err(AppError::from)?;
    let id = user.id;
    let data = state
        .db(move |c| notifications::list(c, id, paging))
        .await?;
    Ok(HttpResponse::Ok().json(NotificationsOut::new(data)))
}

#[utoipa::path(post, path = "/api/v1/notifications/{id}/read", tag = "notifications", summary = "Mark one of one's notices read.",
    params(("id" = i64, Path, description = "The notice's id.")),
    responses((status = 200, description = "Marked read (marking a read notice again is no error).", body = MarkedOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused)))]
async fn read_one(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let (uid, id) = (user.id, id.into_inner());
    let unread = state
        .db(move |c| notifications::mark_read(c, uid, id))
        .await?;
    Ok(HttpResponse::Ok().json(MarkedOut {
        unread,
        marked: None,
    }))
}

#[utoipa::path(post, path = "/api/v1/notifications/read-all", tag = "notifications", summary = "Mark all of one's notices read.",
    responses((status = 200, description = "All marked read.", body = MarkedOut),
        (status = 401, response = Refused), (status = 403, response = Refused)))]
async fn read_all(state: web::Data<AppState>, user: CurrentUser) -> Result<HttpResponse, ApiError> {
    let uid = user.id;
    let marked = state
        .db(move |c| notifications::mark_all_read(c, uid))
        .await?;
    Ok(HttpResponse::Ok().json(MarkedOut {
        unread: 0,
        marked: Some(marked),
    }))
}
