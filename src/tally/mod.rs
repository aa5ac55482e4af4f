//! The tally engine: pure, exact and deterministic ranked-voting methods
//! (DESIGN.md, "Tally"). No database, no HTTP, no I/O except in [`cli`].
//!
//! The web app builds an [`Election`] from in-memory ballots and calls
//! [`tally`]; `plenary tally` reads a file through [`input`] and does the
//! same. Both produce the same [`result::ResultsDocument`], written as
//! canonical JSON with [`result::ResultsDocument::to_canonical_json`].
//!
//! ```
//! use plenary::tally::{tally, Election, Method, Tiebreak};
//! use plenary::tally::ballot::{Candidates, Ranking};
//! use plenary::tally::weighting::{CastBallot, Weighting};
//!
//! let candidates = Candidates::new(["p1", "p2"]).unwrap();
//! let cast = vec![CastBallot {
//!     ranking: Ranking::parse(&candidates, &[vec!["p2"], vec!["p1"]]).unwrap(),
//!     group: Some("industry".into()),
//!     organisation: Some("Acme".into()),
//! }];
//! let weighting = Weighting::PerDelegate;
//! let ballots = weighting.apply(cast).unwrap();
//! let tiebreak = Tiebreak::new(&candidates, &["p2", "p1"]).unwrap();
//! let election = Election::new(candidates, ballots, tiebreak, (&weighting).into());
//! let doc = tally(&election, Method::Schulze);
//! assert_eq!(doc.winners, vec!["p2"]);
//! let json = doc.to_canonical_json().unwrap();
//! assert!(json.starts_with('{'));
//! ```

pub mod adoption;
pub mod ballot;
pub mod borda;
pub mod cli;
pub mod copeland;
pub mod counted;
pub mod group;
pub mod input;
pub mod irv;
pub mod pairwise;
pub mod plurality;
pub mod ranked_pairs;
pub mod rational;
pub mod result;
pub mod schulze;
pub mod text;
pub mod weighting;

use crate::tally::ballot::{Ballot, Candidates, Ranking};
use crate::tally::rational::{Rational, Weight};
use crate::tally::result::ResultsDocument;
use crate::tally::weighting::WeightingSummary;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A voting method. Exists so that the method is one value that files,
/// flags and the app all name the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Schulze (winning votes, widest paths).
    Schulze,
    /// Tideman's ranked pairs (margins).
    RankedPairs,
    /// Symmetric Borda.
    Borda,
    /// Instant-runoff voting.
    Irv,
    /// Copeland (wins minus losses).
    Copeland,
    /// Plurality of first preferences.
    Plurality,
}

impl Method {
    /// Every method, in documentation order.
    pub const ALL: [Method; 6] = [
        Method::Schulze,
        Method::RankedPairs,
        Method::Borda,
        Method::Irv,
        Method::Copeland,
        Method::Plurality,
    ];

    /// The method's name in files, flags and documents.
    pub fn name(self) -> &'static str {
        match self {
            Method::Schulze => "schulze",
            Method::RankedPairs => "ranked_pairs",
            Method::Borda => "borda",
            Method::Irv => "irv",
            Method::Copeland => "copeland",
            Method::Plurality => "plurality",
        }
    }

    /// True for methods that need nothing but the pairwise matrix (and the
    /// total weight): readers may then count ballots instead of keeping them.
    pub fn is_pairwise(self) -> bool {
        matches!(
            self,
            Method::Schulze | Method::RankedPairs | Method::Copeland | Method::Borda
        )
    }

    /// True for methods whose result is read from the pairwise matrix.
    pub fn is_condorcet(self) -> bool {
        matches!(
            self,
            Method::Schulze | Method::RankedPairs | Method::Copeland
        )
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a method name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown method {0:?} (expected schulze, ranked_pairs, borda, irv, copeland or plurality)")]
pub struct UnknownMethod(pub String);

impl TryFrom<String> for Method {
    type Error = UnknownMethod;
    fn try_from(s: String) -> Result<Self, UnknownMethod> {
        s.parse()
    }
}

impl FromStr for Method {
    type Err = UnknownMethod;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Method::ALL
            .into_iter()
            .find(|m| m.name() == s)
            .ok_or_else(|| UnknownMethod(s.to_string()))
    }
}

/// Why a tie-break order was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TiebreakError {
    /// The order names an id that is not a candidate.
    #[error("tie-break order names unknown candidate {0:?}")]
    Unknown(String),
    /// The order names a candidate twice.
    #[error("tie-break order names candidate {0:?} twice")]
    Duplicate(String),
    /// The order leaves a candidate out.
    #[error("tie-break order leaves out candidate {0:?}")]
    Missing(String),
}

