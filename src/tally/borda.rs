//! Symmetric Borda: `score(i) = Σ_{j≠i} (d[i][j] + ½·t[i][j])`, where
//! `t[i][j]` is the weight of ballots that tie i and j (both in one tier, or
//! both unranked). On complete strict ballots this equals classic Borda
//! (n−1 points for first … 0 for last). Tiers by score, highest first.
//!
//! Since every ballot ranks i above j, j above i, or ties them,
//! `t[i][j] = total − d[i][j] − d[j][i]`, so
//! `2·score(i) = Σ_j (d[i][j] − d[j][i] + total)`: integers in the matrix's
//! scaled units, halved exactly at the end.

use crate::tally::pairwise::Pairwise;
use crate::tally::result::{Details, ResultsDocument, finish, scores_by_id, tiers_by_score};
use crate::tally::{Election, Method};
use num_bigint::BigInt;

/// Twice each candidate's symmetric Borda score, in the matrix's scaled units.
pub fn doubled_scores(pw: &Pairwise) -> Vec<BigInt> {
    let n = pw.n();
    (0..n)
        .map(|i| {
            let mut s = BigInt::default();
            for j in 0..n {
                if i != j {
                    s += pw.scaled(i, j);
                    s -= pw.scaled(j, i);
                    s += pw.total_scaled();
                }
            }
            s
        })
        .collect()
}

/// Runs symmetric Borda on `election`.
pub fn tally(election: &Election) -> ResultsDocument {
    let pw = Pairwise::compute(election);
    let doubled = doubled_scores(&pw);
    let tiers = tiers_by_score(&doubled);
    let two = BigInt::from(2);
    let scores: Vec<_> = doubled
        .iter()
        .map(|s| {
            crate::tally::rational::Rational::new(s.clone(), pw.scale() * &two).unwrap_or_default()
        })
        .collect();
    let details = Details::Borda {
        d: pw.to_matrix(election),
        scores: scores_by_id(election, &scores),
    };
    finish(election, Method::Borda, tiers, Vec::new(), details)
}
