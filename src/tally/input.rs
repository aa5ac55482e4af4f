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

use crate::tally::ballot::{
    BallotError, BallotProblem, Candidates, CandidatesError, Ranking, RankingError,
};
use crate::tally::rational::{NumberError, Weight};
use crate::tally::weighting::{Origin, UnknownWeighting, Weighting, WeightingSummary};
use crate::tally::{Election, Method, Tiebreak, TiebreakError, UnknownMethod};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;

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

#[derive(Deserialize)]
struct RawDoc<'a> {
    format: Option<String>,
    round: Option<RawRound>,
    candidates: Vec<RawCandidate>,
    #[serde(borrow)]
    ballots: Vec<RawBallot<'a>>,
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

/// One ballot as written; ids are borrowed from the text when unescaped,
/// which keeps reading 100,000 ballots cheap.
#[derive(Deserialize)]
struct RawBallot<'a> {
    receipt: Option<String>,
    #[serde(borrow)]
    group: Option<Cow<'a, str>>,
    #[serde(borrow)]
    organisation: Option<Cow<'a, str>>,
    #[serde(borrow)]
    weight: Option<Cow<'a, str>>,
    #[serde(borrow)]
    ranking: Vec<Vec<Cow<'a, str>>>,
}

/// Turns a serde_json error into an input error; when it lies inside the
/// `ballots` array, it names the ballot as well as the line.
fn json_error(text: &str, e: &serde_json::Error, scan: Option<&(Vec<usize>, usize)>) -> InputError {
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let full = e.to_string();
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    if e.is_data() {
        // Byte offset of the error: start of its line plus its column.
        let line_start: usize = text
            .split_inclusive('\n')
            .take(e.line().saturating_sub(1))
            .map(str::len)
            .sum();
        let at = line_start + e.column().saturating_sub(1);
        if let Some((offs, end)) = scan
            && offs.first().is_some_and(|&f| at >= f)
            && at <= *end
        {
            let k = offs.partition_point(|&o| o <= at).saturating_sub(1);
            return InputError::Ballot(BallotError {
                ballot: k + 1,
                line: Some(e.line()),
                receipt: None,
                problem: BallotProblem::Malformed(message),
            });
        }
    }
    InputError::Json {
        line: e.line(),
        column: e.column(),
        message,
    }
}

