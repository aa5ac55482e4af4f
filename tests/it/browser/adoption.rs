//! Headless Chromium: a chair creates an adoption round through the form
//! (kind, preset), two delegates answer yes / no / abstain on the ballot
//! page — one with the keyboard, one without JavaScript — and the closed
//! round shows each decision with its bars and checklist. A screenshot of
//! the decisions lands in target/screenshots/adoption-results.png.

use fantoccini::{Client, Locator};

use crate::common::browser::{Browser, Options, click, fill, sign_in, text_of, wait_for_text};
use crate::common::{Backend, RequestHelper, Role, TestApp, json, p};

async fn own_votes(app: &TestApp, email: &str, id: i64) -> serde_json::Value {
    let token = app.token(email).await;
    app.with_token(&token)
        .get(&format!("/api/v1/rounds/{id}/ballot"))
        .await
        .json()["ballot"]["votes"]
        .clone()
}

/// Chooses a radio button with the keyboard: focus it, press Space.
async fn choose(b: &Client, id: &str) {
    let el = b.find(Locator::Id(id)).await.unwrap();
    el.send_keys("\u{E00D}").await.unwrap();
    assert!(el.is_selected().await.unwrap(), "{id} chosen");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_adoption_round_is_created_voted_by_keyboard_and_without_javascript_and_decided() {
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
        ("omar@example.org", Role::Delegate, "civil_society", "NGO"),
    ] {
        app.user(email, role, group, organisation).await;
    }
    let ids = app.proposals(2).await;
    let b = &browser.client;

    sign_in(b, &app, "chair@example.org").await;
    b.goto(&app.url("/rounds/new")).await.unwrap();
    // First the kind, then that kind's form; the rule is a named preset.
    click(b, Locator::Id("choose-adoption")).await;
    b.wait().for_element(Locator::Id("title")).await.unwrap();
    fill(b, "title", "Adopt the recommendations").await;
    for id in &ids {
        click(b, Locator::Id(&format!("prop-{id}"))).await;
    }
    click(b, Locator::Id("preset-majority")).await;
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
    let heading = text_of(b, Locator::Css("main h1 + p")).await;
    assert!(heading.contains("rule majority"), "{heading}");
    open.click().await.unwrap();
    crate::common::browser::wait_and_click(b, Locator::Css("form.confirm-form button.danger"))
        .await;
    b.wait()
        .for_element(Locator::Css("a[href$='/close']"))
        .await
        .unwrap();
    let ballot = app.url(&format!("/rounds/{id}/ballot"));
    let (a, c) = (p(ids[0]), p(ids[1]));

    // Ines uses the keyboard: yes on the first, no on the second.
    sign_in(b, &app, "ines@example.org").await;
    b.goto(&ballot).await.unwrap();
    choose(b, &format!("vote_{a}_yes")).await;
    choose(b, &format!("vote_{c}_no")).await;
    let submit = b
        .find(Locator::Css("#adoption-form button[type=submit]"))
        .await
        .unwrap();
    submit.send_keys("\u{E007}").await.unwrap();
    let receipt = wait_for_text(b, Locator::Id("receipt")).await;
    assert_eq!(receipt.len(), 64);
    assert_eq!(
        own_votes(&app, "ines@example.org", id).await,
        json!({a.clone(): "yes", c.clone(): "no"})
    );

    // Omar has no JavaScript: yes on the first, leaves the second blank.
    let n = &nojs.client;
    sign_in(n, &app, "omar@example.org").await;
    n.goto(&ballot).await.unwrap();
    click(n, Locator::Id(&format!("vote_{a}_yes"))).await;
    click(n, Locator::Css("#adoption-form button[type=submit]")).await;
    wait_for_text(n, Locator::Id("receipt")).await;
    assert_eq!(
        own_votes(&app, "omar@example.org", id).await,
        json!({a.clone(): "yes", c.clone(): "abstain"})
    );

    // The chair closes it; the page shows the decisions.
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
    assert!(!winner.contains("Proposal number 2"), "{winner}");
    let verdicts = b.find_all(Locator::Css(".verdict")).await.unwrap();
    assert_eq!(verdicts.len(), 2);
    assert_eq!(verdicts[0].text().await.unwrap(), "Adopted");
    assert_eq!(verdicts[1].text().await.unwrap(), "Not adopted");
    let bars = b.find_all(Locator::Css("svg.chart.votes")).await.unwrap();
    assert_eq!(bars.len(), 2);
    let unmet = b
        .find_all(Locator::Css(".checklist li.unmet"))
        .await
        .unwrap();
    assert!(!unmet.is_empty());
    browser.screenshot("adoption-results").await;
}
