//! Proposals over real HTTP on SQLite and PostgreSQL: the people and
//! helpers every part shares, and what the API and pages guard and show (a
//! draft for its author only, no authoring by auditors or admins, bad input,
//! the lock while a round is open, safe Markdown, the page forms). Submission
//! and revisions are in `lifecycle`, co-sponsorship in `cosponsors`, search
//! and paging in `listing`, the pages in other languages in `languages`.

mod cosponsors;
mod languages;
mod lifecycle;
mod listing;

use crate::common::{Person, RequestHelper, Response, TestApp, Value, json, send};

both_backends!(
    a_draft_is_visible_to_its_author_only,
    auditors_and_admins_cannot_author_on_api_or_pages,
    bad_proposal_input_is_refused_and_changes_nothing,
    a_proposal_in_an_open_or_closed_round_cannot_change,
    markdown_is_rendered_without_scripts_or_javascript_links,
    page_forms_write_submit_edit_cosponsor_and_withdraw,
);

/// The author (member state), two co-sponsors from other groups, one from
/// the author's own group, an auditor and an admin.
struct People {
    author: Person,
    industry: Person,
    civil: Person,
    same_group: Person,
    auditor: Person,
    admin: Person,
}

async fn people(app: &TestApp) -> People {
    People {
        author: app.delegate_in("ana", "member_state", "Portugal").await,
        industry: app.delegate_in("ike", "industry", "Acme Networks").await,
        civil: app
            .delegate_in("cleo", "civil_society", "Open Rights")
            .await,
        same_group: app.delegate_in("sam", "member_state", "Norway").await,
        auditor: app.auditor().await,
        admin: app.admin().await,
    }
}

fn sample(submit: bool) -> Value {
    json!({
        "title": "Open fibre backbone for landlocked states",
        "summary": "Pool procurement of cross-border fibre.",
        "body": "## Why\n\nBandwidth is **scarce**.\n",
        "themes": ["connectivity"],
        "submit": submit,
    })
}

async fn create(who: &Person, body: &Value) -> Response {
    who.post_json("/api/v1/proposals", body).await
}

/// Creates a proposal that must be accepted; returns its id.
async fn created(who: &Person, body: &Value) -> i64 {
    let res = create(who, body).await;
    assert_eq!(res.status, 201, "{}", res.text);
    res.json()["proposal"]["id"].as_i64().unwrap()
}

async fn create_id(who: &Person, submit: bool) -> i64 {
    created(who, &sample(submit)).await
}

/// The list `/api/v1/proposals{query}` as `who` sees it.
async fn list(who: &Person, query: &str) -> Value {
    who.get(&format!("/api/v1/proposals{query}")).await.json()
}

/// `/api/v1/proposals/{id}` with `tail` appended.
fn api(id: i64, tail: &str) -> String {
    format!("/api/v1/proposals/{id}{tail}")
}

async fn a_draft_is_visible_to_its_author_only(app: &TestApp) {
    let p = people(app).await;
    let res = create(&p.author, &sample(false)).await;
    assert_eq!(res.status, 201);
    let body = res.json();
    let id = body["proposal"]["id"].as_i64().unwrap();
    assert_eq!(body["proposal"]["status"], "draft");
    assert_eq!(body["proposal"]["eligible"], false);
    assert_eq!(body["proposal"]["missing"], "needs to be submitted");

    let res = p.author.get(&api(id, "")).await;
    assert_eq!(res.status, 200);
    let b = res.json();
    assert_eq!(
        b["proposal"]["title"],
        "Open fibre backbone for landlocked states"
    );
    assert_eq!(b["proposal"]["author"]["organisation"], "Portugal");

    for other in [&p.industry, &p.auditor, &p.admin] {
        let res = other.get(&api(id, "")).await;
        assert_eq!(res.status, 404, "a draft does not exist for others");
        assert_eq!(res.json()["error"]["code"], "not_found");
        assert_eq!(list(other, "").await["total"], 0);
        assert_eq!(other.get(&api(id, "/comments")).await.status, 404);
    }
    assert_eq!(list(&p.author, "").await["total"], 1);

    // Pages too.
    let res = p
        .industry
        .browser()
        .await
        .get(&format!("/proposals/{id}"))
        .await;
    assert_eq!(res.status, 404);
    assert!(!res.text.contains("Open fibre backbone"));
    let res = p
        .author
        .browser()
        .await
        .get(&format!("/proposals/{id}"))
        .await;
    assert_eq!(res.status, 200);
    assert!(res.text.contains("Open fibre backbone"));

    // The draft's text stays out of the trail (auditors read the trail): its
    // digest only, which the submission's entry with the text will match.
    let created = app.entry("proposal.created").await;
    assert_eq!(created.subject, format!("proposal:{id}"));
    assert_eq!(
        created.details["text_sha256"].as_str().map(str::len),
        Some(64)
    );
    let trail = serde_json::to_string(&app.audit().await).unwrap();
    assert!(!trail.contains("Open fibre backbone"), "{trail}");
    assert_eq!(app.count_action("proposal.submitted").await, 0);
}

