//! The signed audit trail over real HTTP, on SQLite and PostgreSQL. Here:
//! the head, the public key and checkpoints on request, and the worked
//! example in docs/formats.md (which names this file and that test). In
//! `export`: the streamed JSONL export, the offline verifier (binary and
//! library) and tampering; in `access`: denials and the audit page; in
//! `two_processes`: two server processes writing to one PostgreSQL database;
//! in `tlog`: the Merkle tree, consistency proofs across restarts, receipt
//! proofs and the sealed ballots document; in `witness`: witnesses.

mod access;
mod export;
mod tlog;
mod two_processes;
mod witness;

use std::path::Path;

use crate::common::internals::{
    Entry, Note, NoteSigner, NoteVerifier, Options, Signer, TYPE_COSIGNATURE, Tree, ZERO_HASH,
    entry_hash, entry_leaf, hash_hex, jsonl, parse_public_key_file, verify_bytes,
    verify_checkpoint, verify_log, verify_trail,
};
use crate::common::{RequestHelper, TestApp, json};

both_backends!(
    head_and_public_key_are_served_to_auditors_and_admins,
    a_checkpoint_on_request_signs_the_head_with_the_served_key,
);

async fn head_and_public_key_are_served_to_auditors_and_admins(app: &TestApp) {
    let auditor = app.auditor().await;
    let admin = app.admin().await;
    for reader in [&auditor, &admin] {
        let res = reader.get("/api/v1/audit/public-key").await;
        assert_eq!(res.status, 200);
        assert!(res.header("content-type").starts_with("text/plain"));
        assert_eq!(res.text, app.state.signer.public_key_file());
        parse_public_key_file(&res.text).unwrap();

        let head = reader.get("/api/v1/audit/head").await.json();
        let trail = app.audit().await;
        let last = trail.last().unwrap();
        assert_eq!(head["head"]["seq"], last.seq);
        assert_eq!(head["head"]["hash"], last.hash.as_str());
        assert!(head["checkpoint"].is_null(), "nothing signed yet: {head}");
    }
    // The key lives in the data directory, private, and survives a restart.
    let path = app.data_dir.path().join("audit-key");
    assert!(path.is_file());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let again = Signer::load_or_create(app.data_dir.path(), None).unwrap();
    assert_eq!(again.public_key(), app.state.signer.public_key());
}

async fn a_checkpoint_on_request_signs_the_head_with_the_served_key(app: &TestApp) {
    let auditor = app.auditor().await;
    let res = auditor.post("/api/v1/audit/checkpoints").await;
    assert_eq!(res.status, 201);
    let note = res.json()["checkpoint"]["note"]
        .as_str()
        .unwrap()
        .to_owned();

    // The request is on the record, and the checkpoint signs the tree that
    // includes it: size = the last seq, root = the Merkle root of the
    // entries' hashes.
    let trail = app.audit().await;
    let last = trail.last().unwrap();
    assert_eq!(last.action, "audit.checkpointed");
    assert_eq!(last.subject, "audit:head");
    verify_trail(&trail).unwrap();
    let key_file = auditor.text("/api/v1/audit/public-key").await;
    let key = parse_public_key_file(&key_file).unwrap();
    let cp = verify_checkpoint(&note, &key).unwrap();
    let tree = Tree::from_leaf_hashes(trail.iter().map(|e| entry_leaf(&e.hash).unwrap()));
    assert_eq!(cp.body.size, last.seq as u64);
    assert_eq!(cp.body.root, tree.root(tree.size()).unwrap());
    assert_eq!(cp.body.number, 1);
    assert_eq!(cp.body.origin, app.state.signer.origin());
    assert!(
        cp.body.origin.starts_with("plenary/key-"),
        "{}",
        cp.body.origin
    );
    let forged = note.replace(&format!("\n{}\n", cp.body.size), "\n1\n");
    assert!(verify_checkpoint(&forged, &key).is_err());

    let head = auditor.get("/api/v1/audit/head").await.json();
    assert_eq!(head["checkpoint"]["note"], note.as_str());
    assert_eq!(head["checkpoint"]["size"], last.seq);
    assert_eq!(head["head"]["seq"], last.seq);
    // The latest checkpoint as plain text is the same note.
    assert_eq!(auditor.text("/api/v1/audit/checkpoint").await, note);

    // Signing an already signed size (from inside a transaction, as a round
    // close does) returns the same checkpoint instead of a second one.
    assert_eq!(app.checkpoint().await.note, note);
}

