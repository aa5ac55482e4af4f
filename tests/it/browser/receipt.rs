//! Headless Chromium: a voter opens the proof page of their receipt and the
//! optional script runs every step of the check with WebCrypto (SHA-256,
//! and Ed25519 where the browser has it).

use std::time::{Duration, Instant};

use fantoccini::Locator;

use crate::common::browser::{Browser, click, sign_in};
use crate::common::{Backend, TestApp, json, p};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_receipt_page_checks_the_proof_in_the_browser() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let chair = app.chair().await;
    let ids = app.proposals(2).await;
    let id = chair.create_round(&ids, json!({"secrecy": "secret"})).await;
    let voter = app.delegate("france").await;
    let other = app.delegate("kenya").await;
    chair.open(id).await;
    let cast = voter
        .vote(id, json!([[p(ids[1])], [p(ids[0])]]))
        .await
        .json();
    assert_eq!(other.vote(id, json!([[p(ids[0])]])).await.status, 200);
    chair.close(id).await;
    let receipt = cast["receipt"].as_str().unwrap();

    let b = &browser.client;
    sign_in(b, &app, "france@example.org").await;
    b.goto(&app.url(&format!("/rounds/{id}/receipts/{receipt}")))
        .await
        .unwrap();
    click(b, Locator::Id("run-check")).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    let result = loop {
        let text = b
            .find(Locator::Id("check-result"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if !text.is_empty() {
            break text;
        }
        assert!(Instant::now() < deadline, "the check did not finish");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    // Chromium verifies Ed25519 in WebCrypto (a browser without it stops
    // after step 5 and says so), so every step runs here.
    assert!(result.contains("Every step holds"), "{result}");
    let steps = b
        .find(Locator::Css("ol.steps"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!steps.contains('✗'), "{steps}");
    assert!(steps.matches("✓ checked").count() >= 5, "{steps}");
}
