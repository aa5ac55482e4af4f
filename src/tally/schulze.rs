//! Schulze (winning votes): a link i→j of strength `d[i][j]` exists when
//! `d[i][j] > d[j][i]`; `p[i][j]` is the strength of the widest path from i
//! to j (Floyd–Warshall); i beats j iff `p[i][j] > p[j][i]`. Tiers: repeatedly
//! take every remaining candidate that no remaining candidate beats.

use crate::tally::pairwise::{Pairwise, square_matrix};
use crate::tally::result::{Details, ResultsDocument, finish, tiers_by_dominance};
use crate::tally::{Election, Method};
use num_bigint::BigInt;
use num_traits::Zero;

/// Strongest-path strengths `p`, row-major `n × n`, in the matrix's scaled units.
pub fn strongest_paths(pw: &Pairwise) -> Vec<BigInt> {
    let n = pw.n();
    let mut p = vec![BigInt::zero(); n * n];
    for i in 0..n {
        for j in 0..n {
            if i != j && pw.scaled(i, j) > pw.scaled(j, i) {
                p[i * n + j] = pw.scaled(i, j).clone();
            }
        }
    }
    for k in 0..n {
        for i in 0..n {
            if i == k || p[i * n + k].is_zero() {
                continue;
            }
            for j in 0..n {
                if j == i || j == k {
                    continue;
                }
                let via = std::cmp::min(&p[i * n + k], &p[k * n + j]);
                if *via > p[i * n + j] {
                    p[i * n + j] = via.clone();
                }
            }
        }
    }
    p
}

/// Runs Schulze on `election`.
pub fn tally(election: &Election) -> ResultsDocument {
    let pw = Pairwise::compute(election);
    let n = pw.n();
    let p = strongest_paths(&pw);
    let tiers = tiers_by_dominance(n, |i, j| p[i * n + j] > p[j * n + i]);
    let details = Details::Schulze {
        d: pw.to_matrix(election),
        p: square_matrix(election, |i, j| pw.to_rational(&p[i * n + j])),
    };
    finish(election, Method::Schulze, tiers, Vec::new(), details)
}
