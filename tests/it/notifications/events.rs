//! Each event notifies the right people, in the event's transaction, and
//! nobody else.

use super::kinds;
use crate::common::{RequestHelper, TestApp, json};

both_backends!(
    a_round_notifies_its_electors_when_it_opens_and_publishes_results_and_nobody_else,
    the_closing_reminder_goes_once_and_only_to_electors_who_have_not_voted,
    a_proposal_author_hears_of_cosponsors_comments_and_a_chairs_decision,
    an_adoption_round_tells_authors_its_decisions,
    an_approved_registration_is_notified,
);

async fn a_round_notifies_its_electors_when_it_opens_and_publishes_results_and_nobody_else(
    app: &TestApp,
) {
    let chair = app.chair().await;
    let elector = app.delegate("france").await;
    let auditor = app.auditor().await;
    let ids = app.proposals(2).await;
    let round = chair.create_round(&ids, json!({})).await;
    let subject = format!("round:{round}");
    assert!(
        kinds(app, elector.id(), &subject).await.is_empty(),
        "a draft round tells nobody"
    );
    chair.open(round).await;
    // Fixed at opening: someone who arrives later is not an elector.
    let late = app.delegate("latecomer").await;
    assert_eq!(kinds(app, elector.id(), &subject).await, ["round_opened"]);
    assert_eq!(kinds(app, chair.id(), &subject).await, ["round_opened"]);
    assert!(
        kinds(app, auditor.id(), &subject).await.is_empty(),
        "auditors do not vote"
    );
    assert!(
        kinds(app, late.id(), &subject).await.is_empty(),
        "not in the electorate"
    );
    chair.close(round).await;
    assert_eq!(
        kinds(app, elector.id(), &subject).await,
        ["round_opened", "results_published"]
    );
    assert!(kinds(app, auditor.id(), &subject).await.is_empty());
    assert!(kinds(app, late.id(), &subject).await.is_empty());
}

async fn the_closing_reminder_goes_once_and_only_to_electors_who_have_not_voted(app: &TestApp) {
    let chair = app.chair().await;
    let voter = app.delegate("france").await;
    let idle = app.delegate("brazil").await;
    let ids = app.proposals(2).await;
    let soon = (chrono::Utc::now() + chrono::Duration::hours(2)).to_rfc3339();
    let later = (chrono::Utc::now() + chrono::Duration::days(3)).to_rfc3339();
    let closing = chair.create_round(&ids, json!({"closes_at": soon})).await;
    let far = chair.create_round(&ids, json!({"closes_at": later})).await;
    chair.open(closing).await;
    chair.open(far).await;
    let (x, y) = (crate::common::p(ids[0]), crate::common::p(ids[1]));
    assert_eq!(voter.vote(closing, json!([[x], [y]])).await.status, 200);

    let sent = app.remind_due().await;
    assert!(sent >= 1, "the idle elector is reminded");
    let subject = format!("round:{closing}");
    assert_eq!(
        kinds(app, idle.id(), &subject).await,
        ["round_opened", "round_closing"]
    );
    assert_eq!(
        kinds(app, voter.id(), &subject).await,
        ["round_opened"],
        "voted: no reminder"
    );
    let far_subject = format!("round:{far}");
    assert_eq!(
        kinds(app, idle.id(), &far_subject).await,
        ["round_opened"],
        "closes in 3 days"
    );

    // Only once per elector and round, however often the task runs.
    assert_eq!(app.remind_due().await, 0);
    assert_eq!(
        kinds(app, idle.id(), &subject).await,
        ["round_opened", "round_closing"]
    );
}

