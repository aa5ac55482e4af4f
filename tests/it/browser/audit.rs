//! Headless Chromium: an auditor signs in, opens a closed round, downloads
//! `ballots.json` and `results.json` from its page, and the test re-tallies
//! the downloaded ballots with `plenary tally`.
#![allow(clippy::unwrap_used)]


use std::time::{Duration, Instant};

use crate::common::browser::{Browser, Options, sign_in};
use crate::common::{Backend, TestApp};
use fantoccini::Locator;
use plenary::domain::user::Role;
use serde_json::json;

fn wait_for_file(path: &std::path::Path) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(text) = std::fs::read_to_string(path)
            && !text.is_empty()
        {
            return text;
        }
        assert!(
            Instant::now() < deadline,
            "{} was not downloaded",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_auditor_downloads_a_closed_rounds_files_and_they_re_tally() {
    let downloads = tempfile::tempdir().unwrap();
    let Some(browser) = Browser::start_with(Options {
        download_dir: Some(downloads.path().to_owned()),
        ..Options::default()
    })
    .await
    else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    app.user(
        "auditor@example.org",
        Role::Auditor,
        "technical_community",
        "Audit Co",
    )
    .await;
    let ids = app.proposals(3).await;
    let id = app
        .create_round(
            &chair,
            &ids,
            json!({"method": "ranked_pairs", "weighting": "equal_groups"}),
        )
        .await;
    let voters = [
        app.voter("a@example.org", "industry", "Acme").await,
        app.voter("b@example.org", "academia", "Uni").await,
        app.voter("c@example.org", "academia", "Uni").await,
    ];
    assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);
    for (k, v) in voters.iter().enumerate() {
        let r = json!([
            [format!("p{}", ids[k % 3])],
            [format!("p{}", ids[(k + 1) % 3])]
        ]);
        assert_eq!(app.vote(v, id, r).await.status(), 200);
    }
    assert_eq!(app.round_action(&chair, id, "close").await.status(), 200);

    let b = &browser.client;
    sign_in(b, &app, "auditor@example.org").await;
    b.goto(&app.url("/rounds")).await.unwrap();
    b.find(Locator::LinkText("Priorities for 2027"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.wait()
        .for_element(Locator::Id("results-heading"))
        .await
        .unwrap();
    b.find(Locator::LinkText("ballots.json"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let ballots = wait_for_file(&downloads.path().join(format!("round-{id}-ballots.json")));
    b.find(Locator::LinkText("results.json"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let results = wait_for_file(&downloads.path().join(format!("round-{id}-results.json")));

    let (code, out, err) = crate::common::run_tally(downloads.path(), "retally.json", &ballots, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out, results,
        "the downloaded ballots re-tally to the downloaded results, byte for byte"
    );
    let downloaded = app
        .audit()
        .await
        .into_iter()
        .filter(|e| e.action == "export.downloaded")
        .count();
    assert_eq!(downloaded, 2);
    b.clone().close().await.unwrap();
}
