//! Bounded fuzzing of the parsers that take user bytes: the ballot JSON
//! (`plenary-ballots/1`, the API ballot body, the page form's rank numbers),
//! PrefLib, the audit verifier (`audit.jsonl`, the public key file, the
//! `--ballots` check), Markdown, the group weights of a round (form text and
//! JSON map) and the exact numbers inside them.
//!
//! Two kinds of test:
//!
//! * properties (proptest): for each parser, arbitrary bytes and
//!   structure-aware mutations of valid documents (truncated, a byte
//!   flipped, fields duplicated or replaced, lines dropped or swapped, huge
//!   numbers, deep nesting, long lines, many tiers, unicode, NUL bytes, CRLF)
//!   give `Ok` or `Err`, never a panic; valid documents are accepted, and
//!   where a small model of the parser exists its answer is checked too;
//! * timing: the pathological shapes of each parser at size n and 8n. The
//!   best-of-k wall-time ratio must stay under [`LINEAR_BOUND`] (a linear
//!   parser gives about 8, a quadratic one up to 64). Each test lists every
//!   shape over the bound before failing, so one run names them all.
//!
//! This file holds what the parsers share (mutations, odd values, the
//! ballot document model, the timing harness); each submodule covers one
//! family of parsers with its properties and its timing test.
//!
//! Case counts are small so that the module runs in a debug build in well
//! under a minute on two cores; `PLENARY_FUZZ_CASES=N` raises every property
//! to at least N cases for longer local runs.

use std::collections::{BTreeMap, HashSet};
use std::hint::black_box;
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::sample::{Index, select};
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::common::internals::tally::ballot::{Candidates, Ranking, RankingError};
use crate::common::internals::tally::input::{
    Loaded, Overrides, read_file_text, read_plenary_json, read_preflib,
};
use crate::common::internals::tally::rational::{NumberError, Rational, Weight};
use crate::common::internals::tally::weighting::Weighting;
use crate::common::internals::tally::{Method, tally};
use crate::common::internals::{
    BallotsCheck, BallotsFile, CandidateInfo, Entry, EntryCheck, NewRound, ProposalId, RoundInfo,
    RoundInput, Signer, StakeholderGroups, StoredBallot, VerifyError, VoterInfo, ZERO_HASH,
    build_ballots_file, digest, entry_hash, group_weights_from_text, jsonl, parse_group_weights,
    parse_public_key_file, receipt, render_markdown, tiers_from_rank_numbers, to_canonical_string,
    verify_bytes, verify_log,
};

mod audit;
mod ballot_json;
mod markdown;
mod preflib;
mod round_settings;

// =================================================================== setup

/// `default` cases, or more when `PLENARY_FUZZ_CASES` asks for more.
fn cases(default: u32) -> u32 {
    std::env::var("PLENARY_FUZZ_CASES")
        .ok()
        .and_then(|v| v.trim().parse::<u32>().ok())
        .map_or(default, |n| n.max(default))
}

