//! A closed round's downloads: re-tallied byte for byte by `plenary tally`,
//! tied to the audit trail by `plenary audit verify --ballots`, free of
//! anything identifying a voter in secret rounds, and denied to delegates.
#![allow(clippy::unwrap_used)]


use crate::common::TestApp;
use plenary::domain::user::Role;
use serde_json::{Value, json};

both_backends!(
    every_method_and_weighting_is_reproduced_byte_for_byte_from_the_downloads,
    the_verifier_ties_ballots_json_to_the_trail_and_catches_an_altered_ballot,
    secret_round_exports_identify_no_voter,
    exports_are_for_auditors_and_chairs_of_closed_rounds_only,
);

fn p(id: i64) -> String {
    format!("p{id}")
}

async fn download(app: &TestApp, token: &str, id: i64, file: &str) -> (u16, String) {
    let res = app
        .api_client()
        .get(app.url(&format!("/api/v1/rounds/{id}/export/{file}")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

/// A closed round with five voters in four groups; returns its id.
async fn closed_round(
    app: &TestApp,
    chair: &str,
    ids: &[i64],
    extra: Value,
    voters: &[String],
) -> i64 {
    let id = app.create_round(chair, ids, extra).await;
    assert_eq!(app.round_action(chair, id, "open").await.status(), 200);
    let rankings = [
        json!([[p(ids[0])], [p(ids[1])], [p(ids[2])]]),
        json!([[p(ids[1])], [p(ids[0]), p(ids[3])]]),
        json!([[p(ids[2])], [p(ids[3])], [p(ids[0])], [p(ids[1])]]),
        json!([[p(ids[3]), p(ids[2])]]),
        json!([[p(ids[1])], [p(ids[2])]]),
    ];
    for (v, r) in voters.iter().zip(rankings.iter().cycle()) {
        assert_eq!(app.vote(v, id, r.clone()).await.status(), 200);
    }
    assert_eq!(app.round_action(chair, id, "close").await.status(), 200);
    id
}

async fn five_voters(app: &TestApp) -> Vec<String> {
    let people = [
        ("ana.lopez@example.org", "industry", "Acme Networks"),
        ("ben.okafor@example.org", "industry", "Acme Networks"),
        ("cai.wong@example.org", "academia", "University of Lisbon"),
        ("delia.ng@example.org", "civil_society", "Open Rights Forum"),
        ("eve.moss@example.org", "member_state", "Chile"),
    ];
    let mut out = Vec::new();
    for (e, g, o) in people {
        out.push(app.voter(e, g, o).await);
    }
    out
}

async fn every_method_and_weighting_is_reproduced_byte_for_byte_from_the_downloads(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let auditor = app.signed_in("auditor@example.org", Role::Auditor).await;
    let ids = app.proposals(4).await;
    let voters = five_voters(app).await;
    let dir = tempfile::tempdir().unwrap();
    let weightings = [
        json!({"weighting": "per_delegate"}),
        json!({"weighting": "equal_groups", "group_weights": {"industry": "2"}}),
        json!({"weighting": "per_organisation"}),
    ];
    for method in [
        "schulze",
        "ranked_pairs",
        "borda",
        "irv",
        "copeland",
        "plurality",
    ] {
        for w in &weightings {
            let mut extra = w.clone();
            extra["method"] = json!(method);
            extra["secrecy"] = json!(if method == "borda" {
                "recorded"
            } else {
                "secret"
            });
            let id = closed_round(app, &chair, &ids, extra, &voters).await;
            let (s, ballots) = download(app, &auditor, id, "ballots.json").await;
            assert_eq!(s, 200);
            let (s, results) = download(app, &auditor, id, "results.json").await;
            assert_eq!(s, 200);
            let (code, out, err) =
                crate::common::run_tally(dir.path(), &format!("r{id}.json"), &ballots, &[]);
            assert_eq!(code, 0, "{method} {w}: {err}");
            assert_eq!(
                out, results,
                "{method} {w}: plenary tally must reproduce results.json byte for byte"
            );
            let doc: Value = serde_json::from_str(&results).unwrap();
            assert_eq!(doc["method"], method);
            // The other files download too and agree on the ballots.
            let (s, csv) = download(app, &auditor, id, "ballots.csv").await;
            assert_eq!(s, 200);
            assert_eq!(csv.lines().count(), 6, "{csv}");
            let (s, toi) = download(app, &auditor, id, "ballots.toi").await;
            assert_eq!(s, 200);
            assert!(toi.contains("# NUMBER VOTERS: 5"));
            let (s, rcsv) = download(app, &auditor, id, "results.csv").await;
            assert_eq!(s, 200);
            assert!(rcsv.starts_with("rank,id,title"));
            assert_eq!(rcsv.lines().count(), 5);
        }
    }
    // For per-delegate rounds the PrefLib file gives the same ranking,
    // once its alternative numbers are mapped back to proposal ids.
    let id = closed_round(app, &chair, &ids, json!({"method": "schulze"}), &voters).await;
    let (_, ballots) = download(app, &auditor, id, "ballots.json").await;
    let (_, toi) = download(app, &auditor, id, "ballots.toi").await;
    let file: Value = serde_json::from_str(&ballots).unwrap();
    let number: Vec<String> = file["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    let tiebreak: Vec<String> = file["round"]["tiebreak"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (number
                .iter()
                .position(|n| n == c.as_str().unwrap())
                .unwrap()
                + 1)
            .to_string()
        })
        .collect();
    let (code, out, err) = crate::common::run_tally(
        dir.path(),
        "b.toi",
        &toi,
        &["--tiebreak", &tiebreak.join(",")],
    );
    assert_eq!(code, 0, "{err}");
    let from_toi: Value = serde_json::from_str(&out).unwrap();
    let (_, results) = download(app, &auditor, id, "results.json").await;
    let official: Value = serde_json::from_str(&results).unwrap();
    let mapped: Vec<Vec<String>> = from_toi["ranking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            t.as_array()
                .unwrap()
                .iter()
                .map(|n| number[n.as_str().unwrap().parse::<usize>().unwrap() - 1].clone())
                .collect()
        })
        .collect();
    assert_eq!(json!(mapped), official["ranking"]);
}

