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

use crate::common::{RequestHelper, TestApp, Value, json};

mod answers;

both_backends!(
    the_served_document_is_the_generated_one_and_every_operation_is_routed,
    the_api_page_lists_every_operation_and_links_the_document,
);

/// The document as the app builds it.
pub(crate) fn document() -> Value {
    serde_json::to_value(plenary::web::api_docs::document()).unwrap()
}

/// Every `(METHOD, path)` the document describes.
pub(crate) fn operations(doc: &Value) -> BTreeSet<(String, String)> {
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
    assert!(
        registered.len() > 50,
        "only {} API routes found",
        registered.len()
    );
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
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        doc["openapi"]
    );
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
        assert!(
            statuses.iter().any(|s| s.starts_with('2')),
            "{method} {path}: no success"
        );
        assert!(
            statuses.iter().any(|s| *s == "500"),
            "{method} {path}: no 500"
        );
        assert!(
            !op["summary"].as_str().unwrap_or_default().is_empty(),
            "{method} {path}: no summary"
        );
        let id = op["operationId"].as_str().unwrap().to_owned();
        assert!(ids.insert(id.clone()), "operationId {id} is used twice");
        // A route that needs a caller says how they are refused.
        let public = op["security"] == json!([{}]);
        if !public {
            assert!(
                statuses.iter().any(|s| *s == "401"),
                "{method} {path}: signed-in, no 401",
            );
            // The password gate answers 403 password_change_required.
            assert!(
                statuses.iter().any(|s| *s == "403"),
                "{method} {path}: signed-in, no 403"
            );
        }
        for name in path
            .split('{')
            .skip(1)
            .map(|s| s.split('}').next().unwrap())
        {
            assert!(
                op["parameters"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|p| p["name"] == name && p["in"] == "path"),
                "{method} {path}: path parameter {name} undocumented"
            );
        }
    }
}

/// A validator for `schema` (a piece of the document), its `$ref`s
/// resolved against the document's components.
pub(crate) fn validator(doc: &Value, schema: &Value) -> jsonschema::Validator {
    let mut root = schema.clone();
    if let Some(o) = root.as_object_mut() {
        o.insert("components".to_owned(), doc["components"].clone());
    }
    jsonschema::draft202012::new(&root).unwrap_or_else(|e| panic!("bad schema {schema}: {e}"))
}

/// The errors of `body` against the JSON request schema of an operation.
pub(crate) fn request_errors(doc: &Value, method: &str, path: &str, body: &Value) -> Vec<String> {
    let op = &doc["paths"][path][method.to_lowercase()];
    let schema = &op["requestBody"]["content"]["application/json"]["schema"];
    assert!(
        schema.is_object(),
        "{method} {path} documents no JSON request body"
    );
    validator(doc, schema)
        .iter_errors(body)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[rustfmt::skip]
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
fn the_bodies_of_the_access_table_validate_against_the_request_schemas() {
    let doc = document();
    let bodies = crate::access::json_bodies();
    assert!(bodies.len() > 15, "only {} JSON bodies", bodies.len());
    let mut problems = Vec::new();
    for (method, path, template) in bodies {
        let mut text = template.to_owned();
        for (key, value) in [
            ("{me}", "ana@example.org"),
            ("{password}", crate::common::PASSWORD),
            ("{new_email}", "new@example.org"),
            ("{n}", "1"),
            ("{eligible}", "1"),
            ("{eligible2}", "2"),
            ("{candidate}", "p1"),
            ("{vkey}", "witness.example+abcd1234+AAAA"),
            ("{closed_round}", "3"),
        ] {
            text = text.replace(key, value);
        }
        let body: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{method} {path}: {text} (an unknown placeholder?): {e}"));
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
        (
            "POST",
            "/api/v1/proposals",
            json!({"title": "T", "summary": "S"}),
        ),
        // A wrong type.
        (
            "POST",
            "/api/v1/rounds",
            json!({"title": "R", "proposals": "1,2"}),
        ),
        ("POST", "/api/v1/rounds/{id}/proxy", json!({"to": "ben"})),
        (
            "PUT",
            "/api/v1/rounds/{id}/ballot",
            json!({"ranking": ["p1", "p2"]}),
        ),
        (
            "POST",
            "/api/v1/session",
            json!({"email": "ana@example.org"}),
        ),
    ] {
        assert!(
            !request_errors(&doc, method, path, &body).is_empty(),
            "{method} {path} accepted {body}"
        );
    }
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
            .call(
                Method::from_bytes(method.as_bytes()).unwrap(),
                &concrete,
                None,
            )
            .await;
        assert_ne!(res.status, 405, "{method} {path}: {}", res.text);
        assert!(
            !(res.status == 404 && res.text.contains("nothing at this address")),
            "{method} {path} is not routed: {}",
            res.text
        );
    }
}

async fn the_api_page_lists_every_operation_and_links_the_document(app: &TestApp) {
    let res = app.anon().get("/api").await;
    assert_eq!(res.status, 200, "{}", res.text);
    let html = &res.text;
    assert!(
        html.contains(r#"href="/api/v1/openapi.json""#),
        "no link to the document"
    );
    assert!(html.contains("<h1>API reference</h1>"), "{html}");
    let doc = document();
    for (method, path) in operations(&doc) {
        assert!(
            html.contains(&format!("<code>{method} {path}</code></h3>")),
            "{method} {path} missing"
        );
    }
    for name in doc["components"]["schemas"].as_object().unwrap().keys() {
        assert!(
            html.contains(&format!(r#"id="schema-{name}""#)),
            "schema {name} missing"
        );
    }
    assert!(html.contains("<caption>Responses</caption>"));
    // Nothing from elsewhere: no absolute URLs in src or href.
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http"),
        "an outside resource"
    );
    // The page's own words follow the reader's language.
    let fr = crate::common::send(
        app.browser_client()
            .get(app.url("/api"))
            .header("Accept-Language", "fr"),
    )
    .await;
    assert!(
        fr.text.contains("<h1>Référence de l&#39;API</h1>")
            || fr.text.contains("<h1>Référence de l&#x27;API</h1>"),
        "{}",
        fr.text
    );
}
