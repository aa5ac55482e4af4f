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
    BallotError, BallotProblem, Candidates, CandidatesError, FastBuild, Ranking, RankingBuilder,
    RankingError,
};
use crate::tally::group::Grouper;
use crate::tally::rational::{NumberError, Weight};
use crate::tally::weighting::{Origin, UnknownWeighting, Weighting, WeightingSummary};
use crate::tally::{Election, Method, Tiebreak, TiebreakError, UnknownMethod};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer as _};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

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

/// Turns a serde_json error into an input error; when it lies inside the
/// `ballots` array, it names the ballot as well as the line.
fn json_error(text: &str, e: &serde_json::Error) -> InputError {
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
        if let Some((offs, end)) = ballot_scan(text)
            && offs.first().is_some_and(|&f| at >= f)
            && at <= end
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

/// Line and receipt of ballot `k` (0-based), found again in the text; only
/// called when there is an error to report, so nothing is kept per ballot.
fn locate_ballot(text: &str, k: usize) -> (Option<usize>, Option<String>) {
    let Some((offs, _)) = ballot_scan(text) else {
        return (None, None);
    };
    let Some(&off) = offs.get(k) else {
        return (None, None);
    };
    let line = offsets_to_lines(text, &[off]).first().copied();
    let mut de = serde_json::Deserializer::from_str(&text[off..]);
    let receipt = RawBallot::deserialize(&mut de)
        .ok()
        .and_then(|b| b.receipt.map(Cow::into_owned));
    (line, receipt)
}

const NONE: u32 = u32::MAX;

/// Interns strings (groups, organisations, weights) to small ids.
#[derive(Default)]
struct Interner {
    ids: HashMap<Box<str>, u32, FastBuild>,
    strs: Vec<Box<str>>,
}

impl Interner {
    fn id(&mut self, s: Option<&str>) -> u32 {
        let Some(s) = s else { return NONE };
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.strs.len() as u32;
        self.strs.push(s.into());
        self.ids.insert(s.into(), id);
        id
    }

    fn get(&self, id: u32) -> Option<&str> {
        self.strs.get(id as usize).map(|s| &**s)
    }
}

/// A ballot reduced to ids: its ranking (in the grouper) and its
/// interned group, organisation and stated weight ([`NONE`] when absent).
struct BallotRec {
    ranking: u32,
    group: u32,
    organisation: u32,
    weight: u32,
}

/// Ballots converted so far.
#[derive(Default)]
struct Converted {
    grouper: Grouper,
    builder: Option<RankingBuilder>,
    recs: Vec<BallotRec>,
    groups: Interner,
    organisations: Interner,
    weights: Interner,
    /// The first invalid ranking: reported after the whole text parses, as
    /// a syntax error anywhere takes precedence.
    first_error: Option<BallotError>,
    seen: usize,
}

impl Converted {
    fn convert(&mut self, candidates: &Candidates, b: RawBallot<'_>) {
        let k = self.seen;
        self.seen += 1;
        if self.first_error.is_some() {
            return;
        }
        let builder = self
            .builder
            .get_or_insert_with(|| RankingBuilder::new(candidates.len()));
        builder.clear();
        for tier in &b.ranking {
            for id in tier {
                match candidates.index_of(id) {
                    Some(i) => builder.push(i),
                    None => builder.invalidate(),
                }
            }
            builder.end_tier();
        }
        let ranking = if builder.is_valid() {
            self.grouper.ranking_built(builder)
        } else {
            match Ranking::parse(candidates, &b.ranking) {
                Ok(r) => self.grouper.ranking(r),
                Err(e) => {
                    self.first_error = Some(BallotError {
                        ballot: k + 1,
                        line: None,
                        receipt: b.receipt.map(Cow::into_owned),
                        problem: e.into(),
                    });
                    return;
                }
            }
        };
        self.recs.push(BallotRec {
            ranking,
            group: self.groups.id(b.group.as_deref()),
            organisation: self.organisations.id(b.organisation.as_deref()),
            weight: self.weights.id(b.weight.as_deref()),
        });
    }
}

/// What the top-level object holds, filled in as it is read.
#[derive(Default)]
struct DocState<'a> {
    format: Option<Option<String>>,
    round: Option<Option<RawRound>>,
    candidates: Option<Vec<RawCandidate>>,
    /// Built as soon as `candidates` is read, so ballots after it stream.
    built: Option<Result<Candidates, CandidatesError>>,
    ballots_seen: bool,
    /// Ballots read before a valid candidate list, converted afterwards.
    buffered: Vec<RawBallot<'a>>,
    converted: Converted,
}