/// Reads a `plenary-ballots/1` document.
///
/// Method, weighting and tie-break come from `ov` when given, else from the
/// file's `round`, else schulze / (stated weights, or per_delegate when no
/// ballot states one) / candidates in file order. When the weighting comes
/// from the file, stated ballot weights are checked against it (an auditor's
/// check); with `--weighting` they are ignored.
pub fn read_plenary_json(text: &str, ov: &Overrides) -> Result<Loaded, InputError> {
    let scan = ballot_scan(text);
    let lines: Option<Vec<usize>> = scan.as_ref().map(|(offs, _)| offsets_to_lines(text, offs));
    let line_of = |k: usize| lines.as_ref().and_then(|l| l.get(k).copied());
    let doc: RawDoc =
        serde_json::from_str(text).map_err(|e| json_error(text, &e, scan.as_ref()))?;
    match doc.format.as_deref() {
        Some(BALLOTS_FORMAT) => {}
        Some(other) => {
            return Err(InputError::Structure(format!(
                "format is {other:?}, expected {BALLOTS_FORMAT:?}"
            )));
        }
        None => {
            return Err(InputError::Structure(format!(
                "missing \"format\": {BALLOTS_FORMAT:?}"
            )));
        }
    }
    let round = doc.round.unwrap_or_default();
    let mut titles = BTreeMap::new();
    let ids: Vec<String> = doc
        .candidates
        .into_iter()
        .map(|c| match c {
            RawCandidate::Object { id, title } => {
                if let Some(t) = title {
                    titles.insert(id.clone(), t);
                }
                id
            }
            RawCandidate::Id(id) => id,
        })
        .collect();
    let candidates = Candidates::new(ids)?;

    let mut ballots = Vec::with_capacity(doc.ballots.len());
    for (k, b) in doc.ballots.into_iter().enumerate() {
        let ranking = Ranking::parse(&candidates, &b.ranking).map_err(|e| BallotError {
            ballot: k + 1,
            line: line_of(k),
            receipt: b.receipt.clone(),
            problem: e.into(),
        })?;
        ballots.push((b, ranking));
    }

    let method = match (ov.method, &round.method) {
        (Some(m), _) => m,
        (None, Some(m)) => m.parse()?,
        (None, None) => Method::Schulze,
    };
    let tiebreak = match (&ov.tiebreak, &round.tiebreak) {
        (Some(t), _) | (None, Some(t)) => Tiebreak::new(&candidates, t)?,
        (None, None) => Tiebreak::candidate_order(&candidates),
    };
    let mut group_weights = BTreeMap::new();
    for (g, w) in round.group_weights.iter().flatten() {
        let w: Weight = w.parse().map_err(|e: NumberError| {
            InputError::Weighting(format!("round.group_weights.{g}: {e}"))
        })?;
        group_weights.insert(g.clone(), w);
    }
    let (policy, check_stated) = match (&ov.weighting, &round.weighting) {
        (Some(w), _) => (Some(Weighting::from_name(w, group_weights)?), false),
        (None, Some(w)) => (Some(Weighting::from_name(w, group_weights)?), true),
        (None, None) => (None, false),
    };

    let name = |k: usize, b: &RawBallot, problem: BallotProblem| BallotError {
        ballot: k + 1,
        line: line_of(k),
        receipt: b.receipt.clone(),
        problem,
    };
    let parse_stated = |k: usize, b: &RawBallot| -> Result<Option<Weight>, BallotError> {
        b.weight
            .as_deref()
            .map(|s| s.parse::<Weight>().map_err(|e| name(k, b, e.into())))
            .transpose()
    };
    let (weights, summary) = match policy {
        Some(policy) => {
            let origins: Vec<Origin<'_>> = ballots
                .iter()
                .map(|(b, _)| Origin {
                    group: b.group.as_deref(),
                    organisation: b.organisation.as_deref(),
                })
                .collect();
            let weights = policy.weights(&origins).map_err(|mut e| {
                let k = e.ballot - 1;
                e.line = line_of(k);
                e.receipt = ballots.get(k).and_then(|(b, _)| b.receipt.clone());
                e
            })?;
            if check_stated {
                for (k, ((b, _), computed)) in ballots.iter().zip(&weights).enumerate() {
                    if let Some(stated) = parse_stated(k, b)?
                        && &stated != computed
                    {
                        return Err(name(
                            k,
                            b,
                            BallotProblem::WeightMismatch {
                                stated: stated.to_string(),
                                computed: computed.to_string(),
                                policy: policy.name().into(),
                            },
                        )
                        .into());
                    }
                }
            }
            (weights, WeightingSummary::from(&policy))
        }
        None => {
            if ballots.iter().all(|(b, _)| b.weight.is_none()) {
                let w = Weighting::PerDelegate;
                (
                    vec![Weight::one(); ballots.len()],
                    WeightingSummary::from(&w),
                )
            } else {
                let mut weights = Vec::with_capacity(ballots.len());
                for (k, (b, _)) in ballots.iter().enumerate() {
                    match parse_stated(k, b)? {
                        Some(w) => weights.push(w),
                        None => return Err(name(k, b, BallotProblem::MissingWeight).into()),
                    }
                }
                (weights, WeightingSummary::explicit())
            }
        }
    };
    let election = Election::with_counts(
        candidates,
        ballots
            .into_iter()
            .zip(weights)
            .map(|((_, r), w)| (r, w, 1)),
        tiebreak,
        summary,
    );
    Ok(Loaded {
        election,
        method,
        titles,
    })
}

