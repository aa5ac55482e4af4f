//! PostgreSQL going away while the server runs: requests that need the
//! database answer 503 with a clear message and `Retry-After` within a few
//! seconds (never a 500 or a hang), `/healthz` says the database is down,
//! and when the database is back the server recovers without a restart.
//!
//! The server reaches its database through a small TCP proxy started by the
//! test, so the outage is this test's alone: cutting the proxy drops every
//! open connection and refuses new ones, without touching the shared
//! PostgreSQL server.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;
use tokio::task::JoinHandle;

use crate::common::internals::{Secret, Settings};
use crate::common::{Backend, RequestHelper, Response, TestApp, postgres_url};

const UNAVAILABLE: &str = "The database is unavailable; try again shortly.";

/// A TCP forwarder from a local port to PostgreSQL that can be cut and
/// restored.
struct Proxy {
    port: u16,
    up: Arc<AtomicBool>,
    links: Arc<Mutex<Vec<JoinHandle<()>>>>,
    accept: JoinHandle<()>,
}

impl Proxy {
    async fn start(target: String) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(true));
        let links: Arc<Mutex<Vec<JoinHandle<()>>>> = Arc::default();
        let (up2, links2) = (up.clone(), links.clone());
        let accept = tokio::spawn(async move {
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else {
                    continue;
                };
                if !up2.load(Ordering::SeqCst) {
                    // Down: the connection is refused at once.
                    drop(inbound);
                    continue;
                }
                let target = target.clone();
                let link = tokio::spawn(async move {
                    if let Ok(mut outbound) = TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                links2.lock().await.push(link);
            }
        });
        Proxy {
            port,
            up,
            links,
            accept,
        }
    }

    /// The database goes away: open connections drop, new ones are refused.
    async fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        for link in self.links.lock().await.drain(..) {
            link.abort();
        }
    }

    /// The database is back.
    fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.accept.abort();
        if let Ok(mut links) = self.links.try_lock() {
            for link in links.drain(..) {
                link.abort();
            }
        }
    }
}

/// `host:port` of a PostgreSQL URL (`postgres://user:pw@host:port/db?…`).
fn host_port(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?']).next().unwrap();
    let hostport = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if hostport.contains(':') {
        hostport.to_owned()
    } else {
        format!("{hostport}:5432")
    }
}

/// The same URL through `127.0.0.1:port`.
fn through(url: &str, port: u16) -> String {
    let hp = host_port(url);
    let replaced = if url.contains(&hp) {
        url.replacen(&hp, &format!("127.0.0.1:{port}"), 1)
    } else {
        let host = hp.trim_end_matches(":5432");
        url.replacen(host, &format!("127.0.0.1:{port}"), 1)
    };
    assert_ne!(replaced, url, "cannot route {url} through the proxy");
    replaced
}

/// Sends a request and checks it came back within a few seconds.
async fn timed<F: std::future::Future<Output = Response>>(what: &str, f: F) -> Response {
    let started = Instant::now();
    let res = f.await;
    let took = started.elapsed();
    assert!(
        took < Duration::from_secs(8),
        "{what} took {took:?} while the database was down"
    );
    res
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_going_away_is_a_503_and_the_server_recovers_without_a_restart() {
    let Some(admin) = postgres_url() else {
        return;
    };
    let proxy = Proxy::start(host_port(&admin)).await;
    let port = proxy.port;
    let app = TestApp::spawn_with(Backend::Postgres, |s: &mut Settings| {
        let proxied = through(s.database_url.expose(), port);
        s.database_url = Secret::new(proxied);
        s.db_timeout = Duration::from_secs(2);
    })
    .await
    .unwrap();
    assert!(
        app.database_url.contains(&format!("127.0.0.1:{port}")),
        "the app must reach its database through the proxy"
    );
    let delegate = app.delegate("france").await;
    let browser = delegate.browser().await;
    assert_eq!(delegate.get("/api/v1/proposals").await.status, 200);
    assert_eq!(app.anon().get("/healthz").await.status, 200);

    proxy.cut().await;

    // The API: a 503 in the JSON shape, with Retry-After.
    let res = timed("GET /api/v1/proposals", delegate.get("/api/v1/proposals")).await;
    assert_eq!(res.status, 503, "{}", res.text);
    assert_eq!(res.json()["error"]["code"], "unavailable", "{}", res.text);
    assert_eq!(res.error_message(), UNAVAILABLE);
    assert!(res.header("retry-after").parse::<u64>().unwrap() > 0);

    // A write and a sign-in as well.
    let res = timed(
        "POST /api/v1/proposals",
        delegate.post_json(
            "/api/v1/proposals",
            crate::common::json!({"title": "T", "summary": "S", "body": "B"}),
        ),
    )
    .await;
    assert_eq!(res.status, 503, "{}", res.text);
    let res = timed(
        "POST /api/v1/session",
        app.anon().post_json(
            "/api/v1/session",
            crate::common::json!({"email": "france@example.org", "password": crate::common::PASSWORD}),
        ),
    )
    .await;
    assert_eq!(res.status, 503, "{}", res.text);

    // A page: the error page with the same sentence.
    let res = timed("GET /proposals", browser.get("/proposals")).await;
    assert_eq!(res.status, 503, "{}", res.text);
    assert!(res.text.contains(UNAVAILABLE), "{}", res.text);
    assert!(res.headers.contains_key("retry-after"));

    // The health check says what is down.
    let res = timed("GET /healthz", app.anon().get("/healthz")).await;
    assert_eq!(res.status, 503, "{}", res.text);
    assert_eq!(res.json()["database"], "down", "{}", res.text);
    assert!(res.headers.contains_key("retry-after"));

    proxy.restore();

    // Back without a restart.
    let started = Instant::now();
    loop {
        let res = app.anon().get("/healthz").await;
        if res.status == 200 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the server did not recover: {} {}",
            res.status,
            res.text
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let res = delegate.get("/api/v1/proposals").await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(browser.get("/proposals").await.status, 200);
    let res = delegate
        .post_json(
            "/api/v1/proposals",
            crate::common::json!({"title": "After", "summary": "S", "body": "B"}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
}