async fn the_verifier_ties_ballots_json_to_the_trail_and_catches_an_altered_ballot(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let auditor = app.signed_in("auditor@example.org", Role::Auditor).await;
    let ids = app.proposals(4).await;
    let voters = five_voters(app).await;
    let id = closed_round(
        app,
        &chair,
        &ids,
        json!({"weighting": "equal_groups"}),
        &voters,
    )
    .await;
    let (_, ballots) = download(app, &auditor, id, "ballots.json").await;
    let client = app.api_client();
    let log = client
        .get(app.url("/api/v1/audit/log"))
        .bearer_auth(&auditor)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let key = client
        .get(app.url("/api/v1/audit/public-key"))
        .bearer_auth(&auditor)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("audit.jsonl"), &log).unwrap();
    std::fs::write(dir.path().join("key.pub"), &key).unwrap();
    let verify = |ballots_text: &str| {
        std::fs::write(dir.path().join("ballots.json"), ballots_text).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
            .args(["audit", "verify"])
            .arg(dir.path().join("audit.jsonl"))
            .arg("--public-key")
            .arg(dir.path().join("key.pub"))
            .arg("--ballots")
            .arg(dir.path().join("ballots.json"))
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, out) = verify(&ballots);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("digest matches round.closed"), "{out}");

    // Alter one ballot's ranking: the file's digest no longer matches.
    let mut doc: Value = serde_json::from_str(&ballots).unwrap();
    let original = doc["ballots"][0]["ranking"].clone();
    doc["ballots"][0]["ranking"] = json!([[p(ids[3])]]);
    assert_ne!(original, doc["ballots"][0]["ranking"]);
    let (code, out) = verify(&serde_json::to_string_pretty(&doc).unwrap());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("a ballot was altered"), "{out}");
    // Alter it and restate the digest: the trail's round.closed disagrees.
    let with_org = false;
    let entries: Vec<plenary::domain::ballots_file::BallotEntry> =
        serde_json::from_value(doc["ballots"].clone()).unwrap();
    doc["digest"] = json!(plenary::domain::ballots_file::digest(&entries, with_org).unwrap());
    let (code, out) = verify(&serde_json::to_string_pretty(&doc).unwrap());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("round.closed records ballot digest"), "{out}");
    // Change a weight only (not covered by the digest): the tally differs from results.published.
    let mut doc: Value = serde_json::from_str(&ballots).unwrap();
    doc["round"]["weighting"] = json!("per_delegate");
    for b in doc["ballots"].as_array_mut().unwrap() {
        b["weight"] = json!("1");
    }
    let (code, out) = verify(&serde_json::to_string_pretty(&doc).unwrap());
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("results.published records results hash"),
        "{out}"
    );
}

