//! Candidates, rankings and weighted ballots, each parsed once into a value
//! that is valid by construction: a [`Ranking`] never holds an unknown or
//! repeated candidate nor an empty tier, a [`Ballot`] never has a
//! non-positive weight.
//!
//! Internally a candidate is a dense index (`0..n`, in the order the
//! candidates were given) so that counting works on small integers.

use crate::tally::rational::{NumberError, Weight};
use std::collections::HashMap;
use std::fmt;

/// Why a list of candidates was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CandidatesError {
    /// A tally needs at least one candidate.
    #[error("there are no candidates")]
    Empty,
    /// An id must be a non-empty string.
    #[error("candidate {0} has an empty id")]
    EmptyId(usize),
    /// Ids must be unique.
    #[error("candidate {0:?} is listed twice")]
    Duplicate(String),
}

/// The candidates of a round, in a fixed order that defines their dense
/// indices. Exists so that every later step can work with indices and still
/// print the ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidates {
    ids: Vec<String>,
    index: HashMap<String, u32, FastBuild>,
}

impl Candidates {
    /// Builds the candidate list, refusing an empty list, empty ids and duplicates.
    pub fn new<I, S>(ids: I) -> Result<Self, CandidatesError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let ids: Vec<String> = ids.into_iter().map(Into::into).collect();
        if ids.is_empty() {
            return Err(CandidatesError::Empty);
        }
        let mut index = HashMap::with_capacity_and_hasher(ids.len(), FastBuild::default());
        for (k, id) in ids.iter().enumerate() {
            if id.is_empty() {
                return Err(CandidatesError::EmptyId(k + 1));
            }
            if index.insert(id.clone(), k as u32).is_some() {
                return Err(CandidatesError::Duplicate(id.clone()));
            }
        }
        Ok(Candidates { ids, index })
    }

    /// Number of candidates.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Never true (a list is never empty); present for API symmetry.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The ids in index order.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The id of candidate index `i` (panics if out of range: indices come
    /// only from this list).
    pub fn id(&self, i: usize) -> &str {
        &self.ids[i]
    }

    /// The dense index of an id, if it is a candidate.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).map(|&i| i as usize)
    }
}

/// What is wrong with a ranking.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RankingError {
    /// The id is not one of the round's candidates.
    #[error("unknown candidate {0:?}")]
    UnknownCandidate(String),
    /// The candidate appears more than once in the ranking.
    #[error("candidate {0:?} appears twice")]
    Duplicate(String),
    /// A tier must hold at least one candidate (tier numbers are 1-based).
    #[error("tier {0} is empty")]
    EmptyTier(usize),
}

/// A ranking: tiers best first, each a non-empty set of candidates (several
/// candidates in one tier are tied). Candidates left out rank below every
/// ranked candidate, tied with each other. An empty ranking (no tiers) is an
/// abstention that ranks nobody above anybody.
///
/// Stored flat in one allocation (the end offset of each tier, then the
/// candidates tier by tier, each tier sorted by index) so that identical
/// rankings compare and hash equal and a million of them stay compact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Ranking {
    /// `ends` (one per tier), then `cands`.
    data: Box<[u32]>,
    tiers: u32,
}

impl PartialOrd for Ranking {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranking {
    /// Candidates first, then tier ends, lexicographically.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.cands()
            .cmp(other.cands())
            .then_with(|| self.ends().cmp(other.ends()))
    }
}

impl Ranking {
    /// Builds a ranking from its flat parts, which must already be valid
    /// (each tier non-empty and sorted, no candidate twice, all in range).
    pub(crate) fn from_parts(cands: &[u32], ends: &[u32]) -> Self {
        let mut data = Vec::with_capacity(ends.len() + cands.len());
        data.extend_from_slice(ends);
        data.extend_from_slice(cands);
        Ranking {
            data: data.into_boxed_slice(),
            tiers: ends.len() as u32,
        }
    }

    /// The candidates tier by tier.
    pub(crate) fn cands(&self) -> &[u32] {
        &self.data[self.tiers as usize..]
    }

    /// The end offset (into `cands`) of each tier.
    pub(crate) fn ends(&self) -> &[u32] {
        &self.data[..self.tiers as usize]
    }

    /// Parses tiers of candidate ids against the round's candidates.
    pub fn parse<T, S>(candidates: &Candidates, tiers: &[T]) -> Result<Self, RankingError>
    where
        T: AsRef<[S]>,
        S: AsRef<str>,
    {
        let mut idx = Vec::with_capacity(tiers.len());
        for tier in tiers {
            let mut t = Vec::with_capacity(tier.as_ref().len());
            for id in tier.as_ref() {
                let id = id.as_ref();
                let i = candidates
                    .index_of(id)
                    .ok_or_else(|| RankingError::UnknownCandidate(id.to_string()))?;
                t.push(i);
            }
            idx.push(t);
        }
        Self::from_indices(candidates, idx)
    }

