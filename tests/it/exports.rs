//! A closed round's downloads: re-tallied byte for byte by `plenary tally`,
//! tied to the audit trail by `plenary audit verify --ballots`, free of
//! anything identifying a voter in secret rounds, and denied to delegates.

use crate::common::cli::{audit_verify, run_tally};
use crate::common::internals::{BallotEntry, digest};
use crate::common::{METHODS, Person, RequestHelper, TestApp, Value, json, p};

both_backends!(
    every_method_and_weighting_is_reproduced_byte_for_byte_from_the_downloads,
    the_verifier_ties_ballots_json_to_the_trail_and_catches_an_altered_ballot,
    secret_round_exports_identify_no_voter,
    exports_are_for_auditors_chairs_and_electors_of_closed_rounds_only,
);

/// `file` of round `id`'s downloads, as `who` gets it: (status, text).
async fn download(who: &Person, id: i64, file: &str) -> (u16, String) {
    let res = who.get(&format!("/api/v1/rounds/{id}/export/{file}")).await;
    (res.status, res.text)
}

/// Every file a closed round offers.
const FILES: [&str; 5] = [
    "ballots.json",
    "ballots.csv",
    "ballots.toi",
    "results.json",
    "results.csv",
];

/// A closed round with five voters in four groups; returns its id.
async fn closed_round(chair: &Person, ids: &[i64], extra: Value, voters: &[Person]) -> i64 {
    let id = chair.create_round(ids, extra).await;
    chair.open(id).await;
    let rankings = [
        json!([[p(ids[0])], [p(ids[1])], [p(ids[2])]]),
        json!([[p(ids[1])], [p(ids[0]), p(ids[3])]]),
        json!([[p(ids[2])], [p(ids[3])], [p(ids[0])], [p(ids[1])]]),
        json!([[p(ids[3]), p(ids[2])]]),
        json!([[p(ids[1])], [p(ids[2])]]),
    ];
    for (v, r) in voters.iter().zip(rankings.iter().cycle()) {
        assert_eq!(v.vote(id, r.clone()).await.status, 200);
    }
    chair.close(id).await;
    id
}

/// The five voters: name (the local part of their address), group and
/// organisation.
const VOTERS: [(&str, &str, &str); 5] = [
    ("ana.lopez", "industry", "Acme Networks"),
    ("ben.okafor", "industry", "Acme Networks"),
    ("cai.wong", "academia", "University of Lisbon"),
    ("delia.ng", "civil_society", "Open Rights Forum"),
    ("eve.moss", "member_state", "Chile"),
];

/// The chair, the auditor, four eligible proposals and five voters.
async fn setting(app: &TestApp) -> (Person, Person, Vec<i64>, Vec<Person>) {
    let chair = app.chair().await;
    let auditor = app.auditor().await;
    let ids = app.proposals(4).await;
    let mut voters = Vec::new();
    for (name, group, organisation) in VOTERS {
        voters.push(app.delegate_in(name, group, organisation).await);
    }
    (chair, auditor, ids, voters)
}

async fn every_method_and_weighting_is_reproduced_byte_for_byte_from_the_downloads(app: &TestApp) {
    let (chair, auditor, ids, voters) = setting(app).await;
    let dir = tempfile::tempdir().unwrap();
    let weightings = [
        json!({"weighting": "per_delegate"}),
        json!({"weighting": "equal_groups", "group_weights": {"industry": "2"}}),
        json!({"weighting": "per_organisation"}),
    ];
    for method in METHODS {
        for w in &weightings {
            let mut extra = w.clone();
            extra["method"] = json!(method);
            extra["secrecy"] = json!(if method == "borda" {
                "recorded"
            } else {
                "secret"
            });
            let id = closed_round(&chair, &ids, extra, &voters).await;
            let (s, ballots) = download(&auditor, id, "ballots.json").await;
            assert_eq!(s, 200);
            let (s, results) = download(&auditor, id, "results.json").await;
            assert_eq!(s, 200);
            let (code, out, err) = run_tally(dir.path(), &format!("r{id}.json"), &ballots, &[]);
            assert_eq!(code, 0, "{method} {w}: {err}");
            assert_eq!(
                out, results,
                "{method} {w}: plenary tally must reproduce results.json byte for byte"
            );
            let doc: Value = serde_json::from_str(&results).unwrap();
            assert_eq!(doc["method"], method);
            // The other files download too and agree on the ballots.
            let (s, csv) = download(&auditor, id, "ballots.csv").await;
            assert_eq!(s, 200);
            assert_eq!(csv.lines().count(), 6, "{csv}");
            let (s, toi) = download(&auditor, id, "ballots.toi").await;
            assert_eq!(s, 200);
            assert!(toi.contains("# NUMBER VOTERS: 5"));
            let (s, rcsv) = download(&auditor, id, "results.csv").await;
            assert_eq!(s, 200);
            assert!(rcsv.starts_with("rank,id,title"));
            assert_eq!(rcsv.lines().count(), 5);
        }
    }
    // For per-delegate rounds the PrefLib file gives the same ranking,
    // once its alternative numbers are mapped back to proposal ids.
    let id = closed_round(&chair, &ids, json!({"method": "schulze"}), &voters).await;
    let (_, ballots) = download(&auditor, id, "ballots.json").await;
    let (_, toi) = download(&auditor, id, "ballots.toi").await;
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
    let (code, out, err) = run_tally(
        dir.path(),
        "b.toi",
        &toi,
        &["--tiebreak", &tiebreak.join(",")],
    );
    assert_eq!(code, 0, "{err}");
    let from_toi: Value = serde_json::from_str(&out).unwrap();
    let (_, results) = download(&auditor, id, "results.json").await;
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
    let (chair, auditor, ids, voters) = setting(app).await;
    let id = closed_round(&chair, &ids, json!({"weighting": "equal_groups"}), &voters).await;
    let (_, ballots) = download(&auditor, id, "ballots.json").await;
    let log = auditor.text("/api/v1/audit/log").await;
    let key = auditor.text("/api/v1/audit/public-key").await;
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name);
    std::fs::write(path("audit.jsonl"), &log).unwrap();
    std::fs::write(path("key.pub"), &key).unwrap();
    let verify = |ballots_text: &str| {
        std::fs::write(path("ballots.json"), ballots_text).unwrap();
        let ran = audit_verify(
            &path("audit.jsonl"),
            &path("key.pub"),
            Some(&path("ballots.json")),
        );
        (ran.code, ran.stdout)
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
    let entries: Vec<BallotEntry> = serde_json::from_value(doc["ballots"].clone()).unwrap();
    doc["digest"] = json!(digest(&entries, with_org).unwrap());
    let (code, out) = verify(&serde_json::to_string_pretty(&doc).unwrap());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("round.closed records ballot digest"), "{out}");
    // Change the weights only: a labelled ballot's weight is recomputed (the
    // tally then differs from results.published); a ballot whose group label
    // is withheld (fewer than 3 ballots share it) has its weight in the
    // digest. Either way the change is caught.
    let mut doc: Value = serde_json::from_str(&ballots).unwrap();
    doc["round"]["weighting"] = json!("per_delegate");
    let withheld = doc["ballots"]
        .as_array()
        .unwrap()
        .iter()
        .any(|b| b["group"] == "");
    for b in doc["ballots"].as_array_mut().unwrap() {
        b["weight"] = json!("1");
    }
    let (code, out) = verify(&serde_json::to_string_pretty(&doc).unwrap());
    assert_eq!(code, 1, "{out}");
    if withheld {
        assert!(out.contains("a ballot was altered"), "{out}");
    } else {
        assert!(
            out.contains("results.published records results hash"),
            "{out}"
        );
    }
}

