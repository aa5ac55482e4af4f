//! What people see around a vote, over HTTP as a browser without
//! JavaScript uses it: the open round page's ballot link holds nothing but
//! its words; irreversible steps ask first on a page of their own and a GET
//! changes nothing; every form says what it did, once; after the close an
//! elector checks a receipt and downloads the round's documents.

use crate::common::{RequestHelper, TestApp, json, p};

both_backends!(
    the_open_round_page_keeps_the_proxies_outside_the_ballot_link,
    closing_asks_first_with_the_turnout_and_says_what_it_did_once,
    withdrawing_a_proposal_asks_its_author_first,
    a_comment_and_a_cosponsorship_say_what_they_did,
    after_the_close_an_elector_checks_a_pasted_receipt_and_downloads_the_ballots,
);

/// The text between `start` and the next `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} not in the page"));
    let rest = &html[from..];
    &rest[..rest.find(end).map_or(rest.len(), |k| k + end.len())]
}

async fn the_open_round_page_keeps_the_proxies_outside_the_ballot_link(app: &TestApp) {
    let chair = app.chair().await;
    let d = app.delegate_in("d", "industry", "Acme").await;
    let _peer = app.delegate_in("e", "industry", "Beta").await;
    let ids = app.proposals(2).await;
    let id = chair.create_round(&ids, json!({})).await;
    chair.open(id).await;
    let html = d.browser().await.get(&format!("/rounds/{id}")).await.text;
    let link = between(&html, &format!("href=\"/rounds/{id}/ballot\""), "</a>");
    assert!(
        !link.contains("<section") && !link.contains("<form") && !link.contains("<p"),
        "the ballot link holds only its words: {link}"
    );
    assert!(
        html.contains("id=\"proxy-heading\""),
        "the proxies are on the page"
    );
    // The round's title is user-written text, isolated from the page's
    // direction.
    assert!(html.contains("<h1><bdi>"), "the title is isolated");
    // The title links to the proposals, without internal ids.
    assert!(html.contains(&format!("href=\"/proposals/{}\"", ids[0])));
    assert!(!html.contains(&format!("({})", p(ids[0]))));
}

async fn closing_asks_first_with_the_turnout_and_says_what_it_did_once(app: &TestApp) {
    let chair = app.chair().await;
    let voters = [
        app.delegate_in("a", "industry", "Acme").await,
        app.delegate_in("b", "academia", "Uni").await,
    ];
    let ids = app.proposals(2).await;
    let id = chair.create_round(&ids, json!({})).await;
    let c = chair.browser().await;

    // Opening asks, and the question changes nothing.
    let ask = c.get(&format!("/rounds/{id}/open")).await;
    assert_eq!(ask.status, 200);
    assert!(ask.text.contains("class=\"confirm-form\""), "{}", ask.text);
    assert!(ask.text.contains(&format!("action=\"/rounds/{id}/open\"")));
    let round = chair.get(&format!("/api/v1/rounds/{id}")).await.json();
    assert_eq!(round["round"]["status"], "draft");
    let res = c.post_form(&format!("/rounds/{id}/open"), &[]).await;
    assert_eq!(res.status, 303);
    let page = c.get(&format!("/rounds/{id}")).await.text;
    assert!(
        page.contains("id=\"status-message\""),
        "the page says it opened"
    );
    assert!(page.contains("The round is open"));
    let again = c.get(&format!("/rounds/{id}")).await.text;
    assert!(!again.contains("id=\"status-message\""), "said once");

    assert_eq!(voters[0].vote(id, json!([[p(ids[0])]])).await.status, 200);
    let ask = c.get(&format!("/rounds/{id}/close")).await;
    assert_eq!(ask.status, 200);
    let turnout = regex::Regex::new(r"1 of \d+ electors have voted").unwrap();
    assert!(
        turnout.is_match(&ask.text),
        "the turnout is stated: {}",
        ask.text
    );
    assert!(ask.text.contains("cannot be undone"));
    let round = chair.get(&format!("/api/v1/rounds/{id}")).await.json();
    assert_eq!(round["round"]["status"], "open", "asking changes nothing");
    // A delegate is not asked.
    let d = voters[1].browser().await;
    assert_eq!(d.get(&format!("/rounds/{id}/close")).await.status, 403);

    let res = c.post_form(&format!("/rounds/{id}/close"), &[]).await;
    assert_eq!(res.status, 303);
    let page = c.get(&format!("/rounds/{id}")).await.text;
    assert!(page.contains("The round is closed"), "{page}");
    // Once closed, neither question is asked any more.
    assert_eq!(c.get(&format!("/rounds/{id}/close")).await.status, 409);
    assert_eq!(c.get(&format!("/rounds/{id}/open")).await.status, 409);
}

