//! The offline audit verifier: `audit.jsonl`, the public key file and the
//! `--ballots` check.

use super::*;
use crate::common::internals::{Options, Tree, entry_leaf, seal_of};

// ================================================================== audit

#[rustfmt::skip]
const AUDIT_DICT: &[&str] = &[
    "{\"checkpoint\":", "{\"checkpoint\":{}}\n", "\"seq\":", "\"seq\":0,", "\"seq\":-1,",
    "\"seq\":9007199254740993,", "\"seq\":1.5,", "\"hash\":\"\",", "\"details\":null,",
    "\"details\":[],", "\"x\":1,", "\"at\":\"\",", "\"signature\":\"\",", "\\u00e9", "\\u0000",
    "\\ud800", "\\/", "{}", "[]", "}", "\"",
];

const AUDIT_ALPHABET: &str =
    "{}[]\",:\\ \n0123456789abcdef-.seqhashprev_detailsactionsubjectcheckpoint";

/// Entry fields; `signed` puts a checkpoint line after the entry.
#[derive(Debug, Clone)]
struct LogItem {
    actor: String,
    action: String,
    subject: String,
    details: Value,
    signed: bool,
}

fn text_with_controls() -> BoxedStrategy<String> {
    prop_oneof![
        3 => "\\PC{0,10}",
        1 => "[\\x00-\\x1f\"\\\\/a\u{7f}\u{2028}é😀]{0,8}",
    ]
    .boxed()
}