fn config(default: u32) -> ProptestConfig {
    ProptestConfig {
        cases: cases(default),
        max_shrink_iters: 512,
        ..ProptestConfig::default()
    }
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

// ============================================================== mutations

/// One change to a document's bytes.
#[derive(Debug, Clone)]
enum Mutation {
    /// Cut the document short.
    Truncate(Index),
    /// XOR one byte with a non-zero mask.
    Flip(Index, u8),
    /// Insert a chunk anywhere.
    Insert(Index, Vec<u8>),
    /// Insert a chunk right after a `{`, `[` or newline (a duplicated or
    /// extra field, an extra line).
    AfterOpen(Index, Vec<u8>),
    Delete(Index, usize),
    /// Repeat a slice right after itself.
    Duplicate(Index, usize),
    DropLine(Index),
    DupLine(Index),
    SwapLines(Index, Index),
    /// Every `\n` becomes `\r\n`.
    Crlf,
}

/// Pieces every parser gets thrown at it.
#[rustfmt::skip]
const GENERIC: &[&str] = &[
    "\0", "\r\n", "\r", "\n", "\t", " ", "\u{feff}", "\u{202e}", "\u{2028}", "é", "€", "😀",
    "\u{a0}", "°", "·", "©", "«", "»", "¿",
    "\u{fffd}", "\\", "\"", "'", "-", "+", "0", "/", "/0", "1/0", "-1", "٣",
    "18446744073709551615", "18446744073709551616", "9223372036854775808", "1e999", "NaN",
    "null",
];

const NESTERS: &[&str] = &[
    "[", "{", ">", "> ", "(", "*", "{\"a\":", "[[", "- ", "<div>",
];

/// A chunk to insert: from the parser's dictionary, generic nasties, a huge
/// number, deep nesting, a long line, raw bytes or unicode.
fn chunk(dict: &'static [&'static str]) -> BoxedStrategy<Vec<u8>> {
    prop_oneof![
        6 => select(dict).prop_map(|s| s.as_bytes().to_vec()),
        3 => select(GENERIC).prop_map(|s| s.as_bytes().to_vec()),
        1 => (1usize..3000).prop_map(|n| "9".repeat(n).into_bytes()),
        1 => (1usize..300, select(NESTERS)).prop_map(|(n, s)| s.repeat(n).into_bytes()),
        1 => (1usize..6000).prop_map(|n| "x".repeat(n).into_bytes()),
        1 => prop::collection::vec(any::<u8>(), 1..16),
        1 => "\\PC{1,8}".prop_map(String::into_bytes),
    ]
    .boxed()
}

fn mutation(dict: &'static [&'static str]) -> BoxedStrategy<Mutation> {
    prop_oneof![
        any::<Index>().prop_map(Mutation::Truncate),
        (any::<Index>(), 1u8..=255).prop_map(|(i, x)| Mutation::Flip(i, x)),
        (any::<Index>(), chunk(dict)).prop_map(|(i, c)| Mutation::Insert(i, c)),
        (any::<Index>(), chunk(dict)).prop_map(|(i, c)| Mutation::AfterOpen(i, c)),
        (any::<Index>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<Index>(), 1usize..400).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
        any::<Index>().prop_map(Mutation::DropLine),
        any::<Index>().prop_map(Mutation::DupLine),
        (any::<Index>(), any::<Index>()).prop_map(|(i, j)| Mutation::SwapLines(i, j)),
        Just(Mutation::Crlf),
    ]
    .boxed()
}

fn mutations(dict: &'static [&'static str]) -> impl Strategy<Value = Vec<Mutation>> {
    prop::collection::vec(mutation(dict), 1..4)
}

fn insert_at(b: &mut Vec<u8>, k: usize, c: &[u8]) {
    let tail = b.split_off(k);
    b.extend_from_slice(c);
    b.extend_from_slice(&tail);
}

fn apply(mut b: Vec<u8>, muts: &[Mutation]) -> Vec<u8> {
    for m in muts {
        let len = b.len();
        match m {
            Mutation::Truncate(i) => b.truncate(i.index(len + 1)),
            Mutation::Flip(i, x) => {
                if len > 0 {
                    b[i.index(len)] ^= x;
                }
            }
            Mutation::Insert(i, c) => insert_at(&mut b, i.index(len + 1), c),
            Mutation::AfterOpen(i, c) => {
                let opens: Vec<usize> = (0..len)
                    .filter(|&k| matches!(b[k], b'{' | b'[' | b'\n'))
                    .map(|k| k + 1)
                    .collect();
                if !opens.is_empty() {
                    insert_at(&mut b, opens[i.index(opens.len())], c);
                }
            }
            Mutation::Delete(i, n) => {
                let k = i.index(len + 1);
                b.drain(k..(k + n).min(len));
            }
            Mutation::Duplicate(i, n) => {
                let k = i.index(len + 1);
                let e = (k + n).min(len);
                let c = b[k..e].to_vec();
                insert_at(&mut b, e, &c);
            }
            Mutation::DropLine(i) | Mutation::DupLine(i) | Mutation::SwapLines(i, _) => {
                let mut lines: Vec<Vec<u8>> = b
                    .split_inclusive(|&c| c == b'\n')
                    .map(<[u8]>::to_vec)
                    .collect();
                if lines.is_empty() {
                    continue;
                }
                let k = i.index(lines.len());
                match m {
                    Mutation::DropLine(_) => {
                        lines.remove(k);
                    }
                    Mutation::DupLine(_) => {
                        let l = lines[k].clone();
                        lines.insert(k, l);
                    }
                    Mutation::SwapLines(_, j) => {
                        let j = j.index(lines.len());
                        lines.swap(k, j);
                    }
                    _ => unreachable!(),
                }
                b = lines.concat();
            }
            Mutation::Crlf => {
                let mut out = Vec::with_capacity(len + len / 8);
                for &c in &b {
                    if c == b'\n' {
                        out.push(b'\r');
                    }
                    out.push(c);
                }
                b = out;
            }
        }
    }
    b
}