    /// Builds a ranking from tiers of dense candidate indices (for callers
    /// that already hold indices, such as the PrefLib reader and generators).
    pub fn from_indices(
        candidates: &Candidates,
        tiers: Vec<Vec<usize>>,
    ) -> Result<Self, RankingError> {
        let n = candidates.len();
        let mut seen = vec![false; n];
        let mut cands = Vec::new();
        let mut ends = Vec::with_capacity(tiers.len());
        for (t, mut tier) in tiers.into_iter().enumerate() {
            if tier.is_empty() {
                return Err(RankingError::EmptyTier(t + 1));
            }
            tier.sort_unstable();
            for i in tier {
                if i >= n {
                    return Err(RankingError::UnknownCandidate(format!("#{}", i + 1)));
                }
                if seen[i] {
                    return Err(RankingError::Duplicate(candidates.id(i).to_string()));
                }
                seen[i] = true;
                cands.push(i as u32);
            }
            ends.push(cands.len() as u32);
        }
        Ok(Self::from_parts(&cands, &ends))
    }

    /// Number of tiers.
    pub fn tier_count(&self) -> usize {
        self.tiers as usize
    }

    /// Number of ranked candidates (over all tiers).
    pub fn ranked_count(&self) -> usize {
        self.data.len() - self.tiers as usize
    }

    /// The tiers, best first, as slices of candidate indices.
    pub fn tiers(&self) -> impl Iterator<Item = &[u32]> + '_ {
        let cands = self.cands();
        let mut start = 0usize;
        self.ends().iter().map(move |&e| {
            let s = start;
            start = e as usize;
            &cands[s..e as usize]
        })
    }

    /// Tier `t` (0-based) as a slice of candidate indices.
    pub fn tier(&self, t: usize) -> &[u32] {
        let off = self.tiers as usize;
        let start = if t == 0 { 0 } else { self.data[t - 1] as usize };
        &self.data[off + start..off + self.data[t] as usize]
    }

    /// Fills `rank` (length n) with each candidate's tier number (0-based);
    /// unranked candidates get `tier_count()`.
    pub fn fill_ranks(&self, rank: &mut [u32]) {
        let unranked = self.tiers;
        rank.fill(unranked);
        for (t, tier) in self.tiers().enumerate() {
            for &c in tier {
                rank[c as usize] = t as u32;
            }
        }
    }

    /// The ranking as tiers of ids (for export and display).
    pub fn to_ids(&self, candidates: &Candidates) -> Vec<Vec<String>> {
        self.tiers()
            .map(|t| {
                t.iter()
                    .map(|&c| candidates.id(c as usize).to_string())
                    .collect()
            })
            .collect()
    }
}

/// A reusable buffer that assembles one ranking at a time from candidate
/// indices without allocating, for readers that convert many ballots. It
/// only says *whether* the ranking is valid; callers that need the exact
/// error re-read the ballot with [`Ranking::parse`] (errors are rare).
#[derive(Debug, Clone)]
pub struct RankingBuilder {
    cands: Vec<u32>,
    ends: Vec<u32>,
    /// `stamp[c] == epoch` iff candidate c is already in the current ranking.
    stamp: Vec<u32>,
    epoch: u32,
    valid: bool,
}

impl RankingBuilder {
    /// A builder for rankings over `n` candidates.
    pub fn new(n: usize) -> Self {
        RankingBuilder {
            cands: Vec::with_capacity(n),
            ends: Vec::with_capacity(n),
            stamp: vec![0; n],
            epoch: 1,
            valid: true,
        }
    }

    /// Starts a new, empty ranking.
    pub fn clear(&mut self) {
        self.cands.clear();
        self.ends.clear();
        self.valid = true;
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            self.stamp.fill(0);
            self.epoch = 1;
        }
    }

    /// Adds candidate `c` to the current tier (an out-of-range or repeated
    /// candidate makes the ranking invalid).
    pub fn push(&mut self, c: usize) {
        match self.stamp.get_mut(c) {
            Some(s) if *s != self.epoch => {
                *s = self.epoch;
                self.cands.push(c as u32);
            }
            _ => self.valid = false,
        }
    }

    /// Marks the current ranking invalid (e.g. an unknown candidate id).
    pub fn invalidate(&mut self) {
        self.valid = false;
    }

    /// Closes the current tier (an empty tier makes the ranking invalid).
    pub fn end_tier(&mut self) {
        let start = self.ends.last().map_or(0, |&e| e as usize);
        if start == self.cands.len() {
            self.valid = false;
        }
        if self.cands.len() - start > 1 {
            self.cands[start..].sort_unstable();
        }
        self.ends.push(self.cands.len() as u32);
    }

    /// True when no problem was seen since [`RankingBuilder::clear`].
    pub fn is_valid(&self) -> bool {
        self.valid
    }

    /// The flat parts (candidates, tier ends) of the current ranking.
    pub(crate) fn parts(&self) -> (&[u32], &[u32]) {
        (&self.cands, &self.ends)
    }

    /// The current ranking, if valid.
    pub fn build(&self) -> Option<Ranking> {
        self.valid
            .then(|| Ranking::from_parts(&self.cands, &self.ends))
    }
}