/// JSON the audit trail can hold: no floats, integers in the safe range.
fn trail_json() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-(1i64 << 53) + 1..(1i64 << 53)).prop_map(Value::from),
        text_with_controls().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(text_with_controls(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
    .boxed()
}

fn log_items() -> impl Strategy<Value = (bool, Vec<LogItem>)> {
    let item = (
        prop_oneof![
            Just("system".to_owned()),
            (1u32..99).prop_map(|n| n.to_string())
        ],
        select(vec![
            "user.approved",
            "round.closed",
            "ballot.cast",
            "results.published",
        ]),
        prop_oneof![
            Just("round:7".to_owned()),
            Just("round:7/x".to_owned()),
            text_with_controls()
        ],
        trail_json(),
        any::<bool>(),
    )
        .prop_map(|(actor, action, subject, details, signed)| LogItem {
            actor,
            action: action.to_owned(),
            subject,
            details,
            signed,
        });
    (any::<bool>(), prop::collection::vec(item, 0..8))
}

fn signer() -> Signer {
    Signer::from_seed(&[7u8; 32])
}

/// An `audit.jsonl` export of these entries (hash-chained), with signed,
/// numbered checkpoints of the Merkle tree where asked (`signed0`: one of
/// the empty tree first).
fn log_bytes(signer: &Signer, signed0: bool, items: &[LogItem]) -> Vec<u8> {
    let mut out = String::new();
    let mut tree = Tree::new();
    let mut number = 0u64;
    if signed0 {
        number += 1;
        let cp = signer.sign_checkpoint(
            number,
            0,
            &tree.root(0).unwrap(),
            "2026-11-29T10:00:00.000000Z",
        );
        out += &jsonl::checkpoint_line(&cp).unwrap();
    }
    let mut prev = ZERO_HASH.to_owned();
    for (k, it) in items.iter().enumerate() {
        let seq = k as i64 + 1;
        let at = format!(
            "2026-11-29T10:{:02}:{:02}.{:06}Z",
            (k / 60) % 60,
            k % 60,
            k % 1_000_000
        );
        let hash = entry_hash(
            seq,
            &at,
            &it.actor,
            &it.action,
            &it.subject,
            &it.details,
            &prev,
        )
        .unwrap();
        let e = Entry {
            seq,
            at: at.clone(),
            actor: it.actor.clone(),
            action: it.action.clone(),
            subject: it.subject.clone(),
            details: it.details.clone(),
            prev_hash: prev.clone(),
            hash: hash.clone(),
        };
        out += &jsonl::entry_line(&e).unwrap();
        tree.push(entry_leaf(&hash).unwrap());
        if it.signed {
            number += 1;
            let size = seq as u64;
            let cp = signer.sign_checkpoint(number, size, &tree.root(size).unwrap(), &at);
            out += &jsonl::checkpoint_line(&cp).unwrap();
        }
        prev = hash;
    }
    out.into_bytes()
}

/// A trail that records `file`'s digest at close and its results' hash at
/// publication, as a closed round's trail does.
fn trail_for(signer: &Signer, file: &BallotsFile) -> Vec<u8> {
    let results = file.tally().unwrap();
    let item = |action: &str, details: Value| LogItem {
        actor: "system".into(),
        action: action.into(),
        subject: format!("round:{}", file.round.id),
        details,
        signed: true,
    };
    log_bytes(
        signer,
        false,
        &[
            item("round.opened", json!({})),
            item("round.closed", {
                let seal = seal_of(&serde_json::to_value(file).unwrap()).unwrap();
                json!({"ballot_digest": file.digest, "document_sha256": seal.document_sha256,
                       "ballots_root": seal.ballots_root})
            }),
            item(
                "results.published",
                json!({"results_sha256": hex::encode(Sha256::digest(results.as_bytes()))}),
            ),
        ],
    )
}

/// The offline verifier with the `--ballots` check, as the CLI runs it.
fn verify_with_ballots(log: &[u8], ballots: &str) -> Option<Result<(), String>> {
    let key = signer().public_key();
    let mut check = BallotsCheck::from_json(ballots).ok()?;
    let mut checks: [&mut dyn EntryCheck; 1] = [&mut check];
    Some(
        verify_log(log, &key, &Options::default(), &mut checks)
            .map(|_| ())
            .map_err(|e| e.to_string()),
    )
}

proptest! {
    #![proptest_config(config(128))]

    /// Arbitrary bytes as `audit.jsonl` and as a public key file.
    #[test]
    fn audit_arbitrary_bytes_never_panic(b in junk(AUDIT_ALPHABET)) {
        let _shared = sharing();
        let key = signer().public_key();
        // A valid trail needs matching hashes and signatures: never by chance.
        prop_assert!(verify_bytes(&b, &key).is_err());
        let _ = parse_public_key_file(&lossy(&b));
        let _ = verify_with_ballots(&b, &lossy(&b));
    }

    /// Generated trails (odd strings, nested details, checkpoints) verify;
    /// mutated, they return Ok or Err, and a flipped byte is always caught.
    #[test]
    fn audit_mutated_logs_never_panic(
        (signed0, items) in log_items(),
        muts in mutations(AUDIT_DICT),
        flips in prop::collection::vec((any::<Index>(), 1u8..=255), 1..3),
    ) {
        let _shared = sharing();
        let signer = signer();
        let key = signer.public_key();
        // A downloaded log always ends with a checkpoint.
        let mut items = items;
        if let Some(last) = items.last_mut() {
            last.signed = true;
        }
        let log = log_bytes(&signer, signed0, &items);
        if !log.is_empty() {
            let report = verify_bytes(&log, &key);
            prop_assert!(report.is_ok(), "{:?}\n{}", report.err(), lossy(&log));
            let report = report.unwrap();
            prop_assert_eq!(report.entries, items.len() as u64);
            let signed = items.iter().filter(|i| i.signed).count() + usize::from(signed0);
            prop_assert_eq!(report.checkpoints, signed as u64);
        }
        let _ = verify_bytes(&apply(log.clone(), &muts), &key);
        if !log.is_empty() {
            let mut flipped = log.clone();
            let mut changed = false;
            for (i, x) in &flips {
                let k = i.index(flipped.len());
                flipped[k] ^= x;
                changed |= flipped[k] != log[k];
            }
            if changed {
                match verify_bytes(&flipped, &key) {
                    Err(VerifyError::Bad(_)) => {}
                    other => prop_assert!(false, "flips {flips:?} gave {other:?}"),
                }
            }
        }
    }

    /// Public key files: the real one parses (whatever the surrounding
    /// whitespace); odd ones return an error.
    #[test]
    fn public_key_files_never_panic(
        key in prop::collection::vec(any::<u8>(), 32),
        seed in any::<[u8; 32]>(),
        pre in select(vec!["", " ", "\n", "\r\n", "\t", "\0", "\u{feff}"]),
        post in select(vec!["", "\n", "\r\n", " \n\n", " x", "\0", "00"]),
        upper in any::<bool>(),
        muts in prop::option::of(mutations(GENERIC)),
    ) {
        let s = Signer::from_seed(&seed);
        let file = s.public_key_file();
        let clean_pre = pre.chars().all(char::is_whitespace);
        let clean_post = post.chars().all(char::is_whitespace);
        let parsed = parse_public_key_file(&format!("{pre}{file}{post}"));
        prop_assert_eq!(parsed.is_ok(), clean_pre && clean_post);
        if let Ok(k) = parsed {
            prop_assert_eq!(k, s.public_key());
        }
        let mut hexed = hex::encode(&key);
        if upper {
            hexed = hexed.to_uppercase();
        }
        let text = format!("{pre}ed25519 {hexed}{post}");
        let text = match muts {
            Some(m) => lossy(&apply(text.into_bytes(), &m)),
            None => text,
        };
        let _ = parse_public_key_file(&text);
    }

    /// `audit verify --ballots`: a round's real ballots file and trail pass;
    /// a mutated or edited ballots file returns Ok or Err.
    #[test]
    fn ballots_check_never_panics(
        d in doc(),
        muts in mutations(JSON_DICT),
        es in edits(JSON_PATHS),
    ) {
        let _shared = sharing();
        let signer = signer();
        let file = ballots_file(&d);
        let log = trail_for(&signer, &file);
        let text = file.to_json().unwrap();
        let ok = verify_with_ballots(&log, &text);
        prop_assert_eq!(ok, Some(Ok(())));
        let _ = verify_with_ballots(&log, &lossy(&apply(text.into_bytes(), &muts)));
        let mut v = serde_json::to_value(&file).unwrap();
        apply_edits(&mut v, &es);
        let edited = serde_json::to_string(&with_fixed_digest(v)).unwrap();
        let _ = verify_with_ballots(&log, &edited);
    }
}

/// Measured (debug build, 2 cores): every shape below scales linearly
/// (ratios 7–10); 8n takes at most 0.31 s (16,000 keys in one entry).
#[test]
fn audit_verifier_time_is_linear() {
    let _alone = timing_alone();
    let signer = signer();
    let key = signer.public_key();
    let item = |details: Value, signed: bool| LogItem {
        actor: "system".into(),
        action: "user.approved".into(),
        subject: "user:1".into(),
        details,
        signed,
    };
    let verify = |b: &Vec<u8>| {
        let _ = black_box(verify_bytes(b, &key));
    };
    let mut over = Vec::new();
    scaling(
        &mut over,
        "audit.jsonl: an entry line of n bytes",
        100_000,
        |n| {
            log_bytes(
                &signer,
                false,
                &[item(json!({"note": "x".repeat(n)}), true)],
            )
        },
        verify,
    );
    scaling(
        &mut over,
        "audit.jsonl: an entry line of n escaped control characters",
        25_000,
        |n| {
            log_bytes(
                &signer,
                false,
                &[item(json!({"note": "\u{1}".repeat(n)}), false)],
            )
        },
        verify,
    );
    scaling(
        &mut over,
        "audit.jsonl: an entry with n nested keys",
        2_000,
        |n| {
            let m: serde_json::Map<String, Value> = (0..n)
                .map(|k| (format!("k{k}"), json!([k, {"a": "b"}])))
                .collect();
            log_bytes(&signer, false, &[item(Value::Object(m), false)])
        },
        verify,
    );
    scaling(
        &mut over,
        "audit.jsonl: n entries, each signed",
        50,
        |n| {
            let items: Vec<LogItem> = (0..n).map(|k| item(json!({"k": k}), true)).collect();
            log_bytes(&signer, true, &items)
        },
        verify,
    );
    scaling(
        &mut over,
        "audit.jsonl: a non-canonical line of n bytes (error path)",
        100_000,
        |n| format!("{{\"note\": \"{}\"}}\n", "x".repeat(n)).into_bytes(),
        verify,
    );
    scaling(
        &mut over,
        "audit.jsonl: a line of n invalid UTF-8 bytes, no newline",
        200_000,
        |n| vec![0xff; n],
        verify,
    );
    scaling(
        &mut over,
        "public key file: n bytes of whitespace around the key",
        100_000,
        |n| {
            format!(
                "{}{}{}",
                " \n".repeat(n / 2),
                signer.public_key_file(),
                "\t".repeat(n / 2)
            )
        },
        |s: &String| {
            black_box(parse_public_key_file(s).unwrap());
        },
    );
    let ballots_doc = |n: usize| {
        let d = Doc {
            m: 4,
            method: Method::Schulze,
            weighting: 1,
            recorded: false,
            title: "R".into(),
            ballots: (0..n)
                .map(|k| {
                    (
                        vec![vec![k % 4], vec![(k + 1) % 4, (k + 2) % 4]],
                        k % 3,
                        k % 2,
                    )
                })
                .collect(),
        };
        ballots_file(&d).to_json().unwrap()
    };
    scaling(
        &mut over,
        "--ballots check: a ballots file of n ballots (digest + tally)",
        100,
        ballots_doc,
        |s: &String| {
            black_box(BallotsCheck::from_json(s).unwrap());
        },
    );
    assert_none_over(&over);
}
