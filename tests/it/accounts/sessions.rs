//! Getting in and out: registration waiting for approval, sign-in by API and
//! form (one answer for every failure, a limit per address), sign-out and
//! token revocation, suspension, CSRF on the sign-in and registration forms,
//! and the API ignoring the session cookie on state changes.

use crate::common::{Backend, PASSWORD, RequestHelper, Role, TestApp, json, send};

both_backends!(
    registration_waits_for_approval_then_the_user_signs_in_and_sees_themselves,
    every_failed_login_gets_the_same_answer,
    a_revoked_token_is_rejected,
    a_suspended_users_token_stops_working,
    a_form_post_without_a_csrf_token_is_rejected_and_changes_nothing,
    browser_forms_register_sign_in_and_sign_out,
    the_api_ignores_the_session_cookie_on_state_changing_calls,
);

async fn register(app: &TestApp, email: &str) -> crate::common::Response {
    app.anon()
        .post_json(
            "/api/v1/registrations",
            json!({
                "email": email, "password": PASSWORD, "display_name": "Lena Delegate",
                "organisation": "Estonia", "group": "member_state"
            }),
        )
        .await
}

async fn login(app: &TestApp, email: &str, password: &str) -> crate::common::Response {
    app.anon()
        .post_json(
            "/api/v1/session",
            json!({"email": email, "password": password}),
        )
        .await
}

async fn registration_waits_for_approval_then_the_user_signs_in_and_sees_themselves(app: &TestApp) {
    let admin = app.admin().await;
    let res = register(app, "Lena@Example.org").await;
    assert_eq!(res.status, 201);
    let body = res.json();
    assert_eq!(body["user"]["status"], "pending");
    assert_eq!(
        body["user"]["email"], "lena@example.org",
        "emails are case-insensitive"
    );
    let id = body["user"]["id"].as_i64().unwrap();

    // Same email in another case: refused.
    assert_eq!(register(app, "LENA@example.org").await.status, 409);

    let res = login(app, "lena@example.org", PASSWORD).await;
    assert_eq!(res.status, 403, "pending cannot sign in: {}", res.text);
    assert_eq!(res.json()["error"]["code"], "awaiting_approval");

    let pending = admin.get("/api/v1/users?status=pending").await.json();
    assert_eq!(pending["users"].as_array().unwrap().len(), 1);
    assert_eq!(pending["users"][0]["id"], id);

    let approve = format!("/api/v1/users/{id}/approve");
    assert_eq!(admin.post(&approve).await.status, 200);
    // Approving twice is a conflict, not a second entry.
    assert_eq!(admin.post(&approve).await.status, 409);

    let res = login(app, "LENA@example.org", PASSWORD).await;
    assert_eq!(res.status, 200);
    let body = res.json();
    let token = body["token"].as_str().unwrap();
    assert_eq!(body["user"]["display_name"], "Lena Delegate");
    assert!(body["user"].get("password_hash").is_none());

    let me = app.with_token(token).get("/api/v1/me").await.json();
    assert_eq!(me["email"], "lena@example.org");
    assert_eq!(me["role"], "delegate");
    assert_eq!(me["group"], "member_state");

    let actions = app.actions().await;
    for a in [
        "user.registered",
        "login.failed",
        "user.approved",
        "login.succeeded",
    ] {
        assert!(
            actions.iter().any(|x| x == a),
            "{a} missing from {actions:?}"
        );
    }
    assert_eq!(app.count_action("user.approved").await, 1);
    app.verify_audit().await;
    let approved = app.entry("user.approved").await;
    assert_eq!(approved.subject, format!("user:{id}"));
}

