//! `plenary tally` from the real binary on PrefLib and `plenary-ballots/1`
//! files written to a temporary directory: same results from both formats,
//! canonical output, the text format, and exit code 2 naming the line for
//! bad input and bad arguments.

use std::path::PathBuf;
use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::common::METHODS;
use crate::common::cli::tally;
use crate::common::internals::to_canonical_string;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Writes `content` to a fresh file named `name` in a unique temp directory.
fn write_temp(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "plenary-tally-cli-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

fn stdout_json(o: &Output) -> serde_json::Value {
    assert!(
        o.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The run failed with exit code 2 and says `needle` on standard error.
fn fails_with(o: &Output, needle: &str) {
    assert_eq!(o.status.code(), Some(2), "{}", stderr(o));
    assert!(stderr(o).contains(needle), "{}", stderr(o));
}

const TENNESSEE_TOI: &str = "# FILE NAME: tennessee.toi
# DATA TYPE: toi
# NUMBER ALTERNATIVES: 4
# ALTERNATIVE NAME 1: Memphis
# ALTERNATIVE NAME 2: Nashville
# ALTERNATIVE NAME 3: Chattanooga
# ALTERNATIVE NAME 4: Knoxville
42: 1,2,3,4
26: 2,3,4,1
15: 3,4,2,1
17: 4,3,2,1
";

fn tennessee_json() -> String {
    let mut ballots = Vec::new();
    for (n, r) in [
        (42, r#"[["1"],["2"],["3"],["4"]]"#),
        (26, r#"[["2"],["3"],["4"],["1"]]"#),
        (15, r#"[["3"],["4"],["2"],["1"]]"#),
        (17, r#"[["4"],["3"],["2"],["1"]]"#),
    ] {
        for k in 0..n {
            ballots.push(format!(
                r#"  {{"receipt":"r{n}-{k}","group":"g","weight":"1","ranking":{r}}}"#
            ));
        }
    }
    format!(
        r#"{{"format":"plenary-ballots/1",
"round":{{"id":"tn","title":"Capital","method":"schulze","weighting":"per_delegate","secrecy":"secret","closed_at":"2024-01-01T00:00:00.000000Z","tiebreak":["1","2","3","4"]}},
"candidates":[{{"id":"1","title":"Memphis"}},{{"id":"2","title":"Nashville"}},{{"id":"3","title":"Chattanooga"}},{{"id":"4","title":"Knoxville"}}],
"ballots":[
{}
],
"digest":"ignored"}}"#,
        ballots.join(",\n")
    )
}

#[test]
fn preflib_file_and_equivalent_json_give_the_same_document() {
    let toi = write_temp("tennessee.toi", TENNESSEE_TOI);
    let json = write_temp("ballots.json", &tennessee_json());
    for method in METHODS {
        let a = tally(&toi, &["--method", method]);
        let b = tally(&json, &["--method", method]);
        let (ja, jb) = (stdout_json(&a), stdout_json(&b));
        assert_eq!(ja["ranking"], jb["ranking"], "{method}");
        assert_eq!(a.stdout, b.stdout, "{method}: same bytes");
    }
    let doc = stdout_json(&tally(&json, &[]));
    assert_eq!(doc["method"], "schulze");
    assert_eq!(doc["winners"], serde_json::json!(["2"]));
    let irv = stdout_json(&tally(&toi, &["--method", "irv"]));
    assert_eq!(irv["winners"], serde_json::json!(["4"]));
}

#[test]
fn json_output_is_canonical_and_reproducible() {
    let json = write_temp("ballots.json", &tennessee_json());
    let a = tally(&json, &[]);
    let b = tally(&json, &[]);
    assert_eq!(a.stdout, b.stdout);
    let text = String::from_utf8(a.stdout).unwrap();
    assert!(text.ends_with("}\n"));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(to_canonical_string(&v).unwrap() + "\n", text);
}

#[test]
fn text_format_prints_the_pairwise_matrix_and_irv_rounds() {
    let toi = write_temp("tennessee.toi", TENNESSEE_TOI);
    let o = tally(&toi, &["--format", "text"]);
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("Pairwise matrix d"), "{out}");
    assert!(out.contains("2 (Nashville)"), "{out}");
    // Row 2 (Nashville) over column 1 (Memphis): 58.
    assert!(
        out.lines()
            .any(|l| l.trim_start().starts_with('2') && l.contains("58")),
        "{out}"
    );
    let o = tally(&toi, &["--format", "text", "--method", "irv"]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("Rounds"), "{out}");
    assert!(out.contains("exhausted"), "{out}");
}

#[test]
fn invalid_json_exits_2_naming_the_line() {
    let p = write_temp(
        "bad.json",
        "{\"format\":\"plenary-ballots/1\",\n\"candidates\": [\n}",
    );
    let o = tally(&p, &[]);
    assert!(stderr(&o).starts_with("error: "), "{}", stderr(&o));
    fails_with(&o, "line 3");
}

#[test]
fn unknown_candidate_in_json_exits_2_naming_ballot_and_line() {
    let text = tennessee_json().replace(
        r#""receipt":"r15-3","group":"g","weight":"1","ranking":[["3"]"#,
        r#""receipt":"r15-3","group":"g","weight":"1","ranking":[["7"]"#,
    );
    let p = write_temp("ballots.json", &text);
    let o = tally(&p, &[]);
    let line = 4 + 42 + 26 + 3 + 1;
    fails_with(
        &o,
        &format!(
            "ballot {} (line {line}) [receipt r15-3]: unknown candidate \"7\"",
            42 + 26 + 4
        ),
    );
}

#[test]
fn empty_tier_in_json_exits_2() {
    let text = tennessee_json().replacen(r#""ranking":[["1"],["2"]"#, r#""ranking":[[],["2"]"#, 1);
    let p = write_temp("ballots.json", &text);
    let o = tally(&p, &[]);
    fails_with(&o, "ballot 1 (line 5)");
    fails_with(&o, "tier 1 is empty");
}

#[test]
fn bad_preflib_lines_exit_2_naming_the_line() {
    for (bad, expect) in [
        ("17: 4,3,x,1\n", "line 12: unknown candidate \"x\""),
        ("17 4,3,2,1\n", "line 12: expected \"count: order\""),
        ("17: 4,{},2\n", "line 12: tier 2 is empty"),
        ("many: 4,3\n", "line 12: \"many\" is not a ballot count"),
        ("1: 4,4\n", "line 12: candidate \"4\" appears twice"),
    ] {
        let p = write_temp("bad.toi", &format!("{TENNESSEE_TOI}{bad}"));
        let o = tally(&p, &[]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        assert!(stderr(&o).contains(expect), "{bad}: {}", stderr(&o));
    }
}

#[test]
fn bad_arguments_exit_2() {
    let toi = write_temp("tennessee.toi", TENNESSEE_TOI);
    fails_with(
        &tally(&toi, &["--tiebreak", "1,2,3"]),
        "leaves out candidate \"4\"",
    );
    fails_with(&tally(&toi, &["--method", "stv"]), "");
    fails_with(&tally(&toi, &["--weighting", "equal_groups"]), "");
    let missing = toi.with_file_name("missing.json");
    fails_with(&tally(&missing, &[]), "cannot read");
}

#[test]
fn weighting_flag_recomputes_and_tiebreak_flag_overrides() {
    let text = tennessee_json().replacen(r#""weight":"1""#, r#""weight":"5""#, 1);
    let p = write_temp("ballots.json", &text);
    // The file's weighting rejects the stated weight 5 ...
    fails_with(&tally(&p, &[]), "stated weight 5 differs from 1");
    // ... while --weighting recomputes and ignores it.
    let doc = stdout_json(&tally(
        &p,
        &["--weighting", "per_delegate", "--tiebreak", "4,3,2,1"],
    ));
    assert_eq!(doc["tiebreak"], serde_json::json!(["4", "3", "2", "1"]));
    assert_eq!(doc["inputs"]["total_weight"], "100");
}