// ------------------------------------------------------- worked example

/// The worked example in docs/formats.md: recompute every stated value from
/// the stated inputs, and check the doc states exactly these values.
#[test]
fn the_worked_example_in_formats_md_is_correct() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/formats.md"))
            .unwrap();
    let has = |s: &str| assert!(doc.contains(s), "docs/formats.md should state:\n{s}");

    // RFC 8032, section 7.1, test 1: the seed and its public key.
    let seed = hex::decode(SEED_HEX).unwrap();
    let signer = Signer::from_seed(&seed.try_into().unwrap());
    assert_eq!(signer.public_key_hex(), PUBLIC_HEX);
    has(SEED_HEX);
    has(&signer.public_key_file());

    let d1 = json!({"email": "admin@example.org", "role": "admin"});
    let h1 = entry_hash(
        1,
        AT1,
        "system",
        "user.registered",
        "user:1",
        &d1,
        ZERO_HASH,
    )
    .unwrap();
    let c1 = format!(
        r#"{{"action":"user.registered","actor":"system","at":"{AT1}","details":{{"email":"admin@example.org","role":"admin"}},"prev_hash":"{ZERO_HASH}","seq":1,"subject":"user:1"}}"#
    );
    assert_eq!(
        hex::encode(<sha2::Sha256 as sha2::Digest>::digest(c1.as_bytes())),
        h1
    );
    assert_eq!(h1, HASH1);
    has(&c1);
    has(HASH1);

    let d2 = json!({"weighting": "equal_groups", "quorum": "1/3"});
    let h2 = entry_hash(2, AT2, "1", "round.opened", "round:4", &d2, &h1).unwrap();
    assert_eq!(h2, HASH2);
    has(HASH2);

    // The Merkle tree of the two entries and the checkpoint over it.
    let signer = signer.with_deployment(Some("panel.example.org")).unwrap();
    let (l1, l2) = (entry_leaf(&h1).unwrap(), entry_leaf(&h2).unwrap());
    assert_eq!(hash_hex(&l1), LEAF1);
    assert_eq!(hash_hex(&l2), LEAF2);
    has(LEAF1);
    has(LEAF2);
    let tree = Tree::from_leaf_hashes([l1, l2]);
    let root = tree.root(2).unwrap();
    assert_eq!(hash_hex(&root), ROOT);
    has(ROOT);
    assert_eq!(tree.inclusion_proof(0, 2).unwrap(), [l2]);
    assert_eq!(tree.consistency_proof(1, 2).unwrap(), [l2]);
    assert_eq!(hex::encode(signer.verifier().key_id()), "ff1f5ac5");
    has(&signer.verifier().vkey());
    let note = signer.sign_checkpoint(1, 2, &root, AT_CP);
    has(&format!("```\n{note}```"));
    let key = signer.public_key();
    let cp = verify_checkpoint(&note, &key).unwrap();
    assert_eq!((cp.body.size, cp.body.number), (2, 1));

    // The witness's cosignature (RFC 8032 test 2 key).
    let wseed: [u8; 32] = hex::decode(WITNESS_SEED).unwrap().try_into().unwrap();
    let w = NoteSigner::new("witness.example.org/w1", TYPE_COSIGNATURE, &wseed).unwrap();
    has(WITNESS_SEED);
    has(&w.verifier.vkey());
    let line = w.cosign(&cp.note.text, 1_795_000_000).to_line();
    has(&format!("```\n{line}```"));
    let cosigned = format!("{note}{line}");
    assert_eq!(
        w.verifier
            .verify_cosignature(&Note::parse(&cosigned).unwrap())
            .unwrap(),
        Some(1_795_000_000)
    );

    // The example file in the doc is exactly these three lines and verifies.
    let e1: Entry = serde_json::from_value(json!({
        "seq": 1, "at": AT1, "actor": "system", "action": "user.registered", "subject": "user:1",
        "details": d1, "prev_hash": ZERO_HASH, "hash": h1}))
    .unwrap();
    let e2: Entry = serde_json::from_value(json!({
        "seq": 2, "at": AT2, "actor": "1", "action": "round.opened", "subject": "round:4",
        "details": d2, "prev_hash": h1, "hash": h2}))
    .unwrap();
    let file = format!(
        "{}{}{}",
        jsonl::entry_line(&e1).unwrap(),
        jsonl::entry_line(&e2).unwrap(),
        jsonl::checkpoint_line(&note).unwrap()
    );
    has(&format!("```jsonl\n{file}```"));
    let report = verify_bytes(file.as_bytes(), &key).unwrap();
    assert_eq!(
        (report.entries, report.rounds, report.checkpoints),
        (1 + 1, 1, 1)
    );
    // With the cosignature appended, the witness can be required.
    let witnessed = format!(
        "{}{}{}",
        jsonl::entry_line(&e1).unwrap(),
        jsonl::entry_line(&e2).unwrap(),
        jsonl::checkpoint_line(&cosigned).unwrap()
    );
    let opts = Options {
        witnesses: vec![NoteVerifier::parse_vkey(&w.verifier.vkey()).unwrap()],
        ..Options::default()
    };
    let report = verify_log(witnessed.as_bytes(), &key, &opts, &mut []).unwrap();
    assert_eq!(report.witnessed, [("witness.example.org/w1".to_owned(), 2)]);
    assert!(verify_log(file.as_bytes(), &key, &opts, &mut []).is_err());

    // The ballots tree of the receipts example.
    let b1 = r#"{"group":"academia","ranking":[["p9"]],"receipt":"0cf1dcc03cc95df3e5ca9e161b24c9188389866d28b1853667d6cd446064246d","weight":"1"}"#;
    let b2 = r#"{"group":"industry","ranking":[["p7"],["p2","p9"]],"receipt":"fed4236888543287d1becd2b59672c8f05ef2ce2c78e7b7d0899cc5dbee93c73","weight":"1"}"#;
    has(b1);
    let (bl1, bl2) = (
        crate::common::internals::leaf_hash(b1.as_bytes()),
        crate::common::internals::leaf_hash(b2.as_bytes()),
    );
    let bt = Tree::from_leaf_hashes([bl1, bl2]);
    for h in [
        hash_hex(&bl1),
        hash_hex(&bl2),
        hash_hex(&bt.root(2).unwrap()),
    ] {
        has(&h);
    }
}

