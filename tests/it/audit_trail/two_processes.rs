//! Two server processes (the built `plenary` binary) against one PostgreSQL
//! database, written to at once: the trail stays one unbroken chain with
//! every write in it, and the checkpoints both signed match it. Skipped
//! without `PLENARY_TEST_POSTGRES_URL` (a failure in CI).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::cli::{ChildGuard, plenary, run_with_stdin};
use crate::common::internals::{
    Signer, Tree, all_entries, checkpoints_in_range, connect, entry_leaf, verify_bytes,
    verify_checkpoint, verify_trail,
};
use crate::common::{Caller, PASSWORD, PgDatabase, RequestHelper, free_port, json, postgres_url};

fn plenary_cmd(db_url: &str, data_dir: &Path, key: &Path) -> Command {
    let mut c = plenary();
    c.env("DATABASE_URL", db_url)
        .env("PLENARY_DATA_DIR", data_dir)
        .env("PLENARY_AUDIT_KEY_FILE", key)
        .env(
            "PLENARY_JWT_SECRET",
            "two-processes-share-this-secret-0123456789",
        )
        .env("PLENARY_WORKERS", "2")
        // The test hammers registration and sign-in from one address.
        .env("PLENARY_SIGN_IN_PER_MINUTE", "0")
        .env("RUST_LOG", "warn");
    c
}

/// Two server processes against one PostgreSQL database, written to
/// concurrently: the trail stays one unbroken chain with every write in it,
/// and the checkpoints both processes signed match it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_server_processes_writing_to_one_postgres_database_keep_one_chain() {
    let Some(admin_url) = postgres_url() else {
        return;
    };
    let db = PgDatabase::create(&admin_url);
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("shared-audit-key");
    std::fs::write(&key, format!("{}\n", hex::encode([5u8; 32]))).unwrap();
    let signer = Signer::from_seed(&[5u8; 32]);

    // Migrate once, then create an auditor, before either server starts.
    let setup = || plenary_cmd(&db.url, &dir.path().join("setup"), &key);
    let out = setup().arg("migrate").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run_with_stdin(
        setup().args([
            "user",
            "add",
            "--email",
            "auditor@example.org",
            "--name",
            "Aud",
            "--role",
            "auditor",
            "--group",
            "academia",
            "--organisation",
            "Uni",
        ]),
        &format!("{PASSWORD}\n"),
    );
    assert!(out.status.success());

    let mut servers = Vec::new();
    let mut addrs = Vec::new();
    for name in ["a", "b"] {
        let port = free_port();
        let child = plenary_cmd(&db.url, &dir.path().join(name), &key)
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        servers.push(ChildGuard(child));
        addrs.push(format!("http://127.0.0.1:{port}"));
    }
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let anon: Vec<Caller> = addrs
        .iter()
        .map(|a| Caller::with_client(client.clone(), a, None))
        .collect();
    for (addr, caller) in addrs.iter().zip(&anon) {
        let mut up = false;
        for _ in 0..300 {
            if let Ok(r) = caller
                .request(reqwest::Method::GET, "/healthz")
                .send()
                .await
                && r.status() == 200
            {
                up = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(up, "server at {addr} did not start");
    }
    let login = anon[0]
        .post_json(
            "/api/v1/session",
            json!({"email": "auditor@example.org", "password": PASSWORD}),
        )
        .await;
    let token = login.json()["token"].as_str().unwrap().to_owned();
    let auditors: Vec<Caller> = addrs
        .iter()
        .map(|a| Caller::with_client(client.clone(), a, Some(&token)))
        .collect();

    // 2 × 30 registrations, 2 × 10 failed logins, 2 × 3 checkpoints, at once.
    let mut jobs = Vec::new();
    for i in 0..30 {
        for p in 0..2 {
            let c = anon[p].clone();
            jobs.push(tokio::spawn(async move {
                let r = c
                    .post_json("/api/v1/registrations", json!({"email": format!("d{p}-{i}@example.org"), "password": PASSWORD,
                        "display_name": format!("Delegate {p} {i}"), "organisation": "Org", "group": "industry"}))
                    .await;
                assert_eq!(r.status, 201);
            }));
            if i < 10 {
                let c = anon[p].clone();
                jobs.push(tokio::spawn(async move {
                    let r = c
                        .post_json("/api/v1/session", json!({"email": format!("nobody{p}-{i}@example.org"), "password": "wrong password"}))
                        .await;
                    assert_eq!(r.status, 401);
                }));
            }
            if i % 10 == 5 {
                let c = auditors[p].clone();
                jobs.push(tokio::spawn(async move {
                    assert_eq!(c.post("/api/v1/audit/checkpoints").await.status, 201);
                }));
            }
        }
    }
    for j in jobs {
        j.await.unwrap();
    }

    // One chain, every write in it.
    let mut conn = connect(&db.url).unwrap();
    let trail = all_entries(&mut conn).unwrap();
    let v = verify_trail(&trail).unwrap();
    assert_eq!(v.entries, trail.len());
    let count = |a: &str| trail.iter().filter(|e| e.action == a).count();
    assert_eq!(count("user.registered"), 61);
    assert_eq!(count("login.failed"), 20);
    assert_eq!(count("audit.checkpointed"), 6);
    // One tree: every checkpoint either process signed is numbered in
    // sequence and signs the root of exactly the first `size` entries.
    let cps = checkpoints_in_range(&mut conn, 0, v.head_seq).unwrap();
    assert_eq!(cps.len(), 6);
    let tree = Tree::from_leaf_hashes(trail.iter().map(|e| entry_leaf(&e.hash).unwrap()));
    for (i, cp) in cps.iter().enumerate() {
        let e = &trail[usize::try_from(cp.size - 1).unwrap()];
        assert_eq!(e.action, "audit.checkpointed");
        let body = verify_checkpoint(&cp.note, &signer.public_key())
            .unwrap()
            .body;
        assert_eq!(body.number, i as u64 + 1);
        assert_eq!(body.root, tree.root(body.size).unwrap());
    }
    // Both processes prove the same consistency between two checkpoints.
    let (a, b) = (cps[1].size, cps[4].size);
    let path = format!("/api/v1/audit/consistency?from={a}&to={b}");
    let p0 = auditors[0].get(&path).await.json();
    let p1 = auditors[1].get(&path).await.json();
    assert_eq!(p0, p1);
    assert_eq!(p0["to_root"], cps[4].root.as_str());

    // The log downloaded from the other process verifies with the shared key.
    let log = auditors[1].get("/api/v1/audit/log").await.bytes;
    let report = verify_bytes(&log, &signer.public_key()).unwrap();
    assert_eq!(report.entries as usize, trail.len() + 1);
    assert_eq!(report.checkpoints, 7);
    let now = all_entries(&mut conn).unwrap();
    let tree = Tree::from_leaf_hashes(now.iter().map(|e| entry_leaf(&e.hash).unwrap()));
    assert_eq!(report.root, hex::encode(tree.root(tree.size()).unwrap()));
    drop(servers);
}