async fn auditors_and_admins_cannot_author_on_api_or_pages(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(&p.author, true).await;
    let before = app.changes().await;
    for reader in [&p.auditor, &p.admin] {
        let res = create(reader, &sample(true)).await;
        assert_eq!(res.status, 403);
        assert_eq!(res.json()["error"]["code"], "forbidden");
        assert_eq!(reader.post(&api(id, "/cosponsor")).await.status, 403);
        let res = reader
            .post_json(&api(id, "/comments"), json!({"body": "hi"}))
            .await;
        assert_eq!(res.status, 403);
        let res = reader.get("/api/v1/proposals").await;
        assert_eq!(res.status, 200, "but they read");
    }
    for reader in [&p.auditor, &p.admin] {
        let browser = reader.browser().await;
        assert_eq!(browser.get("/proposals/new").await.status, 403);
        let res = browser
            .post_form(
                "/proposals",
                &[
                    ("title", "An auditor's idea"),
                    ("summary", "s"),
                    ("body", "b"),
                    ("action", "submit"),
                ],
            )
            .await;
        assert_eq!(res.status, 403);
        assert!(res.text.contains("auditors and administrators only read"));
        let res = browser
            .post_form(&format!("/proposals/{id}/cosponsor"), &[])
            .await;
        assert_eq!(res.status, 403);
        let res = browser.get(&format!("/proposals/{id}")).await;
        assert_eq!(res.status, 200);
        assert!(
            !res.text.contains("id=\"cosponsor\""),
            "no co-sponsor button for readers"
        );
        assert!(!res.text.contains("id=\"comment-form\""));
    }
    // Nobody signed in: 401 on the API, the login page for browsers.
    assert_eq!(app.anon().get("/api/v1/proposals").await.status, 401);
    assert_eq!(app.browser().await.get("/proposals").await.status, 303);
    assert_eq!(app.proposal_count().await, 1);
    assert_eq!(app.changes().await, before);
}

