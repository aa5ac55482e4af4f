//! The OpenAPI document (`/api/v1/openapi.json`) and the `/api` page:
//! the document lists exactly the routes the app registers under
//! `/api/v1` (read from the source by the access test's strict reader),
//! the bodies our tests send validate against its request schemas (and
//! wrong ones do not), real answers of a running server validate against
//! its response schemas with a documented status on both backends, and the
//! page shows every operation.

use std::collections::BTreeSet;
use std::path::Path;

use reqwest::Method;

use crate::common::{Person, RequestHelper, Response, TestApp, Value, json, p};

both_backends!(
    the_served_document_is_the_generated_one_and_every_operation_is_routed,
    real_answers_validate_against_the_documented_schemas_and_statuses,
    the_api_page_lists_every_operation_and_links_the_document,
);

/// The document as the app builds it.
fn document() -> Value {
    serde_json::to_value(plenary::web::api_docs::document()).unwrap()
}

/// Every `(METHOD, path)` the document describes.
fn operations(doc: &Value) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, _) in item.as_object().unwrap() {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                out.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    out
}

#[test]
fn every_api_route_is_documented_with_its_method_and_nothing_else_is() {
    let registered: BTreeSet<(String, String)> =
        crate::access::registered_routes(Path::new(env!("CARGO_MANIFEST_DIR")))
            .into_iter()
            .filter(|(_, path)| path.starts_with("/api/v1/"))
            .collect();
    assert!(registered.len() > 50, "only {} API routes found", registered.len());
    let documented = operations(&document());
    let missing: Vec<_> = registered.difference(&documented).collect();
    let extra: Vec<_> = documented.difference(&registered).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "registered but not documented: {missing:#?}\ndocumented but not registered: {extra:#?}"
    );
}

#[test]
fn the_document_is_openapi_3_1_with_both_sign_in_schemes_and_errors_on_every_operation() {
    let doc = document();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"), "{}", doc["openapi"]);
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["bearer"]["scheme"], "bearer");
    assert_eq!(schemes["bearer"]["bearerFormat"], "JWT");
    assert_eq!(schemes["cookie"]["in"], "cookie");
    assert_eq!(schemes["cookie"]["name"], "plenary_session");
    let error = &doc["components"]["schemas"]["ErrorDetail"];
    assert_eq!(error["required"], json!(["code", "message"]), "{error}");
    let mut ids = BTreeSet::new();
    for (method, path) in operations(&doc) {
        let op = &doc["paths"][&path][method.to_lowercase()];
        let statuses: Vec<&String> = op["responses"].as_object().unwrap().keys().collect();
        assert!(statuses.iter().any(|s| s.starts_with('2')), "{method} {path}: no success");
        assert!(statuses.iter().any(|s| *s == "500"), "{method} {path}: no 500");
        assert!(!op["summary"].as_str().unwrap_or_default().is_empty(), "{method} {path}: no summary");
        let id = op["operationId"].as_str().unwrap().to_owned();
        assert!(ids.insert(id.clone()), "operationId {id} is used twice");
        // A route that needs a caller says how they are refused.
        let public = op["security"] == json!([{}]);
        if !public {
            assert!(statuses.iter().any(|s| *s == "401"), "{method} {path}: signed-in, no 401");
        }
        for name in path.split('{').skip(1).map(|s| s.split('}').next().unwrap()) {
            assert!(
                op["parameters"].as_array().into_iter().flatten().any(|p| p["name"] == name && p["in"] == "path"),
                "{method} {path}: path parameter {name} undocumented"
            );
        }
    }
}

/// A validator for `schema` (a piece of the document), its `$ref`s
/// resolved against the document's components.
fn validator(doc: &Value, schema: &Value) -> jsonschema::Validator {
    let mut root = schema.clone();
    if let Some(o) = root.as_object_mut() {
        o.insert("components".to_owned(), doc["components"].clone());
    }
    jsonschema::draft202012::new(&root).unwrap_or_else(|e| panic!("bad schema {schema}: {e}"))
}

