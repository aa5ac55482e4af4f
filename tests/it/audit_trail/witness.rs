//! Witnesses over HTTP: registration and approval (in the trail), the
//! `plenary audit witness` command cosigning a growing log, the server
//! refusing cosignatures that do not verify, `audit verify --witness`
//! requiring them, and a witness refusing a forked log — two servers with
//! the same key and name presenting different trees.

use std::path::{Path, PathBuf};

use crate::common::cli::{NO_DATA_DIR, plenary};
use crate::common::internals::{NoteSigner, TYPE_COSIGNATURE};
use crate::common::{Backend, Person, RequestHelper, TestApp, json};

both_backends!(a_registered_witness_cosigns_a_growing_log_and_verifiers_can_require_it);

/// Runs `plenary audit witness` against `app` as `who`: (exit code, output).
fn run_witness(app: &TestApp, who: &Person, key: &Path, state: &Path) -> (i32, String) {
    let out = plenary()
        .args(["audit", "witness", "--server", &app.addr])
        .arg("--key")
        .arg(key)
        .arg("--state")
        .arg(state)
        .env("PLENARY_TOKEN", &who.token)
        .env("PLENARY_DATA_DIR", NO_DATA_DIR)
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// Makes a witness key with the CLI: (key file, vkey).
fn witness_key(dir: &Path, name: &str) -> (PathBuf, String) {
    let key = dir.join(format!("{}.key", name.replace('/', "_")));
    let out = plenary()
        .args(["audit", "witness-key", "--name", name, "--key"])
        .arg(&key)
        .env("PLENARY_DATA_DIR", NO_DATA_DIR)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        key,
        String::from_utf8(out.stdout).unwrap().trim().to_owned(),
    )
}

async fn a_registered_witness_cosigns_a_growing_log_and_verifiers_can_require_it(app: &TestApp) {
    let auditor = app.auditor().await;
    let admin = app.admin().await;
    let dir = tempfile::tempdir().unwrap();
    let (key, vkey) = witness_key(dir.path(), "witness.example.org/w1");
    let state = dir.path().join("w1.state");

    // Bad keys are refused with the field named; a good one waits.
    for bad in ["nonsense", "w+00000000+AAAA"] {
        let res = auditor
            .post_json("/api/v1/audit/witnesses", json!({"vkey": bad}))
            .await;
        assert_eq!(res.status, 422, "{}", res.text);
    }
    let res = auditor
        .post_json("/api/v1/audit/witnesses", json!({"vkey": vkey}))
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let id = res.json()["witness"]["id"].as_i64().unwrap();
    assert_eq!(res.json()["witness"]["status"], "pending");
    let again = auditor
        .post_json("/api/v1/audit/witnesses", json!({"vkey": vkey}))
        .await;
    assert_eq!(again.status, 409);

    // Before approval the server refuses the cosignature; nothing is stored.
    assert_eq!(auditor.post("/api/v1/audit/checkpoints").await.status, 201);
    let (code, out) = run_witness(app, &auditor, &key, &state);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("409") && out.contains("not approved"), "{out}");
    let res = admin
        .post(&format!("/api/v1/audit/witnesses/{id}/approve"))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(app.count_action("witness.registered").await, 1);
    assert_eq!(app.count_action("witness.approved").await, 1);

    // Cosign; then the log grows and the witness follows it by a
    // consistency proof.
    let (code, out) = run_witness(app, &auditor, &key, &state);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Cosigned checkpoint"), "{out}");
    app.append_entries(9, "test.filler", "thing:1").await;
    assert_eq!(auditor.post("/api/v1/audit/checkpoints").await.status, 201);
    let (code, out) = run_witness(app, &auditor, &key, &state);
    assert_eq!(code, 0, "{out}");
    assert_eq!(app.count_action("witness.cosigned").await, 2);
    let note = auditor.text("/api/v1/audit/checkpoint").await;
    assert!(
        note.contains("\n\u{2014} witness.example.org/w1 "),
        "{note}"
    );
    let page = auditor.browser().await.get("/audit").await.text;
    assert!(
        page.contains("witness.example.org/w1"),
        "the audit page lists the witness"
    );

    // A cosignature that does not verify, or for a size never signed, is refused.
    let forger = NoteSigner::new("witness.example.org/w1", TYPE_COSIGNATURE, &[4u8; 32]).unwrap();
    let size = app.audit_seq().await;
    let line = forger.cosign("not the checkpoint\n", 1).to_line();
    let res = auditor
        .post_json(
            "/api/v1/audit/cosignatures",
            json!({"size": size, "cosignature": line}),
        )
        .await;
    assert!(res.status == 422 || res.status == 404, "{}", res.text);
    let res = auditor
        .post_json(
            "/api/v1/audit/cosignatures",
            json!({"size": 1, "cosignature": "— x AAAA"}),
        )
        .await;
    assert_eq!(res.status, 422, "{}", res.text);

    // The downloaded log carries the cosignatures; the verifier requires them.
    let log = auditor.get("/api/v1/audit/log").await.bytes;
    let pk = auditor.text("/api/v1/audit/public-key").await;
    std::fs::write(dir.path().join("audit.jsonl"), &log).unwrap();
    std::fs::write(dir.path().join("key.pub"), &pk).unwrap();
    std::fs::write(dir.path().join("w1.vkey"), &vkey).unwrap();
    let (_, other) = witness_key(dir.path(), "witness.example.org/w2");
    std::fs::write(dir.path().join("w2.vkey"), &other).unwrap();
    let verify = |witness: &str| {
        let out = plenary()
            .args([
                "audit",
                "verify",
                "audit.jsonl",
                "--public-key",
                "key.pub",
                "--witness",
                witness,
            ])
            .current_dir(dir.path())
            .env("PLENARY_DATA_DIR", NO_DATA_DIR)
            .env_remove("DATABASE_URL")
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, out) = verify("w1.vkey");
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("witness:      witness.example.org/w1 cosigned up to tree size"),
        "{out}"
    );
    let (code, out) = verify("w2.vkey");
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("no checkpoint in the file is cosigned by the witness witness.example.org/w2"),
        "{out}"
    );
}

