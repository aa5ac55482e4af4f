//! Proposals over real HTTP on SQLite and PostgreSQL: writing, drafts,
//! submission, revisions, withdrawal, co-sponsorship and eligibility, round
//! locks, the list's search, filters and paging, safe Markdown, and every
//! denial on both the API and the pages.

use crate::common::{Person, RequestHelper, Response, TestApp, Value, json, send};

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

    let created = app.entry("proposal.created").await;
    assert_eq!(created.subject, format!("proposal:{id}"));
    assert_eq!(
        created.details["title"],
        "Open fibre backbone for landlocked states"
    );
    assert_eq!(created.details["themes"], json!(["connectivity"]));
    assert_eq!(app.count_action("proposal.submitted").await, 0);
}

async fn submitting_publishes_the_proposal_and_is_recorded(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(&p.author, false).await;
    let res = p.author.post(&api(id, "/submit")).await;
    assert_eq!(res.status, 200);
    let b = res.json();
    assert_eq!(b["proposal"]["status"], "submitted");
    assert!(b["proposal"]["submitted_at"].is_string());
    assert_eq!(
        b["proposal"]["missing"],
        "needs co-sponsors from 2 more stakeholder groups"
    );

    let res = p.auditor.get(&api(id, "")).await;
    assert_eq!(res.status, 200, "auditors read submitted proposals");
    assert_eq!(res.json()["proposal"]["status"], "submitted");

    // Twice: a conflict, no second entry.
    let res = p.author.post(&api(id, "/submit")).await;
    assert_eq!(res.status, 409);
    assert_eq!(res.json()["error"]["code"], "conflict");
    assert_eq!(app.count_action("proposal.submitted").await, 1);
    let sub = app.entry("proposal.submitted").await;
    assert_eq!(sub.subject, format!("proposal:{id}"));
    app.verify_audit().await;

    // Created and submitted in one call.
    let res = create(&p.author, &sample(true)).await;
    assert_eq!(res.status, 201);
    assert_eq!(res.json()["proposal"]["status"], "submitted");
    assert_eq!(app.count_action("proposal.submitted").await, 2);
}

async fn edits_after_submission_keep_earlier_revisions_and_show_a_diff(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(&p.author, false).await;
    let path = api(id, "");
    // Draft edits rewrite revision 1.
    let res = p
        .author
        .patch_json(&path, json!({"summary": "A draft summary."}))
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["proposal"]["revision"], 1);
    assert_eq!(app.revision_count(id).await, 1);
    p.author.post(&format!("{path}/submit")).await;

    let res = p
        .author
        .patch_json(
            &path,
            json!({"title": "Open fibre backbone, revised", "body": "## Why\n\nBandwidth is **very scarce**.\n", "themes": ["connectivity", "digital_skills"]}),
        )
        .await;
    assert_eq!(res.status, 200);
    let b = res.json();
    assert_eq!(b["proposal"]["revision"], 2);
    assert_eq!(
        b["proposal"]["summary"], "A draft summary.",
        "absent fields keep their value"
    );
    assert_eq!(
        b["proposal"]["themes"],
        json!(["connectivity", "digital_skills"])
    );
    assert_eq!(app.revision_count(id).await, 2);

    let d = p.industry.get(&path).await.json();
    let revs = d["proposal"]["revisions"].as_array().unwrap();
    assert_eq!(revs.len(), 2);
    assert_eq!(
        revs[0]["title"],
        "Open fibre backbone for landlocked states"
    );
    assert_eq!(revs[1]["title"], "Open fibre backbone, revised");

    let edits = app.entries("proposal.edited").await;
    assert_eq!(edits.len(), 2);
    assert_eq!(edits[1].details["revision"], 2);
    assert_eq!(edits[1].details["title"], "Open fibre backbone, revised");

    // The diff page, reached with a plain GET form.
    let ike = p.industry.browser().await;
    let res = ike.get(&format!("/proposals/{id}")).await;
    assert_eq!(res.status, 200);
    assert!(
        res.text
            .contains(&format!("action=\"/proposals/{id}/diff\""))
    );
    let res = ike.get(&format!("/proposals/{id}/diff?from=1&to=2")).await;
    assert_eq!(res.status, 200);
    let html = res.text;
    assert!(
        html.contains("<del>Title: Open fibre backbone for landlocked states</del>"),
        "{html}"
    );
    assert!(html.contains("<ins>Title: Open fibre backbone, revised</ins>"));
    assert!(html.contains("<ins>Bandwidth is **very scarce**.</ins>"));
    let res = ike.get(&format!("/proposals/{id}/diff?from=1&to=9")).await;
    assert_eq!(res.status, 404);
}