/// A small, fast, non-cryptographic hasher (the FxHash/foldhash family) for
/// in-memory tables keyed by data the tally controls or that is cheap to
/// check (candidate ids, interned strings, flat rankings).
#[derive(Debug, Clone, Copy, Default)]
pub struct FastHasher(u64);

const FOLD_SEED: u64 = 0x243f_6a88_85a3_08d3;
const FOLD_MUL: u64 = 0x9e37_79b9_7f4a_7c15;

#[inline]
fn fold(h: u64, w: u64) -> u64 {
    let r = u128::from(h ^ w) * u128::from(FOLD_MUL);
    (r as u64) ^ ((r >> 64) as u64)
}

impl std::hash::Hasher for FastHasher {
    #[inline]
    fn finish(&self) -> u64 {
        fold(self.0, FOLD_SEED)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = fold(h, u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = fold(h, u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        self.0 = h;
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = fold(self.0, u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.0 = fold(self.0, u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0 = fold(self.0, i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0 = fold(self.0, i as u64);
    }
}

/// Builds [`FastHasher`]s, for `HashMap<K, V, FastBuild>`.
pub type FastBuild = std::hash::BuildHasherDefault<FastHasher>;

/// Hash of a flat ranking's parts, for the grouping table.
#[inline]
pub(crate) fn hash_parts(cands: &[u32], ends: &[u32]) -> u64 {
    let mut h = fold(FOLD_SEED, ends.len() as u64);
    for pair in [cands, ends] {
        let mut it = pair.chunks_exact(2);
        for c in &mut it {
            h = fold(h, u64::from(c[0]) | (u64::from(c[1]) << 32));
        }
        if let [x] = it.remainder() {
            h = fold(h, u64::from(*x) | (1 << 63));
        }
    }
    fold(h, FOLD_SEED)
}

/// A counted ballot: a ranking and its exact positive weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot {
    /// The voter's ranking.
    pub ranking: Ranking,
    /// The ballot's weight (from a weighting policy or stated explicitly).
    pub weight: Weight,
}

/// What is wrong with one ballot of an input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BallotProblem {
    /// The ranking is invalid.
    #[error(transparent)]
    Ranking(#[from] RankingError),
    /// The stated weight is not a positive exact number.
    #[error("bad weight: {0}")]
    Weight(#[from] NumberError),
    /// The weighting policy needs the ballot's stakeholder group.
    #[error("ballot has no group, which the equal_groups weighting needs")]
    MissingGroup,
    /// The weighting policy needs the ballot's organisation.
    #[error("ballot has no organisation, which the per_organisation weighting needs")]
    MissingOrganisation,
    /// No weighting policy applies and the ballot states no weight.
    #[error("ballot has no weight and no weighting policy is given")]
    MissingWeight,
    /// The stated weight differs from the one the weighting policy gives.
    #[error("stated weight {stated} differs from {computed} computed by the {policy} weighting")]
    WeightMismatch {
        /// The weight written in the file.
        stated: String,
        /// The weight the policy gives.
        computed: String,
        /// The policy's name.
        policy: String,
    },
    /// A structural problem (wrong JSON type, missing field…).
    #[error("{0}")]
    Malformed(String),
}

/// A problem with one ballot, naming it so that a person can find it: its
/// 1-based position, the line in the file when known, and its receipt when
/// it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotError {
    /// 1-based position of the ballot in its input.
    pub ballot: usize,
    /// 1-based line of the ballot in its file, when known.
    pub line: Option<usize>,
    /// The ballot's receipt, when it has one.
    pub receipt: Option<String>,
    /// What is wrong.
    pub problem: BallotProblem,
}

impl fmt::Display for BallotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ballot {}", self.ballot)?;
        if let Some(line) = self.line {
            write!(f, " (line {line})")?;
        }
        if let Some(r) = &self.receipt {
            write!(f, " [receipt {r}]")?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl std::error::Error for BallotError {}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
