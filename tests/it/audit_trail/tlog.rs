//! The transparency log over HTTP: receipt proofs checked offline (library,
//! CLI and the page), the sealed ballots document bound to round.closed in
//! every field, consistency proofs that still hold after a server restart,
//! `--since` catching a rewritten history, and bad proof requests refused
//! with a 4xx.

use std::path::Path;

use crate::common::cli::{NO_DATA_DIR, plenary};
use crate::common::internals::{
    AppState, ReceiptProof, Settings, Signer, Tree, entry_leaf, parse_public_key_file,
    verify_checkpoint, verify_receipt_proof,
};
use crate::common::{Backend, Person, RequestHelper, TestApp, Value, json, p};

both_backends!(
    a_receipt_proof_verifies_offline_and_only_for_its_ballot,
    every_field_of_the_ballots_document_is_bound_to_the_trail,
    consistency_proofs_hold_across_a_restart_and_since_catches_a_rewrite,
    bad_proof_requests_are_refused_with_a_clear_4xx,
);

/// A closed secret round with three ballots; returns (round, voters with
/// their cast responses, chair, auditor).
async fn closed_round(app: &TestApp) -> (i64, Vec<(Person, Value)>, Person, Person) {
    let chair = app.chair().await;
    let auditor = app.auditor().await;
    let props = app.proposals(3).await;
    let round = chair
        .create_round(&props, json!({"secrecy": "secret"}))
        .await;
    let voters = vec![
        app.delegate("france").await,
        app.delegate("kenya").await,
        app.delegate("chile").await,
    ];
    chair.open(round).await;
    let mut cast = Vec::new();
    for (i, v) in voters.into_iter().enumerate() {
        let ranking = match i {
            0 => json!([[p(props[0])], [p(props[1]), p(props[2])]]),
            1 => json!([[p(props[2])]]),
            _ => json!([[p(props[1])], [p(props[0])]]),
        };
        let res = v.vote(round, ranking).await;
        assert_eq!(res.status, 200, "{}", res.text);
        cast.push((v, res.json()));
    }
    chair.close(round).await;
    (round, cast, chair, auditor)
}

fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