/// Arbitrary input: raw bytes, any unicode string, or a string over the
/// parser's own alphabet (which reaches deeper than random bytes).
fn junk(alphabet: &'static str) -> BoxedStrategy<Vec<u8>> {
    let chars: Vec<char> = alphabet.chars().collect();
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        any::<String>().prop_map(String::into_bytes),
        prop::collection::vec(select(chars), 0..400)
            .prop_map(|cs| cs.into_iter().collect::<String>().into_bytes()),
    ]
    .boxed()
}

/// Strings a field can be set to.
#[rustfmt::skip]
const NASTY_STRINGS: &[&str] = &[
    "", " ", "p1", "p2", "p999", "p0", "0", "1", "-1", "1/0", "0/5", "1/3", "2/4", "-1/2",
    "1.5", "1e3", " 1", "+1", "٣", "18446744073709551616", "schulze", "irv", "plurality",
    "dictator", "equal_groups", "per_organisation", "per_delegate", "explicit",
    "plenary-ballots/1", "plenary-ballots/2", "member_state", "industry", "round:7", "\0",
    "\r\n", "é", "😀", "\u{202e}", "\u{feff}",
];

fn nasty_string() -> BoxedStrategy<String> {
    prop_oneof![
        4 => select(NASTY_STRINGS).prop_map(str::to_owned),
        1 => (1usize..2500).prop_map(|n| "9".repeat(n)),
        1 => (1usize..400, 1usize..400)
            .prop_map(|(a, b)| format!("{}/{}", "7".repeat(a), "3".repeat(b))),
        1 => (1usize..5000).prop_map(|n| "p".repeat(n)),
        2 => "\\PC{0,12}",
        1 => any::<String>(),
    ]
    .boxed()
}

/// `n` arrays around a string.
fn deep(n: usize) -> Value {
    let mut v = json!("p1");
    for _ in 0..n {
        v = json!([v]);
    }
    v
}

/// `n` one-candidate tiers over `p0..=pm` (so with unknown ids and repeats).
fn many_tiers(n: usize, m: usize) -> Value {
    Value::Array(
        (0..n)
            .map(|k| json!([format!("p{}", k % (m + 1))]))
            .collect(),
    )
}

#[rustfmt::skip]
const KEYS: &[&str] = &[
    "format", "round", "candidates", "ballots", "ranking", "weight", "group", "id", "x", "",
];

