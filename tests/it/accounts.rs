//! Accounts, sessions, roles and the audit trail, over real HTTP, on SQLite
//! and PostgreSQL.
#![allow(clippy::unwrap_used)]


use crate::common::{PASSWORD, TestApp};
use plenary::domain::user::Role;
use serde_json::{Value, json};

both_backends!(
    registration_waits_for_approval_then_the_user_signs_in_and_sees_themselves,
    every_failed_login_gets_the_same_answer,
    a_revoked_token_is_rejected,
    a_suspended_users_token_stops_working,
    a_form_post_without_a_csrf_token_is_rejected_and_changes_nothing,
    admin_routes_are_denied_to_everyone_else,
    bad_json_and_bad_fields_get_a_4xx_json_error_and_write_nothing,
    role_changes_are_recorded_and_an_admin_cannot_demote_themselves,
    browser_forms_register_sign_in_and_sign_out,
    the_api_ignores_the_session_cookie_on_state_changing_calls,
    healthz_checks_the_database,
);

async fn register(app: &TestApp, email: &str) -> reqwest::Response {
    app.api_client()
        .post(app.url("/api/v1/registrations"))
        .json(&json!({
            "email": email, "password": PASSWORD, "display_name": "Lena Delegate",
            "organisation": "Estonia", "group": "member_state"
        }))
        .send()
        .await
        .unwrap()
}

