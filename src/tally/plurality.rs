//! Plurality: each ballot's weight goes to its top tier, split equally among
//! that tier's candidates; a ballot that ranks nobody counts for nobody
//! (reported as `abstained`). Tiers by score, highest first.

use crate::tally::rational::Rational;
use crate::tally::result::{Details, ResultsDocument, finish, scores_by_id, tiers_by_score};
use crate::tally::{Election, Method};
use std::collections::BTreeMap;

/// Runs plurality on `election`.
pub fn tally(election: &Election) -> ResultsDocument {
    let n = election.candidates().len();
    let classes = election.weight_classes();
    // Integer counts per (candidate, weight class, tier size).
    let mut counts: Vec<BTreeMap<(usize, usize), u64>> = vec![BTreeMap::new(); n];
    let mut abstained = vec![0u64; classes.len()];
    for b in election.distinct_ballots() {
        if b.ranking.tier_count() == 0 {
            abstained[b.class] += b.count;
            continue;
        }
        let top = b.ranking.tier(0);
        for &c in top {
            *counts[c as usize].entry((b.class, top.len())).or_insert(0) += b.count;
        }
    }
    let scores: Vec<Rational> = counts
        .iter()
        .map(|m| {
            m.iter()
                .map(|(&(class, size), &cnt)| {
                    let share = Rational::new(cnt, size as u64).unwrap_or_default();
                    classes[class].value() * &share
                })
                .sum()
        })
        .collect();
    let tiers = tiers_by_score(&scores);
    let details = Details::Plurality {
        scores: scores_by_id(election, &scores),
        abstained: crate::tally::weighted_sum(classes, &abstained),
    };
    finish(election, Method::Plurality, tiers, Vec::new(), details)
}
