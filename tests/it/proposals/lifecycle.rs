//! A proposal's life after the draft: submission (recorded once), edits
//! that keep earlier revisions and show a diff, withdrawal, and that only
//! its author does these, on the API and the pages.

use super::{api, create, create_id, people, sample};
use crate::common::{RequestHelper, TestApp, json};

both_backends!(
    submitting_publishes_the_proposal_and_is_recorded,
    edits_after_submission_keep_earlier_revisions_and_show_a_diff,
    only_the_author_edits_submits_or_withdraws_on_api_and_pages,
);

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
    // Submitted, the text is public and enters the trail.
    assert_eq!(
        sub.details["title"],
        "Open fibre backbone for landlocked states"
    );
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
