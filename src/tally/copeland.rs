//! Copeland: each candidate scores its pairwise wins minus its pairwise
//! losses in `d` (a win over j: `d[i][j] > d[j][i]`; equal counts are
//! neither). Tiers by score, highest first.

use crate::tally::pairwise::Pairwise;
use crate::tally::rational::Rational;
use crate::tally::result::{Details, ResultsDocument, finish, scores_by_id, tiers_by_score};
use crate::tally::{Election, Method};

/// Runs Copeland on `election`.
pub fn tally(election: &Election) -> ResultsDocument {
    let pw = Pairwise::compute(election);
    let n = pw.n();
    let beats = |i: usize, j: usize| i != j && pw.scaled(i, j) > pw.scaled(j, i);
    let wins: Vec<i64> = (0..n)
        .map(|i| (0..n).filter(|&j| beats(i, j)).count() as i64)
        .collect();
    let losses: Vec<i64> = (0..n)
        .map(|i| (0..n).filter(|&j| beats(j, i)).count() as i64)
        .collect();
    let score: Vec<i64> = (0..n).map(|i| wins[i] - losses[i]).collect();
    let tiers = tiers_by_score(&score);
    let to_r = |v: &[i64]| -> Vec<Rational> { v.iter().map(|&x| Rational::from(x)).collect() };
    let details = Details::Copeland {
        d: pw.to_matrix(election),
        scores: scores_by_id(election, &to_r(&score)),
        wins: scores_by_id(election, &to_r(&wins)),
        losses: scores_by_id(election, &to_r(&losses)),
    };
    finish(election, Method::Copeland, tiers, Vec::new(), details)
}