async fn only_the_author_edits_submits_or_withdraws_on_api_and_pages(app: &TestApp) {
    let p = people(app).await;
    let draft = create_id(&p.author, false).await;
    let id = create_id(&p.author, true).await;
    let before = app.changes().await;
    let hijack = json!({"title": "Hijacked title"});

    let res = p.industry.patch_json(&api(id, ""), &hijack).await;
    assert_eq!(res.status, 403);
    assert_eq!(
        res.json()["error"]["message"],
        "Only the author of this proposal can do this."
    );
    assert_eq!(p.industry.post(&api(id, "/withdraw")).await.status, 403);
    // Someone else's draft does not exist for them.
    assert_eq!(p.industry.post(&api(draft, "/submit")).await.status, 404);
    let res = p.industry.patch_json(&api(draft, ""), &hijack).await;
    assert_eq!(res.status, 404);

    let ike = p.industry.browser().await;
    let edit = format!("/proposals/{id}/edit");
    assert_eq!(ike.get(&edit).await.status, 403);
    let res = ike
        .post_form(
            &edit,
            &[("title", "Hijacked title"), ("summary", "x"), ("body", "y")],
        )
        .await;
    assert_eq!(res.status, 403);
    assert!(res.text.contains("Only the author"));
    let res = ike.post_form(&edit, &[("title", "x")]).await;
    assert_eq!(res.status, 403, "a bad form from a stranger is still a 403");
    let res = ike
        .post_form(&format!("/proposals/{id}/withdraw"), &[])
        .await;
    assert_eq!(res.status, 403);
    let res = ike
        .post_form(&format!("/proposals/{draft}/submit"), &[])
        .await;
    assert_eq!(res.status, 404);

    let b = p.author.get(&api(id, "")).await.json();
    assert_eq!(
        b["proposal"]["title"],
        "Open fibre backbone for landlocked states"
    );
    assert_eq!(b["proposal"]["status"], "submitted");
    assert_eq!(app.changes().await, before, "no denial writes anything");

    // The author may withdraw; then it can no longer be edited.
    let res = p.author.post(&api(id, "/withdraw")).await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["proposal"]["status"], "withdrawn");
    let res = p
        .author
        .patch_json(&api(id, ""), json!({"title": "New title"}))
        .await;
    assert_eq!(res.status, 409);
    assert_eq!(p.author.post(&api(id, "/withdraw")).await.status, 409);
    let w = app.entry("proposal.withdrawn").await;
    assert_eq!(w.subject, format!("proposal:{id}"));
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

async fn cosponsors_from_two_other_groups_make_a_proposal_eligible(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(&p.author, true).await;
    let path = api(id, "/cosponsor");

    // Same group as the author: counted as a co-sponsor, not as support.
    let res = p.same_group.post(&path).await;
    assert_eq!(res.status, 200);
    let b = res.json();
    assert_eq!(b["proposal"]["cosponsor_count"], 1);
    assert_eq!(b["proposal"]["eligible"], false);
    assert_eq!(
        b["proposal"]["missing"],
        "needs co-sponsors from 2 more stakeholder groups"
    );

    let res = p.industry.post(&path).await;
    assert_eq!(res.status, 200);
    assert_eq!(
        res.json()["proposal"]["missing"],
        "needs a co-sponsor from one more stakeholder group"
    );

    let res = p.civil.post(&path).await;
    assert_eq!(res.status, 200);
    let b = res.json();
    assert_eq!(b["proposal"]["eligible"], true);
    assert!(b["proposal"]["missing"].is_null());

    let d = p.auditor.get(&api(id, "")).await.json();
    let cs = d["proposal"]["cosponsors"].as_array().unwrap();
    assert_eq!(cs.len(), 3);
    assert!(
        cs.iter()
            .any(|c| c["group"] == "industry" && c["organisation"] == "Acme Networks")
    );
    for (eligible, total) in [("true", 1), ("false", 0)] {
        let l = list(&p.auditor, &format!("?eligible={eligible}")).await;
        assert_eq!(l["total"], total);
    }

    // The page shows co-sponsors with group and organisation, and eligibility.
    let browser = p.auditor.browser().await;
    let html = browser.text(&format!("/proposals/{id}")).await;
    assert!(
        html.contains("<td>Industry</td><td>Acme Networks</td>"),
        "{html}"
    );
    assert!(html.contains("<strong>Eligible</strong>"));

    // Withdrawing one co-sponsorship makes it ineligible again.
    let res = p.civil.delete(&path).await;
    assert_eq!(res.status, 200);
    let b = res.json();
    assert_eq!(b["proposal"]["eligible"], false);
    assert_eq!(
        b["proposal"]["missing"],
        "needs a co-sponsor from one more stakeholder group"
    );
    assert_eq!(
        p.civil.delete(&path).await.status,
        409,
        "not a co-sponsor any more"
    );

    let html = browser.text("/proposals").await;
    assert!(html.contains("Not yet: needs a co-sponsor from one more stakeholder group"));

    let cos = app.entries("proposal.cosponsored").await;
    assert_eq!(cos.len(), 3);
    assert_eq!(cos[2].details["group"], "civil_society");
    assert_eq!(cos[2].details["eligible"], true);
    let un = app.entry("proposal.cosponsorship_withdrawn").await;
    assert_eq!(un.subject, format!("proposal:{id}"));
    assert_eq!(un.details["eligible"], false);
}

async fn cosponsoring_own_twice_or_unsubmitted_proposals_is_refused(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(&p.author, true).await;
    let draft = create_id(&p.author, false).await;
    let path = api(id, "/cosponsor");
    let res = p.author.post(&path).await;
    assert_eq!(res.status, 422);
    assert_eq!(
        res.json()["error"]["message"],
        "proposal: You cannot co-sponsor your own proposal."
    );
    assert_eq!(p.industry.post(&path).await.status, 200);
    let res = p.industry.post(&path).await;
    assert_eq!(res.status, 409);
    assert_eq!(
        res.json()["error"]["message"],
        "You already co-sponsor this proposal."
    );
    assert_eq!(p.industry.post(&api(draft, "/cosponsor")).await.status, 404);
    let res = p.industry.post("/api/v1/proposals/99999/cosponsor").await;
    assert_eq!(res.status, 404);
    // Withdrawn proposals take no new support.
    p.author.post(&api(id, "/withdraw")).await;
    assert_eq!(p.civil.post(&path).await.status, 409);

    // The page form gives the same answers.
    let ana = p.author.browser().await;
    let id2 = create_id(&p.author, true).await;
    let res = ana
        .post_form(&format!("/proposals/{id2}/cosponsor"), &[])
        .await;
    assert_eq!(res.status, 422);
    assert!(
        res.text
            .contains("You cannot co-sponsor your own proposal.")
    );

    assert_eq!(app.count_action("proposal.cosponsored").await, 1);
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
