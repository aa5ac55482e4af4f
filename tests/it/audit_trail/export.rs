//! The exported trail: the streamed JSONL log holds every entry and ends
//! signed, `plenary audit verify` accepts it and names the line of any
//! tampering, a long trail streams in batches with every checkpoint in
//! place, and random byte changes are always caught.

use std::path::Path;

use crate::common::cli::{NO_DATA_DIR, audit_verify};
use crate::common::internals::{
    CheckpointBody, Entry, Signer, VerifyError, parse_public_key_file, to_canonical_string,
    verify_bytes, verify_checkpoint,
};
use crate::common::{Backend, Person, RequestHelper, TestApp, Value, json};

both_backends!(
    the_exported_log_holds_every_entry_ends_signed_and_verifies_with_the_cli,
    tampering_with_an_exported_log_is_detected_on_the_right_line,
    a_long_trail_streams_in_batches_with_every_checkpoint_in_place,
);

// ---------------------------------------------------------------- helpers

/// Downloads the log and the public key as an auditor.
async fn download(auditor: &Person) -> (Vec<u8>, String) {
    let res = auditor.get("/api/v1/audit/log").await;
    assert_eq!(res.status, 200);
    assert_eq!(res.header("content-type"), "application/x-ndjson");
    let key = auditor.text("/api/v1/audit/public-key").await;
    (res.bytes, key)
}

/// The lines of a log (without newlines).
fn lines(log: &[u8]) -> Vec<String> {
    String::from_utf8(log.to_vec())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn join(lines: &[String]) -> Vec<u8> {
    let mut s = lines.join("\n");
    s.push('\n');
    s.into_bytes()
}

/// 0-based index of the entry line with `seq`.
fn entry_index(lines: &[String], seq: i64) -> usize {
    lines
        .iter()
        .position(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            v.get("checkpoint").is_none() && v["seq"] == seq
        })
        .unwrap()
}

fn is_checkpoint(line: &str) -> bool {
    line.starts_with("{\"checkpoint\":")
}

/// The checkpoint body of a checkpoint line (signature not checked).
fn body_of(line: &str) -> CheckpointBody {
    let v: Value = serde_json::from_str(line).unwrap();
    let note = v["checkpoint"].as_str().unwrap();
    let text = &note[..=note.rfind("\n\n").unwrap()];
    CheckpointBody::parse(text).unwrap()
}

/// Runs `plenary audit verify` on files in a temp dir: (exit code, output).
fn cli_verify(log: &[u8], key: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("audit.jsonl");
    let key_path = dir.path().join("key.pub");
    std::fs::write(&log_path, log).unwrap();
    std::fs::write(&key_path, key).unwrap();
    run_verify(&log_path, &key_path)
}

fn run_verify(log: &Path, key: &Path) -> (i32, String) {
    let ran = audit_verify(log, key, None);
    (ran.code, ran.all())
}

/// A trail with some history: accounts, logins, a failed login, a
/// checkpoint in the middle, and entries about two rounds.
async fn some_history(app: &TestApp) -> Person {
    let auditor = app.auditor().await;
    app.delegate("delegate").await;
    let res = app
        .anon()
        .post_json(
            "/api/v1/session",
            json!({"email": "delegate@example.org", "password": "wrong password!"}),
        )
        .await;
    assert_eq!(res.status, 401);
    assert_eq!(auditor.post("/api/v1/audit/checkpoints").await.status, 201);
    app.append_entries(2, "round.opened", "round:1").await;
    app.append_entries(1, "round.opened", "round:2").await;
    app.append_entries(3, "test.filler", "thing:1").await;
    auditor
}

// ---------------------------------------------------------------- scenarios

