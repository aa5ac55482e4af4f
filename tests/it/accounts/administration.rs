//! Administration and its guards: admin-only routes and pages denied to
//! everyone else, bad JSON and bad fields answered with a 4xx JSON error that
//! writes nothing, role changes and their audit entries, and `/healthz`.

use crate::common::{PASSWORD, RequestHelper, Role, TestApp, Value, json, send};

both_backends!(
    admin_routes_are_denied_to_everyone_else,
    bad_json_and_bad_fields_get_a_4xx_json_error_and_write_nothing,
    role_changes_are_recorded_and_an_admin_cannot_demote_themselves,
    healthz_checks_the_database,
);

async fn admin_routes_are_denied_to_everyone_else(app: &TestApp) {
    let target = app
        .user("target@example.org", Role::Delegate, "industry", "Acme")
        .await;
    let id = target.id.0;
    let routes = [
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
    ];
    // Nobody signed in: 401.
    for (m, path, body) in &routes {
        let res = app.anon().call(m.clone(), path, body.as_ref()).await;
        assert_eq!(res.status, 401, "{path}");
        assert_eq!(res.json()["error"]["code"], "unauthenticated");
    }
    for role in [Role::Delegate, Role::Chair, Role::Auditor] {
        let someone = app.someone(role).await;
        for (m, path, body) in &routes {
            let res = someone.call(m.clone(), path, body.as_ref()).await;
            assert_eq!(res.status, 403, "{role:?} {path}");
            assert_eq!(res.json()["error"]["code"], "forbidden");
        }
        // The admin page and its forms too, in a browser session.
        let browser = someone.browser().await;
        let res = browser.get("/admin/users").await;
        assert_eq!(res.status, 403, "{role:?} admin page");
        assert!(res.text.contains("Only administrators"));
        let res = browser
            .post_form(
                &format!("/admin/users/{id}"),
                &[
                    ("role", "admin"),
                    ("group", "industry"),
                    ("organisation", "Acme"),
                    ("status", "active"),
                ],
            )
            .await;
        assert_eq!(res.status, 403, "{role:?} admin form");
    }
    // Anonymous browsers are sent to sign in.
    let res = app.browser().await.get("/admin/users").await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), "/login");
    // Nothing changed.
    assert!(!app.actions().await.iter().any(|a| a == "user.role_changed"));
}

async fn bad_json_and_bad_fields_get_a_4xx_json_error_and_write_nothing(app: &TestApp) {
    let admin = app.admin().await;
    let users_before = app.user_count().await;
    let audit_before = app.audit().await.len();
    let good = json!({"email": "a@example.org", "password": PASSWORD, "display_name": "A", "organisation": "O", "group": "academia"});
    let with = |k: &str, v: Value| {
        let mut b = good.clone();
        b[k] = v;
        b
    };
    let cases: Vec<(Value, u16, &str)> = vec![
        (json!({"email": "a@example.org"}), 400, "missing field"),
        (with("email", json!("not-an-email")), 422, "email"),
        (with("password", json!("short")), 422, "10 characters"),
        (
            with("group", json!("martians")),
            422,
            "Unknown stakeholder group",
        ),
        (with("display_name", json!("   ")), 422, "required"),
        (
            with("organisation", json!("x".repeat(201))),
            422,
            "at most 200",
        ),
        (with("email", json!(5)), 400, "invalid type"),
    ];
    let anon = app.anon();
    for (body, status, needle) in cases {
        let res = anon.post_json("/api/v1/registrations", &body).await;
        assert_eq!(res.status, status, "{body}");
        let msg = res.error_message();
        assert!(msg.contains(needle), "{msg:?} lacks {needle:?}");
    }
    // Not JSON at all.
    let res = send(
        anon.request(reqwest::Method::POST, "/api/v1/registrations")
            .header("content-type", "application/json")
            .body("{not json"),
    )
    .await;
    assert_eq!(res.status, 400);
    assert_eq!(res.json()["error"]["code"], "bad_request");
    // Wrong content type.
    let res = send(
        anon.request(reqwest::Method::POST, "/api/v1/registrations")
            .body("x"),
    )
    .await;
    assert_eq!(res.status, 400);
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
        let res = admin
            .patch_json(&format!("/api/v1/users/{}", target.id), &body)
            .await;
        assert!(
            (400..500).contains(&res.status),
            "{body} gave {}",
            res.status
        );
        assert!(res.json()["error"]["message"].as_str().is_some());
    }
    assert_eq!(admin.post("/api/v1/users/99999/approve").await.status, 404);
    assert_eq!(admin.post("/api/v1/users/abc/approve").await.status, 404);
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
    let admin = app.admin().await;
    let me = admin.me().await;
    let target = app
        .user("t@example.org", Role::Delegate, "academia", "Uni")
        .await;
    let res = admin
        .patch_json(
            &format!("/api/v1/users/{}", target.id),
            json!({"role": "chair", "organisation": "University of Tartu"}),
        )
        .await;
    assert_eq!(res.status, 200);
    let body = res.json();
    assert_eq!(body["user"]["role"], "chair");
    assert_eq!(body["user"]["organisation"], "University of Tartu");
    let change = app.entry("user.role_changed").await;
    assert_eq!(change.details, json!({"from": "delegate", "to": "chair"}));
    assert_eq!(change.actor, me["id"].to_string());

    let res = admin
        .patch_json(
            &format!("/api/v1/users/{}", me["id"]),
            json!({"role": "delegate"}),
        )
        .await;
    assert_eq!(res.status, 403);
    app.verify_audit().await;
}

async fn healthz_checks_the_database(app: &TestApp) {
    let anon = app.anon();
    let res = anon.get("/healthz").await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["database"], "ok");
    assert_eq!(anon.get("/nowhere").await.status, 404);
    let res = anon.get("/api/v1/nowhere").await;
    assert_eq!(res.status, 404);
    assert_eq!(res.json()["error"]["code"], "not_found");
}
