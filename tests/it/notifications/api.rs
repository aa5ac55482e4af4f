//! `/api/v1/notifications`: a user sees only their own notices, newest
//! first, paginated, with the unread count; marking someone else's notice
//! is a 404 that changes nothing; nobody signed in gets 401.

use crate::common::{RequestHelper, TestApp, json};

both_backends!(
    the_api_lists_only_the_callers_notices_newest_first_and_marks_them_read,
    the_api_refuses_to_mark_someone_elses_notice_and_changes_nothing,
    the_notifications_api_wants_a_signed_in_caller,
);

async fn the_api_lists_only_the_callers_notices_newest_first_and_marks_them_read(app: &TestApp) {
    let chair = app.chair().await;
    let d = app.delegate("france").await;
    let ids = app.proposals(2).await;
    let first = chair
        .create_round(&ids, json!({"title": "Budget 2027"}))
        .await;
    chair.open(first).await;
    let second = chair
        .create_round(&ids, json!({"title": "Roadmap 2028"}))
        .await;
    chair.open(second).await;
    // Someone outside both electorates, with nothing of their own.
    let late = app.delegate("kenya").await;

    let res = d.get("/api/v1/notifications").await;
    assert_eq!(res.status, 200, "{}", res.text);
    let body = res.json();
    assert_eq!(body["unread"], 2);
    assert_eq!(body["total"], 2);
    assert_eq!(body["page"], 1);
    assert_eq!(body["pages"], 1);
    let list = body["notifications"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["kind"], "round_opened");
    assert_eq!(list[0]["link"], format!("/rounds/{second}"));
    assert_eq!(
        list[0]["sentence"],
        "Voting round “Roadmap 2028” is open, and you may vote in it."
    );
    assert_eq!(list[1]["link"], format!("/rounds/{first}"));
    assert_eq!(list[0]["unread"], true);
    assert!(list[0]["created_at"].as_str().unwrap().ends_with('Z'));

    // Pages of one.
    let res = d.get("/api/v1/notifications?per_page=1&page=2").await;
    assert_eq!(res.status, 200);
    let body = res.json();
    assert_eq!(body["pages"], 2);
    assert_eq!(body["per_page"], 1);
    assert_eq!(body["notifications"][0]["link"], format!("/rounds/{first}"));
    let res = d.get("/api/v1/notifications?per_page=0").await;
    assert_eq!(res.status, 422, "{}", res.text);
    assert_eq!(res.json()["error"]["field"], "per_page");

    // The late delegate sees none of the others' notices.
    let res = late.get("/api/v1/notifications").await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["total"], 0);
    assert_eq!(res.json()["notifications"], json!([]));

    // In the caller's language.
    let res = crate::common::send(
        d.request(reqwest::Method::GET, "/api/v1/notifications")
            .header("accept-language", "fr"),
    )
    .await;
    let sentence = res.json()["notifications"][0]["sentence"].clone();
    assert!(
        sentence.as_str().unwrap().contains("Roadmap 2028")
            && !sentence.as_str().unwrap().contains("is open"),
        "{sentence}"
    );

    let newest = list[0]["id"].as_i64().unwrap();
    let res = d
        .post(&format!("/api/v1/notifications/{newest}/read"))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(res.json()["unread"], 1);
    let body = d.get("/api/v1/notifications").await.json();
    assert_eq!(body["unread"], 1);
    assert_eq!(body["notifications"][0]["unread"], false);
    assert_eq!(body["notifications"][1]["unread"], true);

    let res = d.post("/api/v1/notifications/read-all").await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(res.json(), json!({"unread": 0, "marked": 1}));
    assert_eq!(d.get("/api/v1/notifications").await.json()["unread"], 0);
}

async fn the_api_refuses_to_mark_someone_elses_notice_and_changes_nothing(app: &TestApp) {
    let chair = app.chair().await;
    let owner = app.delegate("france").await;
    let intruder = app.delegate("brazil").await;
    let ids = app.proposals(2).await;
    let round = chair.create_round(&ids, json!({})).await;
    chair.open(round).await;
    let theirs = app.latest_notice_of(owner.id()).await;

    let res = intruder
        .post(&format!("/api/v1/notifications/{theirs}/read"))
        .await;
    assert_eq!(res.status, 404, "{}", res.text);
    assert_eq!(res.json()["error"]["code"], "not_found");
    let res = intruder.post("/api/v1/notifications/999999/read").await;
    assert_eq!(res.status, 404);
    // "Mark all" marks only the caller's own.
    let res = intruder.post("/api/v1/notifications/read-all").await;
    assert_eq!(res.status, 200);

    let body = owner.get("/api/v1/notifications").await.json();
    assert_eq!(body["unread"], 1, "{body}");
    assert_eq!(body["notifications"][0]["id"], theirs);
    assert_eq!(body["notifications"][0]["unread"], true);
}

async fn the_notifications_api_wants_a_signed_in_caller(app: &TestApp) {
    let chair = app.chair().await;
    let owner = app.delegate("france").await;
    let ids = app.proposals(2).await;
    let round = chair.create_round(&ids, json!({})).await;
    chair.open(round).await;
    let theirs = app.latest_notice_of(owner.id()).await;
    let anon = app.anon();
    for res in [
        anon.get("/api/v1/notifications").await,
        anon.post(&format!("/api/v1/notifications/{theirs}/read"))
            .await,
        anon.post("/api/v1/notifications/read-all").await,
    ] {
        assert_eq!(res.status, 401, "{}", res.text);
        assert_eq!(res.json()["error"]["code"], "unauthenticated");
    }
    assert_eq!(owner.get("/api/v1/notifications").await.json()["unread"], 1);
}
