//! Headless Chromium: a delegate registers, is approved, signs in and sees
//! their name.
#![allow(clippy::unwrap_used)]


use crate::common::browser::Browser;
use crate::common::{Backend, PASSWORD, TestApp};
use fantoccini::Locator;
use plenary::domain::user::Role;
use serde_json::Value;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delegate_registers_is_approved_signs_in_and_sees_their_name() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let admin = app.signed_in("admin@example.org", Role::Admin).await;
    let b = &browser.client;

    b.goto(&app.url("/register")).await.unwrap();
    b.find(Locator::Id("display_name"))
        .await
        .unwrap()
        .send_keys("Kofi Mensah")
        .await
        .unwrap();
    b.find(Locator::Id("email"))
        .await
        .unwrap()
        .send_keys("kofi@example.org")
        .await
        .unwrap();
    b.find(Locator::Id("password"))
        .await
        .unwrap()
        .send_keys(PASSWORD)
        .await
        .unwrap();
    b.find(Locator::Id("organisation"))
        .await
        .unwrap()
        .send_keys("Ghana")
        .await
        .unwrap();
    b.find(Locator::Css("button[type=submit]:not(.link-button)"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
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
    let res = app
        .api_client()
        .post(app.url(&format!("/api/v1/users/{id}/approve")))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);

    b.goto(&app.url("/login")).await.unwrap();
    b.find(Locator::Id("email"))
        .await
        .unwrap()
        .send_keys("kofi@example.org")
        .await
        .unwrap();
    b.find(Locator::Id("password"))
        .await
        .unwrap()
        .send_keys(PASSWORD)
        .await
        .unwrap();
    b.find(Locator::Css("main button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // Wait for the signed-in page itself: the login page has an h1 too.
    b.wait().for_element(Locator::Css(".whoami")).await.unwrap();
    let h1 = b.find(Locator::Css("main h1")).await.unwrap();
    assert_eq!(h1.text().await.unwrap(), "Welcome, Kofi Mensah");
    let who = b
        .find(Locator::Css(".whoami"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(who.contains("Kofi Mensah"));
    // The skip link is the first thing a keyboard reaches.
    let first = b.find(Locator::Css("body > a")).await.unwrap();
    assert_eq!(first.attr("href").await.unwrap().as_deref(), Some("#main"));
    browser.screenshot("signed-in-home").await;
    b.clone().close().await.unwrap();
}
