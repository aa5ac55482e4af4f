//! Proposals over real HTTP on SQLite and PostgreSQL: writing, drafts,
//! submission, revisions, withdrawal, co-sponsorship and eligibility, round
//! locks, the list's search, filters and paging, safe Markdown, and every
//! denial on both the API and the pages.
#![allow(clippy::unwrap_used)]


use crate::common::{PASSWORD, TestApp};
use diesel::prelude::*;
use plenary::db::schema::{proposal_revisions, proposals, round_proposals, rounds};
use plenary::domain::user::Role;
use serde_json::{Value, json};

both_backends!(
    a_draft_is_visible_to_its_author_only,
    submitting_publishes_the_proposal_and_is_recorded,
    edits_after_submission_keep_earlier_revisions_and_show_a_diff,
    only_the_author_edits_submits_or_withdraws_on_api_and_pages,
    auditors_and_admins_cannot_author_on_api_or_pages,
    bad_proposal_input_is_refused_and_changes_nothing,
    cosponsors_from_two_other_groups_make_a_proposal_eligible,
    cosponsoring_own_twice_or_unsubmitted_proposals_is_refused,
    a_proposal_in_an_open_or_closed_round_cannot_change,
    the_list_searches_filters_sorts_and_pages,
    markdown_is_rendered_without_scripts_or_javascript_links,
    page_forms_write_submit_edit_cosponsor_and_withdraw,
);

/// Users: the author (member state), two co-sponsors from other groups, one
/// from the author's own group, a chair, an auditor and an admin.
struct People {
    author: String,
    industry: String,
    civil: String,
    same_group: String,
    auditor: String,
    admin: String,
}