/// Two servers sharing one key and deployment name but holding different
/// histories: the witness that followed one refuses the other, whether it
/// shows another root for the same size or a larger tree that does not
/// extend the one cosigned, and its state is left as it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_witness_refuses_a_forked_log() {
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("shared-audit-key");
    std::fs::write(&key_file, format!("{}\n", hex::encode([6u8; 32]))).unwrap();
    let spawn = || {
        let k = key_file.clone();
        TestApp::spawn_with(Backend::Sqlite, move |s| {
            s.audit_key_file = Some(k);
            s.deployment_name = Some("panel.example.org".to_owned());
        })
    };
    let honest = spawn().await.unwrap();
    let fork = spawn().await.unwrap();
    let (wkey, vkey) = witness_key(dir.path(), "witness.example.org/w1");
    let state = dir.path().join("w.state");

    let auditor = honest.auditor().await;
    let admin = honest.admin().await;
    let res = auditor
        .post_json("/api/v1/audit/witnesses", json!({"vkey": vkey}))
        .await;
    let id = res.json()["witness"]["id"].as_i64().unwrap();
    admin
        .post(&format!("/api/v1/audit/witnesses/{id}/approve"))
        .await;
    honest.append_entries(3, "test.filler", "thing:1").await;
    assert_eq!(auditor.post("/api/v1/audit/checkpoints").await.status, 201);
    let (code, out) = run_witness(&honest, &auditor, &wkey, &state);
    assert_eq!(code, 0, "{out}");
    let cosigned = std::fs::read_to_string(&state).unwrap();
    let size: i64 = serde_json::from_str::<serde_json::Value>(&cosigned).unwrap()["size"]
        .as_i64()
        .unwrap();

    // The fork: other entries, brought to exactly the cosigned size.
    let fork_auditor = fork.auditor().await;
    let have = fork.audit_seq().await;
    assert!(have < size, "{have} < {size}");
    fork.append_entries((size - have) as usize, "test.other", "thing:9")
        .await;
    fork.checkpoint().await;
    let (code, out) = run_witness(&fork, &fork_auditor, &wkey, &state);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("FORK: tree size"), "{out}");
    assert_eq!(std::fs::read_to_string(&state).unwrap(), cosigned);

    // A larger forked tree: its consistency proof does not start from the
    // cosigned root.
    fork.append_entries(4, "test.other", "thing:9").await;
    fork.checkpoint().await;
    let (code, out) = run_witness(&fork, &fork_auditor, &wkey, &state);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("does not provably extend"), "{out}");
    assert_eq!(std::fs::read_to_string(&state).unwrap(), cosigned);

    // The honest log, grown, is still cosigned.
    honest.append_entries(2, "test.filler", "thing:1").await;
    assert_eq!(auditor.post("/api/v1/audit/checkpoints").await.status, 201);
    let (code, out) = run_witness(&honest, &auditor, &wkey, &state);
    assert_eq!(code, 0, "{out}");
}