/// Any JSON value, biased to what hurts: odd strings, huge and float
/// numbers, deep nesting, rankings with many tiers.
fn nasty_json() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        nasty_string().prop_map(Value::String),
        (1usize..300).prop_map(deep),
        (1usize..400, 1usize..8).prop_map(|(n, m)| many_tiers(n, m)),
    ];
    leaf.prop_recursive(3, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(select(KEYS).prop_map(str::to_owned), inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
    .boxed()
}

/// A change to a JSON document at a path (`#` = an element of an array).
#[derive(Debug, Clone)]
enum Edit {
    Set(&'static str, Index, Value),
    Remove(&'static str, Index),
}

fn edit_at(v: &mut Value, path: &str, i: &Index, new: Option<Value>) {
    let segs: Vec<&str> = path.split('.').collect();
    let mut cur = v;
    for (k, seg) in segs.iter().enumerate() {
        let last = k + 1 == segs.len();
        if *seg == "#" {
            let Value::Array(a) = cur else { return };
            if a.is_empty() {
                if let (true, Some(n)) = (last, new) {
                    a.push(n);
                }
                return;
            }
            let j = i.index(a.len());
            if last {
                match new {
                    Some(n) => a[j] = n,
                    None => {
                        a.remove(j);
                    }
                }
                return;
            }
            cur = &mut a[j];
        } else {
            let Value::Object(o) = cur else { return };
            if last {
                match new {
                    Some(n) => {
                        o.insert((*seg).to_owned(), n);
                    }
                    None => {
                        o.remove(*seg);
                    }
                }
                return;
            }
            let Some(next) = o.get_mut(*seg) else { return };
            cur = next;
        }
    }
}

fn edits(paths: &'static [&'static str]) -> impl Strategy<Value = Vec<Edit>> {
    let one = prop_oneof![
        4 => (select(paths), any::<Index>(), nasty_json()).prop_map(|(p, i, v)| Edit::Set(p, i, v)),
        1 => (select(paths), any::<Index>()).prop_map(|(p, i)| Edit::Remove(p, i)),
    ];
    prop::collection::vec(one, 1..4)
}

fn apply_edits(v: &mut Value, es: &[Edit]) {
    for e in es {
        match e {
            Edit::Set(p, i, new) => edit_at(v, p, i, Some(new.clone())),
            Edit::Remove(p, i) => edit_at(v, p, i, None),
        }
    }
}
// ======================================================== ballot JSON model

/// Pieces of `plenary-ballots/1` documents.
#[rustfmt::skip]
const JSON_DICT: &[&str] = &[
    "{", "}", "[", "]", "\"", ",", ":", "\\u0000", "\\ud800", "\\uDC00", "\\\"", "true", "-0",
    "1.5", "\"format\":\"plenary-ballots/1\",", "\"format\":null,", "\"round\":null,",
    "\"round\":{},", "\"candidates\":[],", "\"candidates\":[\"p1\",\"p1\"],",
    "\"candidates\":[{\"id\":\"\"}],", "\"candidates\":[{\"id\":\"p1\",\"title\":null}],",
    "\"ballots\":[],", "\"ballots\":{},", "\"ballots\":[{\"ranking\":[[\"p1\"]]}],",
    "\"ranking\":[[]],", "\"ranking\":[[\"p1\",\"p1\"]],", "\"ranking\":[[\"p1\"],[\"p1\"]],",
    "\"ranking\":\"p1\",", "\"ranking\":[[\"zz\"]],", "\"weight\":\"0\",",
    "\"weight\":\"1/0\",", "\"weight\":\"-1/2\",", "\"weight\":\"1.5\",", "\"weight\":\"2\",",
    "\"weight\":1,", "\"group\":null,", "\"group\":\"\",", "\"organisation\":\"\",",
    "\"receipt\":7,", "\"method\":\"irv\",", "\"method\":\"dictator\",",
    "\"weighting\":\"equal_groups\",", "\"weighting\":\"per_organisation\",",
    "\"weighting\":\"explicit\",", "\"group_weights\":{\"industry\":\"0\"},",
    "\"group_weights\":{\"member_state\":\"99999999999999999999999/7\"},", "\"tiebreak\":[],",
    "\"tiebreak\":[\"p1\",\"p1\"],", "\"tiebreak\":[\"p9\"],", "\"digest\":\"\",",
];

#[rustfmt::skip]
const JSON_PATHS: &[&str] = &[
    "format", "round", "round.id", "round.method", "round.weighting", "round.group_weights",
    "round.group_weights.member_state", "round.tiebreak", "round.tiebreak.#", "candidates",
    "candidates.#", "candidates.#.id", "candidates.#.title", "ballots", "ballots.#",
    "ballots.#.ranking", "ballots.#.ranking.#", "ballots.#.ranking.#.#", "ballots.#.weight",
    "ballots.#.group", "ballots.#.organisation", "ballots.#.receipt", "digest", "extra",
];

const GROUPS: [&str; 3] = ["member_state", "industry", "academia"];
const ORGS: [&str; 3] = ["Acme", "Uni", "Beta"];

/// A ranking over `m` candidates: a prefix of a permutation, with ties.
fn ranking(m: usize) -> impl Strategy<Value = Vec<Vec<usize>>> {
    (
        Just((0..m).collect::<Vec<usize>>()).prop_shuffle(),
        0..=m,
        prop::collection::vec(any::<bool>(), m),
    )
        .prop_map(|(perm, len, ties)| {
            let mut tiers: Vec<Vec<usize>> = Vec::new();
            for (k, c) in perm.into_iter().take(len).enumerate() {
                match tiers.last_mut() {
                    Some(t) if ties[k] => t.push(c),
                    _ => tiers.push(vec![c]),
                }
            }
            tiers
        })
}

/// A closed round's ballots, before they become a `plenary-ballots/1` file.
#[derive(Debug, Clone)]
struct Doc {
    m: usize,
    method: Method,
    /// 0 per_delegate, 1 equal_groups (member_state weighs 2), 2 per_organisation.
    weighting: usize,
    recorded: bool,
    title: String,
    ballots: Vec<(Vec<Vec<usize>>, usize, usize)>,
}

fn title() -> BoxedStrategy<String> {
    prop_oneof![
        3 => "\\PC{0,12}",
        1 => Just("\0\r\n\t\u{202e}\"\\</script>".to_owned()),
    ]
    .boxed()
}

fn doc() -> impl Strategy<Value = Doc> {
    (1usize..=6).prop_flat_map(|m| {
        (
            Just(m),
            select(Method::ALL.to_vec()),
            0usize..3,
            any::<bool>(),
            title(),
            prop::collection::vec((ranking(m), 0usize..3, 0usize..3), 0..10),
        )
            .prop_map(|(m, method, weighting, recorded, title, ballots)| Doc {
                m,
                method,
                weighting,
                recorded,
                title,
                ballots,
            })
    })
}

/// The app's own export of `d` (what `GET …/ballots.json` serves).
fn ballots_file(d: &Doc) -> BallotsFile {
    let two: Weight = "2".parse().unwrap();
    let (weighting, group_weights) = match d.weighting {
        0 => (Weighting::PerDelegate, BTreeMap::new()),
        1 => (
            Weighting::EqualGroups {
                group_weights: [("member_state".to_owned(), two)].into(),
            },
            [("member_state".to_owned(), "2".to_owned())].into(),
        ),
        _ => (Weighting::PerOrganisation, BTreeMap::new()),
    };
    let round = RoundInfo {
        id: "7".into(),
        title: d.title.clone(),
        method: Some(d.method),
        weighting: String::new(),
        group_weights,
        secrecy: if d.recorded { "recorded" } else { "secret" }.into(),
        closed_at: "2026-11-29T12:00:00.000000Z".into(),
        ..RoundInfo::default()
    };
    let candidates = (1..=d.m)
        .map(|k| CandidateInfo {
            id: format!("p{k}"),
            title: format!("{} {k}", d.title),
        })
        .collect();
    let stored = d
        .ballots
        .iter()
        .enumerate()
        .map(|(k, (r, g, o))| StoredBallot {
            receipt: format!("{k:064x}"),
            group: GROUPS[*g].into(),
            organisation: ORGS[*o].into(),
            ranking: r
                .iter()
                .map(|t| t.iter().map(|c| format!("p{}", c + 1)).collect())
                .collect(),
            votes: None,
            voter: Some(VoterInfo {
                name: d.title.clone(),
                organisation: ORGS[*o].into(),
            }),
        })
        .collect();
    build_ballots_file(
        round,
        &weighting,
        d.recorded,
        plenary::domain::ballots_file::Labels::Withheld,
        candidates,
        stored,
    )
    .unwrap()
}

/// A successful read is counted, as `plenary tally` would (small inputs only:
/// a mutation can declare many candidates, and counting is not parsing).
fn count_if_small(l: &Loaded) {
    let e = &l.election;
    if e.candidates().len() <= 8 && e.distinct_ballots().len() <= 64 {
        black_box(tally(e, l.method));
    }
}

/// `v` with its digest recomputed when it still reads as a ballots file, so
/// that the `--ballots` check gets past the digest to the tally.
fn with_fixed_digest(mut v: Value) -> Value {
    if let Ok(f) = serde_json::from_value::<BallotsFile>(v.clone())
        && let Ok(d) = digest(&f.ballots, f.round.weighting == "per_organisation")
        && v.is_object()
    {
        v["digest"] = json!(d);
    }
    v
}

// ================================================================= timing

/// Largest accepted ratio between the times at size 8n and n. Measured
/// (debug build, 2 cores, timing tests alone): the linear shapes give 6–13
/// (n log n and caches included; up to 22 while properties ran alongside,
/// hence [`MACHINE`]); a quadratic shape gives 64 only asymptotically: the
/// run of `&` in Markdown gives 39–50 at these sizes (31–43 without the
/// lock), other quadratic Markdown shapes 52–76, a run of `&amp;` 15–20. A
/// bound of 40 would let the `&` run pass in some runs; 30 sits between,
/// with room on both sides.
const LINEAR_BOUND: f64 = 30.0;
/// Each timed sample runs the parser often enough to last this long.
const MIN_SAMPLE: Duration = Duration::from_millis(5);
const REPS: usize = 3;

/// Timing tests hold this alone and every property case shares it, so the
/// timings never compete with this module's properties for the machine
/// (other tests of the binary still may: best-of-k and the bound absorb it).
static MACHINE: RwLock<()> = RwLock::new(());

/// Held by a timing test for its whole run.
fn timing_alone() -> RwLockWriteGuard<'static, ()> {
    MACHINE.write().unwrap_or_else(|e| e.into_inner())
}

/// Held by each property case.
fn sharing() -> RwLockReadGuard<'static, ()> {
    MACHINE.read().unwrap_or_else(|e| e.into_inner())
}

