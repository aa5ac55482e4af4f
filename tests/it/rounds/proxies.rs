//! Proxies over HTTP: every rule and limit (same group, the holder's limit,
//! no chains, not oneself, electors only, revocable until used, the
//! grantor's own ballot wins, nothing after the close), the proxy ballot
//! weighted and counted as the grantor's, its receipt seen by both, the
//! trail, and the round page's forms without JavaScript.

use super::api;
use crate::common::{RequestHelper, TestApp, json, p};

both_backends!(
    proxy_rules_and_limits_hold,
    a_proxy_ballot_counts_as_the_grantors_and_the_grantor_can_replace_it,
    proxies_work_through_the_pages,
);

async fn proxy_rules_and_limits_hold(app: &TestApp) {
    let chair = app.chair().await;
    let ids = app.proposals(2).await;
    let ana = app.delegate_in("ana", "industry", "Acme").await;
    let ben = app.delegate_in("ben", "industry", "Globex").await;
    let cem = app.delegate_in("cem", "industry", "Initech").await;
    let dia = app.delegate_in("dia", "civil_society", "NGO").await;
    let id = chair.create_round(&ids, json!({})).await;
    let late_round = chair.create_round(&ids, json!({})).await;
    chair.open(id).await;
    let give = |who: &crate::common::Person, to: i64| {
        let path = api(id, "/proxy");
        let who = who.clone();
        async move { who.post_json(&path, &json!({"to": to})).await }
    };
    // Signed up after the round opened: no elector.
    let late = app.delegate_in("late", "industry", "Acme").await;
    let before = app.changes().await;
    // Not to oneself, not across groups, only electors.
    let res = give(&ana, ana.id()).await;
    assert_eq!(res.status, 422);
    assert!(res.error_message().contains("yourself"), "{}", res.text);
    let res = give(&ana, dia.id()).await;
    assert_eq!(res.status, 422);
    assert!(
        res.error_message().contains("own stakeholder group"),
        "{}",
        res.text
    );
    let res = give(&ana, late.id()).await;
    assert_eq!(res.status, 422);
    assert!(
        res.error_message().contains("not an elector"),
        "{}",
        res.text
    );
    assert_eq!(give(&late, ana.id()).await.status, 403);
    // Not in a draft round.
    let res = ana
        .post_json(&api(late_round, "/proxy"), &json!({"to": ben.id()}))
        .await;
    assert_eq!(res.status, 409, "{}", res.text);
    assert_eq!(app.changes().await, before, "refusals store nothing");

    // Ana gives her vote to Ben; he can hold one (the default limit).
    let res = give(&ana, ben.id()).await;
    assert_eq!(res.status, 201, "{}", res.text);
    assert_eq!(app.count_action("proxy.granted").await, 1);
    let res = give(&cem, ben.id()).await;
    assert_eq!(res.status, 409);
    assert!(
        res.error_message().contains("the most allowed"),
        "{}",
        res.text
    );
    // No chains: Ben holds a vote and cannot pass his on; Ana gave hers and
    // cannot hold one; Ana cannot give twice.
    let res = give(&ben, cem.id()).await;
    assert_eq!(res.status, 409);
    assert!(res.error_message().contains("do not chain"), "{}", res.text);
    let res = give(&cem, ana.id()).await;
    assert_eq!(res.status, 409);
    assert!(res.error_message().contains("do not chain"), "{}", res.text);
    let res = give(&ana, cem.id()).await;
    assert_eq!(res.status, 409);
    assert!(
        res.error_message().contains("already given"),
        "{}",
        res.text
    );
    // Someone without a proxy from Ana cannot cast for her.
    let res = cem
        .put_json(
            &api(id, "/ballot"),
            json!({"ranking": [[p(ids[0])]], "for": ana.id()}),
        )
        .await;
    assert_eq!(res.status, 403, "{}", res.text);

    // Revoke before use: fine; then give again and use it: no more revoking.
    assert_eq!(ana.delete(&api(id, "/proxy")).await.status, 200);
    assert_eq!(app.count_action("proxy.revoked").await, 1);
    assert_eq!(ana.delete(&api(id, "/proxy")).await.status, 404);
    assert_eq!(give(&ana, ben.id()).await.status, 201);
    let res = ben
        .put_json(
            &api(id, "/ballot"),
            json!({"ranking": [[p(ids[1])]], "for": ana.id()}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    let res = ana.delete(&api(id, "/proxy")).await;
    assert_eq!(res.status, 409);
    assert!(
        res.error_message().contains("no longer be revoked"),
        "{}",
        res.text
    );
    let state = ben.get(&api(id, "/proxy")).await.json();
    assert_eq!(state["proxies"]["held"][0]["name"], "ana");
    assert_eq!(state["proxies"]["held"][0]["used"], true);

    // After the close: no proxies at all.
    chair.close(id).await;
    let res = give(&cem, dia.id()).await;
    assert_eq!(res.status, 409, "{}", res.text);
    let res = ben
        .put_json(
            &api(id, "/ballot"),
            json!({"ranking": [[p(ids[0])]], "for": ana.id()}),
        )
        .await;
    assert_eq!(res.status, 409, "{}", res.text);
    app.verify_audit().await;
}

async fn a_proxy_ballot_counts_as_the_grantors_and_the_grantor_can_replace_it(app: &TestApp) {
    let chair = app.chair().await;
    let ids = app.proposals(2).await;
    let ana = app.delegate_in("ana", "industry", "Acme").await;
    let ben = app.delegate_in("ben", "industry", "Globex").await;
    // Per organisation: Ana's ballot weighs as Acme's, not Globex's.
    let id = chair
        .create_round(
            &ids,
            json!({"weighting": "per_organisation", "secrecy": "recorded"}),
        )
        .await;
    chair.open(id).await;
    let (x, y) = (p(ids[0]), p(ids[1]));
    assert_eq!(
        ana.post_json(&api(id, "/proxy"), &json!({"to": ben.id()}))
            .await
            .status,
        201
    );
    let own = ben.vote(id, json!([[x]])).await.json();
    let cast = ben
        .put_json(
            &api(id, "/ballot"),
            json!({"ranking": [[y]], "for": ana.id()}),
        )
        .await
        .json();
    assert_ne!(own["receipt"], cast["receipt"]);
    // Ana sees the receipt of the ballot cast for her.
    let hers = ana.get(&api(id, "/ballot")).await.json();
    assert_eq!(hers["ballot"]["receipt"], cast["receipt"]);
    assert_eq!(hers["ballot"]["ranking"], json!([[y]]));
    let trail = app.entries("ballot.cast").await;
    let last = trail.last().unwrap();
    assert_eq!(last.actor, ben.id().to_string(), "the holder cast it");
    assert_eq!(last.details["proxy_for"], ana.id());

    // Turnout counts Ana.
    let round = chair.get(&api(id, "")).await;
    assert_eq!(round.status, 200);
    chair.close(id).await;
    let file = app.published_ballots(id).await;
    assert_eq!(file.ballots.len(), 2);
    let for_ana = file
        .ballots
        .iter()
        .find(|b| b.receipt == cast["receipt"])
        .unwrap();
    assert_eq!(for_ana.voter.as_ref().unwrap().name, "ana");
    assert_eq!(for_ana.organisation.as_deref(), Some("Acme"));
    assert_eq!(for_ana.group, "industry");

    // A second round: Ana casts her own ballot after Ben voted for her;
    // hers replaces his, and the proxy ends.
    let ids2 = app.proposals(2).await;
    let id2 = chair.create_round(&ids2, json!({})).await;
    chair.open(id2).await;
    let (x2, y2) = (p(ids2[0]), p(ids2[1]));
    assert_eq!(
        ana.post_json(&api(id2, "/proxy"), &json!({"to": ben.id()}))
            .await
            .status,
        201
    );
    let by_ben = ben
        .put_json(
            &api(id2, "/ballot"),
            json!({"ranking": [[x2]], "for": ana.id()}),
        )
        .await;
    assert_eq!(by_ben.status, 200);
    let mine = ana.vote(id2, json!([[y2]])).await.json();
    assert_eq!(mine["replaced"], true);
    let res = ben
        .put_json(
            &api(id2, "/ballot"),
            json!({"ranking": [[x2]], "for": ana.id()}),
        )
        .await;
    assert_eq!(
        res.status, 403,
        "the proxy ended with her own ballot: {}",
        res.text
    );
    let revoked = app.entries("proxy.revoked").await;
    assert_eq!(revoked.last().unwrap().details["reason"], "own_ballot");
    chair.close(id2).await;
    let file = app.published_ballots(id2).await;
    assert_eq!(file.ballots.len(), 1, "one ballot for Ana: her own");
    assert_eq!(file.ballots[0].ranking, Some(vec![vec![y2]]));
    // Secret round: nothing in the file says a ballot came by proxy.
    let text = file.to_json().unwrap();
    assert!(!text.contains("proxy"), "{text}");
}

async fn proxies_work_through_the_pages(app: &TestApp) {
    let chair = app.chair().await;
    let ids = app.proposals(2).await;
    let ana = app.delegate_in("ana", "industry", "Acme").await;
    let ben = app.delegate_in("ben", "industry", "Globex").await;
    let id = chair.create_round(&ids, json!({})).await;
    chair.open(id).await;
    let ana_page = ana.browser().await;
    let show = ana_page.get(&format!("/rounds/{id}")).await.text;
    assert!(show.contains("Give my vote to"), "{show}");
    assert!(
        show.contains(&format!("<option value=\"{}\">ben</option>", ben.id())),
        "{show}"
    );
    let res = ana_page
        .post_form(
            &format!("/rounds/{id}/proxy"),
            &[("to", &ben.id().to_string())],
        )
        .await;
    assert_eq!(res.status, 303, "{}", res.text);
    let show = ana_page.get(&format!("/rounds/{id}")).await.text;
    assert!(
        show.contains("You gave your vote to <strong><bdi>ben</bdi></strong>"),
        "{show}"
    );

    let ben_page = ben.browser().await;
    let show = ben_page.get(&format!("/rounds/{id}")).await.text;
    assert!(
        show.contains(&format!("/rounds/{id}/ballot?for={}", ana.id())),
        "{show}"
    );
    let form = ben_page
        .get(&format!("/rounds/{id}/ballot?for={}", ana.id()))
        .await;
    assert_eq!(form.status, 200);
    assert!(
        form.text
            .contains("You are filling in the ballot of <strong><bdi>ana</bdi></strong>"),
        "{}",
        form.text
    );
    assert!(
        form.text
            .contains(&format!("name=\"for\" value=\"{}\"", ana.id()))
    );
    let field = format!("rank_{}", p(ids[1]));
    let res = ben_page
        .post_form(
            &format!("/rounds/{id}/ballot"),
            &[("for", &ana.id().to_string()), (&field, "1")],
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert!(res.text.contains("Your ballot was cast"), "{}", res.text);
    let hers = ana.get(&api(id, "/ballot")).await.json();
    assert_eq!(hers["ballot"]["ranking"], json!([[p(ids[1])]]));
    let mine = ben.get(&api(id, "/ballot")).await;
    assert_eq!(mine.status, 404, "Ben's own ballot is still to cast");
    // The chair sees how many, not who.
    let chair_page = chair.browser().await;
    let show = chair_page.get(&format!("/rounds/{id}")).await.text;
    assert!(show.contains("Proxies active: 1."), "{show}");
    assert!(!show.contains("You gave your vote"), "{show}");
    // Revoking a used proxy through the page is refused with the reason.
    let res = ana_page
        .post_form(&format!("/rounds/{id}/proxy/revoke"), &[])
        .await;
    assert_eq!(res.status, 409);
    assert!(res.text.contains("no longer be revoked"), "{}", res.text);
}