/// Byte offsets of the elements (and the end) of the top-level `"ballots"`
/// array, found by a small scan of the JSON text (serde_json keeps no
/// positions for values). `None` if the scan fails, which only happens for
/// text serde_json would reject anyway.
fn ballot_scan(text: &str) -> Option<(Vec<usize>, usize)> {
    let b = text.as_bytes();
    let mut i = 0usize;
    let ws = |i: &mut usize| {
        while *i < b.len() && b[*i].is_ascii_whitespace() {
            *i += 1;
        }
    };
    fn skip_string(b: &[u8], i: &mut usize) -> Option<()> {
        // at the opening quote
        *i += 1;
        while *i < b.len() {
            match b[*i] {
                b'\\' => *i += 2,
                b'"' => {
                    *i += 1;
                    return Some(());
                }
                _ => *i += 1,
            }
        }
        None
    }
    fn skip_value(b: &[u8], i: &mut usize) -> Option<()> {
        match b.get(*i)? {
            b'"' => skip_string(b, i),
            b'{' | b'[' => {
                let mut depth = 0usize;
                while *i < b.len() {
                    match b[*i] {
                        b'"' => {
                            skip_string(b, i)?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                *i += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    *i += 1;
                }
                None
            }
            _ => {
                while *i < b.len() && !b",}] \t\r\n".contains(&b[*i]) {
                    *i += 1;
                }
                Some(())
            }
        }
    }
    ws(&mut i);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i += 1;
    let mut found = None;
    loop {
        ws(&mut i);
        match b.get(i)? {
            b'}' => break,
            b',' => {
                i += 1;
                continue;
            }
            b'"' => {}
            _ => return None,
        }
        let start = i;
        skip_string(b, &mut i)?;
        let key = &b[start + 1..i - 1];
        ws(&mut i);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i += 1;
        ws(&mut i);
        if key == b"ballots" && b.get(i) == Some(&b'[') {
            i += 1;
            let mut offs = Vec::new();
            loop {
                ws(&mut i);
                match b.get(i)? {
                    b']' => {
                        i += 1;
                        break;
                    }
                    b',' => i += 1,
                    _ => {
                        offs.push(i);
                        skip_value(b, &mut i)?;
                    }
                }
            }
            found = Some((offs, i));
        } else {
            skip_value(b, &mut i)?;
        }
    }
    found
}

/// 1-based line numbers of byte offsets (ascending).
fn offsets_to_lines(text: &str, offs: &[usize]) -> Vec<usize> {
    let b = text.as_bytes();
    let mut lines = Vec::with_capacity(offs.len());
    let mut line = 1usize;
    let mut pos = 0usize;
    for &o in offs {
        line += b[pos..o].iter().filter(|&&c| c == b'\n').count();
        pos = o;
        lines.push(line);
    }
    lines
}

fn preflib_err(line: usize, message: impl Into<String>) -> InputError {
    InputError::PrefLib {
        line,
        message: message.into(),
    }
}

/// Splits a PrefLib order such as `1,{2,3},4` into tiers of numbers.
fn parse_order(s: &str) -> Result<Vec<Vec<String>>, String> {
    let mut tiers = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix('{') {
            let close = inner
                .find('}')
                .ok_or_else(|| format!("unclosed '{{' in {s:?}"))?;
            let body = inner[..close].trim();
            let tier: Vec<String> = if body.is_empty() {
                Vec::new()
            } else {
                body.split(',').map(|x| x.trim().to_string()).collect()
            };
            tiers.push(tier);
            rest = inner[close + 1..].trim_start();
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            let item = rest[..end].trim();
            if item.is_empty() || item.contains(['}', ' ', '\t']) {
                return Err(format!("malformed order {s:?}"));
            }
            tiers.push(vec![item.to_string()]);
            rest = &rest[end..];
        }
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix(',') {
            rest = r.trim_start();
            if rest.is_empty() {
                return Err(format!("trailing ',' in {s:?}"));
            }
        } else if !rest.is_empty() {
            return Err(format!("expected ',' in {s:?}"));
        }
    }
    Ok(tiers)
}

fn parse_candidate_number(s: &str, line: usize) -> Result<u64, InputError> {
    s.trim()
        .parse::<u64>()
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| preflib_err(line, format!("{:?} is not a candidate number", s.trim())))
}

/// Reads a PrefLib `.soi`/`.soc`/`.toi`/`.toc` file. Candidates are their
/// numbers as strings ("1", "2", …, ascending); each data line `count: order`
/// stands for `count` ballots of weight 1 (`per_delegate`); the default
/// tie-break is ascending candidate number.
pub fn read_preflib(text: &str, ov: &Overrides) -> Result<Loaded, InputError> {
    if let Some(w) = &ov.weighting {
        let w: Weighting = w.parse()?;
        if w != Weighting::PerDelegate {
            return Err(InputError::Weighting(format!(
                "PrefLib files carry no groups or organisations; weighting {w} cannot apply"
            )));
        }
    }
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let (numbers, names, data) = if first.starts_with('#') {
        preflib_headers(text)?
    } else {
        preflib_old(text)?
    };
    let candidates = Candidates::new(numbers.iter().map(|n| n.to_string()))?;
    let mut items = Vec::new();
    for (line, count, order) in data {
        let tiers = parse_order(order).map_err(|m| preflib_err(line, m))?;
        let ranking = Ranking::parse(&candidates, &tiers).map_err(|e| {
            let msg = match &e {
                RankingError::UnknownCandidate(c) => format!("unknown candidate {c:?}"),
                other => other.to_string(),
            };
            preflib_err(line, msg)
        })?;
        items.push((ranking, Weight::one(), count));
    }
    let tiebreak = match &ov.tiebreak {
        Some(t) => Tiebreak::new(&candidates, t)?,
        None => Tiebreak::candidate_order(&candidates),
    };
    let election = Election::with_counts(
        candidates,
        items,
        tiebreak,
        WeightingSummary::from(&Weighting::PerDelegate),
    );
    Ok(Loaded {
        election,
        method: ov.method.unwrap_or(Method::Schulze),
        titles: names,
    })
}

type PrefLibParts<'a> = (
    Vec<u64>,
    BTreeMap<String, String>,
    Vec<(usize, u64, &'a str)>,
);

