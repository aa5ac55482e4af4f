//! The home page says what to do next, per role, with clear empty states.

use crate::common::{RequestHelper, TestApp, json};

both_backends!(
    the_home_page_lists_what_each_role_should_do_next,
    the_home_page_says_so_when_there_is_nothing_to_do,
);

async fn the_home_page_lists_what_each_role_should_do_next(app: &TestApp) {
    let author = app.delegate("france").await;
    let other = app.delegate_in("acme", "industry", "Acme").await;
    let chair = app.chair().await;
    // An open round the author has not voted in, with a deadline.
    let a = app
        .proposal(&other.user, "Cross-border incident response")
        .await;
    let b = app
        .proposal(&other.user, "Digital public goods registry")
        .await;
    let closes = (chrono::Utc::now() + chrono::Duration::days(2) + chrono::Duration::hours(3))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let open = chair
        .create_round(
            &[a, b],
            json!({"title": "Open priorities", "closes_at": closes}),
        )
        .await;
    chair.open(open).await;
    // A draft and a submitted proposal lacking co-sponsors.
    let res = author
        .post_json(
            "/api/v1/proposals",
            json!({"title": "Connectivity for refugees", "summary": "S.", "body": "B."}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let res = author
        .post_json(
            "/api/v1/proposals",
            json!({"title": "AI principles for the panel", "summary": "S.", "body": "B."}),
        )
        .await;
    let lacking = res.json()["proposal"]["id"].as_i64().unwrap();
    let res = author
        .post(&format!("/api/v1/proposals/{lacking}/submit"))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    // Someone else comments on it.
    let res = other
        .post_json(
            &format!("/api/v1/proposals/{lacking}/comments"),
            json!({"body": "Which principles?"}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    // A proposal from another group, open for co-sponsoring.
    let res = other
        .post_json(
            "/api/v1/proposals",
            json!({"title": "Hate-speech response network", "summary": "S.", "body": "B."}),
        )
        .await;
    let theirs = res.json()["proposal"]["id"].as_i64().unwrap();
    other
        .post(&format!("/api/v1/proposals/{theirs}/submit"))
        .await;

    let page = author.browser().await.get("/").await;
    assert_eq!(page.status, 200);
    let t = &page.text;
    assert!(
        t.contains("Open priorities") && t.contains("2 days"),
        "round to vote in, time left"
    );
    assert!(
        t.contains("title=\"") && t.contains(" UTC\""),
        "UTC on hover"
    );
    assert!(t.contains("Connectivity for refugees") && t.contains("draft: submit it"));
    assert!(t.contains("AI principles for the panel") && t.contains("not yet eligible: it needs"));
    assert!(
        t.contains("Hate-speech response network"),
        "could co-sponsor"
    );
    assert!(t.contains("1 new comment"), "comment news");

    // The round page shows the deadline in the user's zone and the time left.
    let rp = author.browser().await.get(&format!("/rounds/{open}")).await;
    assert!(
        rp.text.contains(r#"id="time-left">2 days"#),
        "round page time left"
    );
    assert!(
        rp.text.contains(r#" UTC">"#),
        "UTC on hover on the round page"
    );

    // Once voted, the round moves to the rounds voted in, still open to
    // a change of ballot.
    let res = author.vote(open, json!([[format!("p{a}")]])).await;
    assert_eq!(res.status, 200, "{}", res.text);
    let page = author.browser().await.get("/").await;
    assert!(page.text.contains("Rounds waiting for your ballot (0)"));
    assert!(page.text.contains("Rounds you have voted in (1)"));
    assert!(page.text.contains("Open priorities"));

    // The chair: rounds to open and close, eligible proposals.
    let c = app
        .proposal(&other.user, "Data-protection interoperability")
        .await;
    let d = app.proposal(&other.user, "Open fibre backbones").await;
    let draft = chair
        .create_round(&[c, d], json!({"title": "Next round"}))
        .await;
    let e = app.proposal(&other.user, "Free eligible proposal").await;
    let page = chair.browser().await.get("/").await;
    let t = &page.text;
    assert!(t.contains(&format!("/rounds/{draft}")) && t.contains("ready to open"));
    assert!(t.contains(&format!("/rounds/{open}")) && t.contains("left"));
    assert!(
        t.contains(&format!("/proposals/{e}")),
        "eligible in no round"
    );

    // The auditor: a closed round and the signed head.
    chair.close(open).await;
    let auditor = app.auditor().await;
    let page = auditor.browser().await.get("/").await;
    let t = &page.text;
    assert!(
        t.contains("Open priorities") && t.contains("closed <time"),
        "{t}"
    );
    assert!(
        t.contains("Latest signed checkpoint: number"),
        "signed head"
    );

    // The admin: registrations waiting.
    let res = app
        .anon()
        .post_json(
            "/api/v1/registrations",
            json!({"email": "new@example.org", "password": "long enough password",
                   "display_name": "New", "organisation": "Chile", "group": "member_state"}),
        )
        .await;
    assert_eq!(res.status, 201);
    let admin = app.admin().await;
    let page = admin.browser().await.get("/").await;
    assert!(page.text.contains("1 registration waiting for approval"));
}

async fn the_home_page_says_so_when_there_is_nothing_to_do(app: &TestApp) {
    let delegate = app.delegate("kenya").await;
    let t = delegate.browser().await.get("/").await.text;
    assert!(t.contains("No open rounds wait for your ballot — chairs open rounds"));
    assert!(t.contains("None: you have no drafts"));
    assert!(t.contains("No proposal from another stakeholder group waits"));
    assert!(t.contains("No new comments on your proposals in the last 7 days"));
    let t = app.chair().await.browser().await.get("/").await.text;
    assert!(t.contains("No rounds to open or close"));
    assert!(t.contains("No eligible proposal waits for a round"));
    let t = app.auditor().await.browser().await.get("/").await.text;
    assert!(t.contains("No closed round waits for you"));
    let t = app.admin().await.browser().await.get("/").await.text;
    assert!(t.contains("No registrations are waiting"));
    // Visitors get the introduction.
    let t = app.anon().get("/").await.text;
    assert!(t.contains("register as a delegate"));
}