/// The errors of `body` against the JSON request schema of an operation.
fn request_errors(doc: &Value, method: &str, path: &str, body: &Value) -> Vec<String> {
    let op = &doc["paths"][path][method.to_lowercase()];
    let schema = &op["requestBody"]["content"]["application/json"]["schema"];
    assert!(schema.is_object(), "{method} {path} documents no JSON request body");
    validator(doc, schema)
        .iter_errors(body)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// The bodies our tests send (tests/it/access.rs, rounds/adoption.rs,
/// rounds/proxies.rs, people/account.rs, reports.rs …).
fn samples() -> Vec<(&'static str, &'static str, Value)> {
    vec![
        ("POST", "/api/v1/session", json!({"email": "ana@example.org", "password": "correct horse battery staple"})),
        ("POST", "/api/v1/registrations", json!({"email": "new@example.org", "password": "correct horse battery staple",
            "display_name": "New Person", "organisation": "Chile", "group": "member_state"})),
        ("PATCH", "/api/v1/users/{id}", json!({"organisation": "Org 1"})),
        ("PATCH", "/api/v1/users/{id}", json!({"role": "chair", "status": "active"})),
        ("PATCH", "/api/v1/me", json!({"time_zone": "Europe/Paris"})),
        ("PATCH", "/api/v1/me", json!({"display_name": "Ana", "language": "fr"})),
        ("POST", "/api/v1/me/password", json!({"current_password": "old one", "new_password": "a new long password"})),
        ("POST", "/api/v1/proposals", json!({"title": "Proposal number 1", "summary": "A summary.", "body": "A body."})),
        ("POST", "/api/v1/proposals", json!({"title": "T", "summary": "S", "body": "B", "themes": ["energy"], "submit": true})),
        ("PATCH", "/api/v1/proposals/{id}", json!({"summary": "Edited 1."})),
        ("POST", "/api/v1/proposals/{id}/decision", json!({"decision": "adopted"})),
        ("POST", "/api/v1/proposals/{id}/comments", json!({"body": "Comment number 1.", "parent_id": 3})),
        ("PATCH", "/api/v1/comments/{id}", json!({"body": "Edited comment 1."})),
        ("POST", "/api/v1/comments/{id}/hide", json!({"reason": "Off topic."})),
        ("POST", "/api/v1/rounds", json!({"title": "Round 1", "proposals": [1, 2]})),
        ("POST", "/api/v1/rounds", json!({"title": "Priorities", "proposals": [1, 2], "secrecy": "recorded",
            "method": "schulze", "weighting": "equal", "closes_at": "2030-01-01T00:00:00Z", "quorum_percent": 50})),
        ("POST", "/api/v1/rounds", json!({"title": "Adopt", "proposals": [1, 2], "kind": "adoption",
            "rule": {"preset": "two_houses"}, "group_quorum_percent": 100,
            "houses": {"governments": ["member_state"], "stakeholders": ["academia", "industry", "civil_society"]}})),
        ("PUT", "/api/v1/rounds/{id}/ballot", json!({"ranking": [["p1"], ["p2", "p3"]]})),
        ("PUT", "/api/v1/rounds/{id}/ballot", json!({"votes": {"p1": "yes", "p2": "no"}})),
        ("PUT", "/api/v1/rounds/{id}/ballot", json!({"ranking": [["p1"]], "for": 7})),
        ("POST", "/api/v1/rounds/{id}/proxy", json!({"to": 4})),
        ("POST", "/api/v1/reports", json!({"title": "Report 1", "introduction": "The panel **met** twice.", "rounds": [1]})),
        ("POST", "/api/v1/reports", json!({"title": "Report 2", "rounds": [1], "supersedes": 1})),
        ("PUT", "/api/v1/reports/{id}", json!({"title": "Report 1", "rounds": [1, 2]})),
        ("POST", "/api/v1/audit/witnesses", json!({"vkey": "witness.example+abcd1234+AAAA"})),
        ("POST", "/api/v1/audit/cosignatures", json!({"size": 1, "cosignature": "— nobody.example AAAAAAAAAAAAAAAA"})),
    ]
}

#[test]
fn the_bodies_our_tests_send_validate_against_the_request_schemas() {
    let doc = document();
    let mut problems = Vec::new();
    for (method, path, body) in samples() {
        let errors = request_errors(&doc, method, path, &body);
        if !errors.is_empty() {
            problems.push(format!("{method} {path} {body}: {errors:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn wrong_bodies_do_not_validate_against_the_request_schemas() {
    let doc = document();
    for (method, path, body) in [
        // A typo in a field the handler refuses (deny_unknown_fields).
        ("PATCH", "/api/v1/me", json!({"timezone": "Europe/Paris"})),
        // A required field missing.
        ("POST", "/api/v1/proposals", json!({"title": "T", "summary": "S"})),
        // A wrong type.
        ("POST", "/api/v1/rounds", json!({"title": "R", "proposals": "1,2"})),
        ("POST", "/api/v1/rounds/{id}/proxy", json!({"to": "ben"})),
        ("PUT", "/api/v1/rounds/{id}/ballot", json!({"ranking": ["p1", "p2"]})),
        ("POST", "/api/v1/session", json!({"email": "ana@example.org"})),
    ] {
        assert!(
            !request_errors(&doc, method, path, &body).is_empty(),
            "{method} {path} accepted {body}"
        );
    }
}

/// `template` with its `{…}` segments replaced by `args`, in order.
fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::new();
    let mut args = args.iter();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let end = rest[start..].find('}').unwrap() + start;
        out.push_str(&rest[..start]);
        out.push_str(args.next().unwrap_or_else(|| panic!("too few args for {template}")));
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
        .call(Method::from_bytes(method.as_bytes()).unwrap(), &fill(template, args), body.as_ref())
        .await;
    let op = &doc["paths"][template][method.to_lowercase()];
    assert!(op.is_object(), "{method} {template} is not documented");
    let status = res.status.to_string();
    let mut answer = &op["responses"][&status];
    assert!(answer.is_object(), "{method} {template} answered {status}, which is not documented: {}", res.text);
    if let Some(r) = answer["$ref"].as_str() {
        answer = &doc["components"]["responses"][r.rsplit('/').next().unwrap()];
    }
    let content_type = res.header("content-type").to_owned();
    if content_type.starts_with("application/json") {
        let schema = &answer["content"]["application/json"]["schema"];
        assert!(schema.is_object(), "{method} {template} {status}: no JSON schema documented");
        let instance: Value = serde_json::from_str(&res.text).unwrap();
        let errors: Vec<String> = validator(doc, schema)
            .iter_errors(&instance)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{method} {template} {status}: {errors:?}\n{}", res.text);
    } else if !res.text.is_empty() {
        let media = content_type.split(';').next().unwrap().trim().to_owned();
        assert!(
            answer["content"].get(&media).is_some(),
            "{method} {template} {status}: {media} is not documented"
        );
    }
    res
}

async fn the_served_document_is_the_generated_one_and_every_operation_is_routed(app: &TestApp) {
    let res = app.anon().get("/api/v1/openapi.json").await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert!(res.header("content-type").starts_with("application/json"));
    let served = res.json();
    let doc = document();
    assert_eq!(served, doc);
    // Every documented operation reaches a handler: unsigned, it may be
    // refused, but never with the router's own 404 or 405.
    for (method, path) in operations(&doc) {
        let concrete = path
            .split('/')
            .map(|s| if s.starts_with('{') { "1" } else { s })
            .collect::<Vec<_>>()
            .join("/");
        let res = app
            .anon()
            .call(Method::from_bytes(method.as_bytes()).unwrap(), &concrete, None)
            .await;
        assert_ne!(res.status, 405, "{method} {path}: {}", res.text);
        assert!(
            !(res.status == 404 && res.text.contains("nothing at this address")),
            "{method} {path} is not routed: {}",
            res.text
        );
    }
}

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
    assert_eq!(call(doc, &admin, "POST", "/api/v1/users/{id}/approve", &[&new_id], None).await.status, 200);
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

async fn the_api_page_lists_every_operation_and_links_the_document(app: &TestApp) {
    let res = app.anon().get("/api").await;
    assert_eq!(res.status, 200, "{}", res.text);
    let html = &res.text;
    assert!(html.contains(r#"href="/api/v1/openapi.json""#), "no link to the document");
    assert!(html.contains("<h1>API reference</h1>"), "{html}");
    let doc = document();
    for (method, path) in operations(&doc) {
        assert!(html.contains(&format!("<code>{method} {path}</code></h3>")), "{method} {path} missing");
    }
    for name in doc["components"]["schemas"].as_object().unwrap().keys() {
        assert!(html.contains(&format!(r#"id="schema-{name}""#)), "schema {name} missing");
    }
    assert!(html.contains("<caption>Responses</caption>"));
    // Nothing from elsewhere: no absolute URLs in src or href.
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"), "an outside resource");
    // The page's own words follow the reader's language.
    let fr = crate::common::send(
        app.browser_client().get(app.url("/api")).header("Accept-Language", "fr"),
    )
    .await;
    assert!(fr.text.contains("<h1>Référence de l&#39;API</h1>") || fr.text.contains("<h1>Référence de l&#x27;API</h1>"), "{}", fr.text);
}