async fn login(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.api_client()
        .post(app.url("/api/v1/session"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap()
}

async fn registration_waits_for_approval_then_the_user_signs_in_and_sees_themselves(app: &TestApp) {
    let admin = app.signed_in("admin@example.org", Role::Admin).await;
    let res = register(app, "Lena@Example.org").await;
    assert_eq!(res.status(), 201);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["user"]["status"], "pending");
    assert_eq!(
        body["user"]["email"], "lena@example.org",
        "emails are case-insensitive"
    );
    let id = body["user"]["id"].as_i64().unwrap();

    // Same email in another case: refused.
    let again = register(app, "LENA@example.org").await;
    assert_eq!(again.status(), 409);

    assert_eq!(
        login(app, "lena@example.org", PASSWORD).await.status(),
        401,
        "pending cannot sign in"
    );

    let c = app.api_client();
    let pending: Value = c
        .get(app.url("/api/v1/users?status=pending"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(pending["users"].as_array().unwrap().len(), 1);
    assert_eq!(pending["users"][0]["id"], id);

    let res = c
        .post(app.url(&format!("/api/v1/users/{id}/approve")))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    // Approving twice is a conflict, not a second entry.
    let res = c
        .post(app.url(&format!("/api/v1/users/{id}/approve")))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);

    let res = login(app, "LENA@example.org", PASSWORD).await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    let token = body["token"].as_str().unwrap();
    assert_eq!(body["user"]["display_name"], "Lena Delegate");
    assert!(body["user"].get("password_hash").is_none());

    let me: Value = c
        .get(app.url("/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
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
    assert_eq!(actions.iter().filter(|a| *a == "user.approved").count(), 1);
    let trail = app.audit().await;
    let verified = plenary::audit::verify(&trail).unwrap();
    assert_eq!(verified.entries, trail.len());
    let approved = trail.iter().find(|e| e.action == "user.approved").unwrap();
    assert_eq!(approved.subject, format!("user:{id}"));
}

async fn every_failed_login_gets_the_same_answer(app: &TestApp) {
    let admin = app.signed_in("admin@example.org", Role::Admin).await;
    app.user("active@example.org", Role::Delegate, "industry", "Acme")
        .await;
    let suspended = app
        .user("suspended@example.org", Role::Delegate, "industry", "Acme")
        .await;
    let res = app
        .api_client()
        .patch(app.url(&format!("/api/v1/users/{}", suspended.id)))
        .bearer_auth(&admin)
        .json(&json!({"status": "suspended"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(register(app, "pending@example.org").await.status(), 201);

    let mut answers = Vec::new();
    for (email, pw) in [
        ("active@example.org", "wrong password!!"),
        ("nobody@example.org", PASSWORD),
        ("pending@example.org", PASSWORD),
        ("suspended@example.org", PASSWORD),
        ("not an email", PASSWORD),
    ] {
        let res = login(app, email, pw).await;
        answers.push((res.status().as_u16(), res.text().await.unwrap()));
    }
    assert!(
        answers.iter().all(|a| a == &answers[0]),
        "answers differ: {answers:?}"
    );
    assert_eq!(answers[0].0, 401);
    assert!(answers[0].1.contains("Sign-in failed"));
    let failed = app
        .actions()
        .await
        .iter()
        .filter(|a| *a == "login.failed")
        .count();
    assert_eq!(failed, 5);
}

async fn a_revoked_token_is_rejected(app: &TestApp) {
    let token = app.signed_in("d@example.org", Role::Delegate).await;
    let second = app.token("d@example.org").await;
    let c = app.api_client();
    assert_eq!(
        c.get(app.url("/api/v1/me"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let res = c
        .delete(app.url("/api/v1/session"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    for t in [&token, &second] {
        let res = c
            .get(app.url("/api/v1/me"))
            .bearer_auth(t)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 401, "revocation covers every earlier token");
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["error"]["code"], "unauthenticated");
    }
    // Garbage and forged tokens too.
    let res = c
        .get(app.url("/api/v1/me"))
        .bearer_auth("not.a.jwt")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let fresh = app.token("d@example.org").await;
    assert_eq!(
        c.get(app.url("/api/v1/me"))
            .bearer_auth(&fresh)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

async fn a_suspended_users_token_stops_working(app: &TestApp) {
    let admin = app.signed_in("admin@example.org", Role::Admin).await;
    let token = app.signed_in("d@example.org", Role::Delegate).await;
    let me: Value = app
        .api_client()
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = me["id"].as_i64().unwrap();
    let res = app
        .api_client()
        .patch(app.url(&format!("/api/v1/users/{id}")))
        .bearer_auth(&admin)
        .json(&json!({"status": "suspended"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let res = app
        .api_client()
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    assert!(app.actions().await.iter().any(|a| a == "user.suspended"));
}

async fn a_form_post_without_a_csrf_token_is_rejected_and_changes_nothing(app: &TestApp) {
    app.user("d@example.org", Role::Delegate, "academia", "Uni")
        .await;
    let client = app.browser_client();
    let token = app.csrf(&client, "/login").await;

    // No token.
    let res = client
        .post(app.url("/login"))
        .form(&[("email", "d@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("did not come from this site")
    );
    // A wrong token.
    let res = client
        .post(app.url("/login"))
        .form(&[
            ("email", "d@example.org"),
            ("password", PASSWORD),
            ("csrf_token", &"0".repeat(64)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    // A valid token from another browser (another cookie) does not transfer.
    let other = app.browser_client();
    let res = other
        .post(app.url("/login"))
        .form(&[
            ("email", "d@example.org"),
            ("password", PASSWORD),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert!(!app.actions().await.iter().any(|a| a == "login.succeeded"));

    let before = app.user_count().await;
    let res = client
        .post(app.url("/register"))
        .form(&[
            ("email", "new@example.org"),
            ("password", PASSWORD),
            ("display_name", "New"),
            ("organisation", "Org"),
            ("group", "academia"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(app.user_count().await, before);

    // With the token it works.
    let res = client
        .post(app.url("/login"))
        .form(&[
            ("email", "d@example.org"),
            ("password", PASSWORD),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

async fn admin_routes_are_denied_to_everyone_else(app: &TestApp) {
    let target = app
        .user("target@example.org", Role::Delegate, "industry", "Acme")
        .await;
    let c = app.api_client();
    let routes = |id: i64| {
        vec![
            (reqwest::Method::GET, "/api/v1/users".to_owned(), None),
            (
                reqwest::Method::GET,
                "/api/v1/users?status=pending".to_owned(),
                None,
            ),
            (
                reqwest::Method::POST,
                format!("/api/v1/users/{id}/approve"),
                None,
            ),
            (
                reqwest::Method::PATCH,
                format!("/api/v1/users/{id}"),
                Some(json!({"role": "admin"})),
            ),
        ]
    };
    // Nobody signed in: 401.
    for (m, path, body) in routes(target.id.0) {
        let mut rb = c.request(m, app.url(&path));
        if let Some(b) = &body {
            rb = rb.json(b);
        }
        let res = rb.send().await.unwrap();
        assert_eq!(res.status(), 401, "{path}");
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["error"]["code"], "unauthenticated");
    }
    for (i, role) in [Role::Delegate, Role::Chair, Role::Auditor]
        .into_iter()
        .enumerate()
    {
        let email = format!("u{i}@example.org");
        let token = app.signed_in(&email, role).await;
        for (m, path, body) in routes(target.id.0) {
            let mut rb = c.request(m, app.url(&path)).bearer_auth(&token);
            if let Some(b) = &body {
                rb = rb.json(b);
            }
            let res = rb.send().await.unwrap();
            assert_eq!(res.status(), 403, "{role:?} {path}");
            let body: Value = res.json().await.unwrap();
            assert_eq!(body["error"]["code"], "forbidden");
        }
        // The admin page and its forms too, in a browser session.
        let browser = app.browser_client();
        let csrf = app.csrf(&browser, "/login").await;
        let res = browser
            .post(app.url("/login"))
            .form(&[
                ("email", email.as_str()),
                ("password", PASSWORD),
                ("csrf_token", csrf.as_str()),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303);
        let res = browser.get(app.url("/admin/users")).send().await.unwrap();
        assert_eq!(res.status(), 403, "{role:?} admin page");
        assert!(res.text().await.unwrap().contains("Only administrators"));
        let res = browser
            .post(app.url(&format!("/admin/users/{}", target.id)))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("role", "admin"),
                ("group", "industry"),
                ("organisation", "Acme"),
                ("status", "active"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403, "{role:?} admin form");
    }
    // Anonymous browsers are sent to sign in.
    let res = app
        .browser_client()
        .get(app.url("/admin/users"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/login");
    // Nothing changed.
    assert!(!app.actions().await.iter().any(|a| a == "user.role_changed"));
}

async fn bad_json_and_bad_fields_get_a_4xx_json_error_and_write_nothing(app: &TestApp) {
    let admin = app.signed_in("admin@example.org", Role::Admin).await;
    let users_before = app.user_count().await;
    let audit_before = app.audit().await.len();
    let c = app.api_client();
    let good = json!({"email": "a@example.org", "password": PASSWORD, "display_name": "A", "organisation": "O", "group": "academia"});
    let cases: Vec<(Value, u16, &str)> = vec![
        (json!({"email": "a@example.org"}), 400, "missing field"),
        (
            {
                let mut v = good.clone();
                v["email"] = json!("not-an-email");
                v
            },
            422,
            "email",
        ),
        (
            {
                let mut v = good.clone();
                v["password"] = json!("short");
                v
            },
            422,
            "10 characters",
        ),
        (
            {
                let mut v = good.clone();
                v["group"] = json!("martians");
                v
            },
            422,
            "Unknown stakeholder group",
        ),
        (
            {
                let mut v = good.clone();
                v["display_name"] = json!("   ");
                v
            },
            422,
            "required",
        ),
        (
            {
                let mut v = good.clone();
                v["organisation"] = json!("x".repeat(201));
                v
            },
            422,
            "at most 200",
        ),
        (
            {
                let mut v = good.clone();
                v["email"] = json!(5);
                v
            },
            400,
            "invalid type",
        ),
    ];
    for (body, status, needle) in cases {
        let res = c
            .post(app.url("/api/v1/registrations"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), status, "{body}");
        let err: Value = res.json().await.unwrap();
        let msg = err["error"]["message"].as_str().unwrap();
        assert!(msg.contains(needle), "{msg:?} lacks {needle:?}");
    }
    // Not JSON at all.
    let res = c
        .post(app.url("/api/v1/registrations"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let err: Value = res.json().await.unwrap();
    assert_eq!(err["error"]["code"], "bad_request");
    // Wrong content type.
    let res = c
        .post(app.url("/api/v1/registrations"))
        .body("x")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    // Admin edits with bad fields.
    let target = app
        .user("t@example.org", Role::Delegate, "academia", "Uni")
        .await;
    let audit_mid = app.audit().await.len();
    for body in [
        json!({"role": "emperor"}),
        json!({"group": "martians"}),
        json!({"status": "pending"}),
        json!({"organisation": ""}),
        json!({"colour": "blue"}),
    ] {
        let res = c
            .patch(app.url(&format!("/api/v1/users/{}", target.id)))
            .bearer_auth(&admin)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(
            res.status().is_client_error(),
            "{body} gave {}",
            res.status()
        );
        let err: Value = res.json().await.unwrap();
        assert!(err["error"]["message"].as_str().is_some());
    }
    let res = c
        .post(app.url("/api/v1/users/99999/approve"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let res = c
        .post(app.url("/api/v1/users/abc/approve"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    assert_eq!(app.user_count().await, users_before + 1);
    assert_eq!(
        audit_before + 1,
        audit_mid,
        "only the direct user creation was recorded"
    );
    assert_eq!(
        app.audit().await.len(),
        audit_mid,
        "refused edits recorded nothing"
    );
}

async fn role_changes_are_recorded_and_an_admin_cannot_demote_themselves(app: &TestApp) {
    let admin = app.signed_in("admin@example.org", Role::Admin).await;
    let me: Value = app
        .api_client()
        .get(app.url("/api/v1/me"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let target = app
        .user("t@example.org", Role::Delegate, "academia", "Uni")
        .await;
    let c = app.api_client();
    let res = c
        .patch(app.url(&format!("/api/v1/users/{}", target.id)))
        .bearer_auth(&admin)
        .json(&json!({"role": "chair", "organisation": "University of Tartu"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["user"]["role"], "chair");
    assert_eq!(body["user"]["organisation"], "University of Tartu");
    let trail = app.audit().await;
    let change = trail
        .iter()
        .find(|e| e.action == "user.role_changed")
        .unwrap();
    assert_eq!(change.details, json!({"from": "delegate", "to": "chair"}));
    assert_eq!(change.actor, me["id"].to_string());

    let res = c
        .patch(app.url(&format!("/api/v1/users/{}", me["id"])))
        .bearer_auth(&admin)
        .json(&json!({"role": "delegate"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    plenary::audit::verify(&app.audit().await).unwrap();
}

async fn browser_forms_register_sign_in_and_sign_out(app: &TestApp) {
    let admin = app.signed_in("admin@example.org", Role::Admin).await;
    let client = app.browser_client();
    let csrf = app.csrf(&client, "/register").await;
    // A bad field re-renders the form with the message and the typed values.
    let res = client
        .post(app.url("/register"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "maria@example.org"),
            ("password", "short"),
            ("display_name", "María <b>Ortiz</b>"),
            ("organisation", "Chile"),
            ("group", "member_state"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("at least 10 characters"));
    assert!(
        html.contains("María &#60;b&#62;Ortiz&#60;/b&#62;")
            || html.contains("María &lt;b&gt;Ortiz&lt;/b&gt;")
    );
    let res = client
        .post(app.url("/register"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "maria@example.org"),
            ("password", PASSWORD),
            ("display_name", "María <b>Ortiz</b>"),
            ("organisation", "Chile"),
            ("group", "member_state"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("An administrator will review")
    );

    // The admin approves through the page.
    let admin_browser = app.browser_client();
    let acsrf = app.csrf(&admin_browser, "/login").await;
    let res = admin_browser
        .post(app.url("/login"))
        .form(&[
            ("email", "admin@example.org"),
            ("password", PASSWORD),
            ("csrf_token", acsrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let page = admin_browser
        .get(app.url("/admin/users"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("maria@example.org"));
    let pending: Value = app
        .api_client()
        .get(app.url("/api/v1/users?status=pending"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = pending["users"][0]["id"].as_i64().unwrap();
    let res = admin_browser
        .post(app.url(&format!("/admin/users/{id}/approve")))
        .form(&[("csrf_token", acsrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    // María signs in and sees her (escaped) name.
    let res = client
        .post(app.url("/login"))
        .form(&[
            ("email", "maria@example.org"),
            ("password", "wrong password"),
            ("csrf_token", csrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    assert!(res.text().await.unwrap().contains("Sign-in failed"));
    let res = client
        .post(app.url("/login"))
        .form(&[
            ("email", "maria@example.org"),
            ("password", PASSWORD),
            ("csrf_token", csrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let home = client
        .get(app.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        home.contains("Welcome, María &#60;b&#62;Ortiz")
            || home.contains("Welcome, María &lt;b&gt;Ortiz"),
        "{home}"
    );
    assert!(!home.contains("<b>Ortiz"));

    // Sign out: the cookie is cleared and the old session no longer works.
    let csrf = crate::common::extract_csrf(&home).unwrap();
    let res = client
        .post(app.url("/logout"))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let home = client
        .get(app.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!home.contains("Welcome, María"));
    assert!(app.actions().await.iter().any(|a| a == "session.revoked"));
}

async fn the_api_ignores_the_session_cookie_on_state_changing_calls(app: &TestApp) {
    app.user("d@example.org", Role::Delegate, "academia", "Uni")
        .await;
    let client = app.browser_client();
    let csrf = app.csrf(&client, "/login").await;
    let res = client
        .post(app.url("/login"))
        .form(&[
            ("email", "d@example.org"),
            ("password", PASSWORD),
            ("csrf_token", csrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    // Reads work with the cookie (download links are plain links)…
    assert_eq!(
        client
            .get(app.url("/api/v1/me"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    // …but a state change needs the Authorization header.
    assert_eq!(
        client
            .delete(app.url("/api/v1/session"))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
    assert_eq!(
        client
            .get(app.url("/api/v1/me"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

async fn healthz_checks_the_database(app: &TestApp) {
    let res = app
        .api_client()
        .get(app.url("/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["database"], "ok");
    let res = app
        .api_client()
        .get(app.url("/nowhere"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let res = app
        .api_client()
        .get(app.url("/api/v1/nowhere"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_and_registration_attempts_are_limited_per_address() {
    let app = TestApp::spawn_with(crate::common::Backend::Sqlite, |s| s.sign_in_per_minute = 3)
        .await
        .unwrap();
    app.user("d@example.org", Role::Delegate, "academia", "Uni")
        .await;
    for _ in 0..3 {
        assert_eq!(
            login(&app, "d@example.org", "wrong password!")
                .await
                .status(),
            401
        );
    }
    // The fourth attempt is refused before any password is checked, even a right one.
    let res = login(&app, "d@example.org", PASSWORD).await;
    assert_eq!(res.status(), 429);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "rate_limited");
    assert!(body["error"]["message"].as_str().unwrap().contains("Wait"));
    // Registration and the sign-in page share the limit.
    assert_eq!(register(&app, "new@example.org").await.status(), 429);
    let client = app.browser_client();
    let csrf = app.csrf(&client, "/login").await;
    let res = client
        .post(app.url("/login"))
        .form(&[
            ("email", "d@example.org"),
            ("password", PASSWORD),
            ("csrf_token", csrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Too many sign-in attempts")
    );
    let failed = app
        .actions()
        .await
        .iter()
        .filter(|a| *a == "login.failed")
        .count();
    assert_eq!(failed, 3, "refused attempts cost no hash and write nothing");
}
