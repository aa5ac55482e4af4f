//! Ranked pairs (Tideman, margins): every pair with margin
//! `d[i][j] − d[j][i] > 0` is considered, larger margins first. Equal margins
//! are ordered by the tie-break order: the pair whose winner comes earlier
//! first, and for the same winner the pair whose loser comes later first
//! (Tideman's convention). Each pair is locked unless it would close a cycle
//! among locked pairs. Tiers: repeatedly take the remaining candidates with
//! no locked edge from a remaining candidate.

use crate::tally::pairwise::Pairwise;
use crate::tally::result::{
    Details, PairRecord, ResultsDocument, TiebreakUse, finish, tiers_by_dominance,
};
use crate::tally::{Election, Method};
use num_bigint::BigInt;

/// True if `to` can be reached from `from` along locked edges.
fn reaches(locked: &[bool], n: usize, from: usize, to: usize) -> bool {
    let mut seen = vec![false; n];
    let mut stack = vec![from];
    seen[from] = true;
    while let Some(v) = stack.pop() {
        if v == to {
            return true;
        }
        for w in 0..n {
            if locked[v * n + w] && !seen[w] {
                seen[w] = true;
                stack.push(w);
            }
        }
    }
    false
}

/// Runs ranked pairs on `election`.
pub fn tally(election: &Election) -> ResultsDocument {
    let pw = Pairwise::compute(election);
    let n = pw.n();
    let tb = election.tiebreak();
    let mut pairs: Vec<(BigInt, usize, usize)> = Vec::new();
    for i in 0..n {
        for j in 0..n {
            if i != j && pw.scaled(i, j) > pw.scaled(j, i) {
                pairs.push((pw.scaled(i, j) - pw.scaled(j, i), i, j));
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(tb.position(a.1).cmp(&tb.position(b.1)))
            .then(tb.position(b.2).cmp(&tb.position(a.2)))
    });
    let mut locked = vec![false; n * n];
    let mut records = Vec::with_capacity(pairs.len());
    let mut uses = Vec::new();
    let ids = election.candidates();
    let mut k = 0;
    while k < pairs.len() {
        let mut end = k + 1;
        while end < pairs.len() && pairs[end].0 == pairs[k].0 {
            end += 1;
        }
        let tied = end - k > 1;
        if tied {
            uses.push(TiebreakUse::Pairs {
                margin: pw.to_rational(&pairs[k].0),
                pairs: pairs[k..end]
                    .iter()
                    .map(|&(_, w, l)| [ids.id(w).to_string(), ids.id(l).to_string()])
                    .collect(),
            });
        }
        for (margin, w, l) in &pairs[k..end] {
            let lock = !reaches(&locked, n, *l, *w);
            if lock {
                locked[w * n + l] = true;
            }
            records.push(PairRecord {
                winner: ids.id(*w).to_string(),
                loser: ids.id(*l).to_string(),
                margin: pw.to_rational(margin),
                locked: lock,
                tied_margin: tied,
            });
        }
        k = end;
    }
    let tiers = tiers_by_dominance(n, |i, j| locked[i * n + j]);
    let details = Details::RankedPairs {
        d: pw.to_matrix(election),
        pairs: records,
    };
    finish(election, Method::RankedPairs, tiers, uses, details)
}