async fn secret_round_exports_identify_no_voter(app: &TestApp) {
    let (chair, auditor, ids, voters) = setting(app).await;
    let id = closed_round(
        &chair,
        &ids,
        json!({"secrecy": "secret", "weighting": "equal_groups"}),
        &voters,
    )
    .await;
    let mut needles: Vec<String> = vec![];
    for (name, _, organisation) in VOTERS {
        needles.push(format!("{name}@example.org"));
        // The display name (the address's local part); each holds a '.' so
        // it can never occur inside a hex receipt or digest by chance.
        needles.push(name.to_owned());
        needles.push(organisation.to_owned());
    }
    needles.push("user_id".to_owned());
    needles.push("\"voter\"".to_owned());
    needles.push("organisation".to_owned());
    for file in FILES {
        let (s, body) = download(&auditor, id, file).await;
        assert_eq!(s, 200);
        for n in &needles {
            assert!(!body.contains(n.as_str()), "{file} contains {n:?}");
        }
    }
    // No ballot carries any field beyond receipt, group, weight and ranking,
    // so no user id can hide in one.
    let (_, body) = download(&auditor, id, "ballots.json").await;
    let doc: Value = serde_json::from_str(&body).unwrap();
    for b in doc["ballots"].as_array().unwrap() {
        let mut keys: Vec<&str> = b.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["group", "ranking", "receipt", "weight"]);
    }
}

async fn exports_are_for_auditors_chairs_and_electors_of_closed_rounds_only(app: &TestApp) {
    let chair = app.chair().await;
    let auditor = app.auditor().await;
    let delegate = app.delegate("delegate").await;
    let ids = app.proposals(4).await;
    let open = chair.create_round(&ids, json!({})).await;
    chair.open(open).await;
    let (s, _) = download(&auditor, open, "ballots.json").await;
    assert_eq!(s, 409, "nothing is published before the close");
    let mut voters = Vec::new();
    for (name, group, organisation) in VOTERS {
        voters.push(app.delegate_in(name, group, organisation).await);
    }
    let id = closed_round(&chair, &ids, json!({}), &voters).await;
    // Approved after the round opened: no elector of it.
    let latecomer = app.delegate("latecomer").await;
    let admin = app.admin().await;
    for file in FILES {
        let (s, body) = download(&delegate, id, file).await;
        assert_eq!(s, 200, "an elector reads the documents, {file}: {body}");
        let (s, body) = download(&latecomer, id, file).await;
        assert_eq!(s, 403, "{file}: {body}");
        assert_eq!(download(&admin, id, file).await.0, 403, "{file}");
        let res = app
            .anon()
            .get(&format!("/api/v1/rounds/{id}/export/{file}"))
            .await;
        assert_eq!(res.status, 401);
        assert_eq!(download(&chair, id, file).await.0, 200);
        assert_eq!(download(&auditor, id, file).await.0, 200);
    }
    assert_eq!(download(&auditor, id, "passwords.txt").await.0, 404);
    let downloads: Vec<_> = app
        .entries("export.downloaded")
        .await
        .into_iter()
        .filter(|e| e.subject == format!("round:{id}"))
        .collect();
    // Five files each for the elector, the chair and the auditor.
    assert_eq!(downloads.len(), 15);
    assert_eq!(downloads[0].details["file"], "ballots.json");
}