async fn every_failed_login_gets_the_same_answer(app: &TestApp) {
    let admin = app.admin().await;
    app.user("active@example.org", Role::Delegate, "industry", "Acme")
        .await;
    let suspended = app
        .user("suspended@example.org", Role::Delegate, "industry", "Acme")
        .await;
    let res = admin
        .patch_json(
            &format!("/api/v1/users/{}", suspended.id),
            json!({"status": "suspended"}),
        )
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(register(app, "pending@example.org").await.status, 201);

    let mut answers = Vec::new();
    for (email, pw) in [
        ("active@example.org", "wrong password!!"),
        ("nobody@example.org", PASSWORD),
        ("pending@example.org", "wrong password!!"),
        ("suspended@example.org", PASSWORD),
        ("not an email", PASSWORD),
    ] {
        let res = login(app, email, pw).await;
        answers.push((res.status, res.text));
    }
    assert!(
        answers.iter().all(|a| a == &answers[0]),
        "answers differ: {answers:?}"
    );
    assert_eq!(answers[0].0, 401);
    assert!(answers[0].1.contains("Sign-in failed"));
    assert_eq!(app.count_action("login.failed").await, 5);
}

async fn a_revoked_token_is_rejected(app: &TestApp) {
    let d = app.delegate("d").await;
    let second = d.sign_in_again(app).await;
    assert_eq!(d.get("/api/v1/me").await.status, 200);
    assert_eq!(d.delete("/api/v1/session").await.status, 204);
    for t in [&d, &second] {
        let res = t.get("/api/v1/me").await;
        assert_eq!(res.status, 401, "revocation covers every earlier token");
        assert_eq!(res.json()["error"]["code"], "unauthenticated");
    }
    // Garbage and forged tokens too.
    assert_eq!(
        app.with_token("not.a.jwt").get("/api/v1/me").await.status,
        401
    );
    let fresh = d.sign_in_again(app).await;
    assert_eq!(fresh.get("/api/v1/me").await.status, 200);
}

async fn a_suspended_users_token_stops_working(app: &TestApp) {
    let admin = app.admin().await;
    let d = app.delegate("d").await;
    let id = d.me().await["id"].as_i64().unwrap();
    let res = admin
        .patch_json(
            &format!("/api/v1/users/{id}"),
            json!({"status": "suspended"}),
        )
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(d.get("/api/v1/me").await.status, 401);
    assert!(app.actions().await.iter().any(|a| a == "user.suspended"));
}

async fn a_form_post_without_a_csrf_token_is_rejected_and_changes_nothing(app: &TestApp) {
    app.user("d@example.org", Role::Delegate, "academia", "Uni")
        .await;
    let browser = app.browser().await;
    let sign_in = [("email", "d@example.org"), ("password", PASSWORD)];

    // No token.
    let res = browser.post_form_without_csrf("/login", &sign_in).await;
    assert_eq!(res.status, 403);
    assert!(res.text.contains("did not come from this site"));
    // A wrong token.
    let zeros = "0".repeat(64);
    let wrong = [sign_in[0], sign_in[1], ("csrf_token", zeros.as_str())];
    assert_eq!(
        browser
            .post_form_without_csrf("/login", &wrong)
            .await
            .status,
        403
    );
    // A valid token from another browser (another cookie) does not transfer.
    let other = app.browser_client();
    let res = send(other.post(app.url("/login")).form(&[
        sign_in[0],
        sign_in[1],
        ("csrf_token", browser.csrf.as_str()),
    ]))
    .await;
    assert_eq!(res.status, 403);
    assert!(!app.actions().await.iter().any(|a| a == "login.succeeded"));

    let before = app.user_count().await;
    let res = browser
        .post_form_without_csrf(
            "/register",
            &[
                ("email", "new@example.org"),
                ("password", PASSWORD),
                ("display_name", "New"),
                ("organisation", "Org"),
                ("group", "academia"),
            ],
        )
        .await;
    assert_eq!(res.status, 403);
    assert_eq!(app.user_count().await, before);

    // With the token it works.
    assert_eq!(browser.login("d@example.org", PASSWORD).await.status, 303);
}

