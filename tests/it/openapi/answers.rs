//! Real answers of a running server, on both backends, checked against
//! the document: each request body against its request schema, each
//! status against the statuses documented for the operation, and each
//! JSON answer against that status's schema.

use reqwest::Method;

use super::{document, request_errors, validator};
use crate::common::{Person, RequestHelper, Response, TestApp, Value, json, p};

both_backends!(real_answers_validate_against_the_documented_schemas_and_statuses);

/// `template` with its `{…}` segments replaced by `args`, in order.
fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::new();
    let mut args = args.iter();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let end = rest[start..].find('}').unwrap() + start;
        out.push_str(&rest[..start]);
        out.push_str(
            args.next()
                .unwrap_or_else(|| panic!("too few args for {template}")),
        );
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Sends a request described by the document and checks both ends: the
/// body against the request schema, the status against the documented
/// ones, and a JSON answer against that status's schema.
async fn call(
    doc: &Value,
    who: &impl RequestHelper,
    method: &str,
    template: &str,
    args: &[&str],
    body: Option<Value>,
) -> Response {
    if let Some(b) = &body {
        let errors = request_errors(doc, method, template, b);
        assert!(errors.is_empty(), "{method} {template} {b}: {errors:?}");
    }
    let res = who
        .call(
            Method::from_bytes(method.as_bytes()).unwrap(),
            &fill(template, args),
            body.as_ref(),
        )
        .await;
    let op = &doc["paths"][template][method.to_lowercase()];
    assert!(op.is_object(), "{method} {template} is not documented");
    let status = res.status.to_string();
    let mut answer = &op["responses"][&status];
    assert!(
        answer.is_object(),
        "{method} {template} answered {status}, which is not documented: {}",
        res.text
    );
    if let Some(r) = answer["$ref"].as_str() {
        answer = &doc["components"]["responses"][r.rsplit('/').next().unwrap()];
    }
    let content_type = res.header("content-type").to_owned();
    if content_type.starts_with("application/json") {
        let schema = &answer["content"]["application/json"]["schema"];
        assert!(
            schema.is_object(),
            "{method} {template} {status}: no JSON schema documented"
        );
        let instance: Value = serde_json::from_str(&res.text).unwrap();
        let errors: Vec<String> = validator(doc, schema)
            .iter_errors(&instance)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{method} {template} {status}: {errors:?}\n{}",
            res.text
        );
    } else if !res.text.is_empty() {
        let media = content_type.split(';').next().unwrap().trim().to_owned();
        assert!(
            answer["content"].get(&media).is_some(),
            "{method} {template} {status}: {media} is not documented"
        );
    }
    res
}

