//! E-mail through a local SMTP sink: an opted-in user gets the notice in
//! their saved language with a link under `PLENARY_PUBLIC_URL`, an
//! opted-out user gets none, a refused attempt is retried and then
//! delivered, and the request that caused it does not wait for any of it.

use std::time::{Duration, Instant};

use crate::common::smtp::SmtpSink;
use crate::common::{Backend, RequestHelper, TestApp, json};

/// Runs `scenario` on both backends with a sink refusing the first `refuse`
/// messages, greeting after `delay`; e-mail is tried at most `attempts`
/// times, every 200 ms at first.
async fn with_sink<F, Fut>(
    backend: Backend,
    refuse: usize,
    delay: Duration,
    attempts: u32,
    scenario: F,
) where
    F: FnOnce(TestApp, SmtpSink) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let sink = SmtpSink::start(refuse, delay).await;
    let url = sink.url();
    let app = TestApp::spawn_with(backend, move |s| {
        s.smtp = Some(crate::common::notices::parse_smtp_url(&url).unwrap());
        s.smtp_from = "panel@example.org".to_owned();
        s.public_url = "https://panel.example.org".to_owned();
        s.notify_check_every = Duration::from_millis(200);
        s.email_retry_after = Duration::from_millis(200);
        s.email_max_attempts = attempts;
    })
    .await;
    if let Some(app) = app {
        scenario(app, sink).await;
    }
}

mod sqlite {
    use super::*;
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn opted_in_users_get_mail_in_their_language_retried_after_a_refusal() {
        with_sink(
            Backend::Sqlite,
            1,
            Duration::from_millis(1500),
            5,
            |a, s| async move { super::delivered_in_language_and_retried(&a, &s).await },
        )
        .await;
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn mail_refused_every_time_is_given_up_after_the_last_attempt() {
        with_sink(
            Backend::Sqlite,
            1000,
            Duration::ZERO,
            2,
            |a, s| async move { super::given_up(&a, &s).await },
        )
        .await;
    }
}

mod postgres {
    use super::*;
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn opted_in_users_get_mail_in_their_language_retried_after_a_refusal() {
        with_sink(
            Backend::Postgres,
            1,
            Duration::from_millis(1500),
            5,
            |a, s| async move { super::delivered_in_language_and_retried(&a, &s).await },
        )
        .await;
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn mail_refused_every_time_is_given_up_after_the_last_attempt() {
        with_sink(
            Backend::Postgres,
            1000,
            Duration::ZERO,
            2,
            |a, s| async move { super::given_up(&a, &s).await },
        )
        .await;
    }
}

async fn delivered_in_language_and_retried(app: &TestApp, sink: &SmtpSink) {
    let chair = app.chair().await;
    let marie = app.delegate("france").await;
    let quiet = app.delegate("brazil").await;
    let res = marie
        .patch_json(
            "/api/v1/me",
            json!({"language": "fr", "email_notifications": true}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(res.json()["email_notifications"], true);
    // The account page shows the box ticked.
    let page = marie.browser().await.get("/account").await.text;
    assert!(
        page.contains(r#"name="email_notifications" value="on" checked"#),
        "{page}"
    );
    // Opted out (the default), in French too: no e-mail.
    let res = quiet
        .patch_json("/api/v1/me", json!({"language": "fr"}))
        .await;
    assert_eq!(res.json()["email_notifications"], false);

    let ids = app.proposals(2).await;
    let round = chair
        .create_round(&ids, json!({"title": "Budget 2027"}))
        .await;
    let started = Instant::now();
    chair.open(round).await;
    // The sink greets only after 1.5 s: a request that waited for SMTP
    // would take at least that long.
    assert!(
        started.elapsed() < Duration::from_millis(1200),
        "{:?}",
        started.elapsed()
    );
    assert!(sink.received().is_empty());
    let outbox = app.outbox().await;
    assert_eq!(outbox.len(), 1, "only the opted-in elector: {outbox:?}");
    assert_eq!(outbox[0].0, marie.id());

    let got = sink.wait_for(1, Duration::from_secs(30)).await;
    assert_eq!(got.len(), 1, "refused {} time(s)", sink.refused());
    assert_eq!(sink.refused(), 1, "the first attempt was refused");
    let mail = &got[0];
    assert_eq!(mail.to, [marie.email().to_owned()]);
    assert_eq!(mail.from, "panel@example.org");
    let subject = mail.subject();
    assert!(
        subject.starts_with("Plenary\u{a0}: Le scrutin «\u{a0}Budget 2027\u{a0}» est ouvert"),
        "{subject}"
    );
    let body = mail.body();
    assert!(
        body.contains(&format!("https://panel.example.org/rounds/{round}")),
        "{body}"
    );
    assert!(
        body.contains("M’envoyer mes notifications par courriel"),
        "{body}"
    );

    // The sender records the delivery just after the server's 250.
    let started = Instant::now();
    let mut outbox = app.outbox().await;
    while !outbox[0].3 && started.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(50)).await;
        outbox = app.outbox().await;
    }
    let (_, attempts, last_error, sent, gave_up) = outbox[0].clone();
    assert!(sent && !gave_up);
    assert_eq!(attempts, 2);
    assert!(last_error.unwrap_or_default().contains("451"));
    // Nothing more comes: the others did not opt in.
    tokio::time::sleep(Duration::from_millis(2000)).await;
    assert_eq!(sink.received().len(), 1);

    // Unticking the box on the account page stops the e-mail.
    let b = marie.browser().await;
    let res = b
        .post_form(
            "/account",
            &[
                ("display_name", "Marie"),
                ("time_zone", "Europe/Paris"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(res.status, 303);
    assert_eq!(marie.me().await["email_notifications"], false);
    chair.close(round).await;
    assert_eq!(app.outbox().await.len(), 1, "no new e-mail queued");
}

async fn given_up(app: &TestApp, sink: &SmtpSink) {
    let d = app.delegate("france").await;
    let b = d.browser().await;
    let res = b
        .post_form(
            "/account",
            &[
                ("display_name", "Dana"),
                ("time_zone", "UTC"),
                ("language", ""),
                ("email_notifications", "on"),
            ],
        )
        .await;
    assert_eq!(res.status, 303);
    assert_eq!(d.me().await["email_notifications"], true);
    let chair = app.chair().await;
    let ids = app.proposals(2).await;
    let round = chair.create_round(&ids, json!({})).await;
    chair.open(round).await;
    let start = Instant::now();
    loop {
        let outbox = app.outbox().await;
        if outbox.first().is_some_and(|r| r.4) || start.elapsed() > Duration::from_secs(30) {
            let (user, attempts, last_error, sent, gave_up) = outbox[0].clone();
            assert_eq!(user, d.id());
            assert!(gave_up && !sent);
            assert_eq!(attempts, 2);
            assert!(last_error.unwrap_or_default().contains("451"));
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(sink.refused(), 2);
    assert!(sink.received().is_empty());
}
