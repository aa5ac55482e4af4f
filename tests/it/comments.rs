//! Discussion over real HTTP on SQLite and PostgreSQL: one level of
//! replies, the 15-minute edit window, hiding by chairs with the text kept
//! in the audit trail, and every denial and bad input on API and pages.

use crate::common::{Person, RequestHelper, Response, TestApp, Value, json};

both_backends!(
    comments_and_replies_thread_one_level_deep,
    commenting_on_a_draft_or_a_reply_or_with_bad_text_is_refused,
    auditors_and_admins_read_the_discussion_but_cannot_post,
    an_author_edits_their_comment_for_fifteen_minutes_only,
    a_chair_hides_a_comment_with_a_reason_kept_in_the_audit_trail,
    page_forms_post_reply_edit_and_hide,
);

/// The author (Portugal), a delegate of industry, a chair, an auditor and
/// an admin.
struct People {
    author: Person,
    other: Person,
    chair: Person,
    auditor: Person,
    admin: Person,
}

async fn people(app: &TestApp) -> People {
    People {
        author: app.delegate_in("ana", "member_state", "Portugal").await,
        other: app.delegate_in("ike", "industry", "Acme Networks").await,
        chair: app.chair().await,
        auditor: app.auditor().await,
        admin: app.admin().await,
    }
}

/// A proposal by `author`, submitted or a draft; returns its id.
async fn proposal(author: &Person, submit: bool) -> i64 {
    let res = author
        .post_json(
            "/api/v1/proposals",
            json!({"title": "Shared data spaces", "summary": "Common rules.", "body": "Text.", "submit": submit}),
        )
        .await;
    assert_eq!(res.status, 201);
    res.json()["proposal"]["id"].as_i64().unwrap()
}

async fn comment(who: &Person, id: i64, body: Value) -> Response {
    who.post_json(&format!("/api/v1/proposals/{id}/comments"), body)
        .await
}

/// Posts a comment that must be accepted; returns its id.
async fn comment_id(who: &Person, id: i64, body: Value) -> i64 {
    let res = comment(who, id, body).await;
    assert_eq!(res.status, 201, "{}", res.text);
    res.json()["comment"]["id"].as_i64().unwrap()
}

/// The discussion of proposal `id` as `who` reads it.
async fn thread(who: &Person, id: i64) -> Value {
    who.get(&format!("/api/v1/proposals/{id}/comments"))
        .await
        .json()
}

async fn comments_and_replies_thread_one_level_deep(app: &TestApp) {
    let p = people(app).await;
    let id = proposal(&p.author, true).await;
    let top = comment(&p.other, id, json!({"body": "Who pays?"})).await;
    assert_eq!(top.status, 201);
    let top = top.json();
    let top_id = top["comment"]["id"].as_i64().unwrap();
    assert_eq!(top["comment"]["author"]["group"], "industry");
    let reply = comment(
        &p.author,
        id,
        json!({"body": "A shared fund.", "parent_id": top_id}),
    )
    .await;
    assert_eq!(reply.status, 201);
    assert_eq!(reply.json()["comment"]["parent_id"], top_id);
    let chair = comment(&p.chair, id, json!({"body": "Chairs comment too."})).await;
    assert_eq!(chair.status, 201);
    assert!(chair.json()["comment"]["parent_id"].is_null());

    let res = p
        .auditor
        .get(&format!("/api/v1/proposals/{id}/comments"))
        .await;
    assert_eq!(res.status, 200);
    let t = res.json();
    let list = t["comments"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["body"], "Who pays?");
    assert_eq!(list[0]["replies"][0]["body"], "A shared fund.");
    let d = p.other.get(&format!("/api/v1/proposals/{id}")).await.json();
    assert_eq!(d["proposal"]["comment_count"], 3);

    let posted = app.entries("comment.posted").await;
    assert_eq!(posted.len(), 3);
    assert_eq!(posted[1].details["parent"], top_id);
    assert_eq!(posted[1].details["body"], "A shared fund.");
    assert_eq!(posted[0].subject, format!("comment:{top_id}"));
}