async fn secret_round_exports_identify_no_voter(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let auditor = app.signed_in("auditor@example.org", Role::Auditor).await;
    let ids = app.proposals(4).await;
    let voters = five_voters(app).await;
    let id = closed_round(
        app,
        &chair,
        &ids,
        json!({"secrecy": "secret", "weighting": "equal_groups"}),
        &voters,
    )
    .await;
    let mut needles: Vec<String> = vec![];
    for (e, o) in [
        ("ana.lopez@example.org", "Acme Networks"),
        ("ben.okafor@example.org", "Acme Networks"),
        ("cai.wong@example.org", "University of Lisbon"),
        ("delia.ng@example.org", "Open Rights Forum"),
        ("eve.moss@example.org", "Chile"),
    ] {
        needles.push(e.to_owned());
        // The display name (the address's local part); each holds a '.' so
        // it can never occur inside a hex receipt or digest by chance.
        needles.push(e.split('@').next().unwrap().to_owned());
        needles.push(o.to_owned());
    }
    needles.push("user_id".to_owned());
    needles.push("\"voter\"".to_owned());
    needles.push("organisation".to_owned());
    for file in [
        "ballots.json",
        "ballots.csv",
        "ballots.toi",
        "results.json",
        "results.csv",
    ] {
        let (s, body) = download(app, &auditor, id, file).await;
        assert_eq!(s, 200);
        for n in &needles {
            assert!(!body.contains(n.as_str()), "{file} contains {n:?}");
        }
    }
    // No ballot carries any field beyond receipt, group, weight and ranking,
    // so no user id can hide in one.
    let (_, body) = download(app, &auditor, id, "ballots.json").await;
    let doc: Value = serde_json::from_str(&body).unwrap();
    for b in doc["ballots"].as_array().unwrap() {
        let mut keys: Vec<&str> = b.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["group", "ranking", "receipt", "weight"]);
    }
}

async fn exports_are_for_auditors_and_chairs_of_closed_rounds_only(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let auditor = app.signed_in("auditor@example.org", Role::Auditor).await;
    let delegate = app.signed_in("delegate@example.org", Role::Delegate).await;
    let ids = app.proposals(4).await;
    let open = app.create_round(&chair, &ids, json!({})).await;
    assert_eq!(app.round_action(&chair, open, "open").await.status(), 200);
    let (s, _) = download(app, &auditor, open, "ballots.json").await;
    assert_eq!(s, 409, "nothing is published before the close");
    let voters = five_voters(app).await;
    let id = closed_round(app, &chair, &ids, json!({}), &voters).await;
    for file in [
        "ballots.json",
        "ballots.csv",
        "ballots.toi",
        "results.json",
        "results.csv",
    ] {
        let (s, body) = download(app, &delegate, id, file).await;
        assert_eq!(s, 403, "{file}: {body}");
        let res = app
            .api_client()
            .get(app.url(&format!("/api/v1/rounds/{id}/export/{file}")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 401);
        assert_eq!(download(app, &chair, id, file).await.0, 200);
        assert_eq!(download(app, &auditor, id, file).await.0, 200);
    }
    assert_eq!(download(app, &auditor, id, "passwords.txt").await.0, 404);
    let downloads: Vec<_> = app
        .audit()
        .await
        .into_iter()
        .filter(|e| e.action == "export.downloaded" && e.subject == format!("round:{id}"))
        .collect();
    assert_eq!(downloads.len(), 10);
    assert_eq!(downloads[0].details["file"], "ballots.json");
}