/// The Python check in docs/formats.md, run on the doc's example file: an
/// independent implementation (OpenSSL's Ed25519 through `cryptography`)
/// accepts what the server writes. Skipped where Python or `cryptography`
/// is missing.
#[test]
fn the_python_check_in_formats_md_accepts_the_worked_example() {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import cryptography"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("skipping: python3 with `cryptography` is not installed");
        return;
    }
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/formats.md"))
            .unwrap();
    let after = |marker: &str, fence: &str| -> String {
        let rest = doc.split(marker).nth(1).unwrap();
        let rest = rest.split(fence).nth(1).unwrap();
        rest.split("```").next().unwrap().to_owned()
    };
    let script = after("An independent check in Python", "```python\n");
    let log = after("The resulting `audit.jsonl`", "```jsonl\n");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("check.py"), script).unwrap();
    std::fs::write(dir.path().join("audit.jsonl"), &log).unwrap();
    std::fs::write(
        dir.path().join("key.pub"),
        format!("ed25519 {PUBLIC_HEX}\n"),
    )
    .unwrap();
    let out = std::process::Command::new("python3")
        .arg("check.py")
        .current_dir(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains(&format!("root {ROOT}")), "{text}");
    // And a changed line fails it.
    std::fs::write(
        dir.path().join("audit.jsonl"),
        log.replace("09:30:00.25", "09:30:00.26"),
    )
    .unwrap();
    let out = std::process::Command::new("python3")
        .arg("check.py")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
}

const SEED_HEX: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const PUBLIC_HEX: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const AT1: &str = "2026-11-29T09:00:00.000000Z";
const AT2: &str = "2026-11-29T09:30:00.250000Z";
const AT_CP: &str = "2026-11-29T09:30:01.000000Z";
const HASH1: &str = "6dd0a378a665377b74f713ea1ed7ad245df6f86b0dd92cb8b3db572f2ca869f7";
const HASH2: &str = "6c72365d3cee98acd4baebed38189dc11ac469a61a90f66f6dee1f052cefe52e";
const LEAF1: &str = "d240ba295dae64d82f1f6c4911e3bda25ce1ab7b3be21eb360b284066b2b572d";
const LEAF2: &str = "c349e36bfbd97481d35e72668b839d8b49db9800d87ccfdc56256e224052aefa";
const ROOT: &str = "8f0c15122d15ebf61063055509c199b6c03fcb0a7cbc31856402149a7465f5af";
const WITNESS_SEED: &str = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
