//! The list of proposals: search (by word prefix, any case, no query syntax
//! passed through), filters by theme, group and status, sorting by
//! co-sponsors and comments, paging, bad parameters, and the list page.

use super::{api, create_id, created, list, people};
use crate::common::{RequestHelper, TestApp, json};

both_backends!(the_list_searches_filters_sorts_and_pages);

async fn the_list_searches_filters_sorts_and_pages(app: &TestApp) {
    let p = people(app).await;
    let mut ids = Vec::new();
    for i in 0..28 {
        let theme = if i % 2 == 0 {
            "cybersecurity"
        } else {
            "ai_governance"
        };
        let word = if i == 7 { "quokka" } else { "baseline" };
        let author = if i < 20 { &p.author } else { &p.industry };
        let body = json!({
            "title": format!("Proposal number {i}"),
            "summary": "A summary.",
            "body": format!("Text mentioning {word} and Über-naïve words."),
            "themes": [theme],
            "submit": true,
        });
        ids.push(created(author, &body).await);
    }
    create_id(&p.author, false).await; // a draft others never see
    let l = list(&p.civil, "").await;
    assert_eq!(l["total"], 28);
    assert_eq!(l["per_page"], 25);
    assert_eq!(l["proposals"].as_array().unwrap().len(), 25);
    assert_eq!(l["pages"], 2);
    assert_eq!(l["proposals"][0]["id"], ids[27], "newest first");
    let l2 = list(&p.civil, "?page=2").await;
    assert_eq!(l2["proposals"].as_array().unwrap().len(), 3);

    let s = list(&p.civil, "?q=quokka").await;
    assert_eq!(s["total"], 1);
    assert_eq!(s["proposals"][0]["id"], ids[7]);
    let s = list(&p.civil, "?q=QUOK").await;
    assert_eq!(s["total"], 1, "prefix and case-insensitive");
    let s = list(&p.civil, "?q=number%2012").await;
    assert_eq!(s["total"], 1, "all words must match");
    // Query syntax is not passed through: quotes, stars and operators are
    // separators, so this is a search for the words "quokka" and "near".
    let res = p
        .civil
        .get("/api/v1/proposals?q=%22quokka%22*%20NEAR(%20%27")
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["total"], 0);
    for (who, query, total) in [
        (&p.civil, "?theme=cybersecurity", 14),
        (&p.civil, "?group=industry", 8),
        (&p.author, "?status=draft", 1),
        (&p.civil, "?status=draft", 0),
    ] {
        assert_eq!(list(who, query).await["total"], total, "{query}");
    }

    for (who, id) in [
        (&p.civil, ids[3]),
        (&p.same_group, ids[3]),
        (&p.civil, ids[5]),
    ] {
        who.post(&api(id, "/cosponsor")).await;
    }
    p.civil
        .post_json(&api(ids[9], "/comments"), json!({"body": "Nice."}))
        .await;
    let s = list(&p.civil, "?sort=cosponsors").await;
    assert_eq!(s["proposals"][0]["id"], ids[3]);
    assert_eq!(s["proposals"][1]["id"], ids[5]);
    let s = list(&p.civil, "?sort=comments").await;
    assert_eq!(s["proposals"][0]["id"], ids[9]);
    assert_eq!(s["proposals"][0]["comment_count"], 1);

    for bad in [
        "sort=loudest",
        "status=open",
        "theme=nope",
        "group=martians",
        "eligible=maybe",
        "page=0",
        "per_page=1000",
    ] {
        let res = p.civil.get(&format!("/api/v1/proposals?{bad}")).await;
        assert_eq!(res.status, 422, "{bad}");
        assert_eq!(res.json()["error"]["code"], "invalid");
    }

    // The page: a GET form, a table and page links that keep the filters.
    let cleo = p.civil.browser().await;
    let res = cleo.get("/proposals?theme=cybersecurity&per_page=5").await;
    assert_eq!(res.status, 200);
    let html = res.text;
    assert!(html.contains("14 proposals found; page 1 of 3."), "{html}");
    assert!(
        html.contains("href=\"/proposals?theme=cybersecurity&#38;per_page=5&#38;page=2\""),
        "{html}"
    );
    let res = cleo.get("/proposals?q=quokka").await;
    assert_eq!(res.status, 200);
    assert!(res.text.contains("Proposal number 7"));
    assert!(!res.text.contains("Proposal number 8<"));
    let res = cleo.get("/proposals?sort=loudest").await;
    assert_eq!(res.status, 422);
    assert!(res.text.contains("role=\"alert\""));
}
