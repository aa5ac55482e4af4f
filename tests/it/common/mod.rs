//! Test harness: starts the real server on a random port with a fresh
//! database (an SQLite file in a temp dir, or a new PostgreSQL database when
//! `PLENARY_TEST_POSTGRES_URL` is set) and talks to it over HTTP.
//!
//! - [`TestApp`]: the running server. Named people ([`TestApp::delegate`],
//!   [`TestApp::chair`], …) come from `people`, where a [`Person`] also
//!   creates, opens and closes rounds and votes; eligible proposals come
//!   from `fixtures`.
//! - [`RequestHelper`]: `get`, `post`, `post_json`, `put_json`, `patch_json`,
//!   `delete` for a [`Person`] (bearer token), a bare [`Caller`] and a
//!   browser [`Session`] (cookies, plus `post_form` with the CSRF token); each
//!   returns a [`Response`] with the status and the body.
//! - `internals`: every path into the library the tests use, in one place.
//! - `cli`: runs the built `plenary` binary; `browser`: headless Chromium.

pub mod browser;
pub mod cli;
mod fixtures;
pub mod internals;
pub mod notices;
pub mod page_check;
mod people;
mod requests;
pub mod smtp;

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use actix_web::web;
use diesel::{Connection, RunQueryDsl};

pub use internals::Role;
use internals::{AppState, Application, Settings};
pub use people::Person;
pub use requests::{Caller, RequestHelper, Response, Session, api_client, send};
pub use serde_json::{Value, json};

/// The password every test user gets.
pub const PASSWORD: &str = "correct horse battery staple";

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs one scenario as two tests, one per backend.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(app) = $crate::common::TestApp::spawn($crate::common::Backend::Sqlite).await {
                        super::$name(&app).await;
                    }
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(app) = $crate::common::TestApp::spawn($crate::common::Backend::Postgres).await {
                        super::$name(&app).await;
                    }
                }
            )*
        }
    };
}

/// The PostgreSQL server URL for tests, or `None` to skip (a failure in CI).
pub fn postgres_url() -> Option<String> {
    match std::env::var("PLENARY_TEST_POSTGRES_URL") {
        Ok(u) if !u.trim().is_empty() => Some(u),
        _ => {
            assert!(
                std::env::var("CI").is_err(),
                "PLENARY_TEST_POSTGRES_URL is not set; in CI a skipped PostgreSQL test is a failure"
            );
            eprintln!("skipping the PostgreSQL variant: PLENARY_TEST_POSTGRES_URL is not set");
            None
        }
    }
}

pub fn random_suffix() -> String {
    let mut b = [0u8; 8];
    getrandom::fill(&mut b).unwrap();
    hex::encode(b)
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Every counting method, by the name the API and the CLI use.
pub const METHODS: [&str; 6] = [
    "schulze",
    "ranked_pairs",
    "borda",
    "irv",
    "copeland",
    "plurality",
];

/// `p{id}`: how ballots name a proposal.
pub fn p(id: i64) -> String {
    format!("p{id}")
}

/// Replaces the database name (the path) of a PostgreSQL URL.
fn with_database(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_part = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{host_part}/{db}?{q}"),
        None => format!("{host_part}/{db}"),
    }
}

/// A fresh PostgreSQL database, dropped when the guard goes.
pub struct PgDatabase {
    admin_url: String,
    pub name: String,
    pub url: String,
}

impl PgDatabase {
    pub fn create(admin_url: &str) -> PgDatabase {
        let name = format!("plenary_test_{}", random_suffix());
        let mut c = diesel::PgConnection::establish(admin_url)
            .expect("connect to the test PostgreSQL server");
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut c)
            .unwrap();
        PgDatabase {
            admin_url: admin_url.to_owned(),
            url: with_database(admin_url, &name),
            name,
        }
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut c) = diesel::PgConnection::establish(&self.admin_url) {
            let _ = diesel::sql_query(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .execute(&mut c);
        }
    }
}

