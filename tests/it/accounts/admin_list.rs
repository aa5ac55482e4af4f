//! The admin's accounts list and account pages (issue 20): search by
//! name, e-mail or organisation, filters and pages; the page per account
//! with bound labels, dangerous actions set apart and a status message
//! after saving or approving; the confirmation pages before suspending and
//! resetting a password, and what each then says.

use super::admin_pages::{admin_browser, pending};
use crate::common::{RequestHelper, Role, TestApp};

both_backends!(
    the_accounts_list_searches_by_organisation_filters_and_pages,
    suspending_asks_to_confirm_on_its_own_page_then_says_what_happened,
    resetting_a_password_asks_to_confirm_then_shows_the_code,
    the_account_page_binds_its_labels_sets_dangerous_actions_apart_and_says_what_was_saved,
);

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
        "<a href=\"/admin/users/{}\"><bdi>Wanda Waiting</bdi></a>",
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
    // The edit form does not suspend: that asks to confirm on its own page.
    let res = browser
        .post_form(
            &format!("/admin/users/{id}"),
            &[
                ("role", "chair"),
                ("group", "industry"),
                ("organisation", "Acme"),
                ("status", "suspended"),
            ],
        )
        .await;
    assert_eq!(res.status, 303);
    assert_eq!(app.count_action("user.suspended").await, 0);
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
