//! Headless Chromium: a delegate registers, is approved, signs in and sees
//! their name; the admin's account pages fit a phone's width.

use fantoccini::Locator;

use crate::common::browser::{Browser, click, fill, sign_in, submit_sign_in, text_of};
use crate::common::{Backend, PASSWORD, RequestHelper, Role, TestApp};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delegate_registers_is_approved_signs_in_and_sees_their_name() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let admin = app.admin().await;
    let b = &browser.client;

    b.goto(&app.url("/register")).await.unwrap();
    for (id, text) in [
        ("display_name", "Kofi Mensah"),
        ("email", "kofi@example.org"),
        ("password", PASSWORD),
        ("organisation", "Ghana"),
    ] {
        fill(b, id, text).await;
    }
    click(b, Locator::Css("button[type=submit]:not(.link-button)")).await;
    let status = b
        .wait()
        .for_element(Locator::Css("[role=status]"))
        .await
        .unwrap();
    assert!(
        status
            .text()
            .await
            .unwrap()
            .contains("An administrator will review")
    );

    let pending = admin.get("/api/v1/users?status=pending").await.json();
    let id = pending["users"][0]["id"].as_i64().unwrap();
    let res = admin.post(&format!("/api/v1/users/{id}/approve")).await;
    assert_eq!(res.status, 200);

    // Wait for the signed-in page itself: the login page has an h1 too.
    submit_sign_in(b, &app, "kofi@example.org").await;
    assert_eq!(
        text_of(b, Locator::Css("main h1")).await,
        "Welcome, Kofi Mensah"
    );
    assert!(
        text_of(b, Locator::Css(".whoami"))
            .await
            .contains("Kofi Mensah")
    );
    // The skip link is the first thing a keyboard reaches.
    let first = b.find(Locator::Css("body > a")).await.unwrap();
    assert_eq!(first.attr("href").await.unwrap().as_deref(), Some("#main"));
    browser.screenshot("signed-in-home").await;
    b.clone().close().await.unwrap();
}

/// The admin's list, an account's page and a confirmation page fit a
/// phone's width (no sideways scrolling), long e-mails and all.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_account_pages_fit_a_phone_screen() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    app.admin().await;
    let long = app
        .user(
            "a.very.long.address.of.a.delegate.from.far.away@ministry-of-foreign-affairs.example.org",
            Role::Delegate,
            "intergovernmental",
            "Organisation for Economic Co-operation and Development",
        )
        .await;
    let b = &browser.client;
    b.set_window_size(375, 812).await.unwrap();
    sign_in(b, &app, "admin@example.org").await;
    for (name, path) in ["list", "account", "suspend"].into_iter().zip([
        "/admin/users".to_owned(),
        format!("/admin/users/{}", long.id.0),
        format!("/admin/users/{}/suspend", long.id.0),
    ]) {
        b.goto(&app.url(&path)).await.unwrap();
        let widths = b
            .execute(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth, window.innerWidth];",
                vec![],
            )
            .await
            .unwrap();
        let w: Vec<i64> = widths
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_i64().unwrap())
            .collect();
        assert!(w[2] <= 500, "the window is phone-sized: {w:?}");
        assert!(
            w[0] <= w[1],
            "{path}: no sideways scrolling at {} px: {w:?}",
            w[2]
        );
        // Every label sits right above or just before its control.
        let split = b
            .execute(
                "return [...document.querySelectorAll('main label[for]')].filter(l => {
                   const c = document.getElementById(l.htmlFor);
                   if (!c) return true;
                   const a = l.getBoundingClientRect(), r = c.getBoundingClientRect();
                   const below = r.top >= a.top && r.top - a.bottom < 12 && r.left < a.right && a.left < r.right;
                   const beside = Math.abs(r.top - a.top) < 16 && r.left >= a.right && r.left - a.right < 40;
                   return !(below || beside);
                 }).map(l => l.htmlFor);",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            split,
            serde_json::json!([]),
            "{path}: labels away from their inputs"
        );
        browser.screenshot(&format!("admin-{name}-375")).await;
    }
    b.clone().close().await.unwrap();
}