/// A running server and a handle on its database.
#[allow(dead_code)] // `backend`, `port` and `database_url`: for tests that need them
pub struct TestApp {
    pub backend: Backend,
    pub addr: String,
    pub port: u16,
    pub state: web::Data<AppState>,
    pub data_dir: tempfile::TempDir,
    pub database_url: String,
    handle: actix_web::dev::ServerHandle,
    /// Named people already created, by email.
    people: Mutex<HashMap<String, Person>>,
    _pg: Option<PgDatabase>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Stop accepting; the PostgreSQL guard then drops the database.
        let h = self.handle.clone();
        drop(h.stop(false));
    }
}

impl TestApp {
    /// Starts a server on a fresh database; `None` when the backend is not
    /// available here (PostgreSQL without its URL, outside CI).
    pub async fn spawn(backend: Backend) -> Option<TestApp> {
        Self::spawn_with(backend, |_| {}).await
    }

    /// Like [`TestApp::spawn`], with settings adjusted by `adjust` (tests
    /// run with the sign-in limit off unless they set one).
    pub async fn spawn_with(
        backend: Backend,
        adjust: impl FnOnce(&mut Settings),
    ) -> Option<TestApp> {
        let data_dir = tempfile::tempdir().unwrap();
        let pg = match backend {
            Backend::Sqlite => None,
            Backend::Postgres => Some(PgDatabase::create(&postgres_url()?)),
        };
        let url = pg.as_ref().map(|p| p.url.clone());
        let mut settings = Settings::load(data_dir.path(), url.as_deref(), "127.0.0.1:0").unwrap();
        settings.workers = 2;
        settings.pool_size = 6;
        settings.close_check_every = Duration::from_secs(1);
        settings.sign_in_per_minute = 0;
        adjust(&mut settings);
        let database_url = settings.database_url.expose().clone();
        let state = web::Data::new(AppState::new(settings).unwrap());
        let (port, handle) = start(state.clone());
        Some(TestApp {
            backend,
            addr: format!("http://127.0.0.1:{port}"),
            port,
            state,
            data_dir,
            database_url,
            handle,
            people: Mutex::new(HashMap::new()),
            _pg: pg,
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.addr, path)
    }

    /// A client that keeps cookies (like a browser) and does not follow
    /// redirects (so tests see them).
    pub fn browser_client(&self) -> reqwest::Client {
        requests::cookie_client()
    }

    /// Someone not signed in, calling the API.
    pub fn anon(&self) -> Caller {
        Caller::new(&self.addr, None)
    }

    /// A caller presenting `token` (someone's, or a forged one).
    pub fn with_token(&self, token: &str) -> Caller {
        Caller::new(&self.addr, Some(token))
    }

    /// A fresh browser (cookie jar) that has loaded the sign-in page and
    /// holds its CSRF token; nobody is signed in.
    pub async fn browser(&self) -> Session {
        Session::open(&self.addr).await
    }

    /// A browser signed in as `email` through the sign-in form.
    pub async fn browser_as(&self, email: &str) -> Session {
        Session::signed_in(&self.addr, email).await
    }

    /// Signs in over the API; returns the token.
    pub async fn token(&self, email: &str) -> String {
        let res = self
            .anon()
            .post_json(
                "/api/v1/session",
                json!({"email": email, "password": PASSWORD}),
            )
            .await;
        assert_eq!(res.status, 200, "login of {email} failed");
        res.json()["token"].as_str().unwrap().to_owned()
    }
}

/// Starts a server on `state` in the background; returns its port and handle.
pub fn start(state: web::Data<AppState>) -> (u16, actix_web::dev::ServerHandle) {
    let app = Application::with_state(state).unwrap();
    let port = app.port();
    let handle = app.handle();
    tokio::spawn(app.run_until_stopped());
    (port, handle)
}

/// The value of the first `csrf_token` hidden field in a page.
pub fn extract_csrf(html: &str) -> Option<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}