async fn bad_proposal_input_is_refused_and_changes_nothing(app: &TestApp) {
    let p = people(app).await;
    let with = |k: &str, v: Value| {
        let mut b = sample(true);
        b[k] = v;
        b
    };
    let cases: Vec<(Value, u16, &str)> = vec![
        (with("title", json!("  ab  ")), 422, "title"),
        (with("title", json!("x".repeat(201))), 422, "title"),
        (with("summary", json!("")), 422, "summary"),
        (with("summary", json!("s".repeat(501))), 422, "summary"),
        (with("body", json!("   ")), 422, "body"),
        (with("body", json!("b".repeat(50_001))), 422, "body"),
        (with("themes", json!(["space_lasers"])), 422, "themes"),
        (with("unknown", json!(1)), 400, ""),
        (json!({"title": "No body"}), 400, ""),
    ];
    for (body, status, field) in cases {
        let res = create(&p.author, &body).await;
        assert_eq!(res.status, status, "{body}");
        let b = res.json();
        assert!(b["error"]["message"].as_str().unwrap().len() > 5);
        if !field.is_empty() {
            assert_eq!(b["error"]["field"], field);
        }
    }
    let res = send(
        p.author
            .request(reqwest::Method::POST, "/api/v1/proposals")
            .header("content-type", "application/json")
            .body("{not json"),
    )
    .await;
    assert_eq!(res.status, 400);
    assert_eq!(app.proposal_count().await, 0);
    assert_eq!(app.count_action("proposal.created").await, 0);

    // A bad edit changes nothing either.
    let id = create_id(&p.author, true).await;
    let before = app.changes().await;
    let res = p
        .author
        .patch_json(&api(id, ""), json!({"title": "ab"}))
        .await;
    assert_eq!(res.status, 422);
    assert_eq!(res.json()["error"]["field"], "title");
    let res = p
        .author
        .patch_json(&api(id, ""), json!({"themes": ["nope"]}))
        .await;
    assert_eq!(res.status, 422);
    assert_eq!(app.revision_count(id).await, 1);
    assert_eq!(app.changes().await, before);

    // The page form re-renders with the message and what was typed.
    let res = p
        .author
        .browser()
        .await
        .post_form(
            "/proposals",
            &[
                ("title", "ab"),
                ("summary", "My <summary>"),
                ("body", "Body"),
                ("action", "draft"),
            ],
        )
        .await;
    assert_eq!(res.status, 422);
    let html = res.text;
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("at least 3 characters"));
    assert!(html.contains("My &#60;summary&#62;") || html.contains("My &lt;summary&gt;"));
    assert_eq!(app.proposal_count().await, 1);
}

async fn a_proposal_in_an_open_or_closed_round_cannot_change(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(&p.author, true).await;
    let path = api(id, "");
    let round = app.put_in_round(id, "draft").await;
    let res = p
        .author
        .patch_json(
            &path,
            json!({"summary": "Still editable in a draft round."}),
        )
        .await;
    assert_eq!(res.status, 200);

    app.set_round_status(round, "open").await;
    let before = app.changes().await;
    let res = p
        .author
        .patch_json(&path, json!({"summary": "Too late."}))
        .await;
    assert_eq!(res.status, 409);
    assert!(res.error_message().contains("voting round"));
    let res = p.author.post(&format!("{path}/withdraw")).await;
    assert_eq!(res.status, 409);
    assert!(res.error_message().contains("open voting round"));
    let d = p.author.get(&path).await.json();
    assert_eq!(d["proposal"]["locked"], true);
    assert_eq!(d["proposal"]["summary"], "Still editable in a draft round.");
    let ana = p.author.browser().await;
    assert_eq!(ana.get(&format!("/proposals/{id}/edit")).await.status, 409);
    let res = ana
        .post_form(&format!("/proposals/{id}/withdraw"), &[])
        .await;
    assert_eq!(res.status, 409);
    let html = ana.text(&format!("/proposals/{id}")).await;
    assert!(!html.contains(&format!("href=\"/proposals/{id}/edit\"")));
    assert_eq!(app.changes().await, before);

    app.set_round_status(round, "closed").await;
    let res = p
        .author
        .patch_json(&path, json!({"summary": "Still too late."}))
        .await;
    assert_eq!(res.status, 409);
    let res = p.author.post(&format!("{path}/withdraw")).await;
    assert_eq!(
        res.status, 200,
        "withdrawal is allowed once the round has closed"
    );
    assert_eq!(res.json()["proposal"]["status"], "withdrawn");
}

