//! Protected connections to the mail server are never quietly plain: with
//! `smtps://` the sender insists on TLS from the first byte, with
//! `?tls=starttls` on the server's STARTTLS, and a server that cannot do
//! either (our plain sink) gets no message — the attempt fails with the
//! reason in the outbox. SQLite only: the database plays no part here.

use std::time::{Duration, Instant};

use crate::common::smtp::SmtpSink;
use crate::common::{Backend, RequestHelper, TestApp, json};

async fn refused_without_tls(scheme_url: impl FnOnce(u16) -> String, expect: &str) {
    let sink = SmtpSink::start(0, Duration::ZERO).await;
    let url = scheme_url(sink.port);
    let app = TestApp::spawn_with(Backend::Sqlite, move |s| {
        s.smtp = Some(crate::common::notices::parse_smtp_url(&url).unwrap());
        s.smtp_from = "panel@example.org".to_owned();
        s.notify_check_every = Duration::from_millis(200);
        s.email_retry_after = Duration::from_millis(200);
        s.email_max_attempts = 2;
    })
    .await
    .unwrap();
    let chair = app.chair().await;
    let d = app.delegate("france").await;
    let res = d
        .patch_json("/api/v1/me", json!({"email_notifications": true}))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    let ids = app.proposals(2).await;
    let round = chair.create_round(&ids, json!({"title": "Budget"})).await;
    chair.open(round).await;

    let started = Instant::now();
    let mut outbox = app.outbox().await;
    while !outbox.first().is_some_and(|r| r.4) && started.elapsed() < Duration::from_secs(20) {
        tokio::time::sleep(Duration::from_millis(100)).await;
        outbox = app.outbox().await;
    }
    let (_, attempts, last_error, sent, gave_up) = outbox[0].clone();
    assert!(gave_up && !sent, "{outbox:?}");
    assert_eq!(attempts, 2);
    let error = last_error.unwrap_or_default();
    assert!(error.to_lowercase().contains(expect), "{error}");
    assert!(sink.received().is_empty(), "nothing went out in plain text");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smtps_insists_on_tls_from_the_first_byte() {
    // rustls reads the plain greeting as a corrupt TLS record.
    refused_without_tls(
        |port| format!("smtps://127.0.0.1:{port}"),
        "invalidcontenttype",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn starttls_is_required_when_asked_for() {
    refused_without_tls(
        |port| format!("smtp://127.0.0.1:{port}?tls=starttls"),
        "starttls",
    )
    .await;
}
