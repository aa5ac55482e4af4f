//! Headless Chromium: an auditor signs in, opens a closed round, downloads
//! `ballots.json` and `results.json` from its page, and the test re-tallies
//! the downloaded ballots with `plenary tally`.

use std::time::{Duration, Instant};

use fantoccini::Locator;

use crate::common::browser::{Browser, Options, click, sign_in};
use crate::common::cli::run_tally;
use crate::common::{Backend, Role, TestApp, json, p};

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
    let chair = app.chair().await;
    app.user(
        "auditor@example.org",
        Role::Auditor,
        "technical_community",
        "Audit Co",
    )
    .await;
    let ids = app.proposals(3).await;
    let id = chair
        .create_round(
            &ids,
            json!({"method": "ranked_pairs", "weighting": "equal_groups"}),
        )
        .await;
    let voters = [
        app.delegate_in("a", "industry", "Acme").await,
        app.delegate_in("b", "academia", "Uni").await,
        app.delegate_in("c", "academia", "Uni").await,
    ];
    chair.open(id).await;
    for (k, v) in voters.iter().enumerate() {
        let r = json!([[p(ids[k % 3])], [p(ids[(k + 1) % 3])]]);
        assert_eq!(v.vote(id, r).await.status, 200);
    }
    chair.close(id).await;

    let b = &browser.client;
    sign_in(b, &app, "auditor@example.org").await;
    b.goto(&app.url("/rounds")).await.unwrap();
    click(b, Locator::LinkText("Priorities for 2027")).await;
    b.wait()
        .for_element(Locator::Id("results-heading"))
        .await
        .unwrap();
    click(b, Locator::LinkText("ballots.json")).await;
    let ballots = wait_for_file(&downloads.path().join(format!("round-{id}-ballots.json")));
    click(b, Locator::LinkText("results.json")).await;
    let results = wait_for_file(&downloads.path().join(format!("round-{id}-results.json")));

    let (code, out, err) = run_tally(downloads.path(), "retally.json", &ballots, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out, results,
        "the downloaded ballots re-tally to the downloaded results, byte for byte"
    );
    assert_eq!(app.count_action("export.downloaded").await, 2);
    b.clone().close().await.unwrap();
}