async fn withdrawing_a_proposal_asks_its_author_first(app: &TestApp) {
    let author = app.delegate_in("author", "academia", "Uni").await;
    let other = app.delegate_in("other", "industry", "Acme").await;
    let id = app.proposal(&author.user, "Open data portal").await;
    let a = author.browser().await;
    let page = a.get(&format!("/proposals/{id}")).await.text;
    assert!(page.contains(&format!("href=\"/proposals/{id}/withdraw\"")));
    let ask = a.get(&format!("/proposals/{id}/withdraw")).await;
    assert_eq!(ask.status, 200);
    assert!(
        ask.text.contains("Withdraw “Open data portal”?"),
        "{}",
        ask.text
    );
    assert!(ask.text.contains("2 co-sponsors"));
    let api = author.get(&format!("/api/v1/proposals/{id}")).await.json();
    assert_eq!(
        api["proposal"]["status"], "submitted",
        "asking changes nothing"
    );
    let o = other.browser().await;
    assert_eq!(
        o.get(&format!("/proposals/{id}/withdraw")).await.status,
        403
    );

    assert_eq!(
        a.post_form(&format!("/proposals/{id}/withdraw"), &[])
            .await
            .status,
        303
    );
    let page = a.get(&format!("/proposals/{id}")).await.text;
    assert!(page.contains("The proposal is withdrawn."));
    assert_eq!(
        a.get(&format!("/proposals/{id}/withdraw")).await.status,
        409
    );
}

async fn a_comment_and_a_cosponsorship_say_what_they_did(app: &TestApp) {
    let author = app.delegate_in("author", "academia", "Uni").await;
    let other = app.delegate_in("other", "civil_society", "NGO").await;
    let id = app
        .submitted_proposal(&author.user, "Rural broadband", "A summary.", "A body.")
        .await;
    let o = other.browser().await;
    let res = o
        .post_form(
            &format!("/proposals/{id}/comments"),
            &[("body", "Count me in.")],
        )
        .await;
    assert_eq!(res.status, 303);
    let page = o.get(&format!("/proposals/{id}")).await.text;
    assert!(page.contains("role=\"status\" id=\"status-message\">Your comment is posted."));
    let res = o
        .post_form(&format!("/proposals/{id}/cosponsor"), &[])
        .await;
    assert_eq!(res.status, 303);
    let page = o.get(&format!("/proposals/{id}")).await.text;
    assert!(page.contains("You now co-sponsor this proposal."));
    // Another site cannot make the page say so: only our answers set it.
    let fresh = other.browser().await;
    let page = fresh
        .get(&format!("/proposals/{id}?done=cosponsored"))
        .await
        .text;
    assert!(!page.contains("id=\"status-message\""));
}

async fn after_the_close_an_elector_checks_a_pasted_receipt_and_downloads_the_ballots(
    app: &TestApp,
) {
    let chair = app.chair().await;
    let voter = app.delegate_in("voter", "industry", "Acme").await;
    let ids = app.proposals(2).await;
    let id = chair.create_round(&ids, json!({})).await;
    chair.open(id).await;
    let res = voter.vote(id, json!([[p(ids[1])], [p(ids[0])]])).await;
    let receipt = res.json()["receipt"].as_str().unwrap().to_owned();
    let late = app.delegate_in("late", "academia", "Uni").await;
    chair.close(id).await;

    let v = voter.browser().await;
    let page = v.get(&format!("/rounds/{id}")).await.text;
    assert!(
        page.contains("action=\"/rounds/"),
        "the receipt form is there"
    );
    assert!(
        page.contains(&format!("href=\"/rounds/{id}/receipts/{receipt}\"")),
        "the voter's own receipt links to its page"
    );
    assert!(
        page.contains("class=\"downloads\""),
        "an elector gets the downloads"
    );
    // Pasted with capitals and a line break: tidied, then its page.
    let pasted = format!("{}\n{}", &receipt[..20].to_uppercase(), &receipt[20..]);
    let res = v
        .get(&format!(
            "/rounds/{id}/receipts?receipt={}",
            pasted.replace('\n', "%0A")
        ))
        .await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), format!("/rounds/{id}/receipts/{receipt}"));
    let proof = v.get(res.location()).await;
    assert_eq!(proof.status, 200);
    let res = v
        .get(&format!("/rounds/{id}/receipts?receipt=not-a-receipt"))
        .await;
    assert_eq!(res.status, 422);
    assert!(
        res.text.contains("64 hexadecimal characters"),
        "{}",
        res.text
    );

    // The documents: the elector yes, the latecomer no.
    let res = voter
        .get(&format!("/api/v1/rounds/{id}/export/ballots.json"))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert!(res.text.contains(&receipt));
    let res = late
        .get(&format!("/api/v1/rounds/{id}/export/ballots.json"))
        .await;
    assert_eq!(res.status, 403);
    let page = late
        .browser()
        .await
        .get(&format!("/rounds/{id}"))
        .await
        .text;
    assert!(!page.contains("class=\"downloads\""));
}