async fn a_receipt_proof_verifies_offline_and_only_for_its_ballot(app: &TestApp) {
    let (round, cast, _chair, auditor) = closed_round(app).await;
    let key_file = auditor.text("/api/v1/audit/public-key").await;
    let key = parse_public_key_file(&key_file).unwrap();
    let (voter, got) = &cast[0];
    let receipt = got["receipt"].as_str().unwrap();
    let nonce = got["nonce"].as_str().unwrap();
    let res = voter
        .get(&format!("/api/v1/rounds/{round}/receipts/{receipt}/proof"))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    let proof: ReceiptProof = serde_json::from_str(&res.text).unwrap();
    assert_eq!(proof.tree_size, 3);
    assert_eq!(proof.ballot["receipt"], receipt);
    assert!(
        proof.ballot.get("voter").is_none(),
        "secret round: {}",
        res.text
    );
    let report = verify_receipt_proof(&proof, &key, Some(receipt), Some(nonce), &[]).unwrap();
    assert_eq!(report.receipt, receipt);
    // The ballots root is the one the trail recorded at the close.
    let closed = app.entry("round.closed").await;
    assert_eq!(closed.details["ballots_root"], proof.root.as_str());

    // Another voter's receipt or nonce, a changed ranking, a changed path,
    // another key: each fails at its step.
    let other = cast[1].1["receipt"].as_str().unwrap();
    let err = verify_receipt_proof(&proof, &key, Some(other), None, &[]).unwrap_err();
    assert!(err.starts_with("step 1"), "{err}");
    let err = verify_receipt_proof(&proof, &key, None, Some(&"00".repeat(32)), &[]).unwrap_err();
    assert!(err.starts_with("step 1"), "{err}");
    let mut t = proof.clone();
    t.ballot["ranking"] = json!([[p(1)]]);
    assert!(
        verify_receipt_proof(&t, &key, None, None, &[])
            .unwrap_err()
            .starts_with("step 2")
    );
    let mut t = proof.clone();
    t.audit_path[0] = "0".repeat(64);
    assert!(
        verify_receipt_proof(&t, &key, None, None, &[])
            .unwrap_err()
            .starts_with("step 3")
    );
    let mut t = proof.clone();
    t.entry.details["ballots_root"] = json!("1".repeat(64));
    assert!(
        verify_receipt_proof(&t, &key, None, None, &[])
            .unwrap_err()
            .starts_with("step 4")
    );
    let mut t = proof.clone();
    t.entry_audit_path.push("0".repeat(64));
    assert!(
        verify_receipt_proof(&t, &key, None, None, &[])
            .unwrap_err()
            .starts_with("step 5")
    );
    let wrong = Signer::from_seed(&[9u8; 32]).public_key();
    assert!(
        verify_receipt_proof(&proof, &wrong, None, None, &[])
            .unwrap_err()
            .starts_with("step 6")
    );

    // The CLI agrees, offline.
    let dir = tempfile::tempdir().unwrap();
    let pf = write(dir.path(), "proof.json", &res.text);
    let kf = write(dir.path(), "key.pub", &key_file);
    let run = |extra: &[&str]| {
        let out = plenary()
            .args(["receipt", "verify"])
            .arg(&pf)
            .arg("--public-key")
            .arg(&kf)
            .args(extra)
            .env("PLENARY_DATA_DIR", NO_DATA_DIR)
            .env_remove("DATABASE_URL")
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, out) = run(&["--receipt", receipt, "--nonce", nonce]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("is counted in round"), "{out}");
    let (code, out) = run(&["--receipt", other]);
    assert_eq!(code, 1, "{out}");
    let mut tampered: Value = serde_json::from_str(&res.text).unwrap();
    tampered["ballot"]["weight"] = json!("2");
    write(dir.path(), "proof.json", tampered.to_string());
    let (code, out) = run(&[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("step 2"), "{out}");
    assert!(!Path::new(NO_DATA_DIR).exists());

    // The page shows the ballot and the steps without JavaScript.
    let browser = voter.browser().await;
    let page = browser
        .get(&format!("/rounds/{round}/receipts/{receipt}"))
        .await;
    assert_eq!(page.status, 200);
    for want in [
        "was counted",
        "id=\"step-6\"",
        &proof.root,
        "receipt-verify.js",
        "plenary receipt verify",
    ] {
        assert!(page.text.contains(want), "page lacks {want}");
    }
}

async fn every_field_of_the_ballots_document_is_bound_to_the_trail(app: &TestApp) {
    let (round, _cast, chair, auditor) = closed_round(app).await;
    let ballots = auditor
        .get(&format!("/api/v1/rounds/{round}/export/ballots.json"))
        .await
        .text;
    // A proposal retitled after the close changes nothing bound: the export
    // is the document sealed at the close.
    let doc: Value = serde_json::from_str(&ballots).unwrap();
    let first = doc["candidates"][0]["id"].as_str().unwrap()[1..]
        .parse::<i64>()
        .unwrap();
    let author = app.author_email(first).await;
    let _ = chair;
    let owner = app.with_token(&app.token(&author).await);
    let res = owner
        .patch_json(
            &format!("/api/v1/proposals/{first}"),
            json!({"title": "Renamed after the close"}),
        )
        .await;
    assert!(res.status == 200 || res.status == 409, "{}", res.text);
    let again = auditor
        .get(&format!("/api/v1/rounds/{round}/export/ballots.json"))
        .await
        .text;
    assert_eq!(serde_json::from_str::<Value>(&again).unwrap(), doc);

    let log = auditor.get("/api/v1/audit/log").await.bytes;
    let key = auditor.text("/api/v1/audit/public-key").await;
    let dir = tempfile::tempdir().unwrap();
    let lf = write(dir.path(), "audit.jsonl", &log);
    let kf = write(dir.path(), "key.pub", &key);
    let verify = |ballots: &str| {
        let bf = write(dir.path(), "ballots.json", ballots);
        let out = plenary()
            .args(["audit", "verify"])
            .arg(&lf)
            .arg("--public-key")
            .arg(&kf)
            .arg("--ballots")
            .arg(&bf)
            .env("PLENARY_DATA_DIR", NO_DATA_DIR)
            .env_remove("DATABASE_URL")
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, out) = verify(&ballots);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("the whole document matches too"), "{out}");
    // Each change the independent verifier found accepted is now refused.
    let tampers: [(&str, Value); 5] = [
        ("/round/title", json!("Another title")),
        ("/candidates/0/title", json!("Another proposal")),
        ("/round/closed_at", json!("2026-01-01T00:00:00.000000Z")),
        ("/round/secrecy", json!("recorded")),
        ("/format", json!("plenary-ballots/1 ")),
    ];
    for (ptr, value) in tampers {
        let mut t = doc.clone();
        *t.pointer_mut(ptr).unwrap() = value;
        let (code, out) = verify(&serde_json::to_string_pretty(&t).unwrap());
        assert_eq!(code, 1, "{ptr}: {out}");
        assert!(
            out.contains("document hash") || ptr == "/format",
            "{ptr}: {out}"
        );
    }
    // An extra field, and a weight changed: refused too.
    let mut t = doc.clone();
    t["round"]["note"] = json!("added");
    assert_eq!(verify(&t.to_string()).0, 1);
    let mut t = doc.clone();
    t["ballots"][0]["weight"] = json!("2");
    assert_eq!(verify(&t.to_string()).0, 1);
}

