//! A proposal page offers only the actions its viewer can take now and says
//! why the others are unavailable; what it offers, the server accepts.

use crate::common::{RequestHelper, TestApp};

both_backends!(a_proposal_in_an_open_round_offers_no_withdrawal_and_says_why);

async fn a_proposal_in_an_open_round_offers_no_withdrawal_and_says_why(app: &TestApp) {
    let author = app.delegate("france").await;
    let chair = app.chair().await;
    let id = app.proposal(&author.user, "Open fibre backbones").await;
    let other = app.proposal(&author.user, "Digital public goods").await;
    let browser = author.browser().await;

    // Submitted, in no round: the author may edit and withdraw.
    let page = browser.get(&format!("/proposals/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains(r#"id="withdraw-proposal""#));
    assert!(page.text.contains(r#"id="edit-proposal""#));

    let round = chair
        .create_round(&[id, other], serde_json::json!({}))
        .await;
    chair.open(round).await;

    // In an open round: neither button, and the reasons instead.
    let page = browser.get(&format!("/proposals/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(
        !page.text.contains(r#"id="withdraw-proposal""#),
        "no withdraw button in an open round"
    );
    assert!(!page.text.contains(r#"id="edit-proposal""#));
    assert!(page.text.contains(r#"id="withdraw-proposal-unavailable""#));
    assert!(
        page.text
            .contains("cannot be withdrawn until the round closes"),
        "the reason is shown"
    );
    assert!(page.text.contains("its text can no longer change"));
    // And the server agrees with the page.
    let res = browser
        .post_form(&format!("/proposals/{id}/withdraw"), &[])
        .await;
    assert_eq!(res.status, 409);

    // Another delegate is offered co-sponsoring, an auditor nothing.
    let other_delegate = app.delegate_in("acme", "industry", "Acme").await;
    let page = other_delegate
        .browser()
        .await
        .get(&format!("/proposals/{id}"))
        .await;
    assert!(page.text.contains(r#"id="cosponsor""#));
    let auditor = app.auditor().await;
    let page = auditor
        .browser()
        .await
        .get(&format!("/proposals/{id}"))
        .await;
    assert!(
        !page
            .text
            .contains("<button type=\"submit\" id=\"cosponsor\"")
    );
    assert!(!page.text.contains("withdraw-proposal"));
}
