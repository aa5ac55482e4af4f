//! `/metrics`: a 404 while off; Prometheus text with the counters when on;
//! a bearer token when one is configured.

use crate::common::{Backend, RequestHelper, TestApp, json};

both_backends!(metrics_are_off_by_default);

async fn metrics_are_off_by_default(app: &TestApp) {
    let res = app.anon().get("/metrics").await;
    assert_eq!(res.status, 404);
    let admin = app.admin().await;
    assert_eq!(admin.get("/metrics").await.status, 404);
}

async fn metrics_when_on_count_requests_ballots_and_failed_sign_ins(backend: Backend) {
    let Some(app) = TestApp::spawn_with(backend, |s| s.metrics_enabled = true).await else {
        return;
    };
    let chair = app.chair().await;
    let voter = app.delegate("france").await;
    let ids = app.proposals(2).await;
    let round = chair.create_round(&ids, json!({})).await;
    chair.open(round).await;
    let res = voter.vote(round, json!([[format!("p{}", ids[0])]])).await;
    assert_eq!(res.status, 200);
    voter.get(&format!("/api/v1/rounds/{round}")).await;
    let res = app
        .anon()
        .post_json(
            "/api/v1/session",
            json!({"email": voter.email(), "password": "not the password"}),
        )
        .await;
    assert_eq!(res.status, 401);

    let res = app.anon().get("/metrics").await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert!(res.header("content-type").starts_with("text/plain"));
    let t = &res.text;
    for name in [
        "# TYPE plenary_http_requests_total counter",
        "# TYPE plenary_http_request_duration_seconds histogram",
        "plenary_http_request_duration_seconds_bucket",
        "plenary_sign_in_failures_total",
        "plenary_ballots_cast",
        "plenary_rounds_open",
        "plenary_audit_entries",
        "plenary_db_pool_connections",
    ] {
        assert!(t.contains(name), "{name} missing from:\n{t}");
    }
    assert!(
        t.contains(r#"route="/api/v1/rounds/{id}""#),
        "requests are labelled by route pattern, not path"
    );
    assert!(t.contains(r#"status="401""#));
    let gauge = |name: &str| -> f64 {
        t.lines()
            .find(|l| l.starts_with(&format!("{name} ")))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(-1.0)
    };
    assert!(gauge("plenary_ballots_cast") >= 1.0);
    assert!(gauge("plenary_rounds_open") >= 1.0);
    assert!(gauge("plenary_audit_entries") >= 5.0);
}

async fn metrics_with_a_token_require_it(backend: Backend) {
    let Some(app) = TestApp::spawn_with(backend, |s| {
        s.metrics_token = Some(crate::common::internals::Secret::new(
            "s3cret-token".to_owned(),
        ));
    })
    .await
    else {
        return;
    };
    assert_eq!(app.anon().get("/metrics").await.status, 401);
    assert_eq!(app.with_token("wrong").get("/metrics").await.status, 401);
    let res = app.with_token("s3cret-token").get("/metrics").await;
    assert_eq!(res.status, 200);
    assert!(res.text.contains("plenary_rounds_open"));
}

mod on {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite_metrics_when_on_count_requests_ballots_and_failed_sign_ins() {
        metrics_when_on_count_requests_ballots_and_failed_sign_ins(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres_metrics_when_on_count_requests_ballots_and_failed_sign_ins() {
        metrics_when_on_count_requests_ballots_and_failed_sign_ins(Backend::Postgres).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite_metrics_with_a_token_require_it() {
        metrics_with_a_token_require_it(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres_metrics_with_a_token_require_it() {
        metrics_with_a_token_require_it(Backend::Postgres).await;
    }
}
