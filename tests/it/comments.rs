//! Discussion over real HTTP on SQLite and PostgreSQL: one level of
//! replies, the 15-minute edit window, hiding by chairs with the text kept
//! in the audit trail, and every denial and bad input on API and pages.
#![allow(clippy::unwrap_used)]


use crate::common::{PASSWORD, TestApp};
use diesel::prelude::*;
use plenary::db::schema::comments;
use plenary::domain::user::Role;
use serde_json::{Value, json};

both_backends!(
    comments_and_replies_thread_one_level_deep,
    commenting_on_a_draft_or_a_reply_or_with_bad_text_is_refused,
    auditors_and_admins_read_the_discussion_but_cannot_post,
    an_author_edits_their_comment_for_fifteen_minutes_only,
    a_chair_hides_a_comment_with_a_reason_kept_in_the_audit_trail,
    page_forms_post_reply_edit_and_hide,
);

struct People {
    author: String,
    other: String,
    chair: String,
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
    app.user("chair@example.org", Role::Chair, "member_state", "Kenya")
        .await;
    app.user("aud@example.org", Role::Auditor, "academia", "Uni")
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
        other: app.token("ike@example.org").await,
        chair: app.token("chair@example.org").await,
        auditor: app.token("aud@example.org").await,
        admin: app.token("adm@example.org").await,
    }
}