/// Starts a second server on the same database and data directory.
async fn restart(app: &TestApp) -> (String, actix_web::dev::ServerHandle) {
    let url = match app.backend {
        Backend::Sqlite => None,
        Backend::Postgres => Some(app.database_url.clone()),
    };
    let mut settings = Settings::load(app.data_dir.path(), url.as_deref(), "127.0.0.1:0").unwrap();
    settings.workers = 1;
    settings.pool_size = 3;
    settings.sign_in_per_minute = 0;
    let state = actix_web::web::Data::new(AppState::new(settings).unwrap());
    let (port, handle) = crate::common::start(state);
    (format!("http://127.0.0.1:{port}"), handle)
}

async fn consistency_proofs_hold_across_a_restart_and_since_catches_a_rewrite(app: &TestApp) {
    let auditor = app.auditor().await;
    app.append_entries(5, "test.filler", "thing:1").await;
    let first = auditor.post("/api/v1/audit/checkpoints").await.json()["checkpoint"]["note"]
        .as_str()
        .unwrap()
        .to_owned();
    let key_file = auditor.text("/api/v1/audit/public-key").await;
    let key = parse_public_key_file(&key_file).unwrap();
    let a = verify_checkpoint(&first, &key).unwrap().body;

    // A second server process on the same database, with an empty cache.
    let (base, handle) = restart(app).await;
    let fresh = crate::common::Caller::new(&base, Some(&auditor.token));
    app.append_entries(7, "test.filler", "thing:2").await;
    let second = fresh.post("/api/v1/audit/checkpoints").await;
    assert_eq!(second.status, 201, "{}", second.text);
    let second = second.json()["checkpoint"]["note"]
        .as_str()
        .unwrap()
        .to_owned();
    let b = verify_checkpoint(&second, &key).unwrap().body;
    assert_eq!(b.number, a.number + 1);
    let proof = fresh
        .get(&format!(
            "/api/v1/audit/consistency?from={}&to={}",
            a.size, b.size
        ))
        .await
        .json();
    let hashes: Vec<[u8; 32]> = proof["proof"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            hex::decode(h.as_str().unwrap())
                .unwrap()
                .try_into()
                .unwrap()
        })
        .collect();
    crate::common::internals::verify_consistency(a.size, b.size, &a.root, &b.root, &hashes)
        .unwrap();
    // The first server answers the same.
    let same = auditor
        .get(&format!(
            "/api/v1/audit/consistency?from={}&to={}",
            a.size, b.size
        ))
        .await
        .json();
    assert_eq!(same, proof);
    handle.stop(false).await;

    // The downloaded log extends the saved checkpoint…
    let log = auditor.get("/api/v1/audit/log").await.bytes;
    let dir = tempfile::tempdir().unwrap();
    let lf = write(dir.path(), "audit.jsonl", &log);
    let kf = write(dir.path(), "key.pub", &key_file);
    let since = |note: &str| {
        let cf = write(dir.path(), "checkpoint.txt", note);
        let out = plenary()
            .args(["audit", "verify"])
            .arg(&lf)
            .arg("--public-key")
            .arg(&kf)
            .arg("--since")
            .arg(&cf)
            .env("PLENARY_DATA_DIR", NO_DATA_DIR)
            .env_remove("DATABASE_URL")
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, out) = since(&first);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!(
            "extends:      the earlier checkpoint of tree size {}",
            a.size
        )),
        "{out}"
    );
    // …but not a checkpoint of another history the key holder signed for
    // the same size (a rewrite after someone saved it), nor one larger than
    // the log.
    let signer = Signer::load_or_create(app.data_dir.path(), None).unwrap();
    let signer = signer.with_deployment(None).unwrap();
    let other = Tree::from_leaf_hashes(
        (0..a.size).map(|i| entry_leaf(&format!("{:064x}", i + 7)).unwrap()),
    );
    let forged = signer.sign_checkpoint(a.number, a.size, &other.root(a.size).unwrap(), &a.at);
    let (code, out) = since(&forged);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("rewritten"), "{out}");
    let ahead = signer.sign_checkpoint(999, 100_000, &other.root(a.size).unwrap(), &a.at);
    let (code, out) = since(&ahead);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("removed"), "{out}");
    let (code, out) = since("not a checkpoint");
    assert_eq!(code, 1, "{out}");
}