const DOC_FIELDS: &[&str] = &["format", "round", "candidates", "ballots"];

/// Reads the top-level document (as `#[derive(Deserialize)]` would, with
/// the same errors), converting ballots as they come.
struct DocVisitor<'s, 'a>(&'s mut DocState<'a>);

impl<'s, 'de> DocVisitor<'s, 'de> {
    fn set_candidates(&mut self, c: Vec<RawCandidate>) {
        let ids = c.iter().map(|c| match c {
            RawCandidate::Object { id, .. } | RawCandidate::Id(id) => id.clone(),
        });
        self.0.built = Some(Candidates::new(ids));
        self.0.candidates = Some(c);
    }

    fn ballots<D: serde::Deserializer<'de>>(&mut self, d: D) -> Result<(), D::Error> {
        self.0.ballots_seen = true;
        match &self.0.built {
            Some(Ok(c)) => d.deserialize_seq(BallotsVisitor {
                candidates: c,
                conv: &mut self.0.converted,
            }),
            _ => {
                self.0.buffered = Vec::deserialize(d)?;
                Ok(())
            }
        }
    }
}

impl<'s, 'de> Visitor<'de> for DocVisitor<'s, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("struct RawDoc")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match &*key {
                "format" => {
                    if self.0.format.is_some() {
                        return Err(de::Error::duplicate_field("format"));
                    }
                    self.0.format = Some(map.next_value()?);
                }
                "round" => {
                    if self.0.round.is_some() {
                        return Err(de::Error::duplicate_field("round"));
                    }
                    self.0.round = Some(map.next_value()?);
                }
                "candidates" => {
                    if self.0.candidates.is_some() {
                        return Err(de::Error::duplicate_field("candidates"));
                    }
                    let c = map.next_value()?;
                    self.set_candidates(c);
                }
                "ballots" => {
                    if self.0.ballots_seen {
                        return Err(de::Error::duplicate_field("ballots"));
                    }
                    map.next_value_seed(BallotsSeed(&mut self))?;
                }
                _ => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        if self.0.candidates.is_none() {
            return Err(de::Error::missing_field("candidates"));
        }
        if !self.0.ballots_seen {
            return Err(de::Error::missing_field("ballots"));
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        let len = |i| de::Error::invalid_length(i, &"struct RawDoc with 4 elements");
        self.0.format = Some(seq.next_element()?.ok_or_else(|| len(0))?);
        self.0.round = Some(seq.next_element()?.ok_or_else(|| len(1))?);
        let c = seq.next_element()?.ok_or_else(|| len(2))?;
        self.set_candidates(c);
        seq.next_element_seed(BallotsSeed(&mut self))?
            .ok_or_else(|| len(3))?;
        Ok(())
    }
}

/// The `ballots` value, read through [`DocVisitor::ballots`].
struct BallotsSeed<'v, 's, 'a>(&'v mut DocVisitor<'s, 'a>);

impl<'de> DeserializeSeed<'de> for BallotsSeed<'_, '_, 'de> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.0.ballots(d)
    }
}

/// The `ballots` array when the candidates are known: each ballot is
/// converted as soon as it is read, then dropped.
struct BallotsVisitor<'c> {
    candidates: &'c Candidates,
    conv: &'c mut Converted,
}

impl<'de> Visitor<'de> for BallotsVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(b) = seq.next_element::<RawBallot<'de>>()? {
            self.conv.convert(self.candidates, b);
        }
        Ok(())
    }
}