/// The tie-break order: a permutation of the candidates. Ties that a method
/// must break are broken in favour of the candidate earlier in this order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tiebreak {
    order: Vec<u32>,
    pos: Vec<u32>,
}

impl Tiebreak {
    /// Checks that `ids` is a permutation of the candidates.
    pub fn new<S: AsRef<str>>(candidates: &Candidates, ids: &[S]) -> Result<Self, TiebreakError> {
        let n = candidates.len();
        let mut pos = vec![u32::MAX; n];
        let mut order = Vec::with_capacity(n);
        for (k, id) in ids.iter().enumerate() {
            let id = id.as_ref();
            let i = candidates
                .index_of(id)
                .ok_or_else(|| TiebreakError::Unknown(id.to_string()))?;
            if pos[i] != u32::MAX {
                return Err(TiebreakError::Duplicate(id.to_string()));
            }
            pos[i] = k as u32;
            order.push(i as u32);
        }
        if let Some(i) = pos.iter().position(|&p| p == u32::MAX) {
            return Err(TiebreakError::Missing(candidates.id(i).to_string()));
        }
        Ok(Tiebreak { order, pos })
    }

    /// The candidates in their given order (the default when a file states none).
    pub fn candidate_order(candidates: &Candidates) -> Self {
        let n = candidates.len() as u32;
        Tiebreak {
            order: (0..n).collect(),
            pos: (0..n).collect(),
        }
    }

    /// Position of candidate `i` in the order (0 = first, wins ties).
    pub fn position(&self, i: usize) -> usize {
        self.pos[i] as usize
    }

    /// Candidate indices in tie-break order.
    pub fn order(&self) -> &[u32] {
        &self.order
    }
}

/// Identical ballots (same ranking, same weight) grouped with their count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistinctBallot {
    /// The common ranking.
    pub ranking: Ranking,
    /// Index into [`Election::weight_classes`].
    pub class: usize,
    /// How many ballots share this ranking and weight.
    pub count: u64,
}

/// Everything a tally needs: candidates, ballots (grouped), the tie-break
/// order and how the weights came about. Grouping happens once here, so
/// every method counts distinct ballots with integer multiplicities and
/// converts to exact rationals only at the end.
///
/// A reader that knows the method needs only the pairwise matrix may
/// instead count the ballots as it reads them ([`Election::from_pair_counts`]):
/// such an election holds the counts and no ballots, and only the pairwise
/// methods ([`Method::is_pairwise`]) may run on it.
#[derive(Debug, Clone)]
pub struct Election {
    candidates: Candidates,
    tiebreak: Tiebreak,
    weighting: WeightingSummary,
    classes: Vec<Weight>,
    distinct: Vec<DistinctBallot>,
    ballot_count: u64,
    pair_counts: Option<counted::PairCounts>,
}

impl Election {
    /// Builds an election from weighted ballots. The tie-break must have
    /// been built for the same candidates.
    pub fn new(
        candidates: Candidates,
        ballots: impl IntoIterator<Item = Ballot>,
        tiebreak: Tiebreak,
        weighting: WeightingSummary,
    ) -> Self {
        Self::with_counts(
            candidates,
            ballots.into_iter().map(|b| (b.ranking, b.weight, 1)),
            tiebreak,
            weighting,
        )
    }

    /// Like [`Election::new`], but each item carries a multiplicity (as in
    /// PrefLib files, where `count: ranking` stands for `count` ballots).
    /// Items with count 0 are ignored.
    pub fn with_counts(
        candidates: Candidates,
        ballots: impl IntoIterator<Item = (Ranking, Weight, u64)>,
        tiebreak: Tiebreak,
        weighting: WeightingSummary,
    ) -> Self {
        let mut g = group::Grouper::new();
        let mut last: Option<(Weight, usize)> = None;
        for (ranking, weight, count) in ballots {
            if count == 0 {
                continue;
            }
            let class = match &last {
                Some((w, c)) if *w == weight => *c,
                _ => {
                    let c = g.class(&weight);
                    last = Some((weight, c));
                    c
                }
            };
            let rid = g.ranking(ranking);
            g.add(rid, class, count);
        }
        g.finish(candidates, tiebreak, weighting)
    }

    /// Assembles an election from already grouped parts (see [`group::Grouper`]).
    pub(crate) fn from_grouped(
        candidates: Candidates,
        tiebreak: Tiebreak,
        weighting: WeightingSummary,
        classes: Vec<Weight>,
        distinct: Vec<DistinctBallot>,
        ballot_count: u64,
    ) -> Self {
        Election {
            candidates,
            tiebreak,
            weighting,
            classes,
            distinct,
            ballot_count,
            pair_counts: None,
        }
    }