async fn bad_proof_requests_are_refused_with_a_clear_4xx(app: &TestApp) {
    let (round, cast, _chair, auditor) = closed_round(app).await;
    let head = app.audit_seq().await;
    for (path, status) in [
        ("/api/v1/audit/consistency?from=5&to=2".to_owned(), 400),
        (
            format!("/api/v1/audit/consistency?from=1&to={}", head + 10),
            404,
        ),
        ("/api/v1/audit/consistency?from=x".to_owned(), 400),
        ("/api/v1/audit/consistency?from=-1&to=2".to_owned(), 400),
        (
            "/api/v1/audit/consistency?from=1&to=2&extra=1".to_owned(),
            400,
        ),
    ] {
        let res = auditor.get(&path).await;
        assert_eq!(res.status, status, "{path}: {}", res.text);
        assert!(!res.error_message().is_empty(), "{path}");
    }
    let ok = auditor.get("/api/v1/audit/consistency").await;
    assert_eq!(ok.status, 200, "{}", ok.text);
    assert_eq!(ok.json()["from"], 0);

    let voter = &cast[0].0;
    for (path, status) in [
        (format!("/api/v1/rounds/{round}/receipts/nothex/proof"), 422),
        (
            format!("/api/v1/rounds/{round}/receipts/{}/proof", "ab".repeat(32)),
            404,
        ),
        (
            format!("/api/v1/rounds/999999/receipts/{}/proof", "ab".repeat(32)),
            404,
        ),
    ] {
        let res = voter.get(&path).await;
        assert_eq!(res.status, status, "{path}: {}", res.text);
    }
    // An open round has no proofs yet.
    let chair = app.chair().await;
    let props = app.proposals(2).await;
    let open = chair.create_round(&props, json!({})).await;
    chair.open(open).await;
    let res = voter
        .get(&format!(
            "/api/v1/rounds/{open}/receipts/{}/proof",
            "ab".repeat(32)
        ))
        .await;
    assert_eq!(res.status, 409, "{}", res.text);
}