fn parse_count(s: &str, line: usize) -> Result<u64, InputError> {
    s.trim()
        .parse::<u64>()
        .map_err(|_| preflib_err(line, format!("{:?} is not a ballot count", s.trim())))
}

/// The current format: `# KEY: value` headers, then `count: order` lines.
fn preflib_headers(text: &str) -> Result<PrefLibParts<'_>, InputError> {
    let mut declared: Option<u64> = None;
    let mut names: BTreeMap<u64, String> = BTreeMap::new();
    let mut data = Vec::new();
    for (k, raw) in text.lines().enumerate() {
        let line = k + 1;
        let l = raw.trim();
        if l.is_empty() {
            continue;
        }
        if let Some(h) = l.strip_prefix('#') {
            let h = h.trim();
            if let Some(rest) = h.strip_prefix("ALTERNATIVE NAME") {
                let (num, name) = rest
                    .split_once(':')
                    .ok_or_else(|| preflib_err(line, "expected \"# ALTERNATIVE NAME i: name\""))?;
                let num = parse_candidate_number(num, line)?;
                if names.insert(num, name.trim().to_string()).is_some() {
                    return Err(preflib_err(
                        line,
                        format!("alternative {num} is named twice"),
                    ));
                }
            } else if let Some(rest) = h.strip_prefix("NUMBER ALTERNATIVES") {
                let v = rest.trim_start_matches(':').trim();
                declared = Some(v.parse().map_err(|_| {
                    preflib_err(line, format!("{v:?} is not a number of alternatives"))
                })?);
            }
            continue;
        }
        let (count, order) = l
            .split_once(':')
            .ok_or_else(|| preflib_err(line, "expected \"count: order\""))?;
        data.push((line, parse_count(count, line)?, order));
    }
    let numbers: Vec<u64> = match (declared, names.is_empty()) {
        (Some(n), true) => (1..=n).collect(),
        (Some(n), false) => {
            if names.len() as u64 != n || names.keys().any(|&k| k > n) {
                return Err(preflib_err(
                    1,
                    format!(
                        "NUMBER ALTERNATIVES is {n} but the ALTERNATIVE NAME lines name {} alternatives",
                        names.len()
                    ),
                ));
            }
            names.keys().copied().collect()
        }
        (None, false) => names.keys().copied().collect(),
        (None, true) => {
            return Err(preflib_err(
                1,
                "no \"# NUMBER ALTERNATIVES\" or \"# ALTERNATIVE NAME\" header",
            ));
        }
    };
    let names = names.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    Ok((numbers, names, data))
}

/// The older format: `n`, then n lines `i,name`, then `voters,sum,unique`,
/// then `count,order` lines.
fn preflib_old(text: &str) -> Result<PrefLibParts<'_>, InputError> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(k, l)| (k + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty());
    let (line, first) = lines.next().ok_or_else(|| preflib_err(1, "empty file"))?;
    let n: u64 = first.parse().map_err(|_| {
        preflib_err(
            line,
            "expected \"# …\" headers or the number of alternatives",
        )
    })?;
    let mut names = BTreeMap::new();
    for expected in 1..=n {
        let (line, l) = lines
            .next()
            .ok_or_else(|| preflib_err(line, "missing alternative lines"))?;
        let (num, name) = l
            .split_once(',')
            .ok_or_else(|| preflib_err(line, "expected \"i,name\""))?;
        let num = parse_candidate_number(num, line)?;
        if num != expected {
            return Err(preflib_err(
                line,
                format!("expected alternative {expected}"),
            ));
        }
        names.insert(num.to_string(), name.trim().to_string());
    }
    let (line, _) = lines
        .next()
        .ok_or_else(|| preflib_err(line, "missing \"voters,sum,unique\" line"))?;
    let _ = line;
    let mut data = Vec::new();
    for (line, l) in lines {
        let (count, order) = l
            .split_once(',')
            .ok_or_else(|| preflib_err(line, "expected \"count,order\""))?;
        data.push((line, parse_count(count, line)?, order));
    }
    Ok(((1..=n).collect(), names, data))
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
    fn old_preflib_format_is_read() {
        let text = "3\n1,A\n2,B\n3,C\n5,5,2\n3,1,2,3\n2,3,{1,2}\n";
        let l = read_preflib(text, &Overrides::default()).unwrap();
        assert_eq!(l.election.ballot_count(), 5);
        assert_eq!(l.titles.get("3").map(String::as_str), Some("C"));
    }

    #[test]
    fn preflib_errors_name_the_line() {
        let text = "# NUMBER ALTERNATIVES: 3\n2: 1,2,3\n1: 1,4\n";
        let e = read_preflib(text, &Overrides::default()).unwrap_err();
        assert_eq!(e.to_string(), "line 3: unknown candidate \"4\"");
    }
}