async fn commenting_on_a_draft_or_a_reply_or_with_bad_text_is_refused(app: &TestApp) {
    let p = people(app).await;
    let draft = proposal(&p.author, false).await;
    let id = proposal(&p.author, true).await;
    let other = proposal(&p.author, true).await;
    let top_id = comment_id(&p.other, id, json!({"body": "Top."})).await;
    let reply_id = comment_id(
        &p.author,
        id,
        json!({"body": "Reply.", "parent_id": top_id}),
    )
    .await;
    let before = (app.comment_count().await, app.changes().await);

    let res = comment(&p.author, draft, json!({"body": "On my draft."})).await;
    assert_eq!(res.status, 409);
    assert_eq!(
        res.json()["error"]["message"],
        "Comments are open on submitted proposals only."
    );
    let res = comment(&p.other, draft, json!({"body": "On their draft."})).await;
    assert_eq!(res.status, 404, "someone else's draft does not exist");
    let res = comment(
        &p.other,
        id,
        json!({"body": "Deeper.", "parent_id": reply_id}),
    )
    .await;
    assert_eq!(res.status, 422);
    assert_eq!(res.json()["error"]["field"], "parent_id");
    assert!(res.error_message().contains("one level deep"));
    for (on, body) in [
        (other, json!({"body": "Elsewhere.", "parent_id": top_id})),
        (id, json!({"body": "Ghost.", "parent_id": 99999})),
    ] {
        assert_eq!(comment(&p.other, on, body).await.status, 422);
    }
    let res = comment(&p.other, id, json!({"body": "   "})).await;
    assert_eq!(res.status, 422);
    assert_eq!(res.json()["error"]["field"], "body");
    let too_long = json!({"body": "x".repeat(5001)});
    assert_eq!(comment(&p.other, id, too_long).await.status, 422);
    let wrong_key = json!({"text": "wrong key"});
    assert_eq!(comment(&p.other, id, wrong_key).await.status, 400);
    let nowhere = json!({"body": "No such proposal."});
    assert_eq!(comment(&p.other, 99999, nowhere).await.status, 404);
    // Withdrawn proposals close the discussion.
    p.author
        .post(&format!("/api/v1/proposals/{other}/withdraw"))
        .await;
    let late = json!({"body": "Too late."});
    assert_eq!(comment(&p.other, other, late).await.status, 409);
    let after_withdraw = before.1 + 1;

    // The page form: same refusals.
    let ike = p.other.browser().await;
    let res = ike
        .post_form(
            &format!("/proposals/{id}/comments"),
            &[("body", "Deeper."), ("parent_id", &reply_id.to_string())],
        )
        .await;
    assert_eq!(res.status, 422);
    assert!(res.text.contains("one level deep"));
    for (on, body, status) in [(id, "", 422), (draft, "Hi", 404)] {
        let res = ike
            .post_form(&format!("/proposals/{on}/comments"), &[("body", body)])
            .await;
        assert_eq!(res.status, status);
    }

    assert_eq!(app.comment_count().await, before.0);
    assert_eq!(app.changes().await, after_withdraw);
}

async fn auditors_and_admins_read_the_discussion_but_cannot_post(app: &TestApp) {
    let p = people(app).await;
    let id = proposal(&p.author, true).await;
    let top_id = comment_id(&p.other, id, json!({"body": "Top."})).await;
    for reader in [&p.auditor, &p.admin] {
        let res = comment(reader, id, json!({"body": "Reader speaking."})).await;
        assert_eq!(res.status, 403);
        assert_eq!(res.json()["error"]["code"], "forbidden");
        let res = reader
            .patch_json(&format!("/api/v1/comments/{top_id}"), json!({"body": "x"}))
            .await;
        assert_eq!(res.status, 403);
        let res = reader
            .get(&format!("/api/v1/proposals/{id}/comments"))
            .await;
        assert_eq!(res.status, 200);
        let res = reader
            .browser()
            .await
            .post_form(
                &format!("/proposals/{id}/comments"),
                &[("body", "Reader speaking.")],
            )
            .await;
        assert_eq!(res.status, 403);
    }
    assert_eq!(app.comment_count().await, 1);
}

async fn an_author_edits_their_comment_for_fifteen_minutes_only(app: &TestApp) {
    let p = people(app).await;
    let id = proposal(&p.author, true).await;
    let cid = comment_id(&p.other, id, json!({"body": "Frist!"})).await;
    let path = format!("/api/v1/comments/{cid}");

    let res = p.other.patch_json(&path, json!({"body": "First!"})).await;
    assert_eq!(res.status, 200);
    let b = res.json();
    assert_eq!(b["comment"]["body"], "First!");
    assert!(b["comment"]["edited_at"].is_string());
    let e = app.entry("comment.edited").await;
    assert_eq!(e.details["previous_body"], "Frist!");
    assert_eq!(e.details["body"], "First!");

    let before = app.changes().await;
    let res = p
        .author
        .patch_json(&path, json!({"body": "Not mine."}))
        .await;
    assert_eq!(res.status, 403);
    assert_eq!(
        res.json()["error"]["message"],
        "Only the author of a comment can edit it."
    );
    let res = p.other.patch_json(&path, json!({"body": ""})).await;
    assert_eq!(res.status, 422);
    let res = p
        .other
        .patch_json("/api/v1/comments/99999", json!({"body": "x"}))
        .await;
    assert_eq!(res.status, 404);

    // Sixteen minutes later the window is closed.
    app.backdate_comment(cid, 16).await;
    let res = p
        .other
        .patch_json(&path, json!({"body": "Late edit."}))
        .await;
    assert_eq!(res.status, 409);
    assert!(res.error_message().contains("15 minutes"));
    let edit = format!("/comments/{cid}/edit");
    let res = p
        .other
        .browser()
        .await
        .post_form(&edit, &[("body", "Late edit.")])
        .await;
    assert_eq!(res.status, 409);
    let res = p
        .author
        .browser()
        .await
        .post_form(&edit, &[("body", "Not mine.")])
        .await;
    assert_eq!(res.status, 403);

    assert_eq!(thread(&p.other, id).await["comments"][0]["body"], "First!");
    assert_eq!(app.changes().await, before);
}

