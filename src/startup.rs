//! Builds the application: opens the database, binds the listener (port 0
//! picks a free one, for tests), wires routes and middleware, and runs until
//! stopped. SIGTERM and Ctrl-C stop it gracefully (actix waits for requests
//! in flight).

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::middleware::{DefaultHeaders, from_fn};
use actix_web::{App, HttpServer, web};
use tracing_actix_web::TracingLogger;

use crate::config::Settings;
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
        let data = state.clone();
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .app_data(crate::web::json_config())
                .app_data(crate::web::query_config())
                .app_data(crate::web::path_config())
                .app_data(web::FormConfig::default().limit(256 * 1024))
                .app_data(web::PayloadConfig::new(256 * 1024))
                .wrap(security_headers())
                .wrap(from_fn(crate::web::csrf::ensure_cookie))
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
    /// `close_check_every`.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let closer = tokio::spawn(close_rounds_when_due(self.state.clone()));
        let result = self.server.await;
        closer.abort();
        result
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
