//! The admin's account pages and actions (issue 20): rejecting a
//! registration (page and API; the row is kept as `rejected`, the reason
//! recorded, sign-in refused), the searchable, filterable, paginated list,
//! the page per account with bound labels and dangerous actions set apart,
//! confirmation pages before suspending and resetting a password, a status
//! message after every action, and every page and action refused to
//! delegates, chairs and forms without a CSRF token.

use crate::common::{PASSWORD, RequestHelper, Role, Session, TestApp, json};

both_backends!(
    rejecting_a_registration_by_api_keeps_it_rejected_with_the_reason_and_sign_in_fails,
    the_reject_page_confirms_then_rejects_and_says_so,
    admin_pages_and_actions_are_refused_to_delegates_chairs_and_forms_without_csrf,
    the_accounts_list_searches_by_organisation_filters_and_pages,
    suspending_asks_to_confirm_on_its_own_page_then_says_what_happened,
    resetting_a_password_asks_to_confirm_then_shows_the_code,
    the_account_page_binds_its_labels_sets_dangerous_actions_apart_and_says_what_was_saved,
);

/// A pending registration through the API; returns its id.
async fn pending(app: &TestApp, email: &str, name: &str, organisation: &str) -> i64 {
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

async fn admin_browser(app: &TestApp) -> Session {
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

async fn the_accounts_list_searches_by_organisation_filters_and_pages(app: &TestApp) {
    let browser = admin_browser(app).await;
    for i in 0..27 {
        let org = if i % 9 == 0 {
            "Acme Widgets"
        } else {
            "Other Org"
        };
        let group = if i % 2 == 0 { "industry" } else { "academia" };
        let role = if i == 5 { Role::Chair } else { Role::Delegate };
        app.user(&format!("person{i:02}@example.org"), role, group, org)
            .await;
    }
    pending(app, "waiting@example.org", "Wanda Waiting", "Acme Widgets").await;
    // 27 + the admin + the pending one = 29 accounts: two pages.
    let page = browser.text("/admin/users").await;
    assert!(page.contains("29 accounts"), "{page}");
    assert_eq!(page.matches("<tr id=\"user-").count(), 25);
    assert!(page.contains("Page 1 of 2"));
    assert!(
        page.contains("href=\"/admin/users?page=2\" rel=\"next\""),
        "{page}"
    );
    assert!(page.contains("<label for=\"q\">"));
    let page2 = browser.text("/admin/users?page=2").await;
    assert_eq!(page2.matches("<tr id=\"user-").count(), 4);
    assert!(page2.contains("rel=\"prev\""));
    assert!(page2.contains("Wanda Waiting"));

    // Search by organisation, any case: three accounts and the pending one.
    let found = browser.text("/admin/users?q=acme+WIDGETS").await;
    assert!(found.contains("4 accounts"), "{found}");
    for name in ["person00", "person09", "person18", "Wanda Waiting"] {
        assert!(found.contains(name), "{name} missing");
    }
    // Each row links to the account's page.
    let wanda = app.find_user("waiting@example.org").await.expect("wanda");
    assert!(found.contains(&format!(
        "<a href=\"/admin/users/{}\">Wanda Waiting</a>",
        wanda.id.0
    )));
    // Filters: status, role, group, and combined with search.
    let waiting = browser.text("/admin/users?status=pending").await;
    assert!(
        waiting.contains("1 account<") || waiting.contains("1 account\n"),
        "{waiting}"
    );
    assert!(waiting.contains("Wanda Waiting"));
    let chairs = browser.text("/admin/users?role=chair").await;
    assert!(
        chairs.contains("person05") && chairs.contains("1 account"),
        "{chairs}"
    );
    let academia = browser.text("/admin/users?group=academia&q=acme").await;
    assert!(
        academia.contains("person09") && academia.contains("1 account"),
        "{academia}"
    );
    // A filtered page keeps its filters in the page links.
    let industry = browser.text("/admin/users?group=industry").await;
    assert!(industry.contains("14 accounts"), "{industry}");
    // Unknown filters are refused with a clear message.
    let res = browser.get("/admin/users?status=gone").await;
    assert_eq!(res.status, 422);
    assert!(res.text.contains("Unknown status"), "{}", res.text);
    let res = browser.get("/admin/users?page=0").await;
    assert_eq!(res.status, 422);
}

async fn suspending_asks_to_confirm_on_its_own_page_then_says_what_happened(app: &TestApp) {
    let browser = admin_browser(app).await;
    let target = app.delegate("marie").await;
    let id = target.id();
    let res = browser.get(&format!("/admin/users/{id}/suspend")).await;
    assert_eq!(res.status, 200);
    assert!(
        res.text
            .contains("marie will be signed out everywhere and cannot sign in until reactivated."),
        "{}",
        res.text
    );
    assert!(
        res.text
            .contains(&format!("action=\"/admin/users/{id}/suspend\""))
    );
    assert!(
        res.text
            .contains("<button type=\"submit\" class=\"danger\">Suspend the account</button>")
    );
    assert_eq!(
        app.count_action("user.suspended").await,
        0,
        "a GET changes nothing"
    );
    assert_eq!(target.get("/api/v1/me").await.status, 200);

    let res = browser
        .post_form(&format!("/admin/users/{id}/suspend"), &[])
        .await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), format!("/admin/users/{id}?done=suspended"));
    let page = browser.text(res.location()).await;
    assert!(page.contains("role=\"status\""), "{page}");
    assert!(
        page.contains("marie is suspended and signed out everywhere."),
        "{page}"
    );
    assert_eq!(app.count_action("user.suspended").await, 1);
    assert_eq!(target.get("/api/v1/me").await.status, 401);
    // Suspending again is not offered; reactivating is, and says so.
    assert_eq!(
        browser
            .get(&format!("/admin/users/{id}/suspend"))
            .await
            .status,
        409
    );
    let res = browser
        .post_form(&format!("/admin/users/{id}/reinstate"), &[])
        .await;
    assert_eq!(res.location(), format!("/admin/users/{id}?done=reinstated"));
    assert!(
        browser
            .text(res.location())
            .await
            .contains("marie is active again")
    );
    assert_eq!(app.count_action("user.reinstated").await, 1);
    // One's own account: no suspension page.
    let admin = app.admin().await;
    let res = browser
        .get(&format!("/admin/users/{}/suspend", admin.id()))
        .await;
    assert_eq!(res.status, 409);
}