fn sample(iters: u32, f: &mut dyn FnMut()) -> Duration {
    let t = Instant::now();
    for _ in 0..iters {
        f();
    }
    t.elapsed()
}

/// Times `run` on the shape at size `n` and `8n` (best of [`REPS`],
/// interleaved) and records the shape in `over` when the ratio is at or
/// over [`LINEAR_BOUND`].
fn scaling<T>(
    over: &mut Vec<String>,
    what: &str,
    n: usize,
    make: impl Fn(usize) -> T,
    run: impl Fn(&T),
) {
    let (small, large) = (make(n), make(8 * n));
    let mut fs = || run(&small);
    let mut fl = || run(&large);
    let one = sample(1, &mut fs);
    let iters = if one >= MIN_SAMPLE {
        1
    } else {
        (MIN_SAMPLE.as_nanos() / one.as_nanos().max(1) + 1).min(10_000) as u32
    };
    let (mut ts, mut tl) = (Duration::MAX, Duration::MAX);
    // Up to twice REPS while a cheap shape is over the bound (one busy
    // moment must not fail CI); a long sample, or a ratio far over, ends it.
    for rep in 0..2 * REPS {
        ts = ts.min(sample(iters, &mut fs));
        tl = tl.min(sample(iters, &mut fl));
        let ratio = tl.as_secs_f64() / ts.as_secs_f64();
        if (rep >= 1 && ratio < LINEAR_BOUND / 2.0)
            || (rep + 1 >= REPS && ratio < LINEAR_BOUND)
            || ratio > 2.0 * LINEAR_BOUND
            || tl > Duration::from_secs(3)
        {
            break;
        }
    }
    let ratio = tl.as_secs_f64() / ts.as_secs_f64();
    let per = |d: Duration| d / iters;
    eprintln!(
        "timing: {what}: n = {n}: {:?}, 8n: {:?}, ratio {ratio:.1}",
        per(ts),
        per(tl)
    );
    if ratio >= LINEAR_BOUND {
        over.push(format!(
            "{what}: n = {n} took {:?}, 8n took {:?}: ratio {ratio:.1} >= {LINEAR_BOUND}",
            per(ts),
            per(tl)
        ));
    }
}

fn assert_none_over(over: &[String]) {
    assert!(
        over.is_empty(),
        "super-linear time:\n  {}",
        over.join("\n  ")
    );
}
