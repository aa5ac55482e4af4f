//! HTML error pages have the site's layout (header and navigation, footer,
//! language switcher), say what happened, and lead onward: to the thing
//! concerned, to its list, and home. The audit page offers only the
//! downloads a round's kind has.

use reqwest::Method;

use crate::common::{RequestHelper, TestApp, json, p, send};

both_backends!(
    an_old_ballot_link_of_a_closed_round_explains_and_leads_to_its_results,
    unknown_pages_and_refusals_have_the_layout_and_lead_home,
    the_audit_page_offers_only_the_downloads_each_rounds_kind_has,
);

/// The marks of the site's layout: navigation, footer, language switcher.
fn assert_layout(html: &str, what: &str) {
    for mark in [
        r#"<header class="site-header">"#,
        r#"<nav aria-label="#,
        r#"<footer class="site-footer">"#,
        r#"action="/language""#,
        r#"name="csrf_token""#,
        r#"role="alert""#,
        r#"<a href="/">"#,
    ] {
        assert!(html.contains(mark), "{what}: no {mark} in\n{html}");
    }
}

async fn an_old_ballot_link_of_a_closed_round_explains_and_leads_to_its_results(app: &TestApp) {
    let chair = app.chair().await;
    let d = app.delegate("france").await;
    let ids = app.proposals(2).await;
    let id = chair.create_round(&ids, json!({})).await;
    chair.open(id).await;
    assert_eq!(d.vote(id, json!([[p(ids[0])]])).await.status, 200);
    chair.close(id).await;

    let b = d.browser().await;
    let res = b.get(&format!("/rounds/{id}/ballot")).await;
    assert_eq!(res.status, 409);
    assert_layout(&res.text, "closed ballot");
    assert!(
        res.text.contains(r#"<a href="/proposals">"#),
        "signed-in navigation"
    );
    assert!(
        res.text
            .contains("This round is closed: ballots are no longer accepted.")
    );
    assert!(
        res.text.contains(&format!(
            r#"<a href="/rounds/{id}">See the round’s results</a>"#
        )),
        "{}",
        res.text
    );
    assert!(
        res.text
            .contains(r#"<a href="/rounds">All voting rounds</a>"#)
    );

    // In French, words and links alike.
    let res = send(
        b.request(Method::GET, &format!("/rounds/{id}/ballot"))
            .header("accept-language", "fr"),
    )
    .await;
    assert_eq!(res.status, 409);
    assert!(res.text.contains(r#"<html lang="fr""#));
    assert!(
        res.text.contains("Voir les résultats du scrutin"),
        "{}",
        res.text
    );
}

async fn unknown_pages_and_refusals_have_the_layout_and_lead_home(app: &TestApp) {
    let anon = app.browser().await;
    let res = anon.get("/no/such/page").await;
    assert_eq!(res.status, 404);
    assert_layout(&res.text, "404");
    assert!(
        res.text.contains(r#"<a href="/login">"#),
        "visitor navigation"
    );

    let d = app.delegate("france").await;
    let b = d.browser().await;
    let res = b.get("/proposals/999999").await;
    assert_eq!(res.status, 404);
    assert_layout(&res.text, "no such proposal");
    assert!(
        res.text
            .contains(r#"<a href="/proposals">All proposals</a>"#)
    );
    assert!(
        !res.text.contains(r#"href="/proposals/999999""#),
        "no link to what is not there"
    );

    // A refusal: a delegate on a chair's page.
    let res = b.get("/rounds/new").await;
    assert_eq!(res.status, 403);
    assert_layout(&res.text, "403");

    // In Arabic, right to left.
    let res = send(
        anon.request(Method::GET, "/no/such/page")
            .header("accept-language", "ar"),
    )
    .await;
    assert!(res.text.contains(r#"dir="rtl""#));
    assert!(res.text.contains("العودة إلى الصفحة الرئيسية"));
}

async fn the_audit_page_offers_only_the_downloads_each_rounds_kind_has(app: &TestApp) {
    let chair = app.chair().await;
    let voter = app.delegate_in("v", "industry", "Acme").await;
    let auditor = app.auditor().await;
    let ids = app.proposals(2).await;
    let ranking = chair.create_round(&ids, json!({})).await;
    chair.open(ranking).await;
    assert_eq!(voter.vote(ranking, json!([[p(ids[0])]])).await.status, 200);
    chair.close(ranking).await;
    let adoption = chair
        .create_round(
            &ids,
            json!({"kind": "adoption", "rule": {"preset": "majority"}}),
        )
        .await;
    chair.open(adoption).await;
    let res = voter
        .put_json(
            &format!("/api/v1/rounds/{adoption}/ballot"),
            json!({"votes": {p(ids[0]): "yes", p(ids[1]): "no"}}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    chair.close(adoption).await;

    let page = auditor.browser().await.get("/audit").await;
    assert_eq!(page.status, 200);
    let re = regex::Regex::new(r#"href="(/api/v1/rounds/(\d+)/export/([a-z.]+))""#).unwrap();
    let mut offered = Vec::new();
    for c in re.captures_iter(&page.text) {
        offered.push((c[2].parse::<i64>().unwrap(), c[3].to_owned()));
        let res = auditor.get(&c[1]).await;
        assert_eq!(
            res.status, 200,
            "{} is offered but answers {}",
            &c[1], res.text
        );
    }
    let of = |round: i64| -> Vec<&str> {
        offered
            .iter()
            .filter(|(r, _)| *r == round)
            .map(|(_, f)| f.as_str())
            .collect()
    };
    assert_eq!(
        of(ranking),
        [
            "ballots.json",
            "ballots.csv",
            "ballots.toi",
            "results.json",
            "results.csv"
        ]
    );
    assert_eq!(
        of(adoption),
        ["ballots.json", "ballots.csv", "results.json", "results.csv"]
    );
}
