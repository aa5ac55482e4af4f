//! `HEAD` wherever `GET` works (RFC 9110 §9.3.2): a middleware in front of
//! the router answers a `HEAD` request as the `GET` it mirrors, so every
//! route, the static files and the 404 of unknown paths get it without a
//! registration of their own. The status and headers (`Content-Length`
//! included) are the `GET`'s; actix's HTTP/1 and HTTP/2 writers send no body
//! for a request that arrived as `HEAD`, since they note the method when
//! they read the request, before this rewrite.

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;

/// Middleware: routes a `HEAD` request as a `GET`. The layers outside it
/// (logs, metrics) still see `HEAD`.
pub async fn as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if req.method() == Method::HEAD {
        req.head_mut().method = Method::GET;
    }
    next.call(req).await
}
