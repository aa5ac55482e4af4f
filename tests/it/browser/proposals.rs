//! Headless Chromium: a delegate writes and submits a proposal, two
//! delegates from other stakeholder groups co-sponsor it, one comments, and
//! the list shows it as eligible.

use std::time::{Duration, Instant};

use fantoccini::Locator;

use crate::common::browser::{
    Browser, click, fill, sign_in, sign_out, text_of, wait_and_click, wait_for_text,
};
use crate::common::{Backend, Role, TestApp};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proposal_is_written_cosponsored_across_groups_discussed_and_listed_as_eligible() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    for (email, group, organisation) in [
        ("amara@example.org", "member_state", "Senegal"),
        ("ines@example.org", "industry", "Fibrecom"),
        ("cai@example.org", "civil_society", "Digital Rights Watch"),
    ] {
        app.user(email, Role::Delegate, group, organisation).await;
    }
    let b = &browser.client;

    // The author writes and submits, reaching the form from the nav.
    sign_in(b, &app, "amara@example.org").await;
    click(b, Locator::LinkText("Proposals")).await;
    wait_and_click(b, Locator::LinkText("Write a proposal")).await;
    b.wait().for_element(Locator::Id("title")).await.unwrap();
    fill(b, "title", "Community networks fund").await;
    fill(b, "summary", "Seed money for community-run networks.").await;
    fill(b, "body", "## Goal\n\nConnect **rural** areas.").await;
    click(b, Locator::Id("theme-connectivity")).await;
    click(b, Locator::Id("submit-proposal")).await;
    assert_eq!(
        wait_for_text(b, Locator::Id("proposal-title")).await,
        "Community networks fund"
    );
    assert_eq!(text_of(b, Locator::Id("status")).await, "Submitted");
    let url = b.current_url().await.unwrap();
    assert_eq!(
        text_of(b, Locator::Css(".body strong")).await,
        "rural",
        "Markdown is rendered"
    );
    sign_out(b).await;

    // Two delegates from other groups co-sponsor; one also comments.
    for email in ["ines@example.org", "cai@example.org"] {
        sign_in(b, &app, email).await;
        b.goto(url.as_str()).await.unwrap();
        wait_and_click(b, Locator::Id("cosponsor")).await;
        b.wait()
            .for_element(Locator::Id("uncosponsor"))
            .await
            .unwrap();
        if email == "cai@example.org" {
            fill(b, "comment-body", "Count us in.").await;
            click(b, Locator::Id("post-comment")).await;
            assert_eq!(
                wait_for_text(b, Locator::Css(".comment .comment-body")).await,
                "Count us in."
            );
        }
        sign_out(b).await;
    }

    // The author sees the co-sponsors and eligibility; the list agrees.
    sign_in(b, &app, "amara@example.org").await;
    b.goto(url.as_str()).await.unwrap();
    let cos = wait_for_text(b, Locator::Id("cosponsors")).await;
    assert!(
        cos.contains("Industry") && cos.contains("Fibrecom"),
        "{cos}"
    );
    assert!(
        cos.contains("Civil society") && cos.contains("Digital Rights Watch"),
        "{cos}"
    );
    let elig = text_of(b, Locator::Id("eligibility")).await;
    assert!(elig.starts_with("Eligible"), "{elig}");
    b.goto(&app.url("/proposals")).await.unwrap();
    let eligible_select = b.wait().for_element(Locator::Id("eligible")).await.unwrap();
    eligible_select.select_by_value("true").await.unwrap();
    click(b, Locator::Css("form.filters button[type=submit]")).await;
    // The filtered list is a new page: wait for its address, not for an
    // element the unfiltered page has too.
    let deadline = Instant::now() + Duration::from_secs(10);
    while !b
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains("eligible=true")
    {
        assert!(Instant::now() < deadline, "the filter form did not submit");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        wait_for_text(b, Locator::Id("result-count")).await,
        "1 proposal found."
    );
    let row = text_of(b, Locator::Css("table.proposals tbody tr")).await;
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
