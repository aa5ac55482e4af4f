//! "What happened": the status message a page shows after a form worked.
//!
//! A form's handler answers 303 with [`see_other_done`], which also sets a
//! short-lived cookie naming a [`Done`]; the next page rendered reads it into
//! [`crate::web::pages::PageCtx::done`], the layout shows it in a
//! `role="status"` box (screen readers announce it), and [`clear`] removes
//! the cookie once a page has been shown. A cookie, not a `?done=` query:
//! another site cannot make our page say "your ballot was cast" (the cookie
//! is `SameSite=Strict` and only our answers set it), and a reload or a
//! shared link does not repeat the message.

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse};

/// The cookie's name.
const COOKIE: &str = "plenary_done";

/// Every message a form can leave; the key travels in the cookie, the
/// message id is looked up in the catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Done {
    /// A comment was posted.
    CommentPosted,
    /// The user co-sponsored a proposal.
    Cosponsored,
    /// The user stopped co-sponsoring a proposal.
    Uncosponsored,
    /// A proposal was withdrawn.
    Withdrawn,
    /// A proposal was submitted.
    Submitted,
    /// A round was created (as a draft).
    RoundCreated,
    /// A round was opened.
    RoundOpened,
    /// A round was closed and its results published.
    RoundClosed,
    /// A decision was recorded for a proposal.
    DecisionRecorded,
}

impl Done {
    const ALL: [Done; 9] = [
        Done::CommentPosted,
        Done::Cosponsored,
        Done::Uncosponsored,
        Done::Withdrawn,
        Done::Submitted,
        Done::RoundCreated,
        Done::RoundOpened,
        Done::RoundClosed,
        Done::DecisionRecorded,
    ];

    /// The value kept in the cookie.
    fn key(self) -> &'static str {
        match self {
            Done::CommentPosted => "comment-posted",
            Done::Cosponsored => "cosponsored",
            Done::Uncosponsored => "uncosponsored",
            Done::Withdrawn => "withdrawn",
            Done::Submitted => "submitted",
            Done::RoundCreated => "round-created",
            Done::RoundOpened => "round-opened",
            Done::RoundClosed => "round-closed",
            Done::DecisionRecorded => "decision-recorded",
        }
    }

    /// The catalogue id of the sentence shown.
    pub fn message_id(self) -> &'static str {
        match self {
            Done::CommentPosted => "done-comment-posted",
            Done::Cosponsored => "done-cosponsored",
            Done::Uncosponsored => "done-uncosponsored",
            Done::Withdrawn => "done-withdrawn",
            Done::Submitted => "done-submitted",
            Done::RoundCreated => "done-round-created",
            Done::RoundOpened => "done-round-opened",
            Done::RoundClosed => "done-round-closed",
            Done::DecisionRecorded => "done-decision-recorded",
        }
    }

    fn parse(key: &str) -> Option<Done> {
        Done::ALL.into_iter().find(|d| d.key() == key)
    }
}

/// The message this request's page should show, if a form just left one.
pub fn pending(req: &HttpRequest) -> Option<Done> {
    req.cookie(COOKIE).and_then(|c| Done::parse(c.value()))
}

/// A 303 to `location` that leaves `done` for the page there (`secure`:
/// the settings' `secure_cookies`).
pub fn see_other_done(secure: bool, location: &str, done: Done) -> HttpResponse {
    let cookie = Cookie::build(COOKIE, done.key())
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(time::Duration::minutes(1))
        .finish();
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .cookie(cookie)
        .finish()
}

/// Middleware: once a page (not a redirect) has been answered to a request
/// that carried a message, the message is spent.
pub async fn clear(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let had = req.cookie(COOKIE).is_some();
    let mut res = next.call(req).await?;
    let status = res.status();
    let page = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if had && page && !status.is_redirection() {
        let mut gone = Cookie::build(COOKIE, "").path("/").finish();
        gone.make_removal();
        res.response_mut().add_cookie(&gone)?;
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_survives_the_cookie() {
        for d in Done::ALL {
            assert_eq!(Done::parse(d.key()), Some(d));
        }
        assert_eq!(Done::parse("anything else"), None);
    }
}
