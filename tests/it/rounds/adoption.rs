//! Adoption rounds over HTTP: every preset decides a known set of ballots
//! through the API, the decisions reach the proposals and the trail, the
//! downloads re-tally byte for byte and tie to the trail, bad rules and
//! ballots are refused with nothing stored, and the pages work without
//! JavaScript.

use super::api;
use crate::common::Caller;
use crate::common::cli::{audit_verify, run_tally};
use crate::common::{RequestHelper, Role, TestApp, Value, json, p};

both_backends!(
    every_preset_decides_the_same_ballots_as_stated,
    bad_rules_and_ballots_are_refused_and_store_nothing,
    an_adoption_round_works_through_the_pages_without_javascript,
);

/// Nine electors over four groups: member_state (chair, ms1, ms2),
/// academia (the proposals' author), industry (its co-sponsor, in1, in2),
/// civil_society (its co-sponsor, cs1). Returns the chair, the proposals and
/// each voter by name.
async fn panel(app: &TestApp) -> (crate::common::Person, Vec<i64>, Vec<(&'static str, Caller)>) {
    let chair = app.chair().await;
    let ids = app.proposals(3).await;
    let mut voters: Vec<(&'static str, Caller)> = Vec::new();
    for (name, group, org) in [
        ("ms1", "member_state", "Chile"),
        ("ms2", "member_state", "Ghana"),
        ("in1", "industry", "Acme"),
        ("in2", "industry", "Globex"),
        ("cs1", "civil_society", "Open Rights"),
    ] {
        let person = app.delegate_in(name, group, org).await;
        voters.push((name, app.with_token(&app.token(person.email()).await)));
    }
    let author = app.author_email(ids[0]).await;
    voters.push(("author", app.with_token(&app.token(&author).await)));
    for (name, email) in [
        ("coind", "cosponsor-industry@example.org"),
        ("cocs", "cosponsor-civil_society@example.org"),
        ("chair", "chair@example.org"),
    ] {
        voters.push((name, app.with_token(&app.token(email).await)));
    }
    (chair, ids, voters)
}

/// Each voter's answers on p1, p2, p3 (`y`, `n`, `a`, or `-` to leave it out).
const BALLOTS: [(&str, &str); 9] = [
    ("chair", "yy-"),
    ("ms1", "yya"),
    ("ms2", "yn-"),
    ("author", "yya"),
    ("coind", "yy-"),
    ("in1", "yn-"),
    ("in2", "ny-"),
    ("cocs", "yn-"),
    ("cs1", "ya-"),
];

fn votes_of(answers: &str, ids: &[i64]) -> Value {
    let mut votes = serde_json::Map::new();
    for (k, c) in answers.chars().enumerate() {
        let v = match c {
            'y' => "yes",
            'n' => "no",
            'a' => "abstain",
            _ => continue,
        };
        votes.insert(p(ids[k]), json!(v));
    }
    Value::Object(votes)
}

async fn every_preset_decides_the_same_ballots_as_stated(app: &TestApp) {
    let (chair, ids, voters) = panel(app).await;
    let houses = json!({"governments": ["member_state"], "stakeholders": ["academia", "industry", "civil_society"]});
    // p1 passes everything (industry at exactly 2/3); p2 has 5/8 overall,
    // 2/3 in governments and 3/5 in stakeholders, none in civil society;
    // p3 has no yes or no at all.
    let cases: [(&str, &[usize]); 6] = [
        ("majority", &[0, 1]),
        ("two_thirds", &[0]),
        ("concurrent_majority", &[0]),
        ("concurrent_two_thirds", &[0]),
        ("two_houses", &[0, 1]),
        ("house_supermajority", &[0]),
    ];
    let mut rounds = Vec::new();
    for (preset, _) in cases {
        let mut body = json!({"kind": "adoption", "rule": {"preset": preset}, "title": format!("Adopt by {preset}")});
        if preset.contains("house") {
            body["houses"] = houses.clone();
        }
        rounds.push(chair.create_round(&ids, body).await);
    }
    // The same ballots, but a quorum in every group that member states miss.
    let quorum = chair
        .create_round(
            &ids,
            json!({"kind": "adoption", "rule": {"preset": "majority"}, "group_quorum_percent": 100}),
        )
        .await;
    for &r in rounds.iter().chain([&quorum]) {
        chair.open(r).await;
    }
    for &r in &rounds {
        for (name, answers) in BALLOTS {
            let voter = &voters.iter().find(|(n, _)| *n == name).unwrap().1;
            let res = voter
                .put_json(
                    &api(r, "/ballot"),
                    json!({"votes": votes_of(answers, &ids)}),
                )
                .await;
            assert_eq!(res.status, 200, "{name}: {}", res.text);
            assert_eq!(res.json()["receipt"].as_str().unwrap().len(), 64);
        }
    }
    for (name, answers) in BALLOTS.iter().filter(|(n, _)| *n != "ms2") {
        let voter = &voters.iter().find(|(n, _)| n == name).unwrap().1;
        let res = voter
            .put_json(
                &api(quorum, "/ballot"),
                json!({"votes": votes_of(answers, &ids)}),
            )
            .await;
        assert_eq!(res.status, 200, "{}", res.text);
    }
    // A left-out proposal is an abstention, and the voter sees it so.
    let ms1 = &voters[0].1;
    let own = ms1.get(&api(rounds[0], "/ballot")).await.json();
    assert_eq!(own["ballot"]["votes"][p(ids[2])], "abstain");
    let chair_votes = voters.iter().find(|(n, _)| *n == "chair").unwrap();
    let own = chair_votes.1.get(&api(rounds[0], "/ballot")).await.json();
    assert_eq!(own["ballot"]["votes"][p(ids[2])], "abstain");

    let auditor = app.auditor().await;
    for (&r, (preset, adopted)) in rounds.iter().zip(cases) {
        chair.close(r).await;
        let results = chair.get(&api(r, "/results")).await.json();
        let expected: Vec<String> = adopted.iter().map(|&k| p(ids[k])).collect();
        assert_eq!(results["adopted"], json!(expected), "{preset}");
        assert_eq!(results["kind"], "adoption");
        assert_eq!(results["preset"], preset);
        let d2 = &results["decisions"][1];
        assert_eq!(d2["totals"]["yes"], "5", "{preset}");
        assert_eq!(d2["totals"]["no"], "3", "{preset}");
        assert_eq!(d2["groups"]["civil_society"]["abstain"], "1");
        let d3 = &results["decisions"][2];
        assert_eq!(d3["adopted"], false);

        // The downloads re-tally byte for byte and tie to the trail.
        let ballots = auditor
            .get(&format!("/api/v1/rounds/{r}/export/ballots.json"))
            .await;
        assert_eq!(ballots.status, 200);
        let stored = auditor
            .get(&format!("/api/v1/rounds/{r}/export/results.json"))
            .await
            .text;
        let dir = tempfile::tempdir().unwrap();
        let (code, out, err) = run_tally(dir.path(), "ballots.json", &ballots.text, &[]);
        assert_eq!(code, 0, "{preset}: {err}");
        assert_eq!(out, stored, "{preset}");
        let doc: Value = serde_json::from_str(&ballots.text).unwrap();
        assert_eq!(doc["round"]["kind"], "adoption");
        assert_eq!(doc["round"]["electors"]["member_state"], 3);
        assert!(doc["ballots"][0]["votes"].is_object());
        assert!(doc["ballots"][0].get("ranking").is_none());
    }
    chair.close(quorum).await;
    let results = chair.get(&api(quorum, "/results")).await.json();
    assert_eq!(results["adopted"], json!([]));
    assert_eq!(results["decisions"][0]["rule_met"], true);
    assert_eq!(
        results["group_quorum"]["groups"]["member_state"]["met"],
        false
    );

    // The first close decided the proposals; the trail says so, by the system.
    for (k, expected) in ["adopted", "adopted", "not_adopted"]
        .into_iter()
        .enumerate()
    {
        let proposal = chair
            .get(&format!("/api/v1/proposals/{}", ids[k]))
            .await
            .json();
        assert_eq!(proposal["proposal"]["status"], expected, "p{k}");
    }
    let decided = app.entries("proposal.decided").await;
    assert_eq!(decided.len(), 3 * 7);
    assert!(
        decided.iter().all(|e| e.actor == "system"),
        "decided by the system"
    );
    assert_eq!(decided[0].details["round"], format!("round:{}", rounds[0]));
    assert_eq!(decided[0].details["status_changed"], true);
    assert_eq!(decided[3].details["status_changed"], false);
    // A chair cannot overrule it by hand.
    let res = chair
        .post_json(
            &format!("/api/v1/proposals/{}/decision", ids[2]),
            &json!({"decision": "adopted"}),
        )
        .await;
    assert_eq!(res.status, 409, "{}", res.text);

    // CSV carries the votes; PrefLib cannot express them.
    let csv = auditor
        .get(&format!("/api/v1/rounds/{}/export/ballots.csv", rounds[0]))
        .await
        .text;
    assert!(csv.lines().next().unwrap().ends_with(&format!(
        "{},{},{}",
        p(ids[0]),
        p(ids[1]),
        p(ids[2])
    )));
    assert!(
        csv.contains(",yes,no,abstain") || csv.contains(",yes,no,"),
        "{csv}"
    );
    let toi = auditor
        .get(&format!("/api/v1/rounds/{}/export/ballots.toi", rounds[0]))
        .await;
    assert_eq!(toi.status, 409);
    assert!(toi.error_message().contains("PrefLib"), "{}", toi.text);
    let results_csv = auditor
        .get(&format!("/api/v1/rounds/{}/export/results.csv", rounds[1]))
        .await
        .text;
    assert!(
        results_csv.starts_with("id,title,adopted,rule_met,yes,no,abstain"),
        "{results_csv}"
    );
    assert!(
        results_csv.contains(&format!("{},Proposal number 2,no,no,5,3,", p(ids[1]))),
        "{results_csv}"
    );

    // audit verify --ballots covers adoption rounds, and catches a changed vote.
    let log = auditor.get("/api/v1/audit/log").await.text;
    let key = auditor.get("/api/v1/audit/public-key").await.text;
    let ballots = auditor
        .get(&format!("/api/v1/rounds/{}/export/ballots.json", rounds[4]))
        .await
        .text;
    let dir = tempfile::tempdir().unwrap();
    let path = |n: &str| dir.path().join(n);
    std::fs::write(path("audit.jsonl"), &log).unwrap();
    std::fs::write(path("key.pub"), &key).unwrap();
    std::fs::write(path("ballots.json"), &ballots).unwrap();
    let ran = audit_verify(
        &path("audit.jsonl"),
        &path("key.pub"),
        Some(&path("ballots.json")),
    );
    assert_eq!(ran.code, 0, "{}", ran.all());
    let mut doc: Value = serde_json::from_str(&ballots).unwrap();
    let first = doc["ballots"][0]["votes"][p(ids[0])].clone();
    doc["ballots"][0]["votes"][p(ids[0])] = json!(if first == "yes" { "no" } else { "yes" });
    std::fs::write(
        path("ballots.json"),
        serde_json::to_string_pretty(&doc).unwrap(),
    )
    .unwrap();
    let ran = audit_verify(
        &path("audit.jsonl"),
        &path("key.pub"),
        Some(&path("ballots.json")),
    );
    assert_eq!(ran.code, 1, "{}", ran.all());
    app.verify_audit().await;
}

async fn bad_rules_and_ballots_are_refused_and_store_nothing(app: &TestApp) {
    let chair = app.chair().await;
    let ids = app.proposals(2).await;
    let bad = [
        (json!({"kind": "adoption"}), "needs a rule"),
        (
            json!({"kind": "adoption", "rule": {"preset": "two_houses"}}),
            "exactly two houses",
        ),
        (
            json!({"kind": "adoption", "rule": {"support": {"in": "group:nobody", "at_least": "1/2"}}}),
            "Unknown stakeholder group",
        ),
        (
            json!({"kind": "adoption", "rule": {"support": {"in": "house:x", "at_least": "1/2"}}}),
            "Unknown house",
        ),
        (
            json!({"kind": "adoption", "rule": {"support": {"in": "all", "at_least": "4/3"}}}),
            "more than 1",
        ),
        (
            json!({"kind": "adoption", "rule": {"support": {"in": "all", "at_least": "half"}}}),
            "not a fraction",
        ),
        (
            json!({"kind": "adoption", "rule": {"all": [{"all": [{"all": [{"all": [{"all": [{"all": [{"all": [{"all": [{"all": [{"preset": "majority"}]}]}]}]}]}]}]}]}]}}),
            "deeper than 8",
        ),
        (
            json!({"kind": "adoption", "rule": {"preset": "majority"}, "method": "borda"}),
            "no ranking method",
        ),
        (
            json!({"kind": "adoption", "rule": {"preset": "majority"}, "houses": {"a": ["industry"], "b": ["industry"]}}),
            "more than one house",
        ),
        (
            json!({"kind": "adoption", "rule": {"preset": "majority"}, "group_quorum_percent": 101}),
            "",
        ),
        (
            json!({"kind": "ranking", "rule": {"preset": "majority"}}),
            "adoption rounds only",
        ),
        (json!({"kind": "referendum"}), "Unknown round kind"),
    ];
    let before = app.changes().await;
    for (extra, expected) in bad {
        let mut body = json!({"title": "Adopt", "proposals": ids});
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        let res = chair.post_json("/api/v1/rounds", &body).await;
        assert!(
            matches!(res.status, 400 | 422),
            "{extra}: {} {}",
            res.status,
            res.text
        );
        assert!(
            res.error_message().contains(expected),
            "{extra}: {}",
            res.text
        );
    }
    assert_eq!(app.changes().await, before, "nothing stored");

    let adoption = chair
        .create_round(
            &ids,
            json!({"kind": "adoption", "rule": {"preset": "majority"}}),
        )
        .await;
    let ranking = chair.create_round(&ids, json!({})).await;
    let voter = app.delegate_in("v", "industry", "Acme").await;
    chair.open(adoption).await;
    chair.open(ranking).await;
    let before = app.changes().await;
    let (a, b) = (p(ids[0]), p(ids[1]));
    for (round, body, expected) in [
        (adoption, json!({"ranking": [[a]]}), "adoption round"),
        (
            adoption,
            json!({"votes": {"p999999": "yes"}}),
            "Unknown proposal",
        ),
        (
            adoption,
            json!({"votes": {a.clone(): "maybe"}}),
            "yes, no or abstain",
        ),
        (
            adoption,
            json!({"votes": {a.clone(): "yes"}, "ranking": [[b]]}),
            "not both",
        ),
        (adoption, json!({}), "not both and not neither"),
        (
            ranking,
            json!({"votes": {a.clone(): "yes"}}),
            "ranking round",
        ),
    ] {
        let res = voter.put_json(&api(round, "/ballot"), body.clone()).await;
        assert_eq!(res.status, 422, "{body}: {}", res.text);
        assert!(
            res.error_message().contains(expected),
            "{body}: {}",
            res.text
        );
    }
    assert_eq!(app.changes().await, before, "no ballot stored");
    let outsider = app.someone(Role::Auditor).await;
    let res = outsider
        .put_json(&api(adoption, "/ballot"), json!({"votes": {a: "yes"}}))
        .await;
    assert_eq!(res.status, 403);
}

async fn an_adoption_round_works_through_the_pages_without_javascript(app: &TestApp) {
    let chair = app.chair().await;
    let ids = app.proposals(2).await;
    let voter = app.delegate_in("page", "industry", "Acme").await;
    let page = chair.browser().await;
    let id_list: Vec<String> = ids.iter().map(i64::to_string).collect();
    let mut fields = vec![
        ("title", "Adopt the recommendations"),
        ("kind", "adoption"),
        ("preset", "custom"),
        (
            "rule",
            "{\"support\": {\"in\": \"all\", \"at_least\": \"1/2\"}}",
        ),
        ("houses", ""),
        ("group_quorum_percent", ""),
        ("method", "schulze"),
        ("weighting", "per_delegate"),
        ("secrecy", "secret"),
    ];
    for i in &id_list {
        fields.push(("proposals", i));
    }
    // A bad custom rule comes back with the form filled in.
    let mut wrong = fields.clone();
    wrong[3] = ("rule", "{\"support\": {\"in\": \"galaxy\"}}");
    let res = page.post_form("/rounds", &wrong).await;
    assert_eq!(res.status, 422);
    assert!(res.text.contains("Unknown scope"), "{}", res.text);
    assert!(res.text.contains("galaxy"));
    let res = page.post_form("/rounds", &fields).await;
    assert_eq!(res.status, 303, "{}", res.text);
    let round: i64 = res.location().rsplit('/').next().unwrap().parse().unwrap();
    let show = page.get(&format!("/rounds/{round}")).await;
    assert!(show.text.contains("adoption vote"), "{}", show.text);
    // Groups with one or two voters: the page says their votes can be read.
    assert!(
        show.text.contains("keep every ballot&#39;s group")
            || show.text.contains("keep every ballot's group"),
        "{}",
        show.text
    );
    assert_eq!(
        page.post_form(&format!("/rounds/{round}/open"), &[])
            .await
            .status,
        303
    );

    let ballot_page = voter.browser().await;
    let form = ballot_page.get(&format!("/rounds/{round}/ballot")).await;
    assert_eq!(form.status, 200);
    let (a, b) = (p(ids[0]), p(ids[1]));
    assert!(
        form.text
            .contains(&format!("name=\"vote_{a}\" value=\"yes\"")),
        "{}",
        form.text
    );
    assert!(!form.text.contains("ballot.js"), "no script needed");
    let res = ballot_page
        .post_form(
            &format!("/rounds/{round}/ballot"),
            &[(&format!("vote_{a}"), "yes"), (&format!("vote_{b}"), "no")],
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert!(res.text.contains("Your ballot was cast"), "{}", res.text);
    assert!(
        res.text.contains(&format!(
            "id=\"vote_{a}_yes\" name=\"vote_{a}\" value=\"yes\" checked"
        )),
        "{}",
        res.text
    );
    let res = ballot_page
        .post_form(
            &format!("/rounds/{round}/ballot"),
            &[(&format!("vote_{a}"), "perhaps")],
        )
        .await;
    assert_eq!(res.status, 422);
    assert!(res.text.contains("yes, no or abstain"));

    assert_eq!(
        page.post_form(&format!("/rounds/{round}/close"), &[])
            .await
            .status,
        303
    );
    let show = page.get(&format!("/rounds/{round}")).await.text;
    assert!(show.contains("Decisions"), "{show}");
    assert!(show.contains("Adopted"), "{show}");
    assert!(show.contains("Not adopted"), "{show}");
    assert!(show.contains("<svg"), "{show}");
    assert!(show.contains("measured 1: met"), "{show}");
    assert!(show.contains("measured 0: not met"), "{show}");
    assert!(show.contains("not met"), "{show}");
}
