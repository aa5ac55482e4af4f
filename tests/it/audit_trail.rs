//! The signed audit trail over real HTTP, on SQLite and PostgreSQL: the head,
//! the public key, checkpoints, the streamed JSONL export, the offline
//! verifier (binary and library), tampering, denials, the audit page, the
//! worked example in docs/formats.md, and two server processes writing to one
//! PostgreSQL database.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::cli::{ChildGuard, NO_DATA_DIR, audit_verify, plenary, run_with_stdin};
use crate::common::internals::{
    Checkpoint, Entry, Signer, VerifyError, ZERO_HASH, all_entries, checkpoint_message,
    checkpoints_in_range, connect, entry_hash, jsonl, parse_public_key_file, to_canonical_string,
    verify_bytes, verify_checkpoint, verify_trail,
};
use crate::common::{
    Backend, Caller, PASSWORD, Person, PgDatabase, RequestHelper, Role, TestApp, Value, free_port,
    json, postgres_url, send,
};

both_backends!(
    head_and_public_key_are_served_to_auditors_and_admins,
    a_checkpoint_on_request_signs_the_head_with_the_served_key,
    the_exported_log_holds_every_entry_ends_signed_and_verifies_with_the_cli,
    tampering_with_an_exported_log_is_detected_on_the_right_line,
    audit_routes_are_denied_to_delegates_chairs_and_strangers,
    the_audit_page_lists_filters_and_paginates_the_trail_newest_first,
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

/// GETs `path` with `who`'s token as the session cookie, as a browser would.
async fn with_cookie(app: &TestApp, who: &Person, path: &str) -> crate::common::Response {
    send(
        app.anon()
            .request(reqwest::Method::GET, path)
            .header("cookie", format!("plenary_session={}", who.token)),
    )
    .await
}

// ---------------------------------------------------------------- scenarios

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
    let cps: Vec<Checkpoint> = ls
        .iter()
        .filter(|l| is_checkpoint(l))
        .map(|l| {
            serde_json::from_value(serde_json::from_str::<Value>(l).unwrap()["checkpoint"].clone())
                .unwrap()
        })
        .collect();
    assert_eq!(cps.len(), 2, "the requested one and the download's");
    assert!(is_checkpoint(ls.last().unwrap()));
    assert_eq!(cps[1].seq, last.seq);
    assert_eq!(cps[1].hash, last.hash);

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
    assert!(out.contains("signature does not verify"), "{out}");

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

    // A changed signature.
    let mut t = ls.clone();
    let last = t.last_mut().unwrap();
    let pos = last.find("\"signature\":\"").unwrap() + 13;
    let c = if &last[pos..=pos] == "a" { "b" } else { "a" };
    last.replace_range(pos..=pos, c);
    bad(&t, n, "signature");

    // The checkpoint in the middle moved to another entry.
    let mut t = ls.clone();
    let cp = t.remove(mid);
    t.insert(mid + 1, cp);
    bad(&t, mid + 2, "checkpoint signs seq");

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

async fn audit_routes_are_denied_to_delegates_chairs_and_strangers(app: &TestApp) {
    let delegate = app.delegate("delegate").await;
    let chair = app.chair().await;
    let before = app.audit().await.len();
    let gets = [
        "/api/v1/audit/log",
        "/api/v1/audit/head",
        "/api/v1/audit/public-key",
    ];
    for who in [&delegate, &chair] {
        for path in gets {
            let res = who.get(path).await;
            assert_eq!(res.status, 403, "{path}");
            assert_eq!(res.json()["error"]["code"], "forbidden", "{path}");
        }
        assert_eq!(who.post("/api/v1/audit/checkpoints").await.status, 403);
        let res = with_cookie(app, who, "/audit").await;
        assert_eq!(res.status, 403);
        assert!(res.text.contains("Only auditors and administrators"));
        // No Audit link for them either.
        let home = with_cookie(app, who, "/").await.text;
        assert!(!home.contains("href=\"/audit\""));
    }
    let anon = app.anon();
    for path in gets {
        let res = anon.get(path).await;
        assert_eq!(res.status, 401, "{path}");
        assert_eq!(res.json()["error"]["code"], "unauthenticated");
    }
    assert_eq!(anon.post("/api/v1/audit/checkpoints").await.status, 401);
    let res = anon.get("/audit").await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), "/login");
    // Denials write nothing: no download recorded, no checkpoint made.
    assert_eq!(app.audit().await.len(), before);
    let head = app.admin().await.get("/api/v1/audit/head").await.json();
    assert!(head["checkpoint"].is_null());
}