async fn call(
    app: &TestApp,
    method: reqwest::Method,
    token: &str,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut req = app
        .api_client()
        .request(method, app.url(path))
        .bearer_auth(token);
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn proposal(app: &TestApp, token: &str, submit: bool) -> i64 {
    let (s, b) = call(
        app,
        reqwest::Method::POST,
        token,
        "/api/v1/proposals",
        Some(json!({"title": "Shared data spaces", "summary": "Common rules.", "body": "Text.", "submit": submit})),
    )
    .await;
    assert_eq!(s, 201);
    b["proposal"]["id"].as_i64().unwrap()
}

async fn comment(app: &TestApp, token: &str, id: i64, body: Value) -> (u16, Value) {
    call(
        app,
        reqwest::Method::POST,
        token,
        &format!("/api/v1/proposals/{id}/comments"),
        Some(body),
    )
    .await
}

async fn comment_count(app: &TestApp) -> i64 {
    app.state
        .db(|c| Ok(comments::table.count().get_result::<i64>(c)?))
        .await
        .unwrap()
}

async fn changes(app: &TestApp) -> usize {
    app.actions()
        .await
        .iter()
        .filter(|a| !a.starts_with("login."))
        .count()
}

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
    assert_eq!(res.status(), 303);
    client
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

async fn comments_and_replies_thread_one_level_deep(app: &TestApp) {
    let p = people(app).await;
    let id = proposal(app, &p.author, true).await;
    let (s, top) = comment(app, &p.other, id, json!({"body": "Who pays?"})).await;
    assert_eq!(s, 201);
    let top_id = top["comment"]["id"].as_i64().unwrap();
    assert_eq!(top["comment"]["author"]["group"], "industry");
    let (s, reply) = comment(
        app,
        &p.author,
        id,
        json!({"body": "A shared fund.", "parent_id": top_id}),
    )
    .await;
    assert_eq!(s, 201);
    assert_eq!(reply["comment"]["parent_id"], top_id);
    let (s, chair) = comment(app, &p.chair, id, json!({"body": "Chairs comment too."})).await;
    assert_eq!(s, 201);
    assert!(chair["comment"]["parent_id"].is_null());

    let (s, t) = call(
        app,
        reqwest::Method::GET,
        &p.auditor,
        &format!("/api/v1/proposals/{id}/comments"),
        None,
    )
    .await;
    assert_eq!(s, 200);
    let list = t["comments"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["body"], "Who pays?");
    assert_eq!(list[0]["replies"][0]["body"], "A shared fund.");
    let (_, d) = call(
        app,
        reqwest::Method::GET,
        &p.other,
        &format!("/api/v1/proposals/{id}"),
        None,
    )
    .await;
    assert_eq!(d["proposal"]["comment_count"], 3);

    let trail = app.audit().await;
    let posted: Vec<_> = trail
        .iter()
        .filter(|e| e.action == "comment.posted")
        .collect();
    assert_eq!(posted.len(), 3);
    assert_eq!(posted[1].details["parent"], top_id);
    assert_eq!(posted[1].details["body"], "A shared fund.");
    assert_eq!(posted[0].subject, format!("comment:{top_id}"));
}

async fn commenting_on_a_draft_or_a_reply_or_with_bad_text_is_refused(app: &TestApp) {
    let p = people(app).await;
    let draft = proposal(app, &p.author, false).await;
    let id = proposal(app, &p.author, true).await;
    let other = proposal(app, &p.author, true).await;
    let (_, top) = comment(app, &p.other, id, json!({"body": "Top."})).await;
    let top_id = top["comment"]["id"].as_i64().unwrap();
    let (_, reply) = comment(
        app,
        &p.author,
        id,
        json!({"body": "Reply.", "parent_id": top_id}),
    )
    .await;
    let reply_id = reply["comment"]["id"].as_i64().unwrap();
    let before = (comment_count(app).await, changes(app).await);

    let (s, b) = comment(app, &p.author, draft, json!({"body": "On my draft."})).await;
    assert_eq!(s, 409);
    assert_eq!(
        b["error"]["message"],
        "Comments are open on submitted proposals only."
    );
    let (s, _) = comment(app, &p.other, draft, json!({"body": "On their draft."})).await;
    assert_eq!(s, 404, "someone else's draft does not exist");
    let (s, b) = comment(
        app,
        &p.other,
        id,
        json!({"body": "Deeper.", "parent_id": reply_id}),
    )
    .await;
    assert_eq!(s, 422);
    assert_eq!(b["error"]["field"], "parent_id");
    assert!(
        b["error"]["message"]
            .as_str()
            .unwrap()
            .contains("one level deep")
    );
    let (s, _) = comment(
        app,
        &p.other,
        other,
        json!({"body": "Elsewhere.", "parent_id": top_id}),
    )
    .await;
    assert_eq!(s, 422);
    let (s, _) = comment(
        app,
        &p.other,
        id,
        json!({"body": "Ghost.", "parent_id": 99999}),
    )
    .await;
    assert_eq!(s, 422);
    let (s, b) = comment(app, &p.other, id, json!({"body": "   "})).await;
    assert_eq!(s, 422);
    assert_eq!(b["error"]["field"], "body");
    let (s, _) = comment(app, &p.other, id, json!({"body": "x".repeat(5001)})).await;
    assert_eq!(s, 422);
    let (s, _) = comment(app, &p.other, id, json!({"text": "wrong key"})).await;
    assert_eq!(s, 400);
    let (s, _) = comment(app, &p.other, 99999, json!({"body": "No such proposal."})).await;
    assert_eq!(s, 404);
    // Withdrawn proposals close the discussion.
    call(
        app,
        reqwest::Method::POST,
        &p.author,
        &format!("/api/v1/proposals/{other}/withdraw"),
        None,
    )
    .await;
    let (s, _) = comment(app, &p.other, other, json!({"body": "Too late."})).await;
    assert_eq!(s, 409);
    let after_withdraw = before.1 + 1;

    // The page form: same refusals.
    let client = browser(app, "ike@example.org").await;
    let (s, html) = form_post(
        app,
        &client,
        &format!("/proposals/{id}/comments"),
        &[("body", "Deeper."), ("parent_id", &reply_id.to_string())],
    )
    .await;
    assert_eq!(s, 422);
    assert!(html.contains("one level deep"));
    let (s, _) = form_post(
        app,
        &client,
        &format!("/proposals/{id}/comments"),
        &[("body", "")],
    )
    .await;
    assert_eq!(s, 422);
    let (s, _) = form_post(
        app,
        &client,
        &format!("/proposals/{draft}/comments"),
        &[("body", "Hi")],
    )
    .await;
    assert_eq!(s, 404);

    assert_eq!(comment_count(app).await, before.0);
    assert_eq!(changes(app).await, after_withdraw);
}

async fn auditors_and_admins_read_the_discussion_but_cannot_post(app: &TestApp) {
    let p = people(app).await;
    let id = proposal(app, &p.author, true).await;
    let (_, top) = comment(app, &p.other, id, json!({"body": "Top."})).await;
    let top_id = top["comment"]["id"].as_i64().unwrap();
    for t in [&p.auditor, &p.admin] {
        let (s, b) = comment(app, t, id, json!({"body": "Reader speaking."})).await;
        assert_eq!(s, 403);
        assert_eq!(b["error"]["code"], "forbidden");
        let (s, _) = call(
            app,
            reqwest::Method::PATCH,
            t,
            &format!("/api/v1/comments/{top_id}"),
            Some(json!({"body": "x"})),
        )
        .await;
        assert_eq!(s, 403);
        let (s, _) = call(
            app,
            reqwest::Method::GET,
            t,
            &format!("/api/v1/proposals/{id}/comments"),
            None,
        )
        .await;
        assert_eq!(s, 200);
    }
    for email in ["aud@example.org", "adm@example.org"] {
        let client = browser(app, email).await;
        let (s, _) = form_post(
            app,
            &client,
            &format!("/proposals/{id}/comments"),
            &[("body", "Reader speaking.")],
        )
        .await;
        assert_eq!(s, 403);
    }
    assert_eq!(comment_count(app).await, 1);
}

async fn an_author_edits_their_comment_for_fifteen_minutes_only(app: &TestApp) {
    let p = people(app).await;
    let id = proposal(app, &p.author, true).await;
    let (_, c) = comment(app, &p.other, id, json!({"body": "Frist!"})).await;
    let cid = c["comment"]["id"].as_i64().unwrap();
    let path = format!("/api/v1/comments/{cid}");

    let (s, b) = call(
        app,
        reqwest::Method::PATCH,
        &p.other,
        &path,
        Some(json!({"body": "First!"})),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(b["comment"]["body"], "First!");
    assert!(b["comment"]["edited_at"].is_string());
    let e = app
        .audit()
        .await
        .into_iter()
        .find(|e| e.action == "comment.edited")
        .unwrap();
    assert_eq!(e.details["previous_body"], "Frist!");
    assert_eq!(e.details["body"], "First!");

    let before = changes(app).await;
    let (s, b) = call(
        app,
        reqwest::Method::PATCH,
        &p.author,
        &path,
        Some(json!({"body": "Not mine."})),
    )
    .await;
    assert_eq!(s, 403);
    assert_eq!(
        b["error"]["message"],
        "Only the author of a comment can edit it."
    );
    let (s, _) = call(
        app,
        reqwest::Method::PATCH,
        &p.other,
        &path,
        Some(json!({"body": ""})),
    )
    .await;
    assert_eq!(s, 422);
    let (s, _) = call(
        app,
        reqwest::Method::PATCH,
        &p.other,
        "/api/v1/comments/99999",
        Some(json!({"body": "x"})),
    )
    .await;
    assert_eq!(s, 404);

    // Sixteen minutes later the window is closed.
    app.state
        .db(move |c| {
            let then = plenary::db::users::now() - chrono::Duration::minutes(16);
            diesel::update(comments::table.find(cid))
                .set(comments::created_at.eq(then))
                .execute(c)?;
            Ok(())
        })
        .await
        .unwrap();
    let (s, b) = call(
        app,
        reqwest::Method::PATCH,
        &p.other,
        &path,
        Some(json!({"body": "Late edit."})),
    )
    .await;
    assert_eq!(s, 409);
    assert!(
        b["error"]["message"]
            .as_str()
            .unwrap()
            .contains("15 minutes")
    );
    let client = browser(app, "ike@example.org").await;
    let (s, _) = form_post(
        app,
        &client,
        &format!("/comments/{cid}/edit"),
        &[("body", "Late edit.")],
    )
    .await;
    assert_eq!(s, 409);
    let other = browser(app, "ana@example.org").await;
    let (s, _) = form_post(
        app,
        &other,
        &format!("/comments/{cid}/edit"),
        &[("body", "Not mine.")],
    )
    .await;
    assert_eq!(s, 403);

    let (_, t) = call(
        app,
        reqwest::Method::GET,
        &p.other,
        &format!("/api/v1/proposals/{id}/comments"),
        None,
    )
    .await;
    assert_eq!(t["comments"][0]["body"], "First!");
    assert_eq!(changes(app).await, before);
}

async fn a_chair_hides_a_comment_with_a_reason_kept_in_the_audit_trail(app: &TestApp) {
    let p = people(app).await;
    let id = proposal(app, &p.author, true).await;
    let (_, c) = comment(app, &p.other, id, json!({"body": "Something offensive."})).await;
    let cid = c["comment"]["id"].as_i64().unwrap();
    let path = format!("/api/v1/comments/{cid}/hide");

    for t in [&p.author, &p.other, &p.auditor, &p.admin] {
        let (s, b) = call(
            app,
            reqwest::Method::POST,
            t,
            &path,
            Some(json!({"reason": "No."})),
        )
        .await;
        assert_eq!(s, 403);
        assert_eq!(b["error"]["message"], "Only chairs can do this.");
    }
    let (s, b) = call(
        app,
        reqwest::Method::POST,
        &p.chair,
        &path,
        Some(json!({"reason": "  "})),
    )
    .await;
    assert_eq!(s, 422);
    assert_eq!(b["error"]["field"], "reason");
    let (s, _) = call(app, reqwest::Method::POST, &p.chair, &path, Some(json!({}))).await;
    assert_eq!(s, 400);
    assert_eq!(
        app.actions()
            .await
            .iter()
            .filter(|a| *a == "comment.hidden")
            .count(),
        0
    );

    let (s, b) = call(
        app,
        reqwest::Method::POST,
        &p.chair,
        &path,
        Some(json!({"reason": "Personal attack."})),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(b["comment"]["hidden"], true);
    assert!(b["comment"]["body"].is_null());
    let (s, _) = call(
        app,
        reqwest::Method::POST,
        &p.chair,
        &path,
        Some(json!({"reason": "Again."})),
    )
    .await;
    assert_eq!(s, 409);

    let (_, t) = call(
        app,
        reqwest::Method::GET,
        &p.auditor,
        &format!("/api/v1/proposals/{id}/comments"),
        None,
    )
    .await;
    assert_eq!(t["comments"][0]["hidden"], true);
    assert_eq!(t["comments"][0]["hidden_reason"], "Personal attack.");
    assert!(t["comments"][0]["body"].is_null());
    let (_, d) = call(
        app,
        reqwest::Method::GET,
        &p.auditor,
        &format!("/api/v1/proposals/{id}"),
        None,
    )
    .await;
    assert_eq!(d["proposal"]["comment_count"], 0);
    // The author can no longer edit it.
    let (s, _) = call(
        app,
        reqwest::Method::PATCH,
        &p.other,
        &format!("/api/v1/comments/{cid}"),
        Some(json!({"body": "Sorry."})),
    )
    .await;
    assert_eq!(s, 409);

    let h = app
        .audit()
        .await
        .into_iter()
        .find(|e| e.action == "comment.hidden")
        .unwrap();
    assert_eq!(h.subject, format!("comment:{cid}"));
    assert_eq!(h.details["body"], "Something offensive.");
    assert_eq!(h.details["reason"], "Personal attack.");

    let client = browser(app, "ana@example.org").await;
    let html = client
        .get(app.url(&format!("/proposals/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Hidden by the chair: Personal attack."));
    assert!(!html.contains("Something offensive."));
}

async fn page_forms_post_reply_edit_and_hide(app: &TestApp) {
    let p = people(app).await;
    let id = proposal(app, &p.author, true).await;
    let ike = browser(app, "ike@example.org").await;
    let (s, _) = form_post(
        app,
        &ike,
        &format!("/proposals/{id}/comments"),
        &[("body", "From the *page*.")],
    )
    .await;
    assert_eq!(s, 303);
    let (_, t) = call(
        app,
        reqwest::Method::GET,
        &p.other,
        &format!("/api/v1/proposals/{id}/comments"),
        None,
    )
    .await;
    let cid = t["comments"][0]["id"].as_i64().unwrap();
    let ana = browser(app, "ana@example.org").await;
    let (s, _) = form_post(
        app,
        &ana,
        &format!("/proposals/{id}/comments"),
        &[("body", "A reply."), ("parent_id", &cid.to_string())],
    )
    .await;
    assert_eq!(s, 303);

    let html = ike
        .get(app.url(&format!("/proposals/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("<em>page</em>"));
    assert!(
        html.contains(&format!("href=\"/comments/{cid}/edit\"")),
        "own comment is editable"
    );
    let (s, _) = form_post(app, &ike, &format!("/comments/{cid}/edit"), &[("body", "")]).await;
    assert_eq!(s, 422);
    let (s, _) = form_post(
        app,
        &ike,
        &format!("/comments/{cid}/edit"),
        &[("body", "Edited on the page.")],
    )
    .await;
    assert_eq!(s, 303);

    let chair = browser(app, "chair@example.org").await;
    let html = chair
        .get(app.url(&format!("/proposals/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(&format!("action=\"/comments/{cid}/hide\"")));
    let (s, _) = form_post(
        app,
        &ike,
        &format!("/comments/{cid}/hide"),
        &[("reason", "Mine.")],
    )
    .await;
    assert_eq!(s, 403, "a delegate cannot hide");
    let (s, _) = form_post(
        app,
        &chair,
        &format!("/comments/{cid}/hide"),
        &[("reason", "")],
    )
    .await;
    assert_eq!(s, 422);
    let (s, _) = form_post(
        app,
        &chair,
        &format!("/comments/{cid}/hide"),
        &[("reason", "Off topic.")],
    )
    .await;
    assert_eq!(s, 303);
    let html = ana
        .get(app.url(&format!("/proposals/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Hidden by the chair: Off topic."));
    assert!(!html.contains("Edited on the page."));
    assert!(html.contains("A reply."));
    let actions = app.actions().await;
    for (a, n) in [
        ("comment.posted", 2),
        ("comment.edited", 1),
        ("comment.hidden", 1),
    ] {
        assert_eq!(actions.iter().filter(|x| *x == a).count(), n, "{a}");
    }
}
