//! The signed audit trail over real HTTP, on SQLite and PostgreSQL. Here:
//! the head, the public key and checkpoints on request, and the worked
//! example in docs/formats.md (which names this file and that test). In
//! `export`: the streamed JSONL export, the offline verifier (binary and
//! library) and tampering; in `access`: denials and the audit page; in
//! `two_processes`: two server processes writing to one PostgreSQL database.

mod access;
mod export;
mod two_processes;

use std::path::Path;

use crate::common::internals::{
    Checkpoint, Entry, Signer, ZERO_HASH, checkpoint_message, entry_hash, jsonl,
    parse_public_key_file, verify_bytes, verify_checkpoint, verify_trail,
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
    let cp: Checkpoint = serde_json::from_value(res.json()["checkpoint"].clone()).unwrap();

    // The request is on the record, and the checkpoint signs the head that includes it.
    let trail = app.audit().await;
    let last = trail.last().unwrap();
    assert_eq!(last.action, "audit.checkpointed");
    assert_eq!(last.subject, "audit:head");
    assert_eq!((cp.seq, cp.hash.as_str()), (last.seq, last.hash.as_str()));
    verify_trail(&trail).unwrap();

    let key_file = auditor.text("/api/v1/audit/public-key").await;
    let key = parse_public_key_file(&key_file).unwrap();
    verify_checkpoint(&key, &cp).unwrap();
    let mut forged = cp.clone();
    forged.seq -= 1;
    assert!(verify_checkpoint(&key, &forged).is_err());

    let head = auditor.get("/api/v1/audit/head").await.json();
    assert_eq!(head["checkpoint"]["signature"], cp.signature.as_str());
    assert_eq!(head["head"]["seq"], cp.seq);

    // Signing an already signed head (from inside a transaction, as a round
    // close does) returns the same checkpoint instead of a second one.
    assert_eq!(app.checkpoint().await, cp);
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

    let cp = signer.sign_checkpoint(2, &h2, AT_CP).unwrap();
    let msg = checkpoint_message(2, &h2, AT_CP).unwrap();
    let msg_text = String::from_utf8(msg.clone()).unwrap();
    assert_eq!(
        msg_text,
        format!(
            "plenary-audit-checkpoint/1\n{{\"at\":\"{AT_CP}\",\"hash\":\"{HASH2}\",\"seq\":2}}"
        )
    );
    has(&msg_text.replace('\n', "\\n"));
    assert_eq!(cp.signature, SIGNATURE);
    has(SIGNATURE);

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
        jsonl::checkpoint_line(&cp).unwrap()
    );
    has(&format!("```jsonl\n{file}```"));
    let report = verify_bytes(file.as_bytes(), &signer.public_key()).unwrap();
    assert_eq!(
        (report.entries, report.rounds, report.checkpoints),
        (1 + 1, 1, 1)
    );
}

const SEED_HEX: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const PUBLIC_HEX: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const AT1: &str = "2026-11-29T09:00:00.000000Z";
const AT2: &str = "2026-11-29T09:30:00.250000Z";
const AT_CP: &str = "2026-11-29T09:30:01.000000Z";
const HASH1: &str = "6dd0a378a665377b74f713ea1ed7ad245df6f86b0dd92cb8b3db572f2ca869f7";
const HASH2: &str = "6c72365d3cee98acd4baebed38189dc11ac469a61a90f66f6dee1f052cefe52e";
const SIGNATURE: &str = "867bfb36dbb1281e48cdf932f5205561e7f2f417b91c94424d98d08a15355f35a76f3cb455605e2d598ac3a454d1ae8af1e43072c2499a2c3823333af528af05";