async fn the_audit_page_lists_filters_and_paginates_the_trail_newest_first(app: &TestApp) {
    let auditor = app
        .user("auditor@example.org", Role::Auditor, "academia", "Uni")
        .await;
    app.append_entries(55, "test.filler", "thing:1").await;
    app.append_entries(3, "round.opened", "round:7").await;
    app.append_entries(2, "round.opened", "round:8").await;

    // Sign in through the form, as a browser does.
    let b = app.browser_as(&auditor.email).await;
    let page = |path: &'static str| {
        let b = b.clone();
        async move {
            let res = b.get(path).await;
            assert_eq!(res.status, 200, "{path}");
            res.text
        }
    };
    let rows = |html: &str| html.matches("<th scope=\"row\">").count();
    let html = page("/audit").await;
    let trail = app.audit().await;
    let head = trail.last().unwrap();
    assert!(html.contains("href=\"/audit\""), "the nav shows Audit");
    assert!(html.contains(&head.hash), "the head is shown");
    assert!(html.contains("href=\"/api/v1/audit/log\""));
    assert!(html.contains("href=\"/api/v1/audit/public-key\""));
    assert!(html.contains("None yet."), "no checkpoint yet");
    assert_eq!(rows(&html), 50);
    let first_row = html.find("<th scope=\"row\">").unwrap();
    assert!(
        html[first_row..].starts_with(&format!("<th scope=\"row\">{}</th>", head.seq)),
        "newest first"
    );
    assert!(html.contains("Page 1 of 2"));
    assert!(html.contains("rel=\"next\""));
    let html2 = page("/audit?page=2").await;
    assert_eq!(rows(&html2), trail.len() - 50);
    assert!(html2.contains("<th scope=\"row\">1</th>"));
    assert!(html2.contains("rel=\"prev\""));

    // Filters: by round, by action, by actor.
    let html = page("/audit?round=7").await;
    assert_eq!(rows(&html), 3);
    assert!(html.contains("round:7") && !html.contains("<td>round:8</td>"));
    assert_eq!(rows(&page("/audit?action=round.opened").await), 5);
    let html = page("/audit?actor=system&action=round.opened&round=8").await;
    assert_eq!(rows(&html), 2);
    let html = page("/audit?action=nothing.like.this").await;
    assert!(html.contains("No entries match this filter"));
    assert_eq!(b.get("/audit?round=abc").await.status, 400);

    // Sign the head from the page (a CSRF-protected form), then see it.
    assert_eq!(b.post_form("/audit/checkpoints", &[]).await.status, 303);
    let html = page("/audit").await;
    assert_eq!(
        app.audit().await.last().unwrap().action,
        "audit.checkpointed"
    );
    assert!(html.contains("(covers the current head)"), "{html}");
    // The log link works with the session cookie, as a plain link would.
    assert_eq!(b.get("/api/v1/audit/log").await.status, 200);
    // A form without a token is refused and signs nothing.
    let before = app.audit().await.len();
    let res = b
        .post_form_without_csrf("/audit/checkpoints", &[("x", "1")])
        .await;
    assert_eq!(res.status, 403);
    assert_eq!(app.audit().await.len(), before);
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
    for seq in [500, 501, 1000, 1203, 1204] {
        assert!(is_checkpoint(&at(seq)), "checkpoint after seq {seq}");
        assert!(at(seq).contains(&format!("\"seq\":{seq},")), "{}", at(seq));
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

// ------------------------------------------------ two server processes

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
    let cps = checkpoints_in_range(&mut conn, 0, v.head_seq).unwrap();
    assert_eq!(cps.len(), 6);
    for cp in &cps {
        let e = &trail[usize::try_from(cp.seq - 1).unwrap()];
        assert_eq!(
            (e.hash.as_str(), e.action.as_str()),
            (cp.hash.as_str(), "audit.checkpointed")
        );
        verify_checkpoint(&signer.public_key(), cp).unwrap();
    }

    // The log downloaded from the other process verifies with the shared key.
    let log = auditors[1].get("/api/v1/audit/log").await.bytes;
    let report = verify_bytes(&log, &signer.public_key()).unwrap();
    assert_eq!(report.entries as usize, trail.len() + 1);
    assert_eq!(report.checkpoints, 7);
    drop(servers);
}
