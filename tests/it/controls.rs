//! Transport and request controls: bodies over the limit are a 413, private
//! answers are never cached, HSTS over HTTPS, state-changing forms from
//! another site are refused before any handler runs, and `serve` /
//! `migrate` keep the data directory and the SQLite files private.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use reqwest::Method;

use crate::common::cli::{BIN, ChildGuard, Ran};
use crate::common::{
    Backend, PASSWORD, RequestHelper, Response, Session, TestApp, free_port, json, p, send,
};

// ------------------------------------------------------------ body limits

/// What the server says about a body over its limit.
const LIMIT_SENTENCE: &str = "the limit is 256 KiB (262144 bytes)";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_json_body_over_the_limit_is_413_in_the_json_error_shape() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let author = app.delegate("france").await;
    let before = app.audit_seq().await;

    // Content-Length announced over the limit.
    let big = "x".repeat(300 * 1024);
    let res = author
        .post_json(
            "/api/v1/proposals",
            json!({"title": "Big", "summary": "s", "body": big, "submit": true}),
        )
        .await;
    assert_eq!(res.status, 413, "{}", res.text);
    assert_eq!(res.json()["error"]["code"], "too_large", "{}", res.text);
    assert!(res.error_message().contains(LIMIT_SENTENCE), "{}", res.text);
    assert_eq!(app.proposal_count().await, 0);
    assert_eq!(
        app.audit_seq().await,
        before,
        "a refused body wrote nothing"
    );

    // Any JSON route, whatever it expects: the limit comes first.
    let res = app
        .anon()
        .post_json(
            "/api/v1/session",
            json!({"email": "a@example.org", "password": big}),
        )
        .await;
    assert_eq!(res.status, 413, "{}", res.text);
    assert_eq!(res.json()["error"]["code"], "too_large", "{}", res.text);

    // Just under the limit is read (and refused by the field's own rule).
    let under = "x".repeat(250 * 1024);
    let res = author
        .post_json(
            "/api/v1/proposals",
            json!({"title": "Under", "summary": "s", "body": under}),
        )
        .await;
    assert_ne!(res.status, 413, "{}", res.text);
    assert_ne!(res.status, 400, "{}", res.text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_over_the_limit_is_413_with_the_error_page() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let author = app.delegate("france").await;
    let browser = author.browser().await;
    let big = "x".repeat(300 * 1024);
    let res = browser
        .post_form(
            "/proposals",
            &[("title", "Big"), ("summary", "s"), ("body", &big)],
        )
        .await;
    assert_eq!(res.status, 413, "{}", res.text);
    assert!(
        res.header("content-type").starts_with("text/html"),
        "{:?}",
        res.headers
    );
    assert!(res.text.contains(LIMIT_SENTENCE), "{}", res.text);
    assert_eq!(app.proposal_count().await, 0);

    // The sign-in form too, before anyone is signed in.
    let res = app
        .browser()
        .await
        .post_form("/login", &[("email", "a@example.org"), ("password", &big)])
        .await;
    assert_eq!(res.status, 413, "{}", res.text);
    assert!(res.text.contains(LIMIT_SENTENCE), "{}", res.text);
}

// ----------------------------------------------------------------- caching

