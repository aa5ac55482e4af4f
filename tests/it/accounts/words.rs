//! Sentences people read at the doors and on the lists: a pending account
//! is told it awaits approval (only with the right password), the
//! duplicate-email error links to the sign-in page, a proposal that can
//! never enter a round says so, and the home page names the time zone
//! without contradicting itself.

use crate::common::{PASSWORD, RequestHelper, TestApp, json};

both_backends!(
    a_pending_account_with_the_right_password_is_told_it_awaits_approval,
    the_duplicate_email_error_links_to_the_sign_in_page,
    a_withdrawn_proposal_is_not_said_to_be_not_yet_eligible,
    the_home_page_says_which_zone_times_are_in_without_contradiction,
);

const FIELDS: [(&str, &str); 4] = [
    ("email", "pat@example.org"),
    ("display_name", "Pat Pending"),
    ("organisation", "Chile"),
    ("group", "member_state"),
];

async fn a_pending_account_with_the_right_password_is_told_it_awaits_approval(app: &TestApp) {
    let b = app.browser().await;
    let mut form = FIELDS.to_vec();
    form.push(("password", PASSWORD));
    assert_eq!(b.post_form("/register", &form).await.status, 201);

    let res = b.login("pat@example.org", PASSWORD).await;
    assert_eq!(res.status, 403, "{}", res.text);
    assert!(
        res.text.contains("waiting for an administrator’s approval"),
        "{}",
        res.text
    );
    let res = b.login("pat@example.org", "wrong password!!").await;
    assert_eq!(res.status, 401);
    assert!(res.text.contains("Sign-in failed"));
    assert!(!res.text.contains("approval"));

    let api = app
        .anon()
        .post_json(
            "/api/v1/session",
            json!({"email": "pat@example.org", "password": PASSWORD}),
        )
        .await;
    assert_eq!(api.status, 403);
    assert_eq!(api.json()["error"]["code"], "awaiting_approval");
    let api = app
        .anon()
        .post_json(
            "/api/v1/session",
            json!({"email": "pat@example.org", "password": "wrong password!!"}),
        )
        .await;
    assert_eq!(api.status, 401);
    assert_eq!(api.json()["error"]["code"], "login_failed");
    // Every refused attempt is in the trail, and nobody got a session.
    assert_eq!(app.count_action("login.failed").await, 4);
    assert!(b.get("/account").await.status == 303);
}

async fn the_duplicate_email_error_links_to_the_sign_in_page(app: &TestApp) {
    let b = app.browser().await;
    let mut form = FIELDS.to_vec();
    form.push(("password", PASSWORD));
    assert_eq!(b.post_form("/register", &form).await.status, 201);
    let res = b.post_form("/register", &form).await;
    assert_eq!(res.status, 409);
    assert!(
        res.text.contains(
            r#"<a href="/login" id="sign-in-instead">Sign in</a>, or ask an administrator."#
        ),
        "{}",
        res.text
    );
}

async fn a_withdrawn_proposal_is_not_said_to_be_not_yet_eligible(app: &TestApp) {
    let d = app.delegate("france").await;
    let res = d
        .post_json(
            "/api/v1/proposals",
            json!({"title": "Taken back", "summary": "S.", "body": "B.", "submit": true}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let id = res.json()["proposal"]["id"].as_i64().unwrap();
    let res = d.post(&format!("/api/v1/proposals/{id}/withdraw")).await;
    assert_eq!(res.status, 200, "{}", res.text);
    let list = d.browser().await.text("/proposals?status=withdrawn").await;
    assert!(
        list.contains("Withdrawn by its author: it cannot enter a round."),
        "{list}"
    );
    assert!(!list.contains("Not yet: has been withdrawn"));
}

async fn the_home_page_says_which_zone_times_are_in_without_contradiction(app: &TestApp) {
    let d = app.delegate("france").await;
    let b = d.browser().await;
    let home = b.text("/").await;
    assert!(home.contains("Times are shown in UTC."), "{home}");
    assert!(!home.contains("hover for UTC"));
    let res = d
        .patch_json("/api/v1/me", json!({"time_zone": "Europe/Paris"}))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    let home = b.text("/").await;
    assert!(
        home.contains("Times are shown in Europe/Paris (hover for UTC)."),
        "{home}"
    );
}