/// Reads a `plenary-ballots/1` document.
///
/// Method, weighting and tie-break come from `ov` when given, else from the
/// file's `round`, else schulze / (stated weights, or per_delegate when no
/// ballot states one) / candidates in file order. When the weighting comes
/// from the file, stated ballot weights are checked against it (an auditor's
/// check); with `--weighting` they are ignored.
///
/// The text is read once, ballots converted as they come (when the
/// candidates precede them, as in the app's export) into interned ids; the
/// line and receipt of a ballot are looked up again only to report an error.
pub fn read_plenary_json(text: &str, ov: &Overrides) -> Result<Loaded, InputError> {
    let mut st = DocState::default();
    let mut de = serde_json::Deserializer::from_str(text);
    de.deserialize_struct("RawDoc", DOC_FIELDS, DocVisitor(&mut st))
        .and_then(|()| de.end())
        .map_err(|e| json_error(text, &e))?;
    match st.format.flatten().as_deref() {
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
    let round = st.round.flatten().unwrap_or_default();
    let mut titles = BTreeMap::new();
    for c in st.candidates.into_iter().flatten() {
        if let RawCandidate::Object { id, title: Some(t) } = c {
            titles.insert(id, t);
        }
    }
    let candidates = match st.built {
        Some(b) => b?,
        None => return Err(InputError::Candidates(CandidatesError::Empty)),
    };
    let mut conv = st.converted;
    for b in st.buffered {
        conv.convert(&candidates, b);
    }
    if let Some(mut e) = conv.first_error {
        e.line = locate_ballot(text, e.ballot - 1).0;
        return Err(e.into());
    }
    let recs = conv.recs;
    let mut g = conv.grouper;

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
    for (gr, w) in round.group_weights.iter().flatten() {
        let w: Weight = w.parse().map_err(|e: NumberError| {
            InputError::Weighting(format!("round.group_weights.{gr}: {e}"))
        })?;
        group_weights.insert(gr.clone(), w);
    }
    let (policy, check_stated) = match (&ov.weighting, &round.weighting) {
        (Some(w), _) => (Some(Weighting::from_name(w, group_weights)?), false),
        (None, Some(w)) => (Some(Weighting::from_name(w, group_weights)?), true),
        (None, None) => (None, false),
    };

    let name = |k: usize, problem: BallotProblem| {
        let (line, receipt) = locate_ballot(text, k);
        BallotError {
            ballot: k + 1,
            line,
            receipt,
            problem,
        }
    };
    // Each distinct stated weight is parsed once.
    let stated_strs = &conv.weights;
    let mut stated: Vec<Option<Result<Weight, NumberError>>> = vec![None; stated_strs.strs.len()];
    let mut parse_stated = |k: usize, id: u32| -> Result<Option<Weight>, BallotError> {
        let Some(s) = stated_strs.get(id) else {
            return Ok(None);
        };
        stated[id as usize]
            .get_or_insert_with(|| s.parse::<Weight>())
            .clone()
            .map(Some)
            .map_err(|e| name(k, e.into()))
    };
    let (class_of, summary): (Vec<usize>, WeightingSummary) = match policy {
        Some(policy) => {
            let origins: Vec<Origin<'_>> = recs
                .iter()
                .map(|r| Origin {
                    group: conv.groups.get(r.group),
                    organisation: conv.organisations.get(r.organisation),
                })
                .collect();
            let (weights, of) = policy.weight_classes(&origins).map_err(|mut e| {
                let (line, receipt) = locate_ballot(text, e.ballot - 1);
                e.line = line;
                e.receipt = receipt;
                e
            })?;
            if check_stated {
                for (k, (r, &c)) in recs.iter().zip(&of).enumerate() {
                    let computed = &weights[c as usize];
                    if let Some(stated) = parse_stated(k, r.weight)?
                        && &stated != computed
                    {
                        return Err(name(
                            k,
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
            let ids: Vec<usize> = weights.iter().map(|w| g.class(w)).collect();
            (
                of.iter().map(|&c| ids[c as usize]).collect(),
                WeightingSummary::from(&policy),
            )
        }
        None => {
            if recs.iter().all(|r| r.weight == NONE) {
                let one = g.class(&Weight::one());
                (
                    vec![one; recs.len()],
                    WeightingSummary::from(&Weighting::PerDelegate),
                )
            } else {
                let mut class_of_stated: Vec<Option<usize>> = vec![None; stated_strs.strs.len()];
                let mut out = Vec::with_capacity(recs.len());
                for (k, r) in recs.iter().enumerate() {
                    match parse_stated(k, r.weight)? {
                        Some(w) => {
                            let c = *class_of_stated[r.weight as usize]
                                .get_or_insert_with(|| g.class(&w));
                            out.push(c);
                        }
                        None => return Err(name(k, BallotProblem::MissingWeight).into()),
                    }
                }
                (out, WeightingSummary::explicit())
            }
        }
    };
    for (r, &c) in recs.iter().zip(&class_of) {
        g.add(r.ranking, c, 1);
    }
    let election = g.finish(candidates, tiebreak, summary);
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

/// Candidate number → dense index, for the PrefLib fast path.
enum NumberIndex {
    /// The numbers are exactly `1..=n`.
    Dense(u64),
    /// Any other ascending list.
    Map(HashMap<u64, u32, FastBuild>),
}

impl NumberIndex {
    fn new(numbers: &[u64]) -> Self {
        if numbers.iter().enumerate().all(|(k, &n)| n == k as u64 + 1) {
            NumberIndex::Dense(numbers.len() as u64)
        } else {
            NumberIndex::Map(
                numbers
                    .iter()
                    .enumerate()
                    .map(|(k, &n)| (n, k as u32))
                    .collect(),
            )
        }
    }

    fn get(&self, n: u64) -> Option<usize> {
        match self {
            NumberIndex::Dense(m) => (n >= 1 && n <= *m).then(|| (n - 1) as usize),
            NumberIndex::Map(m) => m.get(&n).map(|&k| k as usize),
        }
    }
}

/// Reads a PrefLib order written plainly (`4,{2,3},1`: canonical numbers,
/// commas, braces, no inner spaces) into `b`. Returns false for anything
/// else (spaces, unknown or malformed numbers, empty braces…), which the
/// general parser then reads or words as an error; when it returns true and
/// `b` is valid, the ranking is exactly what the general parser gives.
fn fast_order(order: &str, lookup: &NumberIndex, b: &mut RankingBuilder) -> bool {
    b.clear();
    let s = order.trim().as_bytes();
    let mut i = 0usize;
    let number = |i: &mut usize| -> Option<usize> {
        let start = *i;
        let mut j = start;
        let mut n = 0u64;
        while let Some(&d) = s.get(j) {
            if !d.is_ascii_digit() {
                break;
            }
            n = n.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
            j += 1;
        }
        *i = j;
        // At most 19 digits: the value is then exact (no wrap-around).
        if j == start || j - start > 19 || s[start] == b'0' {
            return None;
        }
        lookup.get(n)
    };
    while i < s.len() {
        if s[i] == b'{' {
            i += 1;
            loop {
                let Some(c) = number(&mut i) else {
                    return false;
                };
                b.push(c);
                match s.get(i) {
                    Some(b',') => i += 1,
                    Some(b'}') => {
                        i += 1;
                        break;
                    }
                    _ => return false,
                }
            }
        } else {
            let Some(c) = number(&mut i) else {
                return false;
            };
            b.push(c);
        }
        b.end_tier();
        match s.get(i) {
            None => break,
            Some(b',') if i + 1 < s.len() => i += 1,
            _ => return false,
        }
    }
    true
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
    let lookup = NumberIndex::new(&numbers);
    let mut builder = RankingBuilder::new(candidates.len());
    let mut g = Grouper::new();
    let one = g.class(&Weight::one());
    for (line, count, order) in data {
        let rid = if fast_order(order, &lookup, &mut builder) && builder.is_valid() {
            g.ranking_built(&builder)
        } else {
            // The general parser, which also words every error.
            let tiers = parse_order(order).map_err(|m| preflib_err(line, m))?;
            let ranking = Ranking::parse(&candidates, &tiers).map_err(|e| {
                let msg = match &e {
                    RankingError::UnknownCandidate(c) => format!("unknown candidate {c:?}"),
                    other => other.to_string(),
                };
                preflib_err(line, msg)
            })?;
            g.ranking(ranking)
        };
        g.add(rid, one, count);
    }
    let tiebreak = match &ov.tiebreak {
        Some(t) => Tiebreak::new(&candidates, t)?,
        None => Tiebreak::candidate_order(&candidates),
    };
    let election = g.finish(
        candidates,
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