async fn markdown_is_rendered_without_scripts_or_javascript_links(app: &TestApp) {
    let p = people(app).await;
    let evil = "# Plan\n\n<script>alert('body')</script>\n\n[click me](javascript:alert(1))\n\n<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">x</a>\n\n<img src=\"https://example.org/i.png\" onerror=\"alert(4)\">\n\n[ok](https://example.org/ok)";
    let id = created(
        &p.author,
        &json!({"title": "<b>Bold</b> title", "summary": "<i>s</i>", "body": evil, "submit": true}),
    )
    .await;
    let res = p
        .industry
        .post_json(
            &api(id, "/comments"),
            json!({"body": "<script>alert('comment')</script>\n\n[y](javascript:alert(5)) <em onmouseover=\"alert(6)\">hi</em>"}),
        )
        .await;
    assert_eq!(res.status, 201);
    let res = p
        .civil
        .browser()
        .await
        .get(&format!("/proposals/{id}"))
        .await;
    assert_eq!(res.status, 200);
    let html = res.text;
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "{html}");
    assert!(!lower.contains("javascript:"));
    assert!(!lower.contains("onclick"));
    assert!(!lower.contains("onerror"));
    assert!(!lower.contains("onmouseover"));
    assert!(html.contains("<h1>Plan</h1>"));
    assert!(
        html.contains(
            r#"<a href="https://example.org/ok" rel="noopener noreferrer nofollow">ok</a>"#
        )
    );
    assert!(
        html.contains("&#60;b&#62;Bold&#60;/b&#62; title")
            || html.contains("&lt;b&gt;Bold&lt;/b&gt; title")
    );
    assert!(html.contains("<em>hi</em>"));
    // The API returns the source as written; rendering happens on the page.
    let d = p.civil.get(&api(id, "")).await.json();
    assert_eq!(d["proposal"]["body"], evil);
}

async fn page_forms_write_submit_edit_cosponsor_and_withdraw(app: &TestApp) {
    let p = people(app).await;
    let ana = p.author.browser().await;
    let res = ana.get("/proposals/new").await;
    assert_eq!(res.status, 200);
    assert!(res.text.contains("<label for=\"title\">"));
    assert!(
        res.text.contains("href=\"/proposals\""),
        "the nav links to proposals"
    );
    let res = ana
        .post_form(
            "/proposals",
            &[
                ("title", "Regional CERT network"),
                ("summary", "Shared incident response."),
                ("body", "Details *here*."),
                ("themes", "cybersecurity"),
                ("themes", "connectivity"),
                ("action", "draft"),
            ],
        )
        .await;
    assert_eq!(res.status, 303);
    let loc = res.location().to_owned();
    let id: i64 = loc.trim_start_matches("/proposals/").parse().unwrap();
    let html = ana.text(&loc).await;
    assert!(html.contains("Draft"));
    assert!(html.contains("Connectivity") && html.contains("Cybersecurity"));
    let page = format!("/proposals/{id}");
    let res = ana.post_form(&format!("{page}/submit"), &[]).await;
    assert_eq!(res.status, 303);
    let res = ana.get(&format!("{page}/edit")).await;
    assert_eq!(res.status, 200);
    assert!(res.text.contains("Save as a new revision"));
    assert!(
        res.text
            .contains("value=\"cybersecurity\" id=\"theme-cybersecurity\" checked")
    );
    let res = ana
        .post_form(
            &format!("{page}/edit"),
            &[
                ("title", "Regional CERT network"),
                ("summary", "Shared incident response, 24/7."),
                ("body", "Details *here*."),
                ("themes", "cybersecurity"),
            ],
        )
        .await;
    assert_eq!(res.status, 303);
    assert_eq!(app.revision_count(id).await, 2);

    let ike = p.industry.browser().await;
    let res = ike.post_form(&format!("{page}/cosponsor"), &[]).await;
    assert_eq!(res.status, 303);
    assert!(ike.text(&page).await.contains("Withdraw my co-sponsorship"));
    let res = ike.post_form(&format!("{page}/uncosponsor"), &[]).await;
    assert_eq!(res.status, 303);

    // A form without its CSRF token changes nothing.
    let res = ike
        .post_form_without_csrf(&format!("{page}/cosponsor"), &[("x", "y")])
        .await;
    assert_eq!(res.status, 403);

    let res = ana.post_form(&format!("{page}/withdraw"), &[]).await;
    assert_eq!(res.status, 303);
    assert!(
        ana.text(&page)
            .await
            .contains("<span id=\"status\">Withdrawn</span>")
    );
    let actions = app.actions().await;
    for a in [
        "proposal.created",
        "proposal.submitted",
        "proposal.edited",
        "proposal.cosponsored",
        "proposal.cosponsorship_withdrawn",
        "proposal.withdrawn",
    ] {
        assert_eq!(
            actions.iter().filter(|x| *x == a).count(),
            1,
            "{a} in {actions:?}"
        );
    }
}
