//! Headless Chromium: a delegate registers, is approved, signs in and sees
//! their name.

use fantoccini::Locator;

use crate::common::browser::{Browser, click, fill, submit_sign_in, text_of};
use crate::common::{Backend, PASSWORD, RequestHelper, TestApp};

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