    /// Assembles an election from pairwise counts gathered while reading
    /// (see [`counted::PairCounter`]); only pairwise methods may run on it.
    pub(crate) fn from_pair_counts(
        candidates: Candidates,
        tiebreak: Tiebreak,
        weighting: WeightingSummary,
        classes: Vec<Weight>,
        counts: counted::PairCounts,
    ) -> Self {
        Election {
            candidates,
            tiebreak,
            weighting,
            classes,
            distinct: Vec::new(),
            ballot_count: counts.class_count.iter().sum(),
            pair_counts: Some(counts),
        }
    }

    /// The pairwise counts, when the election was counted while read.
    pub fn pair_counts(&self) -> Option<&counted::PairCounts> {
        self.pair_counts.as_ref()
    }

    /// The candidates.
    pub fn candidates(&self) -> &Candidates {
        &self.candidates
    }

    /// The tie-break order.
    pub fn tiebreak(&self) -> &Tiebreak {
        &self.tiebreak
    }

    /// How the weights came about.
    pub fn weighting(&self) -> &WeightingSummary {
        &self.weighting
    }

    /// The distinct weights, indexed by [`DistinctBallot::class`].
    pub fn weight_classes(&self) -> &[Weight] {
        &self.classes
    }

    /// The grouped ballots.
    pub fn distinct_ballots(&self) -> &[DistinctBallot] {
        &self.distinct
    }

    /// Number of ballots (counting multiplicities).
    pub fn ballot_count(&self) -> u64 {
        self.ballot_count
    }

    /// Total weight of all ballots, exact.
    pub fn total_weight(&self) -> Rational {
        if let Some(c) = &self.pair_counts {
            return weighted_sum(&self.classes, &c.class_count);
        }
        let mut per_class = vec![0u64; self.classes.len()];
        for b in &self.distinct {
            per_class[b.class] += b.count;
        }
        weighted_sum(&self.classes, &per_class)
    }
}

/// `Σ_c classes[c] × counts[c]`, exact.
pub(crate) fn weighted_sum(classes: &[Weight], counts: &[u64]) -> Rational {
    let mut total = Rational::zero();
    for (w, &c) in classes.iter().zip(counts) {
        if c > 0 {
            total += &(w.value() * &Rational::from_integer(c));
        }
    }
    total
}

/// Runs `method` on `election` and returns the results document.
///
/// An election counted while read ([`Election::pair_counts`]) holds no
/// ballots: the readers build one only for a pairwise method, and the
/// method they return with it is that method.
pub fn tally(election: &Election, method: Method) -> ResultsDocument {
    debug_assert!(election.pair_counts.is_none() || method.is_pairwise());
    match method {
        Method::Schulze => schulze::tally(election),
        Method::RankedPairs => ranked_pairs::tally(election),
        Method::Borda => borda::tally(election),
        Method::Irv => irv::tally(election),
        Method::Copeland => copeland::tally(election),
        Method::Plurality => plurality::tally(election),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn tiebreak_must_be_a_permutation() {
        let c = Candidates::new(["a", "b", "c"]).unwrap();
        assert_eq!(
            Tiebreak::new(&c, &["a", "b"]),
            Err(TiebreakError::Missing("c".into()))
        );
        assert_eq!(
            Tiebreak::new(&c, &["a", "b", "b"]),
            Err(TiebreakError::Duplicate("b".into()))
        );
        assert_eq!(
            Tiebreak::new(&c, &["a", "b", "x"]),
            Err(TiebreakError::Unknown("x".into()))
        );
        let t = Tiebreak::new(&c, &["c", "a", "b"]).unwrap();
        assert_eq!(t.position(2), 0);
        assert_eq!(t.order(), &[2, 0, 1]);
    }

    #[test]
    fn identical_ballots_are_grouped() {
        let c = Candidates::new(["a", "b"]).unwrap();
        let r = Ranking::parse(&c, &[vec!["a"]]).unwrap();
        let ballots = vec![
            Ballot {
                ranking: r.clone(),
                weight: Weight::one(),
            },
            Ballot {
                ranking: r.clone(),
                weight: Weight::one(),
            },
            Ballot {
                ranking: r,
                weight: "1/2".parse().unwrap(),
            },
        ];
        let t = Tiebreak::candidate_order(&c);
        let e = Election::new(c, ballots, t, WeightingSummary::explicit());
        assert_eq!(e.distinct_ballots().len(), 2);
        assert_eq!(e.ballot_count(), 3);
        assert_eq!(e.total_weight().to_string(), "5/2");
        assert_eq!(
            "ranked_pairs".parse::<Method>().unwrap(),
            Method::RankedPairs
        );
        assert!("stv".parse::<Method>().is_err());
    }
}
