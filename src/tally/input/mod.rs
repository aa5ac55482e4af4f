//! Readers for the files `plenary tally` accepts, turning text into an
//! [`Election`] and a [`Method`], with errors that name the line (and the
//! ballot) at fault:
//!
//! * `plenary-ballots/1` JSON, the app's ballot export (DESIGN.md, "Formats");
//! * PrefLib `.soi`/`.soc`/`.toi`/`.toc` files, in the current `#` header
//!   format and in the older PrefLib format (a first line with the number of
//!   alternatives, `i,name` lines, a `voters,sum,unique` line, then
//!   `count,order` lines).
//!
//! No file system access here: callers pass the text (see [`crate::tally::cli`]).

use crate::tally::ballot::{BallotError, CandidatesError};
use crate::tally::weighting::UnknownWeighting;
use crate::tally::{Election, Method, TiebreakError, UnknownMethod};
use serde::{Deserialize, Deserializer as _};
use std::borrow::Cow;
use std::collections::BTreeMap;

mod json;
mod locate;
mod preflib;

pub use json::read_plenary_json;
#[cfg(test)]
use locate::{ballot_scan, offsets_to_lines};
#[cfg(test)]
use preflib::*;
pub use preflib::{MAX_ALTERNATIVES, read_preflib};

/// Identifies the ballot export format.
pub const BALLOTS_FORMAT: &str = "plenary-ballots/1";

