//! Outcome reports over HTTP on both backends: what a report holds for a
//! mix of an adoption round and a ranking round with a chair's decision,
//! who may see and write drafts, publishing (frozen downloads, the trail
//! entry, `plenary audit verify --report`, tampering detected, no second
//! publish, no edit), superseding, and refusals of bad input.

mod publishing;

use crate::common::cli::Ran;
use crate::common::{Person, RequestHelper, TestApp, Value, json, p};

both_backends!(
    a_report_lists_adopted_proposals_with_their_evidence_in_results_order,
    drafts_are_seen_by_chairs_and_auditors_and_written_by_chairs_only,
    a_published_report_is_frozen_and_verifies_offline_and_tampering_is_detected,
    a_new_version_supersedes_a_published_report_and_both_are_kept,
    bad_report_input_is_refused_with_a_reason_and_stores_nothing,
    a_chair_creates_edits_and_publishes_a_report_through_the_pages,
);

/// The panel: a ranking round (recorded) over A and B where a chair then
/// records A as adopted, and an adoption round over C and D where C passes
/// and D fails. Returns the chair, `[A, B, C, D]`, and `(ranking, adoption)`.
pub async fn panel(app: &TestApp) -> (Person, Vec<i64>, (i64, i64)) {
    let chair = app.chair().await;
    let ids = app.proposals(4).await;
    let industry = app.delegate_in("acme", "industry", "Acme").await;
    let civil = app
        .delegate_in("rights", "civil_society", "Open Rights")
        .await;
    let ranking = chair
        .create_round(
            &ids[..2],
            json!({"title": "Priorities", "secrecy": "recorded"}),
        )
        .await;
    let adoption = chair
        .create_round(
            &ids[2..],
            json!({"title": "Adoption vote", "kind": "adoption", "rule": {"preset": "majority"}}),
        )
        .await;
    chair.open(ranking).await;
    chair.open(adoption).await;
    // Everyone puts A first in the ranking round, except civil society.
    for (who, first, second) in [
        (&chair, ids[0], ids[1]),
        (&industry, ids[0], ids[1]),
        (&civil, ids[1], ids[0]),
    ] {
        let res = who.vote(ranking, json!([[p(first)], [p(second)]])).await;
        assert_eq!(res.status, 200, "{}", res.text);
        let votes = json!({"votes": {p(ids[2]): "yes", p(ids[3]): "no"}});
        let res = who
            .put_json(&format!("/api/v1/rounds/{adoption}/ballot"), votes)
            .await;
        assert_eq!(res.status, 200, "{}", res.text);
    }
    chair.close(ranking).await;
    chair.close(adoption).await;
    let res = chair
        .post_json(
            &format!("/api/v1/proposals/{}/decision", ids[0]),
            json!({"decision": "adopted"}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    (chair, ids, (ranking, adoption))
}

/// Creates a report over `rounds`; returns its id.
pub async fn create_report(chair: &Person, rounds: &[i64]) -> i64 {
    let res = chair
        .post_json(
            "/api/v1/reports",
            json!({"title": "Outcome of the 2027 session", "introduction": "The panel **met** twice.", "rounds": rounds}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    res.json()["report"]["id"].as_i64().unwrap()
}

fn ids_of(entries: &Value) -> Vec<i64> {
    entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["proposal"].as_i64().unwrap())
        .collect()
}

async fn a_report_lists_adopted_proposals_with_their_evidence_in_results_order(app: &TestApp) {
    let (chair, ids, (ranking, adoption)) = panel(app).await;
    let id = create_report(&chair, &[adoption, ranking]).await;
    let view = chair.get(&format!("/api/v1/reports/{id}")).await;
    assert_eq!(view.status, 200, "{}", view.text);
    let doc = &view.json()["document"];
    assert_eq!(doc["format"], "plenary-report/1");
    // Rounds in the order given: the adoption round first, so C before A.
    assert_eq!(ids_of(&doc["adopted"]), [ids[2], ids[0]]);
    // D was refused by the adoption round; B was only ranked: undecided.
    assert_eq!(ids_of(&doc["not_adopted"]), [ids[3]]);
    assert_eq!(ids_of(&doc["undecided"]), [ids[1]]);
    let c = &doc["adopted"][0];
    assert_eq!(
        c["decided_by"],
        json!({"round": adoption, "how": "adoption_round"})
    );
    assert_eq!(c["body"], "A body.");
    assert_eq!(c["author"]["group"], "academia");
    let groups: Vec<&str> = c["cosponsors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["group"].as_str().unwrap())
        .collect();
    assert_eq!(groups, ["industry", "civil_society"]);
    let ev = &c["results"][0];
    assert_eq!(ev["kind"], "adoption");
    assert_eq!(ev["adopted"], true);
    assert_eq!(ev["totals"]["yes_ballots"], 3);
    assert_eq!(ev["groups"]["industry"]["yes_ballots"], 1);
    assert_eq!(ev["groups"]["civil_society"]["yes_ballots"], 1);
    let a = &doc["adopted"][1];
    assert_eq!(
        a["decided_by"],
        json!({"round": ranking, "how": "chair_decision"})
    );
    let ev = &a["results"][0];
    assert_eq!(ev["kind"], "ranking");
    assert_eq!(ev["position"], 1);
    assert_eq!(ev["of"], 2);
    assert_eq!(ev["groups"]["industry"], 1);
    assert_eq!(ev["groups"]["civil_society"], 2);
    assert_eq!(doc["not_adopted"][0]["results"][0]["adopted"], false);
    assert_eq!(doc["not_adopted"][0]["decided_by"], Value::Null);
    assert_eq!(doc["undecided"][0]["results"][0]["position"], 2);
    assert_eq!(doc["undecided"][0]["decided_by"], Value::Null);
    // The page shows the recommendations, rendered Markdown, and the evidence.
    let page = chair.browser().await.get(&format!("/reports/{id}")).await;
    assert_eq!(page.status, 200, "{}", page.text);
    assert_eq!(page.text.matches("class=\"recommendation\"").count(), 2);
    assert!(page.text.contains("<strong>met</strong>"), "{}", page.text);
    assert!(page.text.contains("Cosponsors Inc"), "{}", page.text);
    assert_eq!(app.count_action("report.created").await, 1);
}

async fn drafts_are_seen_by_chairs_and_auditors_and_written_by_chairs_only(app: &TestApp) {
    let (chair, _, (ranking, adoption)) = panel(app).await;
    let id = create_report(&chair, &[ranking, adoption]).await;
    let delegate = app.delegate("france").await;
    let auditor = app.auditor().await;
    let path = format!("/api/v1/reports/{id}");
    assert_eq!(delegate.get(&path).await.status, 404);
    assert_eq!(
        delegate
            .get(&format!("{path}/export/report.json"))
            .await
            .status,
        404
    );
    assert_eq!(
        delegate.get("/api/v1/reports").await.json()["reports"],
        json!([])
    );
    assert_eq!(app.anon().get(&path).await.status, 401);
    assert_eq!(app.anon().get("/api/v1/reports").await.status, 401);
    assert_eq!(auditor.get(&path).await.status, 200);
    assert_eq!(
        auditor.get("/api/v1/reports").await.json()["reports"][0]["id"],
        id
    );
    let body = json!({"title": "Mine", "rounds": [ranking]});
    assert_eq!(
        delegate.post_json("/api/v1/reports", &body).await.status,
        403
    );
    assert_eq!(
        auditor.post_json("/api/v1/reports", &body).await.status,
        403
    );
    assert_eq!(auditor.post(&format!("{path}/publish")).await.status, 403);
    assert_eq!(delegate.post(&format!("{path}/publish")).await.status, 403);
    assert_eq!(app.count_action("report.published").await, 0);
    // Chairs edit drafts.
    let res = chair
        .put_json(
            &path,
            json!({"title": "Renamed report", "rounds": [adoption]}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(res.json()["report"]["rounds"], json!([adoption]));
    assert_eq!(app.count_action("report.edited").await, 1);
    // Once published, everyone signed in sees it.
    assert_eq!(chair.post(&format!("{path}/publish")).await.status, 200);
    assert_eq!(delegate.get(&path).await.status, 200);
    assert_eq!(
        delegate
            .get(&format!("{path}/export/report.md"))
            .await
            .status,
        200
    );
    assert_eq!(delegate.get(&format!("/reports/{id}")).await.status, 200);
    assert_eq!(
        app.anon()
            .get(&format!("{path}/export/report.md"))
            .await
            .status,
        401
    );
}

fn verify(dir: &std::path::Path, report: &str) -> Ran {
    use crate::common::cli::plenary;
    std::fs::write(dir.join("report.json"), report).unwrap();
    Ran::of(
        plenary()
            .args(["audit", "verify"])
            .arg(dir.join("audit.jsonl"))
            .arg("--public-key")
            .arg(dir.join("key.pub"))
            .arg("--report")
            .arg(dir.join("report.json"))
            .env_remove("DATABASE_URL")
            .output()
            .unwrap(),
    )
}

async fn a_published_report_is_frozen_and_verifies_offline_and_tampering_is_detected(
    app: &TestApp,
) {
    let (chair, _, (ranking, adoption)) = panel(app).await;
    let id = create_report(&chair, &[ranking, adoption]).await;
    let path = format!("/api/v1/reports/{id}");
    let res = chair.post(&format!("{path}/publish")).await;
    assert_eq!(res.status, 200, "{}", res.text);
    let sha = res.json()["report"]["sha256"].as_str().unwrap().to_owned();
    let entry = app.entry("report.published").await;
    assert_eq!(entry.subject, format!("report:{id}"));
    assert_eq!(entry.details["sha256"], sha.as_str());
    // Publishing twice and editing are refused, and record nothing.
    assert_eq!(chair.post(&format!("{path}/publish")).await.status, 409);
    let res = chair
        .put_json(&path, json!({"title": "Changed", "rounds": [ranking]}))
        .await;
    assert_eq!(res.status, 409, "{}", res.text);
    assert_eq!(app.count_action("report.published").await, 1);
    // The downloads are the frozen bytes, every time.
    let auditor = app.auditor().await;
    let json_file = auditor.get(&format!("{path}/export/report.json")).await;
    assert_eq!(json_file.status, 200);
    assert_eq!(
        json_file.text,
        auditor
            .get(&format!("{path}/export/report.json"))
            .await
            .text
    );
    let md = auditor.get(&format!("{path}/export/report.md")).await.text;
    assert!(md.starts_with("# Outcome of the 2027 session"), "{md}");
    assert!(md.contains("## Recommendations"), "{md}");
    let frozen: Value = serde_json::from_str(&json_file.text).unwrap();
    assert_eq!(auditor.get(&path).await.json()["document"], frozen);
    // Offline: the file matches report.published; a changed file does not.
    let dir = tempfile::tempdir().unwrap();
    let log = auditor.get("/api/v1/audit/log").await.text;
    std::fs::write(dir.path().join("audit.jsonl"), log).unwrap();
    let key = auditor.get("/api/v1/audit/public-key").await.text;
    std::fs::write(dir.path().join("key.pub"), key).unwrap();
    let ran = verify(dir.path(), &json_file.text);
    assert_eq!(ran.code, 0, "{}", ran.all());
    assert!(ran.all().contains(&format!("report:{id}")), "{}", ran.all());
    let tampered = json_file
        .text
        .replace("\"adopted\":true", "\"adopted\":false");
    assert_ne!(tampered, json_file.text);
    let ran = verify(dir.path(), &tampered);
    assert_eq!(ran.code, 1, "{}", ran.all());
    assert!(ran.all().contains("altered"), "{}", ran.all());
    let ran = verify(dir.path(), "{\"not\": \"a report\"}");
    assert_eq!(ran.code, 1, "{}", ran.all());
    app.verify_audit().await;
}

async fn a_new_version_supersedes_a_published_report_and_both_are_kept(app: &TestApp) {
    let (chair, _, (ranking, adoption)) = panel(app).await;
    let old = create_report(&chair, &[ranking]).await;
    let body = json!({"title": "Second version", "rounds": [ranking, adoption], "supersedes": old});
    // Only a published report can be superseded.
    assert_eq!(chair.post_json("/api/v1/reports", &body).await.status, 409);
    assert_eq!(
        chair
            .post(&format!("/api/v1/reports/{old}/publish"))
            .await
            .status,
        200
    );
    let res = chair.post_json("/api/v1/reports", &body).await;
    assert_eq!(res.status, 201, "{}", res.text);
    let new = res.json()["report"]["id"].as_i64().unwrap();
    assert_eq!(res.json()["report"]["supersedes"], old);
    // Once only.
    assert_eq!(chair.post_json("/api/v1/reports", &body).await.status, 409);
    assert_eq!(
        chair
            .post(&format!("/api/v1/reports/{new}/publish"))
            .await
            .status,
        200
    );
    let delegate = app.delegate("france").await;
    let old_view = delegate.get(&format!("/api/v1/reports/{old}")).await.json();
    assert_eq!(old_view["report"]["superseded_by"], new);
    assert_eq!(old_view["document"]["rounds"].as_array().unwrap().len(), 1);
    let new_view = delegate.get(&format!("/api/v1/reports/{new}")).await.json();
    assert_eq!(new_view["document"]["report"]["supersedes"], old);
    let page = delegate
        .browser()
        .await
        .get(&format!("/reports/{old}"))
        .await;
    assert!(page.text.contains("Superseded by"), "{}", page.text);
    assert_eq!(
        delegate.get("/api/v1/reports").await.json()["reports"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

async fn bad_report_input_is_refused_with_a_reason_and_stores_nothing(app: &TestApp) {
    let (chair, _, (ranking, _)) = panel(app).await;
    let fresh = app.proposals(2).await;
    let open = chair.create_round(&fresh, json!({})).await;
    chair.open(open).await;
    let before = app.changes().await;
    for (body, status, words) in [
        (
            json!({"title": "A report", "rounds": []}),
            422,
            "at least one",
        ),
        (
            json!({"title": "A report", "rounds": [ranking, ranking]}),
            422,
            "twice",
        ),
        (
            json!({"title": "A report", "rounds": [999_999]}),
            422,
            "no round 999999",
        ),
        (
            json!({"title": "A report", "rounds": [open]}),
            422,
            "has not closed",
        ),
        (json!({"title": "", "rounds": [ranking]}), 422, "title"),
        (
            json!({"title": "A report", "rounds": [ranking], "supersedes": 424_242}),
            422,
            "no report",
        ),
        (json!({"title": "A report", "rounds": "all"}), 400, "JSON"),
    ] {
        let res = chair.post_json("/api/v1/reports", &body).await;
        assert_eq!(res.status, status, "{body}: {}", res.text);
        assert!(res.text.contains(words), "{body}: {}", res.text);
    }
    assert_eq!(chair.get("/api/v1/reports/77777").await.status, 404);
    assert_eq!(
        chair.post("/api/v1/reports/77777/publish").await.status,
        404
    );
    let id = create_report(&chair, &[ranking]).await;
    let res = chair
        .get(&format!("/api/v1/reports/{id}/export/report.pdf"))
        .await;
    assert_eq!(res.status, 404, "{}", res.text);
    assert_eq!(app.changes().await, before + 1);
}

async fn a_chair_creates_edits_and_publishes_a_report_through_the_pages(app: &TestApp) {
    let (chair, _, (ranking, adoption)) = panel(app).await;
    let b = chair.browser().await;
    let form = b.get("/reports/new").await;
    assert_eq!(form.status, 200);
    assert!(
        form.text.contains(&format!("value=\"{adoption}\"")),
        "{}",
        form.text
    );
    // A bad form is shown again with the reason and what was typed.
    let res = b
        .post_form(
            "/reports",
            &[("title", "Outcome"), ("introduction", "Hello")],
        )
        .await;
    assert_eq!(res.status, 422, "{}", res.text);
    assert!(
        res.text.contains("at least one closed round"),
        "{}",
        res.text
    );
    assert!(res.text.contains(">Hello</textarea>"), "{}", res.text);
    let (r, a) = (ranking.to_string(), adoption.to_string());
    let res = b
        .post_form(
            "/reports",
            &[
                ("title", "Outcome"),
                ("introduction", "Hello"),
                ("rounds", &r),
            ],
        )
        .await;
    assert_eq!(res.status, 303, "{}", res.text);
    let path = res.location().to_owned();
    let page = b.get(&path).await;
    assert!(page.text.contains("Edit the draft"), "{}", page.text);
    assert_eq!(page.text.matches("class=\"recommendation\"").count(), 1);
    let res = b
        .post_form(
            &format!("{path}/edit"),
            &[
                ("title", "Outcome, second draft"),
                ("rounds", &a),
                ("rounds", &r),
            ],
        )
        .await;
    assert_eq!(res.status, 303, "{}", res.text);
    let page = b.get(&path).await;
    assert!(page.text.contains("Outcome, second draft"), "{}", page.text);
    assert_eq!(page.text.matches("class=\"recommendation\"").count(), 2);
    let res = b.post_form(&format!("{path}/publish"), &[]).await;
    assert_eq!(res.status, 303, "{}", res.text);
    let page = b.get(&path).await;
    assert!(page.text.contains("status-published"), "{}", page.text);
    assert!(!page.text.contains("Edit the draft"), "{}", page.text);
    assert!(page.text.contains("/static/report.css"));
    assert_eq!(b.get(&format!("{path}/edit")).await.status, 409);
    let res = b.post_form(&format!("{path}/publish"), &[]).await;
    assert_eq!(res.status, 409, "{}", res.text);
    // The list shows it to a delegate.
    let list = app
        .delegate("france")
        .await
        .browser()
        .await
        .get("/reports")
        .await;
    assert!(list.text.contains("Outcome, second draft"), "{}", list.text);
}