async fn resetting_a_password_asks_to_confirm_then_shows_the_code(app: &TestApp) {
    let browser = admin_browser(app).await;
    let target = app.delegate("marie").await;
    let id = target.id();
    let res = browser
        .get(&format!("/admin/users/{id}/reset-password"))
        .await;
    assert_eq!(res.status, 200);
    assert!(
        res.text
            .contains("The password of marie will be replaced by a one-time code"),
        "{}",
        res.text
    );
    assert!(
        res.text
            .contains(&format!("action=\"/admin/users/{id}/reset-password\""))
    );
    assert_eq!(app.count_action("user.password_reset").await, 0);
    let res = browser
        .post_form(&format!("/admin/users/{id}/reset-password"), &[])
        .await;
    assert_eq!(res.status, 200);
    assert!(res.text.contains("id=\"one-time-code\""));
    assert!(
        res.text.contains("<p role=\"status\" id=\"admin-notice\">"),
        "{}",
        res.text
    );
    assert_eq!(app.count_action("user.password_reset").await, 1);
    assert_eq!(target.get("/api/v1/me").await.status, 401, "signed out");
}

async fn the_account_page_binds_its_labels_sets_dangerous_actions_apart_and_says_what_was_saved(
    app: &TestApp,
) {
    let browser = admin_browser(app).await;
    let target = app.delegate("marie").await;
    let id = target.id();
    let page = browser.text(&format!("/admin/users/{id}")).await;
    for field in ["role", "group", "organisation"] {
        assert!(
            page.contains(&format!("<label for=\"{field}\">")),
            "{field}: {page}"
        );
        assert!(
            page.contains(&format!("id=\"{field}\" name=\"{field}\"")),
            "{field}"
        );
    }
    // Save is a plain button; the dangerous actions are links to their
    // confirmation pages, styled apart; no aria-label hides a button's text.
    assert!(page.contains("<button type=\"submit\">Save</button>"));
    assert!(page.contains(&format!(
        "class=\"button danger\" href=\"/admin/users/{id}/suspend\""
    )));
    assert!(page.contains(&format!(
        "class=\"button danger\" href=\"/admin/users/{id}/reset-password\""
    )));
    assert!(!page.contains("aria-label=\"Save"), "{page}");

    let res = browser
        .post_form(
            &format!("/admin/users/{id}"),
            &[
                ("role", "chair"),
                ("group", "industry"),
                ("organisation", "Acme"),
            ],
        )
        .await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), format!("/admin/users/{id}?done=saved"));
    let page = browser.text(res.location()).await;
    assert!(
        page.contains("The changes to the account of marie are saved."),
        "{page}"
    );
    assert!(page.contains("value=\"Acme\""));
    assert_eq!(app.count_action("user.role_changed").await, 1);
    // Bad input: a clear 4xx and nothing changes.
    let res = browser
        .post_form(
            &format!("/admin/users/{id}"),
            &[
                ("role", "king"),
                ("group", "industry"),
                ("organisation", "Acme"),
            ],
        )
        .await;
    assert_eq!(res.status, 422);
    assert_eq!(app.count_action("user.role_changed").await, 1);

    // Approving from the account page lands on it with a message.
    let waiting = pending(app, "wanda@example.org", "Wanda", "Org").await;
    let res = browser
        .post_form(&format!("/admin/users/{waiting}/approve"), &[])
        .await;
    assert_eq!(
        res.location(),
        format!("/admin/users/{waiting}?done=approved")
    );
    assert!(
        browser
            .text(res.location())
            .await
            .contains("The registration of Wanda is approved: they can sign in now.")
    );
    // An unknown account: 404.
    assert_eq!(browser.get("/admin/users/999999").await.status, 404);
}
