//! Builds the application: opens the database, binds the listener (port 0
//! picks a free one, for tests), wires routes and middleware, and runs until
//! stopped. SIGTERM and Ctrl-C stop it gracefully (actix waits for requests
//! in flight).

use std::net::TcpListener;

use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{Condition, DefaultHeaders, Next, from_fn};
use actix_web::{App, HttpServer, web};
use tracing_actix_web::TracingLogger;

use crate::config::Settings;
use crate::services::notifications::mailer::{self, MailConfig};
use crate::state::AppState;

/// A bound, ready-to-run server.
pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
}

/// Security headers on every response. The CSP allows only our own scripts
/// and styles, which is all the pages use.
fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "same-origin"))
        .add((
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        ))
}

/// `Strict-Transport-Security`, sent when the site is served over HTTPS
/// (`PLENARY_SECURE_COOKIES=1`): a year, subdomains included.
pub const HSTS: &str = "max-age=31536000; includeSubDomains";

fn hsts() -> DefaultHeaders {
    DefaultHeaders::new().add((header::STRICT_TRANSPORT_SECURITY, HSTS))
}

/// True when a response to this request must not be stored by any cache:
/// the request is signed in (session cookie or `Authorization`), or it is
/// an API call. Static assets are the exception: they are the same for
/// everybody and keep their caching.
fn is_private(req: &ServiceRequest) -> bool {
    let path = req.path();
    if path.starts_with("/static/") {
        return false;
    }
    path.starts_with("/api/")
        || req.headers().contains_key(header::AUTHORIZATION)
        || req.cookie(crate::web::extract::SESSION_COOKIE).is_some()
}

/// Middleware: `Cache-Control: no-store` on every private answer (see
/// [`is_private`]) and on every download (`Content-Disposition:
/// attachment`), errors included, so no shared or browser cache keeps a
/// page, a token or an export after the person signs out.
async fn no_store(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let private = is_private(&req);
    let mut res = next.call(req).await?;
    let download = res
        .headers()
        .get(header::CONTENT_DISPOSITION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("attachment")
        });
    // A page that set its own rule (a closed round's: private, revalidated
    // with its ETag) keeps it.
    let own_rule = res.headers().contains_key(header::CACHE_CONTROL);
    if (private || download) && !own_rule {
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Ok(res)
}

impl Application {
    /// Opens the database and binds `settings.bind`.
    pub fn build(settings: Settings) -> anyhow::Result<Application> {
        let state = web::Data::new(AppState::new(settings)?);
        Self::with_state(state)
    }

    /// Binds and wires an already-built state (tests reuse the pool).
    pub fn with_state(state: web::Data<AppState>) -> anyhow::Result<Application> {
        let listener = TcpListener::bind(&state.settings.bind)
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", state.settings.bind))?;
        let port = listener.local_addr()?.port();
        let workers = state.settings.workers;
        let https = state.settings.secure_cookies;
        let data = state.clone();
        let results = web::Data::new(crate::web::round_results::ResultsCache::default());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .app_data(results.clone())
                .app_data(crate::web::json_config())
                .app_data(crate::web::query_config())
                .app_data(crate::web::path_config())
                .app_data(crate::web::form_config())
                .app_data(crate::web::payload_config())
                // Innermost first: the origin check answers before any
                // handler, and every answer, refusals included, then gets
                // the caching rule and the security headers. HEAD is routed
                // as GET, right in front of the router.
                .wrap(from_fn(crate::web::head::as_get))
                .wrap(from_fn(crate::web::password_gate::gate))
                .wrap(from_fn(crate::web::csrf::check_origin))
                .wrap(from_fn(crate::web::error_page::layout))
                .wrap(from_fn(no_store))
                .wrap(security_headers())
                .wrap(Condition::new(https, hsts()))
                .wrap(from_fn(crate::web::flash::clear))
                .wrap(from_fn(crate::web::csrf::ensure_cookie))
                .wrap(from_fn(crate::web::lang::negotiate))
                .wrap(from_fn(crate::web::metrics::record))
                .wrap(TracingLogger::default())
                .configure(crate::web::routes)
        })
        .workers(workers)
        .shutdown_timeout(10)
        .listen(listener)?
        .run();
        Ok(Application {
            port,
            server,
            state,
        })
    }

    /// The port actually bound.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The shared state (tests read the database through it).
    pub fn state(&self) -> web::Data<AppState> {
        self.state.clone()
    }

    /// A handle that can stop the server.
    pub fn handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    /// Serves until stopped by a signal or the handle. Alongside, a task
    /// closes rounds whose deadline has passed: once at start (a server
    /// restarted after a deadline closes the round at once), then every
    /// `close_check_every`; another sends the 24-hour round reminders and,
    /// when `PLENARY_SMTP_URL` is set, a third sends notification e-mail.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let closer = tokio::spawn(close_rounds_when_due(self.state.clone()));
        let reminder = tokio::spawn(remind_when_due(self.state.clone()));
        let mailer = self.state.settings.smtp.clone().map(|server| {
            let s = &self.state.settings;
            let cfg = MailConfig {
                server,
                from: s.smtp_from.clone(),
                public_url: s.public_url.clone(),
                max_attempts: s.email_max_attempts,
                retry_after: s.email_retry_after,
            };
            tokio::spawn(mailer::run(
                self.state.pool.clone(),
                cfg,
                s.notify_check_every,
            ))
        });
        let result = self.server.await;
        closer.abort();
        reminder.abort();
        if let Some(m) = mailer {
            m.abort();
        }
        result
    }
}

/// Every `notify_check_every`: the 24-hour reminders of rounds closing
/// soon (`services::notifications::remind_due`).
async fn remind_when_due(state: web::Data<AppState>) {
    loop {
        let key = state.settings.ballot_key.expose().clone();
        let now = crate::db::users::now();
        if let Err(e) = state
            .db(move |c| crate::services::notifications::remind_due(c, &key, now))
            .await
        {
            tracing::error!(error = ?e, "sending round reminders failed");
        }
        tokio::time::sleep(state.settings.notify_check_every).await;
    }
}

async fn close_rounds_when_due(state: web::Data<AppState>) {
    loop {
        let st = state.clone();
        match state
            .db(move |c| crate::services::rounds::close_due(c, &st.signer))
            .await
        {
            Ok(closed) => {
                for id in closed {
                    tracing::info!(round = id.0, "closed a round at its deadline");
                }
            }
            Err(e) => tracing::error!(error = ?e, "closing rounds at their deadline failed"),
        }
        tokio::time::sleep(state.settings.close_check_every).await;
    }
}
