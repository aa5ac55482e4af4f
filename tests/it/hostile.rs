//! Hostile input (issue: "what one delegate or one flood can do"): text
//! nested deep enough to stall the Markdown renderer is refused with a 422
//! and changes nothing; stored bodies are rendered once, not per view.

use crate::common::{Backend, RequestHelper, TestApp, json};

both_backends!(
    deeply_nested_markdown_is_refused_and_nothing_is_stored,
    a_page_view_shows_the_html_rendered_when_the_text_was_written,
    secret_exports_withhold_small_labels_and_voters_are_warned_before_voting,
);

async fn deeply_nested_markdown_is_refused_and_nothing_is_stored(app: &TestApp) {
    let author = app.delegate("france").await;
    let before = app.audit().await.len();
    let hostile = ">".repeat(50_000);
    let res = author
        .post_json(
            "/api/v1/proposals",
            json!({"title": "Deep", "summary": "Deep quotes", "body": hostile, "submit": true}),
        )
        .await;
    assert_eq!(res.status, 422, "{}", res.text);
    assert!(
        res.error_message().contains("nested too deeply"),
        "{}",
        res.text
    );
    assert_eq!(app.proposal_count().await, 0);
    assert_eq!(app.audit().await.len(), before);

    // Thirty-three list items in one line: too deep as well; 32 is fine.
    let deep_list = "- ".repeat(33) + "item";
    let res = author
        .post_json(
            "/api/v1/proposals",
            json!({"title": "Deep list", "summary": "s", "body": deep_list}),
        )
        .await;
    assert_eq!(res.status, 422, "{}", res.text);
    let ok = "> ".repeat(32) + "quoted";
    let res = author
        .post_json(
            "/api/v1/proposals",
            json!({"title": "Quoted", "summary": "s", "body": ok, "submit": true}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let id = res.json()["proposal"]["id"].as_i64().unwrap();

    // Comments go through the same rule.
    let res = author
        .post_json(
            &format!("/api/v1/proposals/{id}/comments"),
            json!({"body": ">".repeat(4_000)}),
        )
        .await;
    assert_eq!(res.status, 422, "{}", res.text);
    let thread = author
        .get(&format!("/api/v1/proposals/{id}/comments"))
        .await;
    assert_eq!(
        thread.json()["comments"].as_array().map(Vec::len),
        Some(0),
        "{}",
        thread.text
    );
}

async fn a_page_view_shows_the_html_rendered_when_the_text_was_written(app: &TestApp) {
    let author = app.delegate("france").await;
    let res = author
        .post_json(
            "/api/v1/proposals",
            json!({"title": "Rendered", "summary": "s", "body": "*stored* <script>x</script>", "submit": true}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let id = res.json()["proposal"]["id"].as_i64().unwrap();
    let stored = app.stored_body_html(id).await;
    assert!(
        stored.contains("<em>stored</em>") && !stored.contains("<script"),
        "{stored}"
    );
    // The page shows exactly the stored rendering.
    let page = author
        .browser()
        .await
        .get(&format!("/proposals/{id}"))
        .await;
    assert!(page.text.contains(&stored), "{}", page.text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_user_cannot_flood_a_discussion_with_comments() {
    let app = TestApp::spawn_with(Backend::Sqlite, |s| s.comments_per_hour = 3)
        .await
        .unwrap();
    let author = app.delegate("france").await;
    let other = app.delegate_in("kenya", "member_state", "Kenya").await;
    let id = app
        .proposal(&app.find_user(author.email()).await.unwrap(), "Flooded")
        .await;
    let path = format!("/api/v1/proposals/{id}/comments");
    for k in 0..3 {
        let res = other
            .post_json(&path, json!({"body": format!("comment {k}")}))
            .await;
        assert_eq!(res.status, 201, "{}", res.text);
    }
    let before = app.audit().await.len();
    let res = other
        .post_json(&path, json!({"body": "one too many"}))
        .await;
    assert_eq!(res.status, 429, "{}", res.text);
    assert!(
        res.error_message().contains("3 comments in the last hour"),
        "{}",
        res.text
    );
    assert_eq!(app.audit().await.len(), before);
    // The limit is per user: the author may still answer.
    let res = author.post_json(&path, json!({"body": "an answer"})).await;
    assert_eq!(res.status, 201, "{}", res.text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_ins_are_limited_per_forwarded_address_and_in_all_with_retry_after() {
    let app = TestApp::spawn_with(Backend::Sqlite, |s| {
        s.sign_in_per_minute = 2;
        s.sign_in_global_per_minute = 5;
        s.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    })
    .await
    .unwrap();
    let attempt = |from: &'static str| {
        let app = &app;
        async move {
            crate::common::send(
                crate::common::api_client()
                    .post(app.url("/api/v1/session"))
                    .header("x-forwarded-for", from)
                    .json(&json!({"email": "nobody@example.org", "password": "wrong password!"})),
            )
            .await
        }
    };
    // Behind the trusted proxy each forwarded client has its own budget.
    assert_eq!(attempt("198.51.100.1").await.status, 401);
    assert_eq!(attempt("198.51.100.1").await.status, 401);
    let limited = attempt("198.51.100.1").await;
    assert_eq!(limited.status, 429, "{}", limited.text);
    assert!(limited.header("retry-after").parse::<u64>().unwrap() >= 1);
    assert!(
        limited.error_message().contains("from your address"),
        "{}",
        limited.text
    );
    // Another client is not limited by the first one's attempts...
    assert_eq!(attempt("198.51.100.2").await.status, 401);
    assert_eq!(attempt("198.51.100.3").await.status, 401);
    assert_eq!(attempt("198.51.100.4").await.status, 401);
    // ...but the server-wide budget (5 a minute) is now spent for everyone.
    let global = attempt("198.51.100.5").await;
    assert_eq!(global.status, 429, "{}", global.text);
    assert!(
        global.error_message().contains("many sign-ins"),
        "{}",
        global.text
    );
    assert!(global.headers.contains_key("retry-after"));
}

async fn secret_exports_withhold_small_labels_and_voters_are_warned_before_voting(app: &TestApp) {
    let chair = app.chair().await;
    let auditor = app.auditor().await;
    let ids = app.proposals(2).await;
    let mut voters = Vec::new();
    for (name, org) in [("ines", "Acme"), ("ivo", "Acme"), ("ida", "Beta")] {
        voters.push(app.delegate_in(name, "industry", org).await);
    }
    let lone = app
        .delegate_in("uma", "intergovernmental", "Lone Union")
        .await;
    let res = chair
        .post_json(
            "/api/v1/rounds",
            json!({"title": "Secret", "proposals": ids, "method": "borda",
                   "weighting": "equal_groups", "secrecy": "secret"}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let round = res.json()["round"].clone();
    let id = round["id"].as_i64().unwrap();
    // The chair is told at creation which groups the weighting singles out.
    let warning = round["privacy_warning"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(warning.contains("intergovernmental (1 voter)"), "{warning}");
    chair.open(id).await;
    // Voters see it on the round page and the ballot page before voting.
    let session = lone.browser().await;
    for page in [format!("/rounds/{id}"), format!("/rounds/{id}/ballot")] {
        let html = session.get(&page).await;
        assert_eq!(html.status, 200, "{page}: {}", html.text);
        assert!(
            html.text
                .contains("Intergovernmental organisations (1 voter)"),
            "{page}"
        );
    }
    for v in voters.iter().chain([&lone]) {
        let ranking = json!([[crate::common::p(ids[0])], [crate::common::p(ids[1])]]);
        assert_eq!(v.vote(id, ranking).await.status, 200);
    }
    chair.close(id).await;
    let file = auditor
        .get(&format!("/api/v1/rounds/{id}/export/ballots.json"))
        .await;
    assert_eq!(file.status, 200, "{}", file.text);
    let doc = file.json();
    let mut groups: Vec<String> = doc["ballots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["group"].as_str().unwrap().to_owned())
        .collect();
    groups.sort();
    // Three industry ballots share their label; the lone academic's is withheld.
    assert_eq!(groups, ["", "industry", "industry", "industry"]);
    assert!(!file.text.contains("intergovernmental") && !file.text.contains("Lone Union"));
    // The withheld ballot keeps its exact weight (its group's whole share).
    let lone_weight = doc["ballots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["group"] == "")
        .map(|b| b["weight"].clone());
    assert_eq!(lone_weight, Some(json!("1")));
    // Anyone can still recompute the published results from the download.
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = crate::common::cli::run_tally(dir.path(), "b.json", &file.text, &[]);
    assert_eq!(code, 0, "{err}");
    let results = auditor
        .get(&format!("/api/v1/rounds/{id}/export/results.json"))
        .await;
    assert_eq!(out, results.text);
}
