//! Test harness: starts the real server on a random port with a fresh
//! database (an SQLite file in a temp dir, or a new PostgreSQL database when
//! `PLENARY_TEST_POSTGRES_URL` is set) and talks to it over HTTP.
#![allow(dead_code, clippy::unwrap_used)]

pub mod browser;

use std::time::Duration;

use actix_web::web;
use diesel::{Connection, RunQueryDsl};
use plenary::audit::Entry;
use plenary::config::Settings;
use plenary::domain::user::{Role, User};
use plenary::services::accounts::{Registration, create_active};
use plenary::startup::{AppState, Application};
use serde_json::Value;

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

fn random_suffix() -> String {
    let mut b = [0u8; 8];
    getrandom::fill(&mut b).unwrap();
    hex::encode(b)
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
pub struct TestApp {
    pub backend: Backend,
    pub addr: String,
    pub port: u16,
    pub state: web::Data<AppState>,
    pub data_dir: tempfile::TempDir,
    pub database_url: String,
    handle: actix_web::dev::ServerHandle,
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
        let app = Application::with_state(state.clone()).unwrap();
        let port = app.port();
        let handle = app.handle();
        tokio::spawn(app.run_until_stopped());
        Some(TestApp {
            backend,
            addr: format!("http://127.0.0.1:{port}"),
            port,
            state,
            data_dir,
            database_url,
            handle,
            _pg: pg,
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.addr, path)
    }

    /// A client that keeps cookies (like a browser) and does not follow
    /// redirects (so tests see them).
    pub fn browser_client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap()
    }

    /// A plain API client (no cookies).
    pub fn api_client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap()
    }

    /// Creates an active user directly (as `plenary user add` does).
    pub async fn user(&self, email: &str, role: Role, group: &str, organisation: &str) -> User {
        let groups = self.state.settings.groups.clone();
        let (email, group, organisation) =
            (email.to_owned(), group.to_owned(), organisation.to_owned());
        let name = email.split('@').next().unwrap().to_owned();
        self.state
            .db(move |c| {
                let reg =
                    Registration::parse(&groups, &email, PASSWORD, &name, &organisation, &group)?;
                create_active(c, &reg, role)
            })
            .await
            .unwrap()
    }

    /// Signs in over the API; returns the token.
    pub async fn token(&self, email: &str) -> String {
        let res = self
            .api_client()
            .post(self.url("/api/v1/session"))
            .json(&serde_json::json!({"email": email, "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "login of {email} failed");
        let body: Value = res.json().await.unwrap();
        body["token"].as_str().unwrap().to_owned()
    }

    /// Creates a user of `role` and returns a token for them.
    pub async fn signed_in(&self, email: &str, role: Role) -> String {
        self.user(email, role, "member_state", "Testland").await;
        self.token(email).await
    }

    /// The whole audit trail.
    pub async fn audit(&self) -> Vec<Entry> {
        self.state
            .db(|c| Ok(plenary::audit::store::all(c)?))
            .await
            .unwrap()
    }

    /// Actions in the trail, in order.
    pub async fn actions(&self) -> Vec<String> {
        self.audit().await.into_iter().map(|e| e.action).collect()
    }

    /// Number of users.
    pub async fn user_count(&self) -> i64 {
        self.state
            .db(|c| Ok(plenary::db::users::count(c)?))
            .await
            .unwrap()
    }

    /// GETs `path` with a cookie client and returns the CSRF token in its form.
    pub async fn csrf(&self, client: &reqwest::Client, path: &str) -> String {
        let html = client
            .get(self.url(path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        extract_csrf(&html).unwrap_or_else(|| panic!("no csrf token on {path}"))
    }
}

/// The value of the first `csrf_token` hidden field in a page.
pub fn extract_csrf(html: &str) -> Option<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}

impl TestApp {
    /// A submitted, eligible proposal by `author`, co-sponsored by two
    /// delegates of two other groups (created once per app); returns its id.
    pub async fn proposal(&self, author: &User, title: &str) -> i64 {
        let mut cosponsors = Vec::new();
        for g in ["industry", "civil_society", "member_state"]
            .into_iter()
            .filter(|g| *g != author.group)
            .take(2)
        {
            let email = format!("cosponsor-{g}@example.org");
            let existing = {
                let e = email.clone();
                self.state
                    .db(move |c| Ok(plenary::db::users::find_by_email(c, &e)?))
                    .await
                    .unwrap()
            };
            let user = match existing {
                Some(row) => row.to_user().unwrap(),
                None => self.user(&email, Role::Delegate, g, "Cosponsors Inc").await,
            };
            cosponsors.push(user);
        }
        let (author, title) = (author.clone(), title.to_owned());
        let state = self.state.clone();
        self.state
            .db(move |c| {
                use plenary::services::proposals as ps;
                let rule = state.settings.eligibility;
                let input = ps::ProposalInput::parse::<&str>(
                    &state.settings,
                    &title,
                    "A summary.",
                    "A body.",
                    &[],
                )?;
                let view = ps::create(c, rule, &author, &input, true)?;
                for co in &cosponsors {
                    ps::cosponsor(c, rule, co, plenary::domain::proposal::ProposalId(view.id))?;
                }
                Ok(view.id)
            })
            .await
            .unwrap()
    }

    /// `n` eligible proposals by a fresh author.
    pub async fn proposals(&self, n: usize) -> Vec<i64> {
        let author = self
            .user(
                &format!("author{}@example.org", random_suffix()),
                Role::Delegate,
                "academia",
                "Uni",
            )
            .await;
        let mut out = Vec::new();
        for i in 0..n {
            out.push(
                self.proposal(&author, &format!("Proposal number {}", i + 1))
                    .await,
            );
        }
        out
    }

    /// Creates a round through the API with `extra` fields merged in; returns its id.
    pub async fn create_round(&self, chair: &str, proposals: &[i64], extra: Value) -> i64 {
        let mut body = serde_json::json!({"title": "Priorities for 2027", "proposals": proposals});
        if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
            for (k, v) in e {
                b.insert(k.clone(), v.clone());
            }
        }
        let res = self
            .api_client()
            .post(self.url("/api/v1/rounds"))
            .bearer_auth(chair)
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = res.status();
        let v: Value = res.json().await.unwrap();
        assert_eq!(status, 201, "{v}");
        v["round"]["id"].as_i64().unwrap()
    }

    /// POSTs to a round action (`open`, `close`) as `chair`.
    pub async fn round_action(&self, chair: &str, id: i64, action: &str) -> reqwest::Response {
        self.api_client()
            .post(self.url(&format!("/api/v1/rounds/{id}/{action}")))
            .bearer_auth(chair)
            .send()
            .await
            .unwrap()
    }

    /// Casts a ballot through the API.
    pub async fn vote(&self, token: &str, id: i64, ranking: Value) -> reqwest::Response {
        self.api_client()
            .put(self.url(&format!("/api/v1/rounds/{id}/ballot")))
            .bearer_auth(token)
            .json(&serde_json::json!({ "ranking": ranking }))
            .send()
            .await
            .unwrap()
    }

    /// Creates a voter of `group` and returns their token.
    pub async fn voter(&self, email: &str, group: &str, organisation: &str) -> String {
        self.user(email, Role::Delegate, group, organisation).await;
        self.token(email).await
    }
}

/// Writes `contents` to `dir/name` and runs `plenary tally` on it; returns
/// (exit code, stdout, stderr).
pub fn run_tally(
    dir: &std::path::Path,
    name: &str,
    contents: &str,
    args: &[&str],
) -> (i32, String, String) {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("tally")
        .arg(&path)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
