//! Headless Chromium at a phone's width (375 px): the home page that says
//! what to do next fits the screen (no sideways scrolling) and its lists
//! are there; a screenshot is kept in `target/screenshots/`.

use fantoccini::Locator;

use crate::common::browser::{Browser, sign_in, text_of};
use crate::common::{Backend, TestApp, json};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_home_page_fits_a_375_px_screen() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let chair = app.chair().await;
    let delegate = app.delegate("france").await;
    let ids = app.proposals(2).await;
    let closes = (chrono::Utc::now() + chrono::Duration::days(3))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let round = chair
        .create_round(
            &ids,
            json!({"title": "Priorities for cross-border incident response and connectivity", "closes_at": closes}),
        )
        .await;
    chair.open(round).await;

    let b = &browser.client;
    b.set_window_size(375, 812).await.unwrap();
    sign_in(b, &app, delegate.email()).await;
    b.goto(&app.url("/")).await.unwrap();
    let vote = text_of(b, Locator::Css("#home-vote")).await;
    assert!(vote.contains("Priorities for cross-border"), "{vote}");
    assert!(vote.contains("left"), "time left: {vote}");
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
    assert!(w[0] <= w[1], "no sideways scrolling at {} px: {w:?}", w[2]);
    browser.screenshot("home-375").await;
    b.clone().close().await.unwrap();
}