async fn a_proposal_author_hears_of_cosponsors_comments_and_a_chairs_decision(app: &TestApp) {
    let author = app.delegate("france").await;
    let other = app.delegate_in("kenya", "industry", "Kenya Inc").await;
    let id = app
        .submitted_proposal(&author.user, "Clean rivers", "A summary.", "A body.")
        .await;
    let subject = format!("proposal:{id}");
    let res = other
        .post(&format!("/api/v1/proposals/{id}/cosponsor"))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(kinds(app, author.id(), &subject).await, ["cosponsored"]);
    let comment = |who: &crate::common::Person, body: &str| {
        let (who, body) = (who.clone(), body.to_owned());
        async move {
            who.post_json(
                &format!("/api/v1/proposals/{id}/comments"),
                json!({"body": body}),
            )
            .await
        }
    };
    assert_eq!(comment(&other, "I like it.").await.status, 201);
    assert_eq!(
        kinds(app, author.id(), &subject).await,
        ["cosponsored", "commented"]
    );
    // Nobody is told of their own doing, nor of comments on others' proposals.
    assert_eq!(comment(&author, "Thank you.").await.status, 201);
    assert_eq!(
        kinds(app, author.id(), &subject).await,
        ["cosponsored", "commented"]
    );
    assert!(kinds(app, other.id(), &subject).await.is_empty());

    // A chair's decision after a round that held it.
    let eligible = app.proposal(&author.user, "Clean air").await;
    let chair = app.chair().await;
    let round = chair
        .create_round(&[eligible, app.proposals(1).await[0]], json!({}))
        .await;
    chair.open(round).await;
    chair.close(round).await;
    let res = chair
        .post_json(
            &format!("/api/v1/proposals/{eligible}/decision"),
            json!({"decision": "adopted"}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    let about = format!("proposal:{eligible}");
    assert_eq!(
        kinds(app, author.id(), &about).await,
        ["cosponsored", "cosponsored", "decided"]
    );
    assert!(kinds(app, other.id(), &about).await.is_empty());
}

async fn an_adoption_round_tells_authors_its_decisions(app: &TestApp) {
    let author = app.delegate("france").await;
    let chair = app.chair().await;
    let mine = app.proposal(&author.user, "Adopt me").await;
    let theirs = app.proposals(1).await[0];
    let round = chair
        .create_round(
            &[mine, theirs],
            json!({"kind": "adoption", "rule": {"preset": "majority"}}),
        )
        .await;
    chair.open(round).await;
    chair.close(round).await;
    let about = format!("proposal:{mine}");
    assert_eq!(
        kinds(app, author.id(), &about).await,
        ["cosponsored", "cosponsored", "decided"]
    );
    assert!(
        kinds(app, author.id(), &format!("proposal:{theirs}"))
            .await
            .is_empty()
    );
}

async fn an_approved_registration_is_notified(app: &TestApp) {
    let admin = app.admin().await;
    let res = app
        .anon()
        .post_json(
            "/api/v1/registrations",
            json!({"email": "lena@example.org", "password": crate::common::PASSWORD,
                   "display_name": "Lena", "organisation": "Estonia", "group": "member_state"}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let id = res.json()["user"]["id"].as_i64().unwrap();
    assert!(app.notices_of(id).await.is_empty());
    assert_eq!(
        admin
            .post(&format!("/api/v1/users/{id}/approve"))
            .await
            .status,
        200
    );
    assert_eq!(
        app.notices_of(id).await,
        [("approved".to_owned(), format!("user:{id}"))]
    );
    // Refused twice: no second notice.
    assert_eq!(
        admin
            .post(&format!("/api/v1/users/{id}/approve"))
            .await
            .status,
        409
    );
    assert_eq!(app.notices_of(id).await.len(), 1);
}

/// The server's own task sends the reminder, without anyone asking.
async fn the_background_task_sends_the_reminder(backend: crate::common::Backend) {
    let app = TestApp::spawn_with(backend, |s| {
        s.notify_check_every = std::time::Duration::from_millis(200);
    })
    .await;
    let Some(app) = app else { return };
    let chair = app.chair().await;
    let idle = app.delegate("brazil").await;
    let ids = app.proposals(2).await;
    let soon = (chrono::Utc::now() + chrono::Duration::hours(23)).to_rfc3339();
    let round = chair.create_round(&ids, json!({"closes_at": soon})).await;
    chair.open(round).await;
    let subject = format!("round:{round}");
    let started = std::time::Instant::now();
    while kinds(&app, idle.id(), &subject).await.len() < 2
        && started.elapsed() < std::time::Duration::from_secs(20)
    {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert_eq!(
        kinds(&app, idle.id(), &subject).await,
        ["round_opened", "round_closing"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_background_task_sends_the_reminder_sqlite() {
    the_background_task_sends_the_reminder(crate::common::Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_background_task_sends_the_reminder_postgres() {
    the_background_task_sends_the_reminder(crate::common::Backend::Postgres).await;
}