async fn the_exported_log_holds_every_entry_ends_signed_and_verifies_with_the_cli(app: &TestApp) {
    let auditor = some_history(app).await;
    let (log, key) = download(&auditor).await;
    let trail = app.audit().await;

    // The download itself is recorded, and is the last entry of the file.
    let last = trail.last().unwrap();
    assert_eq!(last.action, "export.downloaded");
    assert_eq!(last.subject, "audit:log");
    assert_eq!(last.actor, auditor.me().await["id"].to_string());

    // Every entry, byte for byte as canonical JSON, in order; a checkpoint
    // line after each signed entry; the file ends with the signed head.
    let ls = lines(&log);
    let entry_lines: Vec<&String> = ls.iter().filter(|l| !is_checkpoint(l)).collect();
    assert_eq!(entry_lines.len(), trail.len());
    for (line, e) in entry_lines.iter().zip(&trail) {
        assert_eq!(**line, to_canonical_string(e).unwrap());
    }
    let pk = parse_public_key_file(&key).unwrap();
    let cps: Vec<CheckpointBody> = ls
        .iter()
        .filter(|l| is_checkpoint(l))
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            verify_checkpoint(v["checkpoint"].as_str().unwrap(), &pk)
                .unwrap()
                .body
        })
        .collect();
    assert_eq!(cps.len(), 2, "the requested one and the download's");
    assert!(is_checkpoint(ls.last().unwrap()));
    assert_eq!(cps[1].size, last.seq as u64);
    assert_eq!((cps[0].number, cps[1].number), (1, 2));

    // The CLI agrees and prints the summary.
    let (code, out) = cli_verify(&log, &key);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!("entries:      {}", trail.len())),
        "{out}"
    );
    assert!(out.contains("rounds:       2"), "{out}");
    assert!(
        out.contains(&format!(
            "head:         seq {} hash {}",
            last.seq, last.hash
        )),
        "{out}"
    );
    assert!(out.contains("2 signature(s) verified"), "{out}");
    assert!(
        out.contains(&trail[0].at) && out.contains(&last.at),
        "{out}"
    );

    // A key from another server does not verify it.
    let other = Signer::from_seed(&[9u8; 32]).public_key_file();
    let (code, out) = cli_verify(&log, &other);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("no signature of"), "{out}");

    // Unusable files: exit 2, and the data directory is never touched.
    let dir = tempfile::tempdir().unwrap();
    let (code, out) = run_verify(&dir.path().join("missing.jsonl"), &dir.path().join("k"));
    assert_eq!(code, 2, "{out}");
    std::fs::write(dir.path().join("bad.pub"), "ssh-ed25519 AAAA").unwrap();
    std::fs::write(dir.path().join("a.jsonl"), &log).unwrap();
    let (code, out) = run_verify(&dir.path().join("a.jsonl"), &dir.path().join("bad.pub"));
    assert_eq!(code, 2, "{out}");
    assert!(!Path::new(NO_DATA_DIR).exists());
}

async fn tampering_with_an_exported_log_is_detected_on_the_right_line(app: &TestApp) {
    let auditor = some_history(app).await;
    let (log, key) = download(&auditor).await;
    let ls = lines(&log);
    assert_eq!(cli_verify(&log, &key).0, 0);
    let bad = |lines: &[String], want_line: usize, want: &str| {
        let (code, out) = cli_verify(&join(lines), &key);
        assert_eq!(code, 1, "{out}");
        assert!(
            out.contains(&format!("line {want_line}: ")),
            "expected line {want_line}: {out}"
        );
        assert!(out.contains(want), "expected `{want}`: {out}");
    };

    // One byte of an entry: a digit of its time.
    let i = entry_index(&ls, 3);
    let mut t = ls.clone();
    let pos = t[i].find("\"at\":\"").unwrap() + 6 + 3;
    let mut bytes = t[i].clone().into_bytes();
    bytes[pos] = if bytes[pos] == b'0' { b'1' } else { b'0' };
    t[i] = String::from_utf8(bytes).unwrap();
    bad(&t, i + 1, "the entry was altered");

    // One byte of the actor, with the hash recomputed: the next link breaks.
    let mut t = ls.clone();
    let mut e: Entry = serde_json::from_str(&t[i]).unwrap();
    e.actor = "999".into();
    e.hash = e.expected_hash().unwrap();
    t[i] = to_canonical_string(&e).unwrap();
    let next = entry_index(&ls, 4);
    bad(&t, next + 1, "prev_hash");

    // Delete an entry: the line where it was now holds the next one.
    let mut t = ls.clone();
    t.remove(i);
    bad(&t, i + 1, "expected seq 3, found 4");

    // Swap two adjacent entries (no checkpoint between them).
    let mid = ls.iter().position(|l| is_checkpoint(l)).unwrap();
    let a = mid + 1;
    assert!(!is_checkpoint(&ls[a]) && !is_checkpoint(&ls[a + 1]));
    let seq_a: Value = serde_json::from_str(&ls[a]).unwrap();
    let seq_a = seq_a["seq"].as_i64().unwrap();
    let mut t = ls.clone();
    t.swap(a, a + 1);
    bad(
        &t,
        a + 1,
        &format!("expected seq {seq_a}, found {}", seq_a + 1),
    );

    // Truncate the tail after the final signed checkpoint: drop the last
    // two entries but keep the signature over the head.
    let n = ls.len();
    let mut t = ls.clone();
    t.remove(n - 2);
    t.remove(n - 3);
    bad(&t, n - 2, "truncated");

    // A changed signature (a character in the middle of its base64).
    let mut t = ls.clone();
    let last = t.last_mut().unwrap();
    let pos = last.rfind(' ').unwrap() + 30;
    let c = if &last[pos..=pos] == "a" { "b" } else { "a" };
    last.replace_range(pos..=pos, c);
    bad(&t, n, "signature");

    // The checkpoint in the middle moved to another entry.
    let mut t = ls.clone();
    let cp = t.remove(mid);
    t.insert(mid + 1, cp);
    bad(&t, mid + 2, "checkpoint 1 signs tree size");

    // A duplicated checkpoint line (right after itself).
    let mut t = ls.clone();
    t.insert(mid + 1, ls[mid].clone());
    bad(&t, mid + 2, "repeated");

    // A checkpoint deleted from the middle: the next one's number shows it.
    let mut t = ls.clone();
    t.remove(mid);
    bad(&t, n - 1, "number 2 where number 1 comes next");

    // The last checkpoint dropped: the file no longer ends signed (strict by
    // default; the flag relaxes it and reports the unsigned tail).
    let mut t = ls.clone();
    t.pop();
    bad(&t, n - 1, "does not end with a checkpoint");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.jsonl"), join(&t)).unwrap();
    std::fs::write(dir.path().join("k.pub"), &key).unwrap();
    let out = std::process::Command::new(crate::common::cli::BIN)
        .args([
            "audit",
            "verify",
            "a.jsonl",
            "--public-key",
            "k.pub",
            "--allow-unsigned-tail",
        ])
        .current_dir(dir.path())
        .env("PLENARY_DATA_DIR", NO_DATA_DIR)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("come after the last signed checkpoint"),
        "{text}"
    );

    // An entry appended after the last checkpoint: not signed, refused.
    let mut t = ls.clone();
    let mut extra: Entry = serde_json::from_str(&ls[n - 2]).unwrap();
    extra.prev_hash = extra.hash.clone();
    extra.seq += 1;
    extra.hash = extra.expected_hash().unwrap();
    t.push(to_canonical_string(&extra).unwrap());
    bad(&t, n + 1, "does not end with a checkpoint");

    // A space that changes no value is still a change.
    let mut t = ls.clone();
    t[0].push(' ');
    bad(&t, 1, "canonical");

    // A cut in the middle of the last line.
    let mut cut = log.clone();
    cut.truncate(cut.len() - 10);
    let (code, out) = cli_verify(&cut, &key);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&format!("line {n}: ")), "{out}");
}