async fn people(app: &TestApp) -> People {
    app.user(
        "ana@example.org",
        Role::Delegate,
        "member_state",
        "Portugal",
    )
    .await;
    app.user(
        "ike@example.org",
        Role::Delegate,
        "industry",
        "Acme Networks",
    )
    .await;
    app.user(
        "cleo@example.org",
        Role::Delegate,
        "civil_society",
        "Open Rights",
    )
    .await;
    app.user("sam@example.org", Role::Delegate, "member_state", "Norway")
        .await;
    app.user(
        "aud@example.org",
        Role::Auditor,
        "technical_community",
        "Audit Co",
    )
    .await;
    app.user(
        "adm@example.org",
        Role::Admin,
        "intergovernmental",
        "Secretariat",
    )
    .await;
    People {
        author: app.token("ana@example.org").await,
        industry: app.token("ike@example.org").await,
        civil: app.token("cleo@example.org").await,
        same_group: app.token("sam@example.org").await,
        auditor: app.token("aud@example.org").await,
        admin: app.token("adm@example.org").await,
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

async fn create(app: &TestApp, token: &str, body: &Value) -> reqwest::Response {
    app.api_client()
        .post(app.url("/api/v1/proposals"))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn create_id(app: &TestApp, token: &str, submit: bool) -> i64 {
    let res = create(app, token, &sample(submit)).await;
    assert_eq!(res.status(), 201);
    let body: Value = res.json().await.unwrap();
    body["proposal"]["id"].as_i64().unwrap()
}

async fn get(app: &TestApp, token: &str, path: &str) -> (u16, Value) {
    let res = app
        .api_client()
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn post(app: &TestApp, token: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    let mut req = app.api_client().post(app.url(path)).bearer_auth(token);
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn patch(app: &TestApp, token: &str, path: &str, body: Value) -> (u16, Value) {
    let res = app
        .api_client()
        .patch(app.url(path))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn delete(app: &TestApp, token: &str, path: &str) -> (u16, Value) {
    let res = app
        .api_client()
        .delete(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

/// A cookie client signed in through the login form.
async fn browser(app: &TestApp, email: &str) -> reqwest::Client {
    let client = app.browser_client();
    let csrf = app.csrf(&client, "/login").await;
    let res = client
        .post(app.url("/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "form login of {email}");
    client
}

async fn page(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let res = client.get(app.url(path)).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn form_post(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
) -> (u16, String) {
    let csrf = app.csrf(client, "/proposals").await;
    let mut all = vec![("csrf_token", csrf.as_str())];
    all.extend_from_slice(fields);
    let res = client.post(app.url(path)).form(&all).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn proposal_count(app: &TestApp) -> i64 {
    app.state
        .db(|c| Ok(proposals::table.count().get_result::<i64>(c)?))
        .await
        .unwrap()
}

async fn revision_count(app: &TestApp, id: i64) -> i64 {
    app.state
        .db(move |c| {
            Ok(proposal_revisions::table
                .filter(proposal_revisions::proposal_id.eq(id))
                .count()
                .get_result::<i64>(c)?)
        })
        .await
        .unwrap()
}

/// Audit entries other than sign-ins (the form logins of a test add those).
async fn changes(app: &TestApp) -> usize {
    app.actions()
        .await
        .iter()
        .filter(|a| !a.starts_with("login."))
        .count()
}

fn count(actions: &[String], action: &str) -> usize {
    actions.iter().filter(|a| *a == action).count()
}

async fn a_draft_is_visible_to_its_author_only(app: &TestApp) {
    let p = people(app).await;
    let res = create(app, &p.author, &sample(false)).await;
    assert_eq!(res.status(), 201);
    let body: Value = res.json().await.unwrap();
    let id = body["proposal"]["id"].as_i64().unwrap();
    assert_eq!(body["proposal"]["status"], "draft");
    assert_eq!(body["proposal"]["eligible"], false);
    assert_eq!(body["proposal"]["missing"], "needs to be submitted");

    let (s, b) = get(app, &p.author, &format!("/api/v1/proposals/{id}")).await;
    assert_eq!(s, 200);
    assert_eq!(
        b["proposal"]["title"],
        "Open fibre backbone for landlocked states"
    );
    assert_eq!(b["proposal"]["author"]["organisation"], "Portugal");

    for other in [&p.industry, &p.auditor, &p.admin] {
        let (s, b) = get(app, other, &format!("/api/v1/proposals/{id}")).await;
        assert_eq!(s, 404, "a draft does not exist for others");
        assert_eq!(b["error"]["code"], "not_found");
        let (_, list) = get(app, other, "/api/v1/proposals").await;
        assert_eq!(list["total"], 0);
        let (s, _) = get(app, other, &format!("/api/v1/proposals/{id}/comments")).await;
        assert_eq!(s, 404);
    }
    let (_, list) = get(app, &p.author, "/api/v1/proposals").await;
    assert_eq!(list["total"], 1);

    // Pages too.
    let client = browser(app, "ike@example.org").await;
    let (s, html) = page(app, &client, &format!("/proposals/{id}")).await;
    assert_eq!(s, 404);
    assert!(!html.contains("Open fibre backbone"));
    let mine = browser(app, "ana@example.org").await;
    let (s, html) = page(app, &mine, &format!("/proposals/{id}")).await;
    assert_eq!(s, 200);
    assert!(html.contains("Open fibre backbone"));

    let trail = app.audit().await;
    let created = trail
        .iter()
        .find(|e| e.action == "proposal.created")
        .unwrap();
    assert_eq!(created.subject, format!("proposal:{id}"));
    assert_eq!(
        created.details["title"],
        "Open fibre backbone for landlocked states"
    );
    assert_eq!(created.details["themes"], json!(["connectivity"]));
    assert_eq!(count(&app.actions().await, "proposal.submitted"), 0);
}

async fn submitting_publishes_the_proposal_and_is_recorded(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(app, &p.author, false).await;
    let (s, b) = post(
        app,
        &p.author,
        &format!("/api/v1/proposals/{id}/submit"),
        None,
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(b["proposal"]["status"], "submitted");
    assert!(b["proposal"]["submitted_at"].is_string());
    assert_eq!(
        b["proposal"]["missing"],
        "needs co-sponsors from 2 more stakeholder groups"
    );

    let (s, b) = get(app, &p.auditor, &format!("/api/v1/proposals/{id}")).await;
    assert_eq!(s, 200, "auditors read submitted proposals");
    assert_eq!(b["proposal"]["status"], "submitted");

    // Twice: a conflict, no second entry.
    let (s, b) = post(
        app,
        &p.author,
        &format!("/api/v1/proposals/{id}/submit"),
        None,
    )
    .await;
    assert_eq!(s, 409);
    assert_eq!(b["error"]["code"], "conflict");
    let actions = app.actions().await;
    assert_eq!(count(&actions, "proposal.submitted"), 1);
    let trail = app.audit().await;
    let sub = trail
        .iter()
        .find(|e| e.action == "proposal.submitted")
        .unwrap();
    assert_eq!(sub.subject, format!("proposal:{id}"));
    plenary::audit::verify(&trail).unwrap();

    // Created and submitted in one call.
    let res = create(app, &p.author, &sample(true)).await;
    assert_eq!(res.status(), 201);
    let b: Value = res.json().await.unwrap();
    assert_eq!(b["proposal"]["status"], "submitted");
    assert_eq!(count(&app.actions().await, "proposal.submitted"), 2);
}

async fn edits_after_submission_keep_earlier_revisions_and_show_a_diff(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(app, &p.author, false).await;
    let path = format!("/api/v1/proposals/{id}");
    // Draft edits rewrite revision 1.
    let (s, b) = patch(
        app,
        &p.author,
        &path,
        json!({"summary": "A draft summary."}),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(b["proposal"]["revision"], 1);
    assert_eq!(revision_count(app, id).await, 1);
    post(app, &p.author, &format!("{path}/submit"), None).await;

    let (s, b) = patch(
        app,
        &p.author,
        &path,
        json!({"title": "Open fibre backbone, revised", "body": "## Why\n\nBandwidth is **very scarce**.\n", "themes": ["connectivity", "digital_skills"]}),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(b["proposal"]["revision"], 2);
    assert_eq!(
        b["proposal"]["summary"], "A draft summary.",
        "absent fields keep their value"
    );
    assert_eq!(
        b["proposal"]["themes"],
        json!(["connectivity", "digital_skills"])
    );
    assert_eq!(revision_count(app, id).await, 2);

    let (_, d) = get(app, &p.industry, &path).await;
    let revs = d["proposal"]["revisions"].as_array().unwrap();
    assert_eq!(revs.len(), 2);
    assert_eq!(
        revs[0]["title"],
        "Open fibre backbone for landlocked states"
    );
    assert_eq!(revs[1]["title"], "Open fibre backbone, revised");

    let trail = app.audit().await;
    let edits: Vec<_> = trail
        .iter()
        .filter(|e| e.action == "proposal.edited")
        .collect();
    assert_eq!(edits.len(), 2);
    assert_eq!(edits[1].details["revision"], 2);
    assert_eq!(edits[1].details["title"], "Open fibre backbone, revised");

    // The diff page, reached with a plain GET form.
    let client = browser(app, "ike@example.org").await;
    let (s, html) = page(app, &client, &format!("/proposals/{id}")).await;
    assert_eq!(s, 200);
    assert!(html.contains(&format!("action=\"/proposals/{id}/diff\"")));
    let (s, html) = page(app, &client, &format!("/proposals/{id}/diff?from=1&to=2")).await;
    assert_eq!(s, 200);
    assert!(
        html.contains("<del>Title: Open fibre backbone for landlocked states</del>"),
        "{html}"
    );
    assert!(html.contains("<ins>Title: Open fibre backbone, revised</ins>"));
    assert!(html.contains("<ins>Bandwidth is **very scarce**.</ins>"));
    let (s, _) = page(app, &client, &format!("/proposals/{id}/diff?from=1&to=9")).await;
    assert_eq!(s, 404);
}

async fn only_the_author_edits_submits_or_withdraws_on_api_and_pages(app: &TestApp) {
    let p = people(app).await;
    let draft = create_id(app, &p.author, false).await;
    let id = create_id(app, &p.author, true).await;
    let before = changes(app).await;

    let (s, b) = patch(
        app,
        &p.industry,
        &format!("/api/v1/proposals/{id}"),
        json!({"title": "Hijacked title"}),
    )
    .await;
    assert_eq!(s, 403);
    assert_eq!(
        b["error"]["message"],
        "Only the author of this proposal can do this."
    );
    let (s, _) = post(
        app,
        &p.industry,
        &format!("/api/v1/proposals/{id}/withdraw"),
        None,
    )
    .await;
    assert_eq!(s, 403);
    // Someone else's draft does not exist for them.
    let (s, _) = post(
        app,
        &p.industry,
        &format!("/api/v1/proposals/{draft}/submit"),
        None,
    )
    .await;
    assert_eq!(s, 404);
    let (s, _) = patch(
        app,
        &p.industry,
        &format!("/api/v1/proposals/{draft}"),
        json!({"title": "Hijacked title"}),
    )
    .await;
    assert_eq!(s, 404);

    let client = browser(app, "ike@example.org").await;
    let (s, _) = page(app, &client, &format!("/proposals/{id}/edit")).await;
    assert_eq!(s, 403);
    let (s, html) = form_post(
        app,
        &client,
        &format!("/proposals/{id}/edit"),
        &[("title", "Hijacked title"), ("summary", "x"), ("body", "y")],
    )
    .await;
    assert_eq!(s, 403);
    assert!(html.contains("Only the author"));
    let (s, _) = form_post(
        app,
        &client,
        &format!("/proposals/{id}/edit"),
        &[("title", "x")],
    )
    .await;
    assert_eq!(s, 403, "a bad form from a stranger is still a 403");
    let (s, _) = form_post(app, &client, &format!("/proposals/{id}/withdraw"), &[]).await;
    assert_eq!(s, 403);
    let (s, _) = form_post(app, &client, &format!("/proposals/{draft}/submit"), &[]).await;
    assert_eq!(s, 404);

    let (_, b) = get(app, &p.author, &format!("/api/v1/proposals/{id}")).await;
    assert_eq!(
        b["proposal"]["title"],
        "Open fibre backbone for landlocked states"
    );
    assert_eq!(b["proposal"]["status"], "submitted");
    assert_eq!(changes(app).await, before, "no denial writes anything");

    // The author may withdraw; then it can no longer be edited.
    let (s, b) = post(
        app,
        &p.author,
        &format!("/api/v1/proposals/{id}/withdraw"),
        None,
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(b["proposal"]["status"], "withdrawn");
    let (s, _) = patch(
        app,
        &p.author,
        &format!("/api/v1/proposals/{id}"),
        json!({"title": "New title"}),
    )
    .await;
    assert_eq!(s, 409);
    let (s, _) = post(
        app,
        &p.author,
        &format!("/api/v1/proposals/{id}/withdraw"),
        None,
    )
    .await;
    assert_eq!(s, 409);
    let w = app
        .audit()
        .await
        .into_iter()
        .find(|e| e.action == "proposal.withdrawn")
        .unwrap();
    assert_eq!(w.subject, format!("proposal:{id}"));
}

async fn auditors_and_admins_cannot_author_on_api_or_pages(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(app, &p.author, true).await;
    let before = changes(app).await;
    for token in [&p.auditor, &p.admin] {
        let res = create(app, token, &sample(true)).await;
        assert_eq!(res.status(), 403);
        let b: Value = res.json().await.unwrap();
        assert_eq!(b["error"]["code"], "forbidden");
        let (s, _) = post(
            app,
            token,
            &format!("/api/v1/proposals/{id}/cosponsor"),
            None,
        )
        .await;
        assert_eq!(s, 403);
        let (s, _) = post(
            app,
            token,
            &format!("/api/v1/proposals/{id}/comments"),
            Some(json!({"body": "hi"})),
        )
        .await;
        assert_eq!(s, 403);
        let (s, _) = get(app, token, "/api/v1/proposals").await;
        assert_eq!(s, 200, "but they read");
    }
    for email in ["aud@example.org", "adm@example.org"] {
        let client = browser(app, email).await;
        let (s, _) = page(app, &client, "/proposals/new").await;
        assert_eq!(s, 403);
        let (s, html) = form_post(
            app,
            &client,
            "/proposals",
            &[
                ("title", "An auditor's idea"),
                ("summary", "s"),
                ("body", "b"),
                ("action", "submit"),
            ],
        )
        .await;
        assert_eq!(s, 403);
        assert!(html.contains("auditors and administrators only read"));
        let (s, _) = form_post(app, &client, &format!("/proposals/{id}/cosponsor"), &[]).await;
        assert_eq!(s, 403);
        let (s, html) = page(app, &client, &format!("/proposals/{id}")).await;
        assert_eq!(s, 200);
        assert!(
            !html.contains("id=\"cosponsor\""),
            "no co-sponsor button for readers"
        );
        assert!(!html.contains("id=\"comment-form\""));
    }
    // Nobody signed in: 401 on the API, the login page for browsers.
    let res = app
        .api_client()
        .get(app.url("/api/v1/proposals"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let (s, _) = page(app, &app.browser_client(), "/proposals").await;
    assert_eq!(s, 303);
    assert_eq!(proposal_count(app).await, 1);
    assert_eq!(changes(app).await, before);
}

async fn bad_proposal_input_is_refused_and_changes_nothing(app: &TestApp) {
    let p = people(app).await;
    let mut cases: Vec<(Value, u16, &str)> = Vec::new();
    let with = |k: &str, v: Value| {
        let mut b = sample(true);
        b[k] = v;
        b
    };
    cases.push((with("title", json!("  ab  ")), 422, "title"));
    cases.push((with("title", json!("x".repeat(201))), 422, "title"));
    cases.push((with("summary", json!("")), 422, "summary"));
    cases.push((with("summary", json!("s".repeat(501))), 422, "summary"));
    cases.push((with("body", json!("   ")), 422, "body"));
    cases.push((with("body", json!("b".repeat(50_001))), 422, "body"));
    cases.push((with("themes", json!(["space_lasers"])), 422, "themes"));
    cases.push((with("unknown", json!(1)), 400, ""));
    cases.push((json!({"title": "No body"}), 400, ""));
    for (body, status, field) in cases {
        let res = create(app, &p.author, &body).await;
        assert_eq!(res.status().as_u16(), status, "{body}");
        let b: Value = res.json().await.unwrap();
        assert!(b["error"]["message"].as_str().unwrap().len() > 5);
        if !field.is_empty() {
            assert_eq!(b["error"]["field"], field);
        }
    }
    let res = app
        .api_client()
        .post(app.url("/api/v1/proposals"))
        .bearer_auth(&p.author)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(proposal_count(app).await, 0);
    assert_eq!(count(&app.actions().await, "proposal.created"), 0);

    // A bad edit changes nothing either.
    let id = create_id(app, &p.author, true).await;
    let before = changes(app).await;
    let (s, b) = patch(
        app,
        &p.author,
        &format!("/api/v1/proposals/{id}"),
        json!({"title": "ab"}),
    )
    .await;
    assert_eq!(s, 422);
    assert_eq!(b["error"]["field"], "title");
    let (s, _) = patch(
        app,
        &p.author,
        &format!("/api/v1/proposals/{id}"),
        json!({"themes": ["nope"]}),
    )
    .await;
    assert_eq!(s, 422);
    assert_eq!(revision_count(app, id).await, 1);
    assert_eq!(changes(app).await, before);

    // The page form re-renders with the message and what was typed.
    let client = browser(app, "ana@example.org").await;
    let (s, html) = form_post(
        app,
        &client,
        "/proposals",
        &[
            ("title", "ab"),
            ("summary", "My <summary>"),
            ("body", "Body"),
            ("action", "draft"),
        ],
    )
    .await;
    assert_eq!(s, 422);
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("at least 3 characters"));
    assert!(html.contains("My &#60;summary&#62;") || html.contains("My &lt;summary&gt;"));
    assert_eq!(proposal_count(app).await, 1);
}

async fn cosponsors_from_two_other_groups_make_a_proposal_eligible(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(app, &p.author, true).await;
    let path = format!("/api/v1/proposals/{id}/cosponsor");

    // Same group as the author: counted as a co-sponsor, not as support.
    let (s, b) = post(app, &p.same_group, &path, None).await;
    assert_eq!(s, 200);
    assert_eq!(b["proposal"]["cosponsor_count"], 1);
    assert_eq!(b["proposal"]["eligible"], false);
    assert_eq!(
        b["proposal"]["missing"],
        "needs co-sponsors from 2 more stakeholder groups"
    );

    let (s, b) = post(app, &p.industry, &path, None).await;
    assert_eq!(s, 200);
    assert_eq!(
        b["proposal"]["missing"],
        "needs a co-sponsor from one more stakeholder group"
    );

    let (s, b) = post(app, &p.civil, &path, None).await;
    assert_eq!(s, 200);
    assert_eq!(b["proposal"]["eligible"], true);
    assert!(b["proposal"]["missing"].is_null());

    let (_, d) = get(app, &p.auditor, &format!("/api/v1/proposals/{id}")).await;
    let cs = d["proposal"]["cosponsors"].as_array().unwrap();
    assert_eq!(cs.len(), 3);
    assert!(
        cs.iter()
            .any(|c| c["group"] == "industry" && c["organisation"] == "Acme Networks")
    );
    let (_, list) = get(app, &p.auditor, "/api/v1/proposals?eligible=true").await;
    assert_eq!(list["total"], 1);
    let (_, list) = get(app, &p.auditor, "/api/v1/proposals?eligible=false").await;
    assert_eq!(list["total"], 0);

    // The page shows co-sponsors with group and organisation, and eligibility.
    let client = browser(app, "aud@example.org").await;
    let (_, html) = page(app, &client, &format!("/proposals/{id}")).await;
    assert!(
        html.contains("<td>Industry</td><td>Acme Networks</td>"),
        "{html}"
    );
    assert!(html.contains("<strong>Eligible</strong>"));

    // Withdrawing one co-sponsorship makes it ineligible again.
    let (s, b) = delete(app, &p.civil, &path).await;
    assert_eq!(s, 200);
    assert_eq!(b["proposal"]["eligible"], false);
    assert_eq!(
        b["proposal"]["missing"],
        "needs a co-sponsor from one more stakeholder group"
    );
    let (s, _) = delete(app, &p.civil, &path).await;
    assert_eq!(s, 409, "not a co-sponsor any more");

    let (_, html) = page(app, &client, "/proposals").await;
    assert!(html.contains("Not yet: needs a co-sponsor from one more stakeholder group"));

    let trail = app.audit().await;
    let cos: Vec<_> = trail
        .iter()
        .filter(|e| e.action == "proposal.cosponsored")
        .collect();
    assert_eq!(cos.len(), 3);
    assert_eq!(cos[2].details["group"], "civil_society");
    assert_eq!(cos[2].details["eligible"], true);
    let un = trail
        .iter()
        .find(|e| e.action == "proposal.cosponsorship_withdrawn")
        .unwrap();
    assert_eq!(un.subject, format!("proposal:{id}"));
    assert_eq!(un.details["eligible"], false);
}

async fn cosponsoring_own_twice_or_unsubmitted_proposals_is_refused(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(app, &p.author, true).await;
    let draft = create_id(app, &p.author, false).await;
    let path = format!("/api/v1/proposals/{id}/cosponsor");
    let (s, b) = post(app, &p.author, &path, None).await;
    assert_eq!(s, 422);
    assert_eq!(
        b["error"]["message"],
        "proposal: You cannot co-sponsor your own proposal."
    );
    let (s, _) = post(app, &p.industry, &path, None).await;
    assert_eq!(s, 200);
    let (s, b) = post(app, &p.industry, &path, None).await;
    assert_eq!(s, 409);
    assert_eq!(
        b["error"]["message"],
        "You already co-sponsor this proposal."
    );
    let (s, _) = post(
        app,
        &p.industry,
        &format!("/api/v1/proposals/{draft}/cosponsor"),
        None,
    )
    .await;
    assert_eq!(s, 404);
    let (s, _) = post(app, &p.industry, "/api/v1/proposals/99999/cosponsor", None).await;
    assert_eq!(s, 404);
    // Withdrawn proposals take no new support.
    post(
        app,
        &p.author,
        &format!("/api/v1/proposals/{id}/withdraw"),
        None,
    )
    .await;
    let (s, _) = post(app, &p.civil, &path, None).await;
    assert_eq!(s, 409);

    // The page form gives the same answers.
    let client = browser(app, "ana@example.org").await;
    let id2 = create_id(app, &p.author, true).await;
    let (s, html) = form_post(app, &client, &format!("/proposals/{id2}/cosponsor"), &[]).await;
    assert_eq!(s, 422);
    assert!(html.contains("You cannot co-sponsor your own proposal."));

    assert_eq!(count(&app.actions().await, "proposal.cosponsored"), 1);
}

async fn put_in_round(app: &TestApp, proposal: i64, status: &'static str) -> i64 {
    app.state
        .db(move |c| {
            let creator: i64 = plenary::db::schema::users::table
                .select(plenary::db::schema::users::id)
                .first(c)?;
            let now = plenary::db::users::now();
            diesel::insert_into(rounds::table)
                .values((
                    rounds::title.eq("Round one"),
                    rounds::description.eq(""),
                    rounds::method.eq("schulze"),
                    rounds::weighting.eq("per_delegate"),
                    rounds::secrecy.eq("secret"),
                    rounds::status.eq(status),
                    rounds::created_by.eq(creator),
                    rounds::created_at.eq(now),
                ))
                .execute(c)?;
            let round: i64 = rounds::table
                .select(rounds::id)
                .order(rounds::id.desc())
                .first(c)?;
            diesel::insert_into(round_proposals::table)
                .values((
                    round_proposals::round_id.eq(round),
                    round_proposals::proposal_id.eq(proposal),
                    round_proposals::position.eq(0),
                ))
                .execute(c)?;
            Ok(round)
        })
        .await
        .unwrap()
}

async fn set_round_status(app: &TestApp, round: i64, status: &'static str) {
    app.state
        .db(move |c| {
            diesel::update(rounds::table.find(round))
                .set(rounds::status.eq(status))
                .execute(c)?;
            Ok(())
        })
        .await
        .unwrap();
}

async fn a_proposal_in_an_open_or_closed_round_cannot_change(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(app, &p.author, true).await;
    let path = format!("/api/v1/proposals/{id}");
    let round = put_in_round(app, id, "draft").await;
    let (s, _) = patch(
        app,
        &p.author,
        &path,
        json!({"summary": "Still editable in a draft round."}),
    )
    .await;
    assert_eq!(s, 200);

    set_round_status(app, round, "open").await;
    let before = changes(app).await;
    let (s, b) = patch(app, &p.author, &path, json!({"summary": "Too late."})).await;
    assert_eq!(s, 409);
    assert!(
        b["error"]["message"]
            .as_str()
            .unwrap()
            .contains("voting round")
    );
    let (s, b) = post(app, &p.author, &format!("{path}/withdraw"), None).await;
    assert_eq!(s, 409);
    assert!(
        b["error"]["message"]
            .as_str()
            .unwrap()
            .contains("open voting round")
    );
    let (_, d) = get(app, &p.author, &path).await;
    assert_eq!(d["proposal"]["locked"], true);
    assert_eq!(d["proposal"]["summary"], "Still editable in a draft round.");
    let client = browser(app, "ana@example.org").await;
    let (s, _) = page(app, &client, &format!("/proposals/{id}/edit")).await;
    assert_eq!(s, 409);
    let (s, _) = form_post(app, &client, &format!("/proposals/{id}/withdraw"), &[]).await;
    assert_eq!(s, 409);
    let (_, html) = page(app, &client, &format!("/proposals/{id}")).await;
    assert!(!html.contains(&format!("href=\"/proposals/{id}/edit\"")));
    assert_eq!(changes(app).await, before);

    set_round_status(app, round, "closed").await;
    let (s, _) = patch(app, &p.author, &path, json!({"summary": "Still too late."})).await;
    assert_eq!(s, 409);
    let (s, b) = post(app, &p.author, &format!("{path}/withdraw"), None).await;
    assert_eq!(s, 200, "withdrawal is allowed once the round has closed");
    assert_eq!(b["proposal"]["status"], "withdrawn");
}

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
        let token = if i < 20 { &p.author } else { &p.industry };
        let res = create(
            app,
            token,
            &json!({
                "title": format!("Proposal number {i}"),
                "summary": "A summary.",
                "body": format!("Text mentioning {word} and Über-naïve words."),
                "themes": [theme],
                "submit": true,
            }),
        )
        .await;
        assert_eq!(res.status(), 201);
        ids.push(
            res.json::<Value>().await.unwrap()["proposal"]["id"]
                .as_i64()
                .unwrap(),
        );
    }
    create_id(app, &p.author, false).await; // a draft others never see
    let (_, l) = get(app, &p.civil, "/api/v1/proposals").await;
    assert_eq!(l["total"], 28);
    assert_eq!(l["per_page"], 25);
    assert_eq!(l["proposals"].as_array().unwrap().len(), 25);
    assert_eq!(l["pages"], 2);
    assert_eq!(l["proposals"][0]["id"], ids[27], "newest first");
    let (_, l2) = get(app, &p.civil, "/api/v1/proposals?page=2").await;
    assert_eq!(l2["proposals"].as_array().unwrap().len(), 3);

    let (_, s) = get(app, &p.civil, "/api/v1/proposals?q=quokka").await;
    assert_eq!(s["total"], 1);
    assert_eq!(s["proposals"][0]["id"], ids[7]);
    let (_, s) = get(app, &p.civil, "/api/v1/proposals?q=QUOK").await;
    assert_eq!(s["total"], 1, "prefix and case-insensitive");
    let (_, s) = get(app, &p.civil, "/api/v1/proposals?q=number%2012").await;
    assert_eq!(s["total"], 1, "all words must match");
    // Query syntax is not passed through: quotes, stars and operators are
    // separators, so this is a search for the words "quokka" and "near".
    let (st, s) = get(
        app,
        &p.civil,
        "/api/v1/proposals?q=%22quokka%22*%20NEAR(%20%27",
    )
    .await;
    assert_eq!(st, 200);
    assert_eq!(s["total"], 0);
    let (_, s) = get(app, &p.civil, "/api/v1/proposals?theme=cybersecurity").await;
    assert_eq!(s["total"], 14);
    let (_, s) = get(app, &p.civil, "/api/v1/proposals?group=industry").await;
    assert_eq!(s["total"], 8);
    let (_, s) = get(app, &p.author, "/api/v1/proposals?status=draft").await;
    assert_eq!(s["total"], 1);
    let (_, s) = get(app, &p.civil, "/api/v1/proposals?status=draft").await;
    assert_eq!(s["total"], 0);

    post(
        app,
        &p.civil,
        &format!("/api/v1/proposals/{}/cosponsor", ids[3]),
        None,
    )
    .await;
    post(
        app,
        &p.same_group,
        &format!("/api/v1/proposals/{}/cosponsor", ids[3]),
        None,
    )
    .await;
    post(
        app,
        &p.civil,
        &format!("/api/v1/proposals/{}/cosponsor", ids[5]),
        None,
    )
    .await;
    post(
        app,
        &p.civil,
        &format!("/api/v1/proposals/{}/comments", ids[9]),
        Some(json!({"body": "Nice."})),
    )
    .await;
    let (_, s) = get(app, &p.civil, "/api/v1/proposals?sort=cosponsors").await;
    assert_eq!(s["proposals"][0]["id"], ids[3]);
    assert_eq!(s["proposals"][1]["id"], ids[5]);
    let (_, s) = get(app, &p.civil, "/api/v1/proposals?sort=comments").await;
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
        let (st, b) = get(app, &p.civil, &format!("/api/v1/proposals?{bad}")).await;
        assert_eq!(st, 422, "{bad}");
        assert_eq!(b["error"]["code"], "invalid");
    }

    // The page: a GET form, a table and page links that keep the filters.
    let client = browser(app, "cleo@example.org").await;
    let (s, html) = page(app, &client, "/proposals?theme=cybersecurity&per_page=5").await;
    assert_eq!(s, 200);
    assert!(html.contains("14 proposals found; page 1 of 3."), "{html}");
    assert!(
        html.contains("href=\"/proposals?theme=cybersecurity&#38;per_page=5&#38;page=2\""),
        "{html}"
    );
    let (s, html) = page(app, &client, "/proposals?q=quokka").await;
    assert_eq!(s, 200);
    assert!(html.contains("Proposal number 7"));
    assert!(!html.contains("Proposal number 8<"));
    let (s, html) = page(app, &client, "/proposals?sort=loudest").await;
    assert_eq!(s, 422);
    assert!(html.contains("role=\"alert\""));
}

async fn markdown_is_rendered_without_scripts_or_javascript_links(app: &TestApp) {
    let p = people(app).await;
    let evil = "# Plan\n\n<script>alert('body')</script>\n\n[click me](javascript:alert(1))\n\n<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">x</a>\n\n<img src=\"https://example.org/i.png\" onerror=\"alert(4)\">\n\n[ok](https://example.org/ok)";
    let res = create(
        app,
        &p.author,
        &json!({"title": "<b>Bold</b> title", "summary": "<i>s</i>", "body": evil, "submit": true}),
    )
    .await;
    assert_eq!(res.status(), 201);
    let id = res.json::<Value>().await.unwrap()["proposal"]["id"]
        .as_i64()
        .unwrap();
    let (s, _) = post(
        app,
        &p.industry,
        &format!("/api/v1/proposals/{id}/comments"),
        Some(json!({"body": "<script>alert('comment')</script>\n\n[y](javascript:alert(5)) <em onmouseover=\"alert(6)\">hi</em>"})),
    )
    .await;
    assert_eq!(s, 201);
    let client = browser(app, "cleo@example.org").await;
    let (s, html) = page(app, &client, &format!("/proposals/{id}")).await;
    assert_eq!(s, 200);
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
    let (_, d) = get(app, &p.civil, &format!("/api/v1/proposals/{id}")).await;
    assert_eq!(d["proposal"]["body"], evil);
}

async fn page_forms_write_submit_edit_cosponsor_and_withdraw(app: &TestApp) {
    let _p = people(app).await;
    let ana = browser(app, "ana@example.org").await;
    let (s, html) = page(app, &ana, "/proposals/new").await;
    assert_eq!(s, 200);
    assert!(html.contains("<label for=\"title\">"));
    assert!(
        html.contains("href=\"/proposals\""),
        "the nav links to proposals"
    );
    let csrf = app.csrf(&ana, "/proposals/new").await;
    let res = ana
        .post(app.url("/proposals"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("title", "Regional CERT network"),
            ("summary", "Shared incident response."),
            ("body", "Details *here*."),
            ("themes", "cybersecurity"),
            ("themes", "connectivity"),
            ("action", "draft"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let loc = res.headers()["location"].to_str().unwrap().to_owned();
    let id: i64 = loc.trim_start_matches("/proposals/").parse().unwrap();
    let (_, html) = page(app, &ana, &loc).await;
    assert!(html.contains("Draft"));
    assert!(html.contains("Connectivity") && html.contains("Cybersecurity"));
    let (s, _) = form_post(app, &ana, &format!("/proposals/{id}/submit"), &[]).await;
    assert_eq!(s, 303);
    let (s, html) = page(app, &ana, &format!("/proposals/{id}/edit")).await;
    assert_eq!(s, 200);
    assert!(html.contains("Save as a new revision"));
    assert!(html.contains("value=\"cybersecurity\" id=\"theme-cybersecurity\" checked"));
    let (s, _) = form_post(
        app,
        &ana,
        &format!("/proposals/{id}/edit"),
        &[
            ("title", "Regional CERT network"),
            ("summary", "Shared incident response, 24/7."),
            ("body", "Details *here*."),
            ("themes", "cybersecurity"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    assert_eq!(revision_count(app, id).await, 2);

    let ike = browser(app, "ike@example.org").await;
    let (s, _) = form_post(app, &ike, &format!("/proposals/{id}/cosponsor"), &[]).await;
    assert_eq!(s, 303);
    let (_, html) = page(app, &ike, &format!("/proposals/{id}")).await;
    assert!(html.contains("Withdraw my co-sponsorship"));
    let (s, _) = form_post(app, &ike, &format!("/proposals/{id}/uncosponsor"), &[]).await;
    assert_eq!(s, 303);

    // A form without its CSRF token changes nothing.
    let res = ike
        .post(app.url(&format!("/proposals/{id}/cosponsor")))
        .form(&[("x", "y")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);

    let (s, _) = form_post(app, &ana, &format!("/proposals/{id}/withdraw"), &[]).await;
    assert_eq!(s, 303);
    let (_, html) = page(app, &ana, &format!("/proposals/{id}")).await;
    assert!(html.contains("<span id=\"status\">Withdrawn</span>"));
    let actions = app.actions().await;
    for a in [
        "proposal.created",
        "proposal.submitted",
        "proposal.edited",
        "proposal.cosponsored",
        "proposal.cosponsorship_withdrawn",
        "proposal.withdrawn",
    ] {
        assert_eq!(count(&actions, a), 1, "{a} in {actions:?}");
    }
}