/// Why an input could not be read. Every variant says where, when it can.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The JSON itself is malformed.
    #[error("line {line}, column {column}: invalid JSON: {message}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// serde_json's description.
        message: String,
    },
    /// The JSON is well-formed but not a valid `plenary-ballots/1` document.
    #[error("{0}")]
    Structure(String),
    /// One ballot is invalid.
    #[error(transparent)]
    Ballot(#[from] BallotError),
    /// The candidate list is invalid.
    #[error("candidates: {0}")]
    Candidates(#[from] CandidatesError),
    /// The tie-break order is not a permutation of the candidates.
    #[error("{0}")]
    Tiebreak(#[from] TiebreakError),
    /// The method name is unknown.
    #[error("{0}")]
    Method(#[from] UnknownMethod),
    /// The weighting name is unknown or cannot apply to this input.
    #[error("{0}")]
    Weighting(String),
    /// A PrefLib line is invalid.
    #[error("line {line}: {message}")]
    PrefLib {
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

impl From<UnknownWeighting> for InputError {
    fn from(e: UnknownWeighting) -> Self {
        InputError::Weighting(e.to_string())
    }
}

/// Choices given on the command line; each overrides the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// `--method`.
    pub method: Option<Method>,
    /// `--weighting` (a policy name). When given, stated weights are ignored.
    pub weighting: Option<String>,
    /// `--tiebreak` (candidate ids, a permutation).
    pub tiebreak: Option<Vec<String>>,
}

/// A file read and resolved: what to count and how.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// Candidates, weighted ballots, tie-break order.
    pub election: Election,
    /// The method to run.
    pub method: Method,
    /// Human titles of candidates, by id, when the file has them (display only).
    pub titles: BTreeMap<String, String>,
}

/// Reads a file's text, choosing the reader by the file name's extension
/// (`.soi`, `.soc`, `.toi`, `.toc` → PrefLib; anything else → JSON).
pub fn read_file_text(name: &str, text: &str, ov: &Overrides) -> Result<Loaded, InputError> {
    let lower = name.to_ascii_lowercase();
    if [".soi", ".soc", ".toi", ".toc"]
        .iter()
        .any(|ext| lower.ends_with(ext))
    {
        read_preflib(text, ov)
    } else {
        read_plenary_json(text, ov)
    }
}

#[derive(Deserialize, Default)]
struct RawRound {
    method: Option<String>,
    weighting: Option<String>,
    group_weights: Option<BTreeMap<String, String>>,
    tiebreak: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawCandidate {
    Object { id: String, title: Option<String> },
    Id(String),
}

/// One ballot as written; strings are borrowed from the text when
/// unescaped. Ballots are converted one at a time as they are read, so
/// only their compact form is kept.
#[derive(Deserialize)]
struct RawBallot<'a> {
    #[serde(borrow)]
    receipt: Option<Cow<'a, str>>,
    #[serde(borrow)]
    group: Option<Cow<'a, str>>,
    #[serde(borrow)]
    organisation: Option<Cow<'a, str>>,
    #[serde(borrow)]
    weight: Option<Cow<'a, str>>,
    #[serde(borrow)]
    ranking: Vec<Vec<Cow<'a, str>>>,
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn order_parses_ties_in_braces() {
        assert_eq!(
            parse_order("1,{2, 3},4").unwrap(),
            vec![vec!["1"], vec!["2", "3"], vec!["4"]]
        );
        assert_eq!(parse_order("{}").unwrap(), vec![Vec::<String>::new()]);
        assert!(parse_order("1,{2").is_err());
        assert!(parse_order("1,").is_err());
        assert!(parse_order("1 2").is_err());
    }

    #[test]
    fn ballot_lines_are_found() {
        let text = "{\"x\": [1,\n2], \"ballots\": [\n {\"a\": \"]\"},\n\n {\"b\": [[]]}\n]}";
        let (offs, _) = ballot_scan(text).unwrap();
        assert_eq!(offsets_to_lines(text, &offs), vec![3, 5]);
    }

    #[test]
    fn a_stray_brace_in_the_ballots_does_not_hang_the_error_locator() {
        // Found by tests/it/fuzz.rs: with a data error before it, a `}` right
        // inside the ballots array made the scan loop forever, pushing
        // offsets until memory ran out.
        assert_eq!(ballot_scan("{\"ballots\":[{}}"), None);
        assert_eq!(ballot_scan("{\"ballots\":[1,}"), None);
        let text =
            r#"{"format":"plenary-ballots/1","candidates":["p1"],"ballots":[{"ranking":"x"}}"#;
        let e = read_plenary_json(text, &Overrides::default()).unwrap_err();
        assert!(matches!(e, InputError::Json { line: 1, .. }), "{e}");
    }

    #[test]
    fn old_preflib_format_is_read() {
        let text = "3\n1,A\n2,B\n3,C\n5,5,2\n3,1,2,3\n2,3,{1,2}\n";
        let l = read_preflib(text, &Overrides::default()).unwrap();
        assert_eq!(l.election.ballot_count(), 5);
        assert_eq!(l.titles.get("3").map(String::as_str), Some("C"));
    }

    #[test]
    fn preflib_refuses_huge_headers_and_counts() {
        // Found by tests/it/fuzz.rs: the header alone made the reader build
        // that many candidates (a capacity-overflow panic for u64::MAX, an
        // allocation abort or gigabytes of memory below it), and counts
        // wrapped around (a panic in debug builds, a wrong tally in release).
        for n in ["18446744073709551615", "4294967296", "100001"] {
            let text = format!("# NUMBER ALTERNATIVES: {n}\n1: 1\n");
            let e = read_preflib(&text, &Overrides::default()).unwrap_err();
            assert!(e.to_string().starts_with("line 1: "), "{e}");
        }
        let at_limit = format!("# NUMBER ALTERNATIVES: {MAX_ALTERNATIVES}\n");
        let l = read_preflib(&at_limit, &Overrides::default()).unwrap();
        assert_eq!(l.election.candidates().len() as u64, MAX_ALTERNATIVES);
        let max = u64::MAX;
        let text = format!("# NUMBER ALTERNATIVES: 2\n{max}: 1\n1: 2\n");
        let e = read_preflib(&text, &Overrides::default()).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("line 3: the ballot counts add up to more than {max}")
        );
        let text = format!("# NUMBER ALTERNATIVES: 2\n{}: 1\n0: 2\n1: 2,1\n", max - 1);
        let l = read_preflib(&text, &Overrides::default()).unwrap();
        assert_eq!(l.election.ballot_count(), max);
    }

    #[test]
    fn preflib_errors_name_the_line() {
        let text = "# NUMBER ALTERNATIVES: 3\n2: 1,2,3\n1: 1,4\n";
        let e = read_preflib(text, &Overrides::default()).unwrap_err();
        assert_eq!(e.to_string(), "line 3: unknown candidate \"4\"");
    }
}
