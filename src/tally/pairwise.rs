//! The pairwise matrix `d[i][j]`: the total weight of ballots that rank
//! candidate i strictly above candidate j. Shared by Schulze, ranked pairs,
//! Copeland and Borda.
//!
//! Speed without floats: ballots are already grouped (see
//! [`crate::tally::Election`]); for each weight class we accumulate plain
//! integer counts ([`crate::tally::counted`]: one byte-wise vector addition
//! per ranked candidate; readers may count while they read, skipping the
//! grouping), and only at the end turn them into exact numbers. Every entry is kept as an integer
//! multiple of `1/scale`, where `scale` is the least common multiple of the
//! weight denominators, so comparisons are big-integer comparisons and no
//! rational is ever added per ballot.

use crate::tally::Election;
use crate::tally::counted::PairCounter;
use crate::tally::rational::Rational;
use crate::tally::result::Matrix;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::One;
use std::collections::BTreeMap;

/// The pairwise matrix of an election, in exact scaled integers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pairwise {
    n: usize,
    scale: BigInt,
    d: Vec<BigInt>,
    total: BigInt,
}

impl Pairwise {
    /// Counts the matrix for `election`.
    pub fn compute(election: &Election) -> Self {
        let n = election.candidates().len();
        let classes = election.weight_classes();
        let computed;
        let counted = match election.pair_counts() {
            Some(c) => c,
            None => {
                let mut counter = PairCounter::new(n, classes.len());
                for b in election.distinct_ballots() {
                    counter.add(b.ranking.cands(), b.ranking.ends(), b.class, b.count);
                }
                computed = counter.finish();
                &computed
            }
        };
        let (counts, class_count) = (&counted.counts, &counted.class_count);
        let mut scale = BigInt::one();
        for w in classes {
            scale = scale.lcm(w.value().denom());
        }
        let mult: Vec<BigInt> = classes
            .iter()
            .map(|w| w.value().numer() * (&scale / w.value().denom()))
            .collect();
        let mut d = vec![BigInt::default(); n * n];
        for (c, m) in mult.iter().enumerate() {
            let base = c * n * n;
            // Empty counts: nobody ranked anybody.
            let Some(block) = counts.get(base..base + n * n) else {
                continue;
            };
            for (cell, &cnt) in d.iter_mut().zip(block) {
                if cnt > 0 {
                    *cell += m * BigInt::from(cnt);
                }
            }
        }
        let mut total = BigInt::default();
        for (m, &cnt) in mult.iter().zip(class_count) {
            total += m * BigInt::from(cnt);
        }
        Pairwise { n, scale, d, total }
    }

    /// Number of candidates.
    pub fn n(&self) -> usize {
        self.n
    }

    /// `d[i][j]` in units of `1/scale`.
    pub fn scaled(&self, i: usize, j: usize) -> &BigInt {
        &self.d[i * self.n + j]
    }

    /// The common denominator of every scaled value.
    pub fn scale(&self) -> &BigInt {
        &self.scale
    }

    /// Total weight of all ballots, in units of `1/scale`.
    pub fn total_scaled(&self) -> &BigInt {
        &self.total
    }

    /// Turns a scaled value back into an exact rational.
    pub fn to_rational(&self, x: &BigInt) -> Rational {
        Rational::new(x.clone(), self.scale.clone()).unwrap_or_default()
    }

    /// `d[i][j]` as an exact rational.
    pub fn d(&self, i: usize, j: usize) -> Rational {
        self.to_rational(self.scaled(i, j))
    }

    /// The matrix as the results document shows it: keyed by candidate id,
    /// row = i, column = j, diagonal omitted.
    pub fn to_matrix(&self, election: &Election) -> Matrix {
        square_matrix(election, |i, j| self.d(i, j))
    }
}

/// Builds a document matrix from a function of (row, column) indices.
pub(crate) fn square_matrix(election: &Election, f: impl Fn(usize, usize) -> Rational) -> Matrix {
    let c = election.candidates();
    let n = c.len();
    let mut m = BTreeMap::new();
    for i in 0..n {
        let mut row = BTreeMap::new();
        for j in 0..n {
            if i != j {
                row.insert(c.id(j).to_string(), f(i, j));
            }
        }
        m.insert(c.id(i).to_string(), row);
    }
    m
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::tally::Tiebreak;
    use crate::tally::ballot::{Ballot, Candidates, Ranking};
    use crate::tally::weighting::WeightingSummary;

    #[test]
    fn thirds_and_ties_and_truncation_count_exactly() {
        let c = Candidates::new(["a", "b", "c"]).unwrap();
        let b = |tiers: &[Vec<&str>], w: &str| Ballot {
            ranking: Ranking::parse(&c, tiers).unwrap(),
            weight: w.parse().unwrap(),
        };
        let ballots = vec![
            b(&[vec!["a"], vec!["b"]], "1/3"),
            b(&[vec!["a"], vec!["b"]], "1/3"),
            b(&[vec!["a"], vec!["b"]], "1/3"),
            b(&[vec!["b", "c"]], "1/2"),
        ];
        let t = Tiebreak::candidate_order(&c);
        let e = Election::new(c.clone(), ballots, t, WeightingSummary::explicit());
        let p = Pairwise::compute(&e);
        assert_eq!(p.d(0, 1).to_string(), "1");
        assert_eq!(p.d(0, 2).to_string(), "1");
        assert_eq!(p.d(1, 2).to_string(), "1");
        assert_eq!(p.d(1, 0).to_string(), "1/2");
        assert_eq!(p.d(2, 1).to_string(), "0");
        assert_eq!(p.to_rational(p.total_scaled()).to_string(), "3/2");
    }
}
