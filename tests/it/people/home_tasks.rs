//! The home page after issue 20: a delegate who has voted still finds the
//! open round (and until when the ballot may change), a chair's tasks come
//! first with a "Create a round" link, and an admin's home leads with the
//! registrations and a link to the accounts list.

use crate::common::{PASSWORD, RequestHelper, TestApp, json};

both_backends!(
    a_delegate_who_voted_still_sees_the_open_round_and_until_when_the_ballot_can_change,
    the_chairs_home_leads_with_the_chairs_tasks_and_a_create_round_link,
    the_admins_home_leads_with_the_registrations_and_the_accounts_list,
);

/// Position of `needle` in `page`, failing with the page when absent.
fn at(page: &str, needle: &str) -> usize {
    page.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not on the page:\n{page}"))
}

async fn a_delegate_who_voted_still_sees_the_open_round_and_until_when_the_ballot_can_change(
    app: &TestApp,
) {
    let voter = app.delegate("france").await;
    let chair = app.chair().await;
    let author = app.delegate_in("acme", "industry", "Acme").await;
    let a = app
        .proposal(&author.user, "Cross-border incident response")
        .await;
    let b = app
        .proposal(&author.user, "Digital public goods registry")
        .await;
    let closes = (chrono::Utc::now() + chrono::Duration::days(3))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let dated = chair
        .create_round(
            &[a, b],
            json!({"title": "Dated round", "closes_at": closes}),
        )
        .await;
    chair.open(dated).await;
    let undated = chair
        .create_round(&[a, b], json!({"title": "Undated round"}))
        .await;
    chair.open(undated).await;

    let page = voter.browser().await.text("/").await;
    assert!(
        page.contains("Rounds waiting for your ballot (2)"),
        "{page}"
    );
    assert!(!page.contains("id=\"home-voted\""));

    let res = voter.vote(dated, json!([[format!("p{a}")]])).await;
    assert_eq!(res.status, 200, "{}", res.text);
    let page = voter.browser().await.text("/").await;
    assert!(
        page.contains("Rounds waiting for your ballot (1)"),
        "{page}"
    );
    let voted = &page[at(&page, "id=\"home-voted\"")..];
    assert!(
        voted.contains(&format!(
            "<a href=\"/rounds/{dated}/ballot\"><bdi>Dated round</bdi></a>"
        )),
        "{voted}"
    );
    assert!(
        voted.contains("You have voted; you can change your ballot until "),
        "{voted}"
    );
    assert!(
        voted.contains("3 days") || voted.contains("2 days"),
        "time left: {voted}"
    );

    let res = voter.vote(undated, json!([[format!("p{b}")]])).await;
    assert_eq!(res.status, 200, "{}", res.text);
    let page = voter.browser().await.text("/").await;
    assert!(page.contains("Rounds you have voted in (2)"), "{page}");
    assert!(
        page.contains("You have voted in every open round."),
        "{page}"
    );
    assert!(
        page.contains("You have voted; you can change your ballot until the round is closed."),
        "{page}"
    );
    assert!(page.contains(&format!("/rounds/{undated}/ballot")));

    // Once closed, the round leaves the list.
    chair.close(dated).await;
    let page = voter.browser().await.text("/").await;
    assert!(page.contains("Rounds you have voted in (1)"), "{page}");
    assert!(!page.contains(&format!("/rounds/{dated}/ballot")));
}

async fn the_chairs_home_leads_with_the_chairs_tasks_and_a_create_round_link(app: &TestApp) {
    let chair = app.chair().await;
    let author = app.delegate_in("acme", "industry", "Acme").await;
    // With nothing to do, and with a round waiting to open: the link is there.
    let page = chair.browser().await.text("/").await;
    assert!(
        page.contains(
            "<a class=\"button\" href=\"/rounds/new\" id=\"create-round\">Create a round</a>"
        ),
        "{page}"
    );
    let a = app.proposal(&author.user, "Open fibre backbones").await;
    let b = app
        .proposal(&author.user, "Data-protection interoperability")
        .await;
    let draft = chair
        .create_round(&[a, b], json!({"title": "Next round"}))
        .await;
    let page = chair.browser().await.text("/").await;
    let chair_at = at(&page, "id=\"home-chair\"");
    assert!(
        chair_at < at(&page, "id=\"home-vote\""),
        "chair's tasks first"
    );
    assert!(chair_at < at(&page, "id=\"home-mine\""));
    let tasks = &page[chair_at..at(&page, "id=\"home-vote\"")];
    assert!(
        tasks.contains("href=\"/rounds/new\" id=\"create-round\""),
        "{tasks}"
    );
    assert!(tasks.contains(&format!("/rounds/{draft}")) && tasks.contains("ready to open"));
    // A delegate gets neither.
    let page = author.browser().await.text("/").await;
    assert!(!page.contains("id=\"home-chair\"") && !page.contains("id=\"create-round\""));
}

async fn the_admins_home_leads_with_the_registrations_and_the_accounts_list(app: &TestApp) {
    let admin = app.admin().await;
    let page = admin.browser().await.text("/").await;
    assert!(page.contains("No registrations are waiting"));
    assert!(
        page.contains(
            "<a href=\"/admin/users\" id=\"accounts-link\">Search and manage all accounts</a>"
        ),
        "{page}"
    );
    let res = app
        .anon()
        .post_json(
            "/api/v1/registrations",
            json!({"email": "new@example.org", "password": PASSWORD,
                   "display_name": "New", "organisation": "Chile", "group": "member_state"}),
        )
        .await;
    assert_eq!(res.status, 201);
    let page = admin.browser().await.text("/").await;
    let admin_at = at(&page, "id=\"home-admin\"");
    assert!(
        admin_at < at(&page, "id=\"home-audit\""),
        "admin's tasks before the auditor's block"
    );
    assert!(
        page.contains("<a href=\"/admin/users?status=pending\" id=\"pending-link\">1 registration waiting for approval</a>"),
        "{page}"
    );
    // The link leads to the waiting registration.
    let list = admin
        .browser()
        .await
        .text("/admin/users?status=pending")
        .await;
    assert!(list.contains("new@example.org"), "{list}");
}