async fn browser_forms_register_sign_in_and_sign_out(app: &TestApp) {
    let admin = app.admin().await;
    let maria = app.browser().await;
    let registration = |password| {
        [
            ("email", "maria@example.org"),
            ("password", password),
            ("display_name", "María <b>Ortiz</b>"),
            ("organisation", "Chile"),
            ("group", "member_state"),
        ]
    };
    // A bad field re-renders the form with the message and the typed values.
    let res = maria.post_form("/register", &registration("short")).await;
    assert_eq!(res.status, 422);
    assert!(res.text.contains("at least 10 characters"));
    assert!(
        res.text.contains("María &#60;b&#62;Ortiz&#60;/b&#62;")
            || res.text.contains("María &lt;b&gt;Ortiz&lt;/b&gt;")
    );
    let res = maria.post_form("/register", &registration(PASSWORD)).await;
    assert_eq!(res.status, 201);
    assert!(res.text.contains("An administrator will review"));

    // The admin approves through the page.
    let admin_browser = app.browser().await;
    let res = admin_browser.login("admin@example.org", PASSWORD).await;
    assert_eq!(res.status, 303);
    let cookie = res.header("set-cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert!(
        admin_browser
            .text("/admin/users")
            .await
            .contains("maria@example.org")
    );
    let pending = admin.get("/api/v1/users?status=pending").await.json();
    let id = pending["users"][0]["id"].as_i64().unwrap();
    let res = admin_browser
        .post_form(&format!("/admin/users/{id}/approve"), &[])
        .await;
    assert_eq!(res.status, 303);

    // María signs in and sees her (escaped) name.
    let res = maria.login("maria@example.org", "wrong password").await;
    assert_eq!(res.status, 401);
    assert!(res.text.contains("Sign-in failed"));
    assert_eq!(maria.login("maria@example.org", PASSWORD).await.status, 303);
    let home = maria.text("/").await;
    assert!(
        home.contains("Welcome, María &#60;b&#62;Ortiz")
            || home.contains("Welcome, María &lt;b&gt;Ortiz"),
        "{home}"
    );
    assert!(!home.contains("<b>Ortiz"));

    // Sign out: the cookie is cleared and the old session no longer works.
    let csrf = crate::common::extract_csrf(&home).unwrap();
    let res = maria
        .post_form_without_csrf("/logout", &[("csrf_token", csrf.as_str())])
        .await;
    assert_eq!(res.status, 303);
    assert!(!maria.text("/").await.contains("Welcome, María"));
    assert!(app.actions().await.iter().any(|a| a == "session.revoked"));
}

async fn the_api_ignores_the_session_cookie_on_state_changing_calls(app: &TestApp) {
    app.user("d@example.org", Role::Delegate, "academia", "Uni")
        .await;
    let browser = app.browser_as("d@example.org").await;
    // Reads work with the cookie (download links are plain links)…
    assert_eq!(browser.get("/api/v1/me").await.status, 200);
    // …but a state change needs the Authorization header.
    assert_eq!(browser.delete("/api/v1/session").await.status, 401);
    assert_eq!(browser.get("/api/v1/me").await.status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_and_registration_attempts_are_limited_per_address() {
    let app = TestApp::spawn_with(Backend::Sqlite, |s| s.sign_in_per_minute = 3)
        .await
        .unwrap();
    app.user("d@example.org", Role::Delegate, "academia", "Uni")
        .await;
    for _ in 0..3 {
        assert_eq!(
            login(&app, "d@example.org", "wrong password!").await.status,
            401
        );
    }
    // The fourth attempt is refused before any password is checked, even a right one.
    let res = login(&app, "d@example.org", PASSWORD).await;
    assert_eq!(res.status, 429);
    let body = res.json();
    assert_eq!(body["error"]["code"], "rate_limited");
    assert!(body["error"]["message"].as_str().unwrap().contains("Wait"));
    // Registration and the sign-in page share the limit.
    assert_eq!(register(&app, "new@example.org").await.status, 429);
    let res = app.browser().await.login("d@example.org", PASSWORD).await;
    assert_eq!(res.status, 429);
    assert!(res.text.contains("Too many sign-in attempts"));
    assert_eq!(
        app.count_action("login.failed").await,
        3,
        "refused attempts cost no hash and write nothing"
    );
}