fn cache_control(res: &Response) -> Option<&str> {
    res.headers
        .get("cache-control")
        .map(|v| v.to_str().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_answers_and_downloads_are_never_stored_and_assets_keep_their_caching() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let chair = app.chair().await;
    let delegate = app.delegate("france").await;
    let auditor = app.auditor().await;

    // Nobody signed in: public pages carry no rule of ours.
    let anon = app.browser().await;
    let res = anon.get("/login").await;
    assert_eq!(res.status, 200);
    assert_eq!(cache_control(&res), None, "{:?}", res.headers);

    // Every API answer, signed in or not, success or error.
    for res in [
        app.anon().get("/api/v1/proposals").await,
        app.anon().get("/api/v1/nothing-here").await,
        delegate.get("/api/v1/me").await,
        delegate.get("/api/v1/proposals/999999").await,
    ] {
        assert_eq!(
            cache_control(&res),
            Some("no-store"),
            "{} {:?}",
            res.status,
            res.headers
        );
    }

    // A signed-in browser: pages, redirects and error pages.
    let browser = delegate.browser().await;
    for path in [
        "/",
        "/proposals",
        "/proposals/new",
        "/proposals/999999",
        "/admin/users",
    ] {
        let res = browser.get(path).await;
        assert_eq!(
            cache_control(&res),
            Some("no-store"),
            "{path}: {} {:?}",
            res.status,
            res.headers
        );
    }
    // A bearer token on a page counts as signed in too.
    let res = delegate.get("/proposals").await;
    assert_eq!(res.status, 200);
    assert_eq!(cache_control(&res), Some("no-store"));

    // Static assets keep theirs, even for a signed-in browser.
    for path in ["/static/style.css", "/static/ballot.js"] {
        let res = browser.get(path).await;
        assert_eq!(res.status, 200, "{path}");
        assert_eq!(cache_control(&res), Some("public, max-age=3600"), "{path}");
    }

    // Downloads: a closed round's exports and the audit trail.
    let ids = app.proposals(2).await;
    let round = chair
        .create_round(&ids, json!({"secrecy": "recorded"}))
        .await;
    chair.open(round).await;
    let res = delegate
        .vote(round, json!([[p(ids[0])], [p(ids[1])]]))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    chair.close(round).await;
    for file in ["results.json", "results.csv", "ballots.json"] {
        let res = auditor
            .get(&format!("/api/v1/rounds/{round}/export/{file}"))
            .await;
        assert_eq!(res.status, 200, "{file}: {}", res.text);
        assert!(res.header("content-disposition").starts_with("attachment"));
        assert_eq!(cache_control(&res), Some("no-store"), "{file}");
    }
    let res = auditor.get("/api/v1/audit/log").await;
    assert_eq!(res.status, 200);
    assert_eq!(cache_control(&res), Some("no-store"));
}

// -------------------------------------------------------------------- HSTS

const HSTS: &str = "max-age=31536000; includeSubDomains";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hsts_is_sent_on_every_answer_over_https_only() {
    let https = TestApp::spawn_with(Backend::Sqlite, |s| s.secure_cookies = true)
        .await
        .unwrap();
    let delegate = https.delegate("france").await;
    for res in [
        https.anon().get("/healthz").await,
        https.anon().get("/login").await,
        https.anon().get("/static/style.css").await,
        https.anon().get("/no/such/page").await,
        https.anon().get("/api/v1/me").await,
        delegate.get("/api/v1/me").await,
        // A refusal by the origin check, before any handler.
        send(
            https
                .anon()
                .request(Method::POST, "/login")
                .header("origin", "https://evil.example")
                .form(&[("email", "a@example.org")]),
        )
        .await,
    ] {
        assert_eq!(
            res.headers
                .get("strict-transport-security")
                .map(|v| v.to_str().unwrap()),
            Some(HSTS),
            "{} {:?}",
            res.status,
            res.headers
        );
    }

    let http = TestApp::spawn(Backend::Sqlite).await.unwrap();
    for path in ["/healthz", "/login", "/api/v1/me", "/static/style.css"] {
        let res = http.anon().get(path).await;
        assert!(
            !res.headers.contains_key("strict-transport-security"),
            "{path}: {:?}",
            res.headers
        );
    }
}

// ------------------------------------------------------------ origin check

/// The sign-in form sent by `browser` with extra headers.
async fn login_with(browser: &Session, headers: &[(&str, String)]) -> Response {
    let mut req = browser.request(Method::POST, "/login").form(&[
        ("csrf_token", browser.csrf.as_str()),
        ("email", "france@example.org"),
        ("password", PASSWORD),
    ]);
    for (name, value) in headers {
        req = req.header(*name, value);
    }
    send(req).await
}

const FOREIGN: &str = "This request came from another site, so it was refused.";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forms_from_another_site_are_refused_before_the_handler_runs() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let delegate = app.delegate("france").await;
    let own = format!("http://127.0.0.1:{}", app.port);
    let signed_in_before = app.count_action("login.succeeded").await;

    let browser = app.browser().await;
    for headers in [
        vec![("origin", "http://evil.example".to_owned())],
        vec![("origin", format!("http://127.0.0.1:{}", app.port + 1))],
        vec![("origin", format!("https://localhost:{}", app.port))],
        vec![("origin", "null".to_owned())],
        vec![("referer", "http://evil.example/phish.html".to_owned())],
        vec![("referer", "not a url".to_owned())],
        // Origin wins over a same-site Referer.
        vec![
            ("origin", "http://evil.example".to_owned()),
            ("referer", format!("{own}/login")),
        ],
    ] {
        let res = login_with(&browser, &headers).await;
        assert_eq!(res.status, 403, "{headers:?}: {}", res.text);
        assert!(res.text.contains(FOREIGN), "{headers:?}: {}", res.text);
        assert!(
            res.headers
                .get_all("set-cookie")
                .iter()
                .all(|c| !c.to_str().unwrap().starts_with("plenary_session")),
            "{headers:?}: no session"
        );
    }
    assert_eq!(
        app.count_action("login.succeeded").await,
        signed_in_before,
        "no refused form reached the sign-in"
    );
    assert_eq!(app.count_action("login.failed").await, 0);

    // A signed-in author's form from elsewhere changes nothing either.
    let author = delegate.browser().await;
    let res = send(
        author
            .request(Method::POST, "/proposals")
            .header("origin", "https://evil.example")
            .form(&[
                ("csrf_token", author.csrf.as_str()),
                ("title", "Planted"),
                ("summary", "s"),
                ("body", "b"),
            ]),
    )
    .await;
    assert_eq!(res.status, 403, "{}", res.text);
    assert_eq!(app.proposal_count().await, 0);

    // This site's own origin, a same-site Referer, and neither header (old
    // browsers) pass, and the CSRF token still decides.
    for headers in [
        vec![("origin", own.clone())],
        vec![("referer", format!("{own}/login"))],
        vec![],
    ] {
        let browser = app.browser().await;
        let res = login_with(&browser, &headers).await;
        assert_eq!(res.status, 303, "{headers:?}: {}", res.text);
    }
    let browser = app.browser().await;
    let res = browser
        .post_form_without_csrf(
            "/login",
            &[("email", "france@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(res.status, 403, "{}", res.text);
    assert!(
        !res.text.contains(FOREIGN),
        "the CSRF refusal, not the origin one"
    );
    let res = send(
        browser
            .request(Method::POST, "/login")
            .header("origin", own.clone())
            .form(&[("email", "france@example.org"), ("password", PASSWORD)]),
    )
    .await;
    assert_eq!(res.status, 403, "a same-site form still needs its token");

    // The API is not a form: its calls carry a bearer token, not cookies.
    let res = send(
        app.anon()
            .request(Method::POST, "/api/v1/session")
            .header("origin", "https://evil.example")
            .json(&json!({"email": "france@example.org", "password": PASSWORD})),
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.text);
    // Reading is not changing: a GET from anywhere is served.
    let res = send(
        app.anon()
            .request(Method::GET, "/login")
            .header("origin", "https://evil.example"),
    )
    .await;
    assert_eq!(res.status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_a_trusted_proxy_the_forwarded_host_is_this_site() {
    let app = TestApp::spawn_with(Backend::Sqlite, |s| {
        s.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    })
    .await
    .unwrap();
    app.delegate("france").await;
    let browser = app.browser().await;
    let forwarded = |origin: &str| {
        vec![
            ("origin", origin.to_owned()),
            ("x-forwarded-host", "plenary.example".to_owned()),
        ]
    };
    let res = login_with(&browser, &forwarded("https://plenary.example")).await;
    assert_eq!(res.status, 303, "{}", res.text);
    let browser = app.browser().await;
    let res = login_with(&browser, &forwarded("https://evil.example")).await;
    assert_eq!(res.status, 403, "{}", res.text);

    // From an untrusted peer the header means nothing.
    let untrusted = TestApp::spawn(Backend::Sqlite).await.unwrap();
    untrusted.delegate("france").await;
    let browser = untrusted.browser().await;
    let res = login_with(&browser, &forwarded("https://plenary.example")).await;
    assert_eq!(res.status, 403, "{}", res.text);
}

// ---------------------------------------------------------- private files

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// `plenary ARGS` with umask 000, so every mode checked below was set by
/// the program and not by a careful umask.
fn plenary_with_open_umask(data_dir: &Path, args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg("umask 000 && exec \"$0\" \"$@\"")
        .arg(BIN)
        .args(args)
        .env("PLENARY_DATA_DIR", data_dir)
        .env_remove("DATABASE_URL")
        .env_remove("PLENARY_AUDIT_KEY_FILE")
        .env_remove("PLENARY_JWT_SECRET")
        .env_remove("PLENARY_BALLOT_KEY");
    cmd
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_and_migrate_keep_the_data_directory_and_database_private() {
    let root = tempfile::tempdir().unwrap();

    // `migrate` on a directory that does not exist yet.
    let dir = root.path().join("migrated/data");
    let out = Ran::of(
        plenary_with_open_umask(&dir, &["migrate"])
            .output()
            .unwrap(),
    );
    assert_eq!(out.code, 0, "{}", out.all());
    assert_eq!(mode(&dir), 0o700, "the data directory");
    assert_eq!(mode(&dir.join("plenary.db")), 0o600, "the database");
    for key in ["jwt-secret", "ballot-key"] {
        assert_eq!(mode(&dir.join(key)), 0o600, "{key}");
    }

    // `serve` on a fresh directory: the database and its WAL companions,
    // which exist while it runs, and the keys.
    let dir = root.path().join("served");
    let port = free_port();
    let child = plenary_with_open_umask(&dir, &["serve", "--bind", &format!("127.0.0.1:{port}")])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let _guard = ChildGuard(child);
    let base = format!("http://127.0.0.1:{port}");
    let http = crate::common::api_client();
    let started = Instant::now();
    loop {
        if let Ok(res) = http.get(format!("{base}/healthz")).send().await
            && res.status() == 200
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "serve did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A write, so that the WAL holds something.
    let res = http
        .post(format!("{base}/api/v1/registrations"))
        .json(&json!({
            "email": "new@example.org", "password": PASSWORD, "display_name": "New",
            "organisation": "Org", "group": "academia",
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    assert_eq!(mode(&dir), 0o700, "the data directory");
    for file in [
        "plenary.db",
        "plenary.db-wal",
        "plenary.db-shm",
        "jwt-secret",
        "ballot-key",
        "audit-key",
    ] {
        assert_eq!(mode(&dir.join(file)), 0o600, "{file}");
    }
}

#[test]
fn migrate_makes_an_existing_database_private_again() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let out = Ran::of(
        plenary_with_open_umask(&dir, &["migrate"])
            .output()
            .unwrap(),
    );
    assert_eq!(out.code, 0, "{}", out.all());
    // An older version (or a copy) left the file readable by all.
    let db = dir.join("plenary.db");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = Ran::of(
        plenary_with_open_umask(&dir, &["migrate"])
            .output()
            .unwrap(),
    );
    assert_eq!(out.code, 0, "{}", out.all());
    assert_eq!(mode(&db), 0o600);
    // A directory the operator made keeps its mode, with a warning.
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = Ran::of(
        plenary_with_open_umask(&dir, &["migrate"])
            .output()
            .unwrap(),
    );
    assert_eq!(out.code, 0, "{}", out.all());
    assert_eq!(mode(&dir), 0o755);
    assert!(out.stderr.contains("open to other users"), "{}", out.all());
}
