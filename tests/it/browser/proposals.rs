//! Headless Chromium: a delegate writes and submits a proposal, two
//! delegates from other stakeholder groups co-sponsor it, one comments, and
//! the list shows it as eligible.
#![allow(clippy::unwrap_used)]


use crate::common::browser::{Browser, sign_in};
use crate::common::{Backend, TestApp};
use fantoccini::{Client, Locator};
use plenary::domain::user::Role;

async fn sign_out(b: &Client) {
    b.find(Locator::Css(".site-header form[action='/logout'] button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.wait()
        .for_element(Locator::Css("a[href='/login']"))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proposal_is_written_cosponsored_across_groups_discussed_and_listed_as_eligible() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    app.user(
        "amara@example.org",
        Role::Delegate,
        "member_state",
        "Senegal",
    )
    .await;
    app.user("ines@example.org", Role::Delegate, "industry", "Fibrecom")
        .await;
    app.user(
        "cai@example.org",
        Role::Delegate,
        "civil_society",
        "Digital Rights Watch",
    )
    .await;
    let b = &browser.client;

    // The author writes and submits, reaching the form from the nav.
    sign_in(b, &app, "amara@example.org").await;
    b.find(Locator::LinkText("Proposals"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.wait()
        .for_element(Locator::LinkText("Write a proposal"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.wait()
        .for_element(Locator::Id("title"))
        .await
        .unwrap()
        .send_keys("Community networks fund")
        .await
        .unwrap();
    b.find(Locator::Id("summary"))
        .await
        .unwrap()
        .send_keys("Seed money for community-run networks.")
        .await
        .unwrap();
    b.find(Locator::Id("body"))
        .await
        .unwrap()
        .send_keys("## Goal\n\nConnect **rural** areas.")
        .await
        .unwrap();
    b.find(Locator::Id("theme-connectivity"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.find(Locator::Id("submit-proposal"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let h1 = b
        .wait()
        .for_element(Locator::Id("proposal-title"))
        .await
        .unwrap();
    assert_eq!(h1.text().await.unwrap(), "Community networks fund");
    let status = b
        .find(Locator::Id("status"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(status, "Submitted");
    let url = b.current_url().await.unwrap();
    let strong = b
        .find(Locator::Css(".body strong"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(strong, "rural", "Markdown is rendered");
    sign_out(b).await;

    // Two delegates from other groups co-sponsor; one also comments.
    for email in ["ines@example.org", "cai@example.org"] {
        sign_in(b, &app, email).await;
        b.goto(url.as_str()).await.unwrap();
        b.wait()
            .for_element(Locator::Id("cosponsor"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        b.wait()
            .for_element(Locator::Id("uncosponsor"))
            .await
            .unwrap();
        if email == "cai@example.org" {
            b.find(Locator::Id("comment-body"))
                .await
                .unwrap()
                .send_keys("Count us in.")
                .await
                .unwrap();
            b.find(Locator::Id("post-comment"))
                .await
                .unwrap()
                .click()
                .await
                .unwrap();
            let c = b
                .wait()
                .for_element(Locator::Css(".comment .comment-body"))
                .await
                .unwrap();
            assert_eq!(c.text().await.unwrap(), "Count us in.");
        }
        sign_out(b).await;
    }

    // The author sees the co-sponsors and eligibility; the list agrees.
    sign_in(b, &app, "amara@example.org").await;
    b.goto(url.as_str()).await.unwrap();
    let cos = b
        .wait()
        .for_element(Locator::Id("cosponsors"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        cos.contains("Industry") && cos.contains("Fibrecom"),
        "{cos}"
    );
    assert!(
        cos.contains("Civil society") && cos.contains("Digital Rights Watch"),
        "{cos}"
    );
    let elig = b
        .find(Locator::Id("eligibility"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(elig.starts_with("Eligible"), "{elig}");
    b.goto(&app.url("/proposals")).await.unwrap();
    let eligible_select = b.wait().for_element(Locator::Id("eligible")).await.unwrap();
    eligible_select.select_by_value("true").await.unwrap();
    b.find(Locator::Css("form.filters button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // The filtered list is a new page: wait for its address, not for an
    // element the unfiltered page has too.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !b
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains("eligible=true")
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the filter form did not submit"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let count = b
        .wait()
        .for_element(Locator::Id("result-count"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(count, "1 proposal found.");
    let row = b
        .find(Locator::Css("table.proposals tbody tr"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(row.contains("Community networks fund"), "{row}");
    assert!(row.contains("Eligible"), "{row}");
    assert!(row.contains('2'), "two co-sponsors: {row}");
    browser.screenshot("proposals-list-eligible").await;

    let actions = app.actions().await;
    for a in [
        "proposal.created",
        "proposal.submitted",
        "proposal.cosponsored",
        "comment.posted",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} missing");
    }
    b.clone().close().await.unwrap();
}
