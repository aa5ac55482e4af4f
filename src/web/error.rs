//! One error type for every handler, rendered two ways: JSON
//! `{"error":{"code","message"}}` under `/api/v1`, an HTML page elsewhere.
//! People see a clear message and the right status; logs see the cause
//! chain; nobody sees a database error.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

pub use crate::error::AppError;

/// The bare error page (what [`AppError::page_response`] renders, and what
/// `web::error_page::layout` puts into the site's layout when it can).
#[derive(Template)]
#[template(path = "error_bare.html")]
pub struct ErrorPage {
    /// HTTP status.
    pub status: u16,
    /// The reader's language (the request's; see `web::lang`).
    pub lang: crate::i18n::Lang,
    /// What went wrong and what to do.
    pub message: String,
}

impl ErrorPage {
    /// Message `id` in the page's language.
    pub fn t(&self, id: &str) -> String {
        crate::i18n::t(self.lang, id)
    }

    /// The short title for the status, e.g. "Forbidden".
    pub fn title(&self) -> String {
        let id = format!("error-title-{}", self.status);
        let id = if crate::i18n::has_message(&id) {
            id
        } else {
            "error-title-500".to_owned()
        };
        crate::i18n::t(self.lang, &id)
    }

    /// "Error 404", for the small print.
    pub fn t_status(&self) -> String {
        let status = self.status.to_string();
        crate::i18n::t_args(
            self.lang,
            "error-status",
            &[("status", crate::i18n::Arg::Str(&status))],
        )
    }
}

impl AppError {
    /// The HTTP status for this error.
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthenticated | AppError::LoginFailed => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) | AppError::Csrf | AppError::AwaitingApproval => {
                StatusCode::FORBIDDEN
            }
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Conflict(_) | AppError::RoundClosed(_) => StatusCode::CONFLICT,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A stable machine-readable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Invalid(_) => "invalid",
            AppError::BadRequest(_) => "bad_request",
            AppError::Unauthenticated => "unauthenticated",
            AppError::LoginFailed => "login_failed",
            AppError::AwaitingApproval => "awaiting_approval",
            AppError::Forbidden(_) => "forbidden",
            AppError::Csrf => "csrf",
            AppError::NotFound(_) => "not_found",
            AppError::Conflict(_) => "conflict",
            AppError::RoundClosed(_) => "round_closed",
            AppError::PayloadTooLarge(_) => "too_large",
            AppError::TooManyRequests { .. } => "rate_limited",
            AppError::Unavailable(_) => "unavailable",
            AppError::Internal(_) => "internal",
        }
    }

    fn log(&self) {
        if let AppError::Internal(e) = self {
            tracing::error!(error = ?e, "request failed");
        }
    }

    /// The JSON rendering.
    pub fn json_response(&self) -> HttpResponse {
        self.log();
        let mut body =
            serde_json::json!({"error": {"code": self.code(), "message": self.to_string()}});
        if let AppError::Invalid(v) = self {
            body["error"]["field"] = serde_json::Value::String(v.field.to_owned());
        }
        let mut res = HttpResponse::build(self.status()).json(body);
        self.mark(&mut res);
        res
    }

    /// Adds what the status alone does not say: `Retry-After` on 429 and 503.
    pub fn mark(&self, res: &mut HttpResponse) {
        if let Some(secs) = self.retry_after()
            && let Ok(v) = header::HeaderValue::from_str(&secs.to_string())
        {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
    }

    /// The HTML rendering; an unauthenticated browser goes to the login page.
    pub fn page_response(&self) -> HttpResponse {
        self.log();
        if matches!(self, AppError::Unauthenticated) {
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, "/login"))
                .finish();
        }
        let status = self.status();
        let page = ErrorPage {
            status: status.as_u16(),
            lang: crate::i18n::current(),
            message: self.to_string(),
        };
        let mut res = match page.render() {
            Ok(html) => HttpResponse::build(status)
                .insert_header(ContentType::html())
                .body(html),
            Err(_) => HttpResponse::build(status).body(self.to_string()),
        };
        self.mark(&mut res);
        res.extensions_mut()
            .insert(crate::web::error_page::ErrorShown {
                title: page.title(),
                message: page.message,
                round_closed: matches!(self, AppError::RoundClosed(m) if m == crate::messages::ROUND_CLOSED),
            });
        res
    }
}

/// An error from a JSON API handler.
#[derive(Debug)]
pub struct ApiError(pub AppError);

/// An error from an HTML page handler.
#[derive(Debug)]
pub struct PageError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(e: E) -> Self {
        ApiError(e.into())
    }
}

impl<E: Into<AppError>> From<E> for PageError {
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.0.status()
    }
    fn error_response(&self) -> HttpResponse {
        self.0.json_response()
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        self.0.status()
    }
    fn error_response(&self) -> HttpResponse {
        self.0.page_response()
    }
}

/// An error from an extractor, which serves both APIs and pages: it answers
/// in JSON when the request was for `/api/…`.
#[derive(Debug)]
pub struct Rejection {
    /// What went wrong.
    pub error: AppError,
    /// Answer in JSON.
    pub api: bool,
}

impl Rejection {
    /// Wraps `error`, choosing the format from the request path.
    pub fn new(req: &actix_web::HttpRequest, error: AppError) -> Self {
        Rejection {
            error,
            api: is_api(req),
        }
    }
}

/// True for requests to the JSON API.
pub fn is_api(req: &actix_web::HttpRequest) -> bool {
    req.path().starts_with("/api/")
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.error.fmt(f)
    }
}

impl ResponseError for Rejection {
    fn status_code(&self) -> StatusCode {
        self.error.status()
    }
    fn error_response(&self) -> HttpResponse {
        if self.api {
            self.error.json_response()
        } else {
            self.error.page_response()
        }
    }
}
