//! Rejecting a registration (issue 20), by API and page: the row is kept
//! as `rejected`, the reason recorded in `user.rejected`, sign-in refused;
//! and every admin page and action refused to delegates, chairs and forms
//! without a CSRF token. The list and account pages are in `admin_list`.

use crate::common::{PASSWORD, RequestHelper, Role, Session, TestApp, json};

both_backends!(
    rejecting_a_registration_by_api_keeps_it_rejected_with_the_reason_and_sign_in_fails,
    the_reject_page_confirms_then_rejects_and_says_so,
    admin_pages_and_actions_are_refused_to_delegates_chairs_and_forms_without_csrf,
);

/// A pending registration through the API; returns its id.
pub(super) async fn pending(app: &TestApp, email: &str, name: &str, organisation: &str) -> i64 {
    let res = app
        .anon()
        .post_json(
            "/api/v1/registrations",
            json!({"email": email, "password": PASSWORD, "display_name": name,
                   "organisation": organisation, "group": "civil_society"}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    res.json()["user"]["id"].as_i64().expect("user id")
}

pub(super) async fn admin_browser(app: &TestApp) -> Session {
    app.admin().await;
    app.browser_as("admin@example.org").await
}

async fn rejecting_a_registration_by_api_keeps_it_rejected_with_the_reason_and_sign_in_fails(
    app: &TestApp,
) {
    let admin = app.admin().await;
    let id = pending(app, "marie@example.org", "Marie Dupont", "Les Amis").await;
    let path = format!("/api/v1/users/{id}/reject");

    // A reason over 500 characters is refused and changes nothing.
    let before = app.audit().await.len();
    let res = admin
        .post_json(&path, json!({"reason": "x".repeat(501)}))
        .await;
    assert_eq!(res.status, 422, "{}", res.text);
    let res = admin.post_json(&path, json!({"why": "typo"})).await;
    assert_eq!(res.status, 400, "{}", res.text);
    assert_eq!(app.audit().await.len(), before);
    let stored = app.find_user("marie@example.org").await.expect("row");
    assert_eq!(stored.status.as_str(), "pending");

    // Rejected with a reason: the row stays, status rejected, one entry.
    let res = admin
        .post_json(&path, json!({"reason": "Not a member of the panel"}))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(res.json()["user"]["status"], "rejected");
    let stored = app.find_user("marie@example.org").await.expect("row kept");
    assert_eq!(stored.status.as_str(), "rejected");
    let entry = app.entry("user.rejected").await;
    assert_eq!(entry.subject, format!("user:{id}"));
    assert_eq!(entry.actor, admin.id().to_string());
    assert_eq!(entry.details["reason"], "Not a member of the panel");
    assert_eq!(app.count_action("user.rejected").await, 1);

    // They cannot sign in, by API or form, with the right password.
    let res = app
        .anon()
        .post_json(
            "/api/v1/session",
            json!({"email": "marie@example.org", "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status, 401);
    let browser = app.browser().await;
    assert_eq!(
        browser.login("marie@example.org", PASSWORD).await.status,
        401
    );

    // A rejected account cannot be rejected again, approved or reactivated.
    assert_eq!(admin.post(&path).await.status, 409);
    let res = admin.post(&format!("/api/v1/users/{id}/approve")).await;
    assert_eq!(res.status, 409);
    let res = admin
        .patch_json(&format!("/api/v1/users/{id}"), json!({"status": "active"}))
        .await;
    assert_eq!(res.status, 409, "{}", res.text);
    assert_eq!(app.count_action("user.rejected").await, 1);

    // An empty body rejects without a reason; an active account is refused.
    let other = pending(app, "paul@example.org", "Paul", "Org").await;
    let res = admin.post(&format!("/api/v1/users/{other}/reject")).await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert!(app.entries("user.rejected").await[1].details["reason"].is_null());
    let active = app.delegate("france").await;
    let res = admin
        .post(&format!("/api/v1/users/{}/reject", active.id()))
        .await;
    assert_eq!(res.status, 409);
    // The list filters on the new status.
    let res = admin.get("/api/v1/users?status=rejected").await;
    assert_eq!(res.json()["users"].as_array().map(Vec::len), Some(2));
}

async fn the_reject_page_confirms_then_rejects_and_says_so(app: &TestApp) {
    let browser = admin_browser(app).await;
    let id = pending(app, "marie@example.org", "Marie Dupont", "Les Amis").await;

    // The account page offers Approve and a "Reject…" link, set apart.
    let page = browser.text(&format!("/admin/users/{id}")).await;
    assert!(
        page.contains(&format!("action=\"/admin/users/{id}/approve\"")),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            "class=\"button danger\" href=\"/admin/users/{id}/reject\""
        )),
        "{page}"
    );

    // GET asks to confirm, saying what will happen, with a CSRF form.
    let res = browser.get(&format!("/admin/users/{id}/reject")).await;
    assert_eq!(res.status, 200);
    assert!(
        res.text
            .contains("Marie Dupont will not be able to sign in"),
        "{}",
        res.text
    );
    assert!(
        res.text
            .contains(&format!("action=\"/admin/users/{id}/reject\""))
    );
    assert!(res.text.contains("name=\"csrf_token\""));
    assert!(res.text.contains("<label for=\"reason\">"));
    assert_eq!(
        app.count_action("user.rejected").await,
        0,
        "a GET changes nothing"
    );

    // Without the token: refused, nothing changes.
    let res = browser
        .post_form_without_csrf(&format!("/admin/users/{id}/reject"), &[("reason", "x")])
        .await;
    assert_eq!(res.status, 403);
    assert_eq!(app.count_action("user.rejected").await, 0);

    let res = browser
        .post_form(
            &format!("/admin/users/{id}/reject"),
            &[("reason", "Duplicate registration")],
        )
        .await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), format!("/admin/users/{id}?done=rejected"));
    let page = browser.text(res.location()).await;
    assert!(
        page.contains(
            "<p class=\"notice\" role=\"status\" id=\"admin-notice\">The registration of Marie Dupont is rejected"
        ),
        "{page}"
    );
    assert_eq!(
        app.entry("user.rejected").await.details["reason"],
        "Duplicate registration"
    );
    // The page of a rejected account offers no action, and confirming again
    // is refused.
    assert!(!page.contains("/reject\""), "{page}");
    let res = browser.get(&format!("/admin/users/{id}/reject")).await;
    assert_eq!(res.status, 409);
    // Marie's sign-in fails.
    let marie = app.browser().await;
    assert_eq!(marie.login("marie@example.org", PASSWORD).await.status, 401);
}

async fn admin_pages_and_actions_are_refused_to_delegates_chairs_and_forms_without_csrf(
    app: &TestApp,
) {
    let target = app.delegate("france").await;
    let waiting = pending(app, "marie@example.org", "Marie", "Org").await;
    let t = target.id();
    let pages = [
        "/admin/users".to_owned(),
        "/admin/users?q=france".to_owned(),
        format!("/admin/users/{t}"),
        format!("/admin/users/{waiting}/reject"),
        format!("/admin/users/{t}/suspend"),
        format!("/admin/users/{t}/reset-password"),
    ];
    let forms: Vec<(String, Vec<(&str, &str)>)> = vec![
        (format!("/admin/users/{waiting}/approve"), vec![]),
        (
            format!("/admin/users/{waiting}/reject"),
            vec![("reason", "no")],
        ),
        (format!("/admin/users/{t}/suspend"), vec![]),
        (format!("/admin/users/{t}/reinstate"), vec![]),
        (format!("/admin/users/{t}/reset-password"), vec![]),
        (
            format!("/admin/users/{t}"),
            vec![
                ("role", "admin"),
                ("group", "industry"),
                ("organisation", "X"),
            ],
        ),
    ];
    let before = app.audit().await.len();
    for role in [Role::Delegate, Role::Chair] {
        let person = app.someone(role).await;
        let browser = person.browser().await;
        for path in &pages {
            let res = browser.get(path).await;
            assert_eq!(res.status, 403, "{role:?} GET {path}");
        }
        for (path, fields) in &forms {
            let res = browser.post_form(path, fields).await;
            assert_eq!(res.status, 403, "{role:?} POST {path}");
        }
        let res = person
            .post(&format!("/api/v1/users/{waiting}/reject"))
            .await;
        assert_eq!(res.status, 403, "{role:?} API reject");
    }
    // The admin's own forms without the CSRF token.
    let admin = admin_browser(app).await;
    let before_admin = app.audit().await.len();
    for (path, fields) in &forms {
        let res = admin.post_form_without_csrf(path, fields).await;
        assert_eq!(res.status, 403, "admin without CSRF: {path}");
    }
    assert_eq!(app.audit().await.len(), before_admin, "nothing recorded");
    let after: Vec<String> = app.actions().await.split_off(before);
    assert!(
        !after
            .iter()
            .any(|a| a.starts_with("user.") && a != "user.registered"),
        "{after:?}"
    );
    let stored = app.find_user("marie@example.org").await.expect("row");
    assert_eq!(stored.status.as_str(), "pending");
}
