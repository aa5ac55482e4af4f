//! PrefLib `.soi`/`.soc`/`.toi`/`.toc` readers, in the current `#` header
//! format and in the older one, with errors that name the line at fault.

use super::*;
use crate::tally::ballot::{Candidates, FastBuild, Ranking, RankingBuilder, RankingError};
use crate::tally::counted::{PairCounter, count_split, count_while_reading};
use crate::tally::group::Grouper;
use crate::tally::rational::Weight;
use crate::tally::weighting::{Weighting, WeightingSummary};
use crate::tally::{Election, Method, Tiebreak};
use std::collections::{BTreeMap, HashMap};

/// The most alternatives a file may declare with `# NUMBER ALTERNATIVES`:
/// that header alone makes the reader create every candidate, so without a
/// bound a few bytes could ask for billions of them.
pub const MAX_ALTERNATIVES: u64 = 100_000;

pub(super) fn preflib_err(line: usize, message: impl Into<String>) -> InputError {
    InputError::PrefLib {
        line,
        message: message.into(),
    }
}

/// Splits a PrefLib order such as `1,{2,3},4` into tiers of numbers.
pub(super) fn parse_order(s: &str) -> Result<Vec<Vec<String>>, String> {
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

pub(super) fn parse_candidate_number(s: &str, line: usize) -> Result<u64, InputError> {
    s.trim()
        .parse::<u64>()
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| preflib_err(line, format!("{:?} is not a candidate number", s.trim())))
}

/// Candidate number → dense index, for the PrefLib fast path.
pub(super) enum NumberIndex {
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
pub(super) fn fast_order(order: &str, lookup: &NumberIndex, b: &mut RankingBuilder) -> bool {
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

/// Reads an order with the general parser, which also words every error.
fn general_order(candidates: &Candidates, line: usize, order: &str) -> Result<Ranking, InputError> {
    let tiers = parse_order(order).map_err(|m| preflib_err(line, m))?;
    Ranking::parse(candidates, &tiers).map_err(|e| {
        let msg = match &e {
            RankingError::UnknownCandidate(c) => format!("unknown candidate {c:?}"),
            other => other.to_string(),
        };
        preflib_err(line, msg)
    })
}

/// Where a reader puts the ballots: counted into the pairwise matrix as
/// they come (pairwise methods), or grouped for the other methods.
pub(super) enum Sink {
    /// Counting straight into the matrix.
    Count(PairCounter),
    /// Grouping identical ballots.
    Group(Grouper),
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
    let method = ov.method.unwrap_or(Method::Schulze);
    // Lines before the one whose count overflows the total are read (an
    // error among them is reported first, as a line-by-line reader would).
    let mut total = 0u64;
    let mut overflow = None;
    for (k, &(line, count, _)) in data.iter().enumerate() {
        match total.checked_add(count) {
            Some(t) => total = t,
            None => {
                overflow = Some((k, line));
                break;
            }
        }
    }
    let data = &data[..overflow.map_or(data.len(), |(k, _)| k)];
    // A pairwise method needs only the matrix: count each line as it is
    // read (on two threads for large files) instead of grouping first.
    let sink = if count_while_reading(method, candidates.len()) {
        let n = candidates.len();
        Sink::Count(count_split(data, |part| {
            let mut counter = PairCounter::new(n, 1);
            let mut builder = RankingBuilder::new(n);
            for &(line, count, order) in part {
                if fast_order(order, &lookup, &mut builder) && builder.is_valid() {
                    let (c, e) = builder.parts();
                    counter.add(c, e, 0, count);
                } else {
                    let r = general_order(&candidates, line, order)?;
                    counter.add(r.cands(), r.ends(), 0, count);
                }
            }
            Ok::<_, InputError>(counter)
        })?)
    } else {
        let mut g = Grouper::new();
        g.class(&Weight::one());
        let mut builder = RankingBuilder::new(candidates.len());
        for &(line, count, order) in data {
            let rid = if fast_order(order, &lookup, &mut builder) && builder.is_valid() {
                g.ranking_built(&builder)
            } else {
                g.ranking(general_order(&candidates, line, order)?)
            };
            g.add(rid, 0, count);
        }
        Sink::Group(g)
    };
    if let Some((_, line)) = overflow {
        return Err(preflib_err(
            line,
            format!("the ballot counts add up to more than {}", u64::MAX),
        ));
    }
    let tiebreak = match &ov.tiebreak {
        Some(t) => Tiebreak::new(&candidates, t)?,
        None => Tiebreak::candidate_order(&candidates),
    };
    let weighting = WeightingSummary::from(&Weighting::PerDelegate);
    let election = match sink {
        Sink::Count(counter) => Election::from_pair_counts(
            candidates,
            tiebreak,
            weighting,
            vec![Weight::one()],
            counter.finish(),
        ),
        Sink::Group(g) => g.finish(candidates, tiebreak, weighting),
    };
    Ok(Loaded {
        election,
        method,
        titles: names,
    })
}

pub(super) type PrefLibParts<'a> = (
    Vec<u64>,
    BTreeMap<String, String>,
    Vec<(usize, u64, &'a str)>,
);

pub(super) fn parse_count(s: &str, line: usize) -> Result<u64, InputError> {
    s.trim()
        .parse::<u64>()
        .map_err(|_| preflib_err(line, format!("{:?} is not a ballot count", s.trim())))
}

/// The current format: `# KEY: value` headers, then `count: order` lines.
pub(super) fn preflib_headers(text: &str) -> Result<PrefLibParts<'_>, InputError> {
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
                let n: u64 = v.parse().map_err(|_| {
                    preflib_err(line, format!("{v:?} is not a number of alternatives"))
                })?;
                if n > MAX_ALTERNATIVES {
                    return Err(preflib_err(
                        line,
                        format!(
                            "{n} alternatives are more than the {MAX_ALTERNATIVES} a file may have"
                        ),
                    ));
                }
                declared = Some(n);
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
pub(super) fn preflib_old(text: &str) -> Result<PrefLibParts<'_>, InputError> {
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