async fn a_long_trail_streams_in_batches_with_every_checkpoint_in_place(app: &TestApp) {
    let auditor = app.auditor().await;
    // Checkpoints at both edges of the first batch boundary (500, 501) and
    // at the second (1000), then a tail.
    for target in [500usize, 501, 1000, 1203] {
        let len = app.audit().await.len();
        app.append_entries(target - len, "test.filler", "thing:1")
            .await;
        app.checkpoint().await;
    }
    let (log, key) = download(&auditor).await;
    let ls = lines(&log);
    let report = verify_bytes(&log, &parse_public_key_file(&key).unwrap()).unwrap();
    assert_eq!(report.entries, 1204);
    assert_eq!(report.checkpoints, 5);
    let at = |seq| ls[entry_index(&ls, seq) + 1].clone();
    for (number, seq) in [500i64, 501, 1000, 1203, 1204].into_iter().enumerate() {
        assert!(is_checkpoint(&at(seq)), "checkpoint after seq {seq}");
        let body = body_of(&at(seq));
        assert_eq!((body.number, body.size), (number as u64 + 1, seq as u64));
    }
    assert_eq!(ls.len(), 1204 + 5);
}

// ------------------------------------------------------- property test

/// Random single-byte changes to a real exported log are always detected
/// (the library verifier, for speed).
#[test]
fn random_single_byte_changes_to_an_exported_log_are_always_detected() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (log, key) = rt.block_on(async {
        let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
        let auditor = some_history(&app).await;
        download(&auditor).await
    });
    let key = parse_public_key_file(&key).unwrap();
    assert!(verify_bytes(&log, &key).is_ok());

    let len = log.len();
    let mut runner = TestRunner::new(Config {
        cases: 64,
        ..Config::default()
    });
    runner
        .run(&(0..len, 1u8..=255), |(pos, delta)| {
            let mut t = log.clone();
            t[pos] = t[pos].wrapping_add(delta);
            match verify_bytes(&t, &key) {
                Err(VerifyError::Bad(bad)) => {
                    // The named line is the changed one (or, for a changed
                    // newline, the line it joined or split).
                    let line_of_pos = log[..pos].iter().filter(|b| **b == b'\n').count() as u64 + 1;
                    prop_assert!(
                        bad.line == line_of_pos || bad.line == line_of_pos + 1,
                        "byte {pos} is on line {line_of_pos}, verifier named {bad}"
                    );
                    Ok(())
                }
                Err(e) => Err(TestCaseError::fail(format!("unexpected error {e}"))),
                Ok(_) => Err(TestCaseError::fail(format!(
                    "change at byte {pos} went unnoticed"
                ))),
            }
        })
        .unwrap();
    // Every position once with a fixed change, too: cheap and exhaustive.
    for pos in 0..len {
        let mut t = log.clone();
        t[pos] ^= 0x01;
        assert!(
            verify_bytes(&t, &key).is_err(),
            "flip at byte {pos} went unnoticed"
        );
    }
}