async fn a_chair_hides_a_comment_with_a_reason_kept_in_the_audit_trail(app: &TestApp) {
    let p = people(app).await;
    let id = proposal(&p.author, true).await;
    let cid = comment_id(&p.other, id, json!({"body": "Something offensive."})).await;
    let path = format!("/api/v1/comments/{cid}/hide");

    for t in [&p.author, &p.other, &p.auditor, &p.admin] {
        let res = t.post_json(&path, json!({"reason": "No."})).await;
        assert_eq!(res.status, 403);
        assert_eq!(res.json()["error"]["message"], "Only chairs can do this.");
    }
    let res = p.chair.post_json(&path, json!({"reason": "  "})).await;
    assert_eq!(res.status, 422);
    assert_eq!(res.json()["error"]["field"], "reason");
    assert_eq!(p.chair.post_json(&path, json!({})).await.status, 400);
    assert_eq!(app.count_action("comment.hidden").await, 0);

    let res = p
        .chair
        .post_json(&path, json!({"reason": "Personal attack."}))
        .await;
    assert_eq!(res.status, 200);
    let b = res.json();
    assert_eq!(b["comment"]["hidden"], true);
    assert!(b["comment"]["body"].is_null());
    let res = p.chair.post_json(&path, json!({"reason": "Again."})).await;
    assert_eq!(res.status, 409);

    let t = thread(&p.auditor, id).await;
    assert_eq!(t["comments"][0]["hidden"], true);
    assert_eq!(t["comments"][0]["hidden_reason"], "Personal attack.");
    assert!(t["comments"][0]["body"].is_null());
    let d = p
        .auditor
        .get(&format!("/api/v1/proposals/{id}"))
        .await
        .json();
    assert_eq!(d["proposal"]["comment_count"], 0);
    // The author can no longer edit it.
    let res = p
        .other
        .patch_json(
            &format!("/api/v1/comments/{cid}"),
            json!({"body": "Sorry."}),
        )
        .await;
    assert_eq!(res.status, 409);

    let h = app.entry("comment.hidden").await;
    assert_eq!(h.subject, format!("comment:{cid}"));
    assert_eq!(h.details["body"], "Something offensive.");
    assert_eq!(h.details["reason"], "Personal attack.");

    let html = p
        .author
        .browser()
        .await
        .text(&format!("/proposals/{id}"))
        .await;
    assert!(html.contains("Hidden by the chair: Personal attack."));
    assert!(!html.contains("Something offensive."));
}

async fn page_forms_post_reply_edit_and_hide(app: &TestApp) {
    let p = people(app).await;
    let id = proposal(&p.author, true).await;
    let page = format!("/proposals/{id}");
    let ike = p.other.browser().await;
    let res = ike
        .post_form(&format!("{page}/comments"), &[("body", "From the *page*.")])
        .await;
    assert_eq!(res.status, 303);
    let cid = thread(&p.other, id).await["comments"][0]["id"]
        .as_i64()
        .unwrap();
    let ana = p.author.browser().await;
    let res = ana
        .post_form(
            &format!("{page}/comments"),
            &[("body", "A reply."), ("parent_id", &cid.to_string())],
        )
        .await;
    assert_eq!(res.status, 303);

    let html = ike.text(&page).await;
    assert!(html.contains("<em>page</em>"));
    assert!(
        html.contains(&format!("href=\"/comments/{cid}/edit\"")),
        "own comment is editable"
    );
    let edit = format!("/comments/{cid}/edit");
    assert_eq!(ike.post_form(&edit, &[("body", "")]).await.status, 422);
    let res = ike
        .post_form(&edit, &[("body", "Edited on the page.")])
        .await;
    assert_eq!(res.status, 303);

    let chair = p.chair.browser().await;
    let hide = format!("/comments/{cid}/hide");
    assert!(
        chair
            .text(&page)
            .await
            .contains(&format!("action=\"{hide}\""))
    );
    let res = ike.post_form(&hide, &[("reason", "Mine.")]).await;
    assert_eq!(res.status, 403, "a delegate cannot hide");
    assert_eq!(chair.post_form(&hide, &[("reason", "")]).await.status, 422);
    let res = chair.post_form(&hide, &[("reason", "Off topic.")]).await;
    assert_eq!(res.status, 303);
    let html = ana.text(&page).await;
    assert!(html.contains("Hidden by the chair: Off topic."));
    assert!(!html.contains("Edited on the page."));
    assert!(html.contains("A reply."));
    for (a, n) in [
        ("comment.posted", 2),
        ("comment.edited", 1),
        ("comment.hidden", 1),
    ] {
        assert_eq!(app.count_action(a).await, n, "{a}");
    }
}
