//! Headless Chromium: a chair creates and opens a round, three delegates
//! from different groups rank the proposals (one without JavaScript, one
//! with the keyboard controls, one by drag and drop), the chair closes the
//! round, and the results page shows the ranking and the charts. A
//! screenshot of the results lands in target/screenshots/round-results.png.

use fantoccini::{Client, Locator};

use crate::common::browser::{Browser, Options, click, fill, sign_in, text_of, wait_for_text};
use crate::common::{Backend, RequestHelper, Role, TestApp, Value, json, p};

/// `email`'s ballot in round `id`, as the API returns it (signing in anew).
async fn own_ballot(app: &TestApp, email: &str, id: i64) -> Value {
    let token = app.token(email).await;
    let v = app
        .with_token(&token)
        .get(&format!("/api/v1/rounds/{id}/ballot"))
        .await
        .json();
    // Tiers compared as sets: sort each tier.
    let mut tiers: Vec<Vec<String>> =
        serde_json::from_value(v["ballot"]["ranking"].clone()).unwrap();
    for t in &mut tiers {
        t.sort();
    }
    json!(tiers)
}

async fn click_for(b: &Client, action: &str, title: &str) {
    let sel = format!(
        "button[data-action={action}][aria-label=\"{}: {title}\"]",
        match action {
            "up" => "Move up",
            "down" => "Move down",
            "tie" => "Tie with above",
            "rank" => "Rank",
            _ => "Unrank",
        }
    );
    // Keyboard use: focus the control and press Enter.
    let el = b
        .find(Locator::Css(&sel))
        .await
        .unwrap_or_else(|_| panic!("no control {sel}"));
    el.send_keys("\u{E007}").await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_is_created_voted_in_three_ways_closed_and_its_results_drawn() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let Some(nojs) = Browser::start_with(Options {
        javascript: false,
        ..Options::default()
    })
    .await
    else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    for (email, role, group, organisation) in [
        ("chair@example.org", Role::Chair, "member_state", "Kenya"),
        ("ines@example.org", Role::Delegate, "industry", "Acme"),
        ("uma@example.org", Role::Delegate, "academia", "Uni"),
        ("omar@example.org", Role::Delegate, "civil_society", "NGO"),
    ] {
        app.user(email, role, group, organisation).await;
    }
    let ids = app.proposals(3).await;
    let title = |k: usize| format!("Proposal number {}", k + 1);
    let submit_ballot = Locator::Css("#ballot-form button[type=submit]");
    let b = &browser.client;

    // The chair creates and opens the round through the pages.
    sign_in(b, &app, "chair@example.org").await;
    b.goto(&app.url("/rounds/new")).await.unwrap();
    // First the kind, then that kind's form.
    click(b, Locator::Id("choose-ranking")).await;
    b.wait().for_element(Locator::Id("title")).await.unwrap();
    fill(b, "title", "Priorities for 2027").await;
    for id in &ids {
        click(b, Locator::Id(&format!("prop-{id}"))).await;
    }
    click(
        b,
        Locator::Css("form[action='/rounds'] button[type=submit]"),
    )
    .await;
    let open = b
        .wait()
        .for_element(Locator::Css("a[href$='/open']"))
        .await
        .unwrap();
    let url = b.current_url().await.unwrap();
    let id: i64 = url.path().rsplit('/').next().unwrap().parse().unwrap();
    let ballot = app.url(&format!("/rounds/{id}/ballot"));
    open.click().await.unwrap();
    crate::common::browser::wait_and_click(b, Locator::Css("form.confirm-form button.danger"))
        .await;
    b.wait()
        .for_element(Locator::Css("a[href$='/close']"))
        .await
        .unwrap();

    // Ines has no JavaScript: she types rank numbers (2 and 3 tied).
    let n = &nojs.client;
    sign_in(n, &app, "ines@example.org").await;
    n.goto(&ballot).await.unwrap();
    assert!(
        n.find(Locator::Id("dnd-list")).await.is_err(),
        "no enhancement without JavaScript"
    );
    for (k, rank) in [(0, "1"), (1, "2"), (2, "2")] {
        fill(n, &format!("rank_p{}", ids[k]), rank).await;
    }
    click(n, submit_ballot).await;
    let receipt = wait_for_text(n, Locator::Id("receipt")).await;
    assert_eq!(receipt.len(), 64);
    assert_eq!(
        own_ballot(&app, "ines@example.org", id).await,
        json!([[p(ids[0])], [p(ids[1]), p(ids[2])]])
    );

    // Uma uses the keyboard controls: rank all three, move the third up, tie.
    sign_in(b, &app, "uma@example.org").await;
    b.goto(&ballot).await.unwrap();
    b.wait().for_element(Locator::Id("dnd-list")).await.unwrap();
    assert!(
        !b.find(Locator::Id("ballot-table"))
            .await
            .unwrap()
            .is_displayed()
            .await
            .unwrap()
    );
    for k in [2, 1, 0] {
        click_for(b, "rank", &title(k)).await;
    }
    // Now 3 > 2 > 1; move 1 up once (3 > 1 > 2), then tie 2 with 1.
    click_for(b, "up", &title(0)).await;
    click_for(b, "tie", &title(1)).await;
    let live = text_of(b, Locator::Css("[aria-live=polite]")).await;
    assert!(live.contains("ranked 2"), "{live}");
    click(b, submit_ballot).await;
    b.wait().for_element(Locator::Id("receipt")).await.unwrap();
    assert_eq!(
        own_ballot(&app, "uma@example.org", id).await,
        json!([[p(ids[2])], [p(ids[0]), p(ids[1])]])
    );

    // Omar drags: rank two, then drop the second before the first.
    sign_in(b, &app, "omar@example.org").await;
    b.goto(&ballot).await.unwrap();
    b.wait().for_element(Locator::Id("dnd-list")).await.unwrap();
    click_for(b, "rank", &title(0)).await;
    click_for(b, "rank", &title(1)).await;
    b.execute(
        r#"const [moved, target] = arguments;
           const dt = new DataTransfer();
           const src = document.querySelector(`#dnd-list li[data-id="${moved}"]`);
           src.dispatchEvent(new DragEvent("dragstart", {dataTransfer: dt, bubbles: true}));
           const dst = document.querySelector(`#dnd-list li[data-id="${target}"]`);
           dst.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));"#,
        vec![json!(p(ids[1])), json!(p(ids[0]))],
    )
    .await
    .unwrap();
    let first = text_of(b, Locator::Css("#dnd-list li .dnd-label")).await;
    assert!(first.starts_with("1. Proposal number 2"), "{first}");
    click(b, submit_ballot).await;
    b.wait().for_element(Locator::Id("receipt")).await.unwrap();
    assert_eq!(
        own_ballot(&app, "omar@example.org", id).await,
        json!([[p(ids[1])], [p(ids[0])]])
    );

    // The chair closes the round; the results page shows ranking and charts.
    sign_in(b, &app, "chair@example.org").await;
    b.goto(&app.url(&format!("/rounds/{id}"))).await.unwrap();
    click(b, Locator::Css("a[href$='/close']")).await;
    // The confirmation page says what closing means, then closes.
    crate::common::browser::wait_and_click(b, Locator::Css("form.confirm-form button.danger"))
        .await;
    b.wait()
        .for_element(Locator::Id("results-heading"))
        .await
        .unwrap();
    let winner = text_of(b, Locator::Css(".winner")).await;
    assert!(winner.contains("Proposal number 1"), "{winner}");
    let rows = b
        .find_all(Locator::Css("table.ranking tbody tr"))
        .await
        .unwrap();
    assert_eq!(rows.len(), 3);
    let charts = b.find_all(Locator::Css("svg.chart")).await.unwrap();
    assert!(!charts.is_empty(), "the pairwise heatmap is drawn");
    let heat = b
        .find(Locator::Css("svg.chart title"))
        .await
        .unwrap()
        .html(true)
        .await
        .unwrap();
    assert!(heat.contains("Pairwise preferences"));
    let page = b.source().await.unwrap();
    assert!(
        page.contains("Too few voters to show separately"),
        "groups of one are not broken out in a secret round"
    );
    b.set_window_size(1280, 2400).await.unwrap();
    browser.screenshot("round-results").await;
    b.clone().close().await.unwrap();
    nojs.client.clone().close().await.unwrap();
}