#[rustfmt::skip]
async fn real_answers_validate_against_the_documented_schemas_and_statuses(app: &TestApp) {
    let doc = &document();
    let anon = app.anon();
    let chair = app.chair().await;
    let admin = app.admin().await;
    let auditor = app.auditor().await;
    let ana: Person = app.delegate_in("ana", "member_state", "Chile").await;
    let ids = app.proposals(3).await;
    let a = ids[0].to_string();

    // Accounts.
    call(doc, &anon, "GET", "/api/v1/groups", &[], None).await;
    let reg = call(doc, &anon, "POST", "/api/v1/registrations", &[], Some(json!({
        "email": "new@example.org", "password": "correct horse battery staple",
        "display_name": "New Person", "organisation": "Chile", "group": "member_state"}))).await;
    assert_eq!(reg.status, 201, "{}", reg.text);
    let new_id = reg.json()["user"]["id"].as_i64().unwrap().to_string();
    let s = call(doc, &anon, "POST", "/api/v1/session", &[], Some(json!({"email": ana.email(), "password": crate::common::PASSWORD}))).await;
    assert_eq!(s.status, 200, "{}", s.text);
    let bad = call(doc, &anon, "POST", "/api/v1/session", &[], Some(json!({"email": ana.email(), "password": "wrong password"}))).await;
    assert_eq!(bad.status, 401);
    assert_eq!(call(doc, &anon, "GET", "/api/v1/me", &[], None).await.status, 401);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/me", &[], None).await.status, 200);
    let me = call(doc, &ana, "PATCH", "/api/v1/me", &[], Some(json!({"time_zone": "Europe/Paris"}))).await;
    assert_eq!(me.status, 200, "{}", me.text);
    let invalid = call(doc, &ana, "PATCH", "/api/v1/me", &[], Some(json!({"time_zone": "Mars/Olympus"}))).await;
    assert_eq!(invalid.status, 422);
    assert_eq!(invalid.json()["error"]["field"], "time_zone");
    assert_eq!(call(doc, &ana, "GET", "/api/v1/users", &[], None).await.status, 403);
    assert_eq!(call(doc, &admin, "GET", "/api/v1/users", &[], None).await.status, 200);
    let waiting = call(doc, &anon, "POST", "/api/v1/session", &[], Some(json!({"email": "new@example.org", "password": crate::common::PASSWORD}))).await;
    assert_eq!(waiting.status, 403, "{}", waiting.text);
    assert_eq!(call(doc, &admin, "POST", "/api/v1/users/{id}/approve", &[&new_id], None).await.status, 200);
    // The approval is a notice; list and mark it.
    let newcomer = app.with_token(&app.token("new@example.org").await);
    let notices = call(doc, &newcomer, "GET", "/api/v1/notifications", &[], None).await;
    assert_eq!(notices.status, 200, "{}", notices.text);
    let notice = notices.json()["notifications"][0]["id"].as_i64().unwrap().to_string();
    assert_eq!(call(doc, &anon, "GET", "/api/v1/notifications", &[], None).await.status, 401);
    assert_eq!(call(doc, &ana, "POST", "/api/v1/notifications/{id}/read", &[&notice], None).await.status, 404);
    assert_eq!(call(doc, &newcomer, "POST", "/api/v1/notifications/{id}/read", &[&notice], None).await.status, 200);
    assert_eq!(call(doc, &newcomer, "POST", "/api/v1/notifications/read-all", &[], None).await.status, 200);
    let patched = call(doc, &admin, "PATCH", "/api/v1/users/{id}", &[&new_id], Some(json!({"organisation": "Org 1"}))).await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    assert_eq!(call(doc, &admin, "POST", "/api/v1/users/{id}/reset-password", &[&new_id], None).await.status, 200);

    // Proposals and comments.
    let created = call(doc, &ana, "POST", "/api/v1/proposals", &[], Some(json!({"title": "Proposal number 1", "summary": "A summary.", "body": "A body."}))).await;
    assert_eq!(created.status, 201, "{}", created.text);
    let mine = created.json()["proposal"]["id"].as_i64().unwrap().to_string();
    assert_eq!(call(doc, &ana, "PATCH", "/api/v1/proposals/{id}", &[&mine], Some(json!({"summary": "Edited 1."}))).await.status, 200);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/proposals/{id}", &[&mine], None).await.status, 200);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/proposals", &[], None).await.status, 200);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/proposals/{id}", &["999999"], None).await.status, 404);
    let comment = call(doc, &ana, "POST", "/api/v1/proposals/{id}/comments", &[&a], Some(json!({"body": "Comment number 1."}))).await;
    assert_eq!(comment.status, 201, "{}", comment.text);
    let comment_id = comment.json()["comment"]["id"].as_i64().unwrap().to_string();
    assert_eq!(call(doc, &ana, "GET", "/api/v1/proposals/{id}/comments", &[&a], None).await.status, 200);
    assert_eq!(call(doc, &chair, "POST", "/api/v1/comments/{id}/hide", &[&comment_id], Some(json!({"reason": "Off topic."}))).await.status, 200);

    // A ranking round and an adoption round, with a proxy.
    let round = call(doc, &chair, "POST", "/api/v1/rounds", &[], Some(json!({"title": "Round 1", "proposals": [ids[0], ids[1]], "secrecy": "recorded"}))).await;
    assert_eq!(round.status, 201, "{}", round.text);
    let r = round.json()["round"]["id"].as_i64().unwrap().to_string();
    let adoption = call(doc, &chair, "POST", "/api/v1/rounds", &[], Some(json!({"title": "Adopt", "proposals": [ids[1], ids[2]], "kind": "adoption",
        "rule": {"preset": "two_houses"}, "houses": {"governments": ["member_state"], "stakeholders": ["academia", "industry", "civil_society"]}}))).await;
    assert_eq!(adoption.status, 201, "{}", adoption.text);
    let ad = adoption.json()["round"]["id"].as_i64().unwrap().to_string();
    assert_eq!(call(doc, &chair, "POST", "/api/v1/rounds/{id}/open", &[&r], None).await.status, 200);
    assert_eq!(call(doc, &chair, "POST", "/api/v1/rounds/{id}/open", &[&ad], None).await.status, 200);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/rounds", &[], None).await.status, 200);
    let cast = call(doc, &ana, "PUT", "/api/v1/rounds/{id}/ballot", &[&r], Some(json!({"ranking": [[p(ids[0])], [p(ids[1])]]}))).await;
    assert_eq!(cast.status, 200, "{}", cast.text);
    let receipt = cast.json()["receipt"].as_str().unwrap().to_owned();
    let votes = call(doc, &ana, "PUT", "/api/v1/rounds/{id}/ballot", &[&ad], Some(json!({"votes": {p(ids[1]): "yes", p(ids[2]): "no"}}))).await;
    assert_eq!(votes.status, 200, "{}", votes.text);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/rounds/{id}/ballot", &[&ad], None).await.status, 200);
    assert_eq!(call(doc, &chair, "GET", "/api/v1/rounds/{id}/ballot", &[&r], None).await.status, 404);
    let proxy = call(doc, &chair, "POST", "/api/v1/rounds/{id}/proxy", &[&r], Some(json!({"to": ana.id()}))).await;
    assert_eq!(proxy.status, 201, "{}", proxy.text);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/rounds/{id}/proxy", &[&r], None).await.status, 200);
    assert_eq!(call(doc, &chair, "DELETE", "/api/v1/rounds/{id}/proxy", &[&r], None).await.status, 200);
    let again = call(doc, &chair, "POST", "/api/v1/rounds/{id}/proxy", &[&r], Some(json!({"to": ana.id()}))).await;
    assert_eq!(again.status, 201, "{}", again.text);
    let for_chair = call(doc, &ana, "PUT", "/api/v1/rounds/{id}/ballot", &[&r], Some(json!({"ranking": [[p(ids[1])]], "for": chair.id()}))).await;
    assert_eq!(for_chair.status, 200, "{}", for_chair.text);
    let both = call(doc, &ana, "PUT", "/api/v1/rounds/{id}/ballot", &[&r], Some(json!({"ranking": [[p(ids[0])]], "votes": {}}))).await;
    assert_eq!(both.status, 422);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/rounds/{id}/results", &[&r], None).await.status, 409);
    assert_eq!(call(doc, &chair, "POST", "/api/v1/rounds/{id}/close", &[&r], None).await.status, 200);
    assert_eq!(call(doc, &chair, "POST", "/api/v1/rounds/{id}/close", &[&ad], None).await.status, 200);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/rounds/{id}", &[&r], None).await.status, 200);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/rounds/{id}/results", &[&r], None).await.status, 200);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/rounds/{id}/receipts/{receipt}", &[&r, &receipt], None).await.status, 200);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/rounds/{id}/receipts/{receipt}/proof", &[&r, &receipt], None).await.status, 200);
    for file in ["ballots.json", "ballots.csv", "ballots.toi", "results.json", "results.csv"] {
        assert_eq!(call(doc, &auditor, "GET", "/api/v1/rounds/{id}/export/{file}", &[&r, file], None).await.status, 200);
    }

    // Reports.
    let report = call(doc, &chair, "POST", "/api/v1/reports", &[], Some(json!({"title": "Report 1", "introduction": "The panel **met** twice.", "rounds": [r.parse::<i64>().unwrap()]}))).await;
    assert_eq!(report.status, 201, "{}", report.text);
    let rep = report.json()["report"]["id"].as_i64().unwrap().to_string();
    assert_eq!(call(doc, &chair, "PUT", "/api/v1/reports/{id}", &[&rep], Some(json!({"title": "Report 1", "rounds": [r.parse::<i64>().unwrap(), ad.parse::<i64>().unwrap()]}))).await.status, 200);
    assert_eq!(call(doc, &chair, "GET", "/api/v1/reports/{id}", &[&rep], None).await.status, 200);
    assert_eq!(call(doc, &chair, "POST", "/api/v1/reports/{id}/publish", &[&rep], None).await.status, 200);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/reports", &[], None).await.status, 200);
    for file in ["report.json", "report.md"] {
        assert_eq!(call(doc, &ana, "GET", "/api/v1/reports/{id}/export/{file}", &[&rep, file], None).await.status, 200);
    }

    // The audit trail.
    for path in ["/api/v1/audit/head", "/api/v1/audit/public-key", "/api/v1/audit/checkpoint",
                 "/api/v1/audit/consistency", "/api/v1/audit/witnesses", "/api/v1/audit/log"] {
        assert_eq!(call(doc, &auditor, "GET", path, &[], None).await.status, 200, "{path}");
    }
    assert_eq!(call(doc, &auditor, "POST", "/api/v1/audit/checkpoints", &[], None).await.status, 201);
    assert_eq!(call(doc, &ana, "GET", "/api/v1/audit/head", &[], None).await.status, 403);
}
