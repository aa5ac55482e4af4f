//! The results document: what a tally returns, what the app stores at round
//! close, and what `plenary tally` prints (as canonical JSON) so that an
//! auditor can compare it byte for byte. It depends only on the election's
//! content: no timestamps, no paths.
//!
//! Numbers are exact: rationals and weights are strings (`"1/3"`), counts
//! are JSON integers. Matrices are objects keyed by candidate id: `d[i][j]`
//! is `d["i"]["j"]`, the diagonal is omitted.

use crate::canonical::{CanonicalError, to_canonical_string};
use crate::tally::rational::Rational;
use crate::tally::weighting::WeightingSummary;
use crate::tally::{Election, Method};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A square matrix keyed by candidate id (row, then column).
pub type Matrix = BTreeMap<String, BTreeMap<String, Rational>>;

/// Per-candidate numbers keyed by candidate id.
pub type Scores = BTreeMap<String, Rational>;

/// Identifies the document's layout, so that later versions can change it.
pub const RESULTS_FORMAT: &str = "plenary-results/1";

/// The outcome of one tally with everything needed to check it by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultsDocument {
    /// Always [`RESULTS_FORMAT`].
    pub format: String,
    /// The method that was run.
    pub method: Method,
    /// What was counted.
    pub inputs: InputsSummary,
    /// The tie-break order used (candidate ids, first wins ties).
    pub tiebreak: Vec<String>,
    /// Tiers best first; real ties kept; each tier sorted by the tie-break order.
    pub ranking: Vec<Vec<String>>,
    /// A strict order: `ranking` flattened (ties broken by the tie-break order).
    pub order: Vec<String>,
    /// The first tier of `ranking` (several when tied).
    pub winners: Vec<String>,
    /// Every place where the tie-break order decided something, in the order
    /// the tally met them; empty when it decided nothing.
    pub tiebreak_used: Vec<TiebreakUse>,
    /// Method-specific numbers (matrix, paths, pairs, scores, rounds).
    pub details: Details,
}

/// Why a stored results document could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the results document is malformed: {0}")]
pub struct MalformedResults(pub String);

impl ResultsDocument {
    /// Reads a stored document back, refusing anything that is not exactly
    /// what [`Self::to_canonical_json`] writes: a document that does not
    /// parse, whose details do not fit its method, or that does not
    /// re-serialise to the same bytes is an error, never a default.
    pub fn from_stored(json: &str) -> Result<ResultsDocument, MalformedResults> {
        let doc: ResultsDocument =
            serde_json::from_str(json).map_err(|e| MalformedResults(e.to_string()))?;
        let fits = matches!(
            (doc.method, &doc.details),
            (Method::Schulze, Details::Schulze { .. })
                | (Method::RankedPairs, Details::RankedPairs { .. })
                | (Method::Borda, Details::Borda { .. })
                | (Method::Copeland, Details::Copeland { .. })
                | (Method::Plurality, Details::Plurality { .. })
                | (Method::Irv, Details::Irv { .. })
        );
        if !fits {
            return Err(MalformedResults(format!(
                "its details do not fit the method {}",
                doc.method.name()
            )));
        }
        let again = doc
            .to_canonical_json()
            .map_err(|e| MalformedResults(e.to_string()))?;
        if again != json {
            return Err(MalformedResults(
                "it is not in the canonical form the server writes".to_owned(),
            ));
        }
        Ok(doc)
    }

    /// The document as canonical JSON (no trailing newline): the exact bytes
    /// the app stores and `plenary tally` reproduces.
    pub fn to_canonical_json(&self) -> Result<String, CanonicalError> {
        to_canonical_string(self)
    }
}

/// What was counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputsSummary {
    /// Candidate ids in input order.
    pub candidates: Vec<String>,
    /// Number of ballots (identical ballots counted each time).
    pub ballots: u64,
    /// Sum of all ballot weights.
    pub total_weight: Rational,
    /// How the weights were obtained.
    pub weighting: WeightingSummary,
}

/// One decision the tie-break order made. Serialized with a `where` tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "where", rename_all = "snake_case")]
pub enum TiebreakUse {
    /// Tier `tier` (1-based) of `ranking` holds several candidates; `order`
    /// lists them in tie-break order.
    Order {
        /// 1-based tier number in `ranking`.
        tier: usize,
        /// The tied candidates, in the order `order` gives them.
        candidates: Vec<String>,
    },
    /// Ranked pairs: several pairs had this margin and were taken in
    /// tie-break order (winner earlier first; same winner: loser later first).
    Pairs {
        /// The shared margin.
        margin: Rational,
        /// The pairs, as `[winner, loser]`, in the order they were taken.
        pairs: Vec<[String; 2]>,
    },
    /// IRV: several candidates shared the lowest count; the one latest in the
    /// tie-break order was eliminated.
    Elimination {
        /// 1-based round number.
        round: usize,
        /// The candidates tied for lowest, in tie-break order.
        candidates: Vec<String>,
    },
}

/// Method-specific details; the document's `method` says which variant.
/// Untagged: reading tries the variants in order, so a variant whose fields
/// are a subset of another's (Borda's of Copeland's) comes after it, and
/// [`ResultsDocument::from_stored`] checks the result against the method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Details {
    /// Schulze: the pairwise matrix and the strongest paths.
    Schulze {
        /// `d[i][j]`: weight of ballots ranking i above j.
        d: Matrix,
        /// `p[i][j]`: strength of the strongest (widest) path from i to j.
        p: Matrix,
    },
    /// Ranked pairs: the matrix and every positive-margin pair in the order considered.
    RankedPairs {
        /// `d[i][j]`.
        d: Matrix,
        /// The pairs in the order considered, each locked or skipped.
        pairs: Vec<PairRecord>,
    },
    /// Copeland: the matrix, and wins, losses and score per candidate.
    Copeland {
        /// `d[i][j]`.
        d: Matrix,
        /// Wins minus losses.
        scores: Scores,
        /// Number of candidates j with `d[i][j] > d[j][i]`.
        wins: Scores,
        /// Number of candidates j with `d[i][j] < d[j][i]`.
        losses: Scores,
    },
    /// Borda: the matrix and the symmetric Borda scores.
    Borda {
        /// `d[i][j]`.
        d: Matrix,
        /// `Σ_j d[i][j] + ½·t[i][j]`.
        scores: Scores,
    },
    /// Plurality: first-preference weight (split among ties).
    Plurality {
        /// Weight of the ballots' top tiers, split equally within a tier.
        scores: Scores,
        /// Weight of ballots that rank nobody.
        abstained: Rational,
    },
    /// Instant runoff: every round.
    Irv {
        /// The rounds, first to last.
        rounds: Vec<IrvRound>,
        /// The round (1-based) in which the winner was decided.
        decided_in_round: usize,
    },
}

/// A ranked-pairs pair, in the order pairs were considered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairRecord {
    /// The candidate ranked above more often.
    pub winner: String,
    /// The other candidate.
    pub loser: String,
    /// `d[winner][loser] - d[loser][winner]` (> 0).
    pub margin: Rational,
    /// True if locked; false if skipped because it would close a cycle.
    pub locked: bool,
    /// True if another pair has the same margin, so the tie-break order
    /// placed this pair among them.
    pub tied_margin: bool,
}

/// One IRV round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IrvRound {
    /// 1-based round number.
    pub round: usize,
    /// Count of each continuing candidate.
    pub counts: Scores,
    /// Weight of continuing (non-exhausted) ballots.
    pub continuing_weight: Rational,
    /// Weight of ballots with no continuing candidate left.
    pub exhausted: Rational,
    /// The candidate holding more than half of the continuing weight, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub majority: Option<String>,
    /// The candidate eliminated at the end of this round (none in the last).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eliminated: Option<String>,
    /// True if several candidates shared the lowest count and the tie-break
    /// order chose whom to eliminate.
    pub tiebreak: bool,
}

/// Assembles the document from tiers of candidate indices: sorts each tier by
/// the tie-break order, flattens it into `order` and records an
/// [`TiebreakUse::Order`] for every tier with several candidates, after the
/// method's own `uses`.
pub(crate) fn finish(
    election: &Election,
    method: Method,
    tiers: Vec<Vec<usize>>,
    mut uses: Vec<TiebreakUse>,
    details: Details,
) -> ResultsDocument {
    let c = election.candidates();
    let tb = election.tiebreak();
    let id = |i: usize| c.id(i).to_string();
    let mut ranking = Vec::with_capacity(tiers.len());
    for (t, mut tier) in tiers.into_iter().enumerate() {
        tier.sort_by_key(|&i| tb.position(i));
        let ids: Vec<String> = tier.iter().map(|&i| id(i)).collect();
        if ids.len() > 1 {
            uses.push(TiebreakUse::Order {
                tier: t + 1,
                candidates: ids.clone(),
            });
        }
        ranking.push(ids);
    }
    let order = ranking.iter().flatten().cloned().collect();
    let winners = ranking.first().cloned().unwrap_or_default();
    ResultsDocument {
        format: RESULTS_FORMAT.to_string(),
        method,
        inputs: InputsSummary {
            candidates: c.ids().to_vec(),
            ballots: election.ballot_count(),
            total_weight: election.total_weight(),
            weighting: election.weighting().clone(),
        },
        tiebreak: tb.order().iter().map(|&i| id(i as usize)).collect(),
        ranking,
        order,
        winners,
        tiebreak_used: uses,
        details,
    }
}

/// Tiers by a score, highest first; equal scores share a tier.
pub(crate) fn tiers_by_score<K: Ord>(scores: &[K]) -> Vec<Vec<usize>> {
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    idx.sort_by(|&a, &b| scores[b].cmp(&scores[a]).then(a.cmp(&b)));
    let mut tiers: Vec<Vec<usize>> = Vec::new();
    for i in idx {
        match tiers.last_mut() {
            Some(t) if t.first().is_some_and(|&f| scores[f] == scores[i]) => t.push(i),
            _ => tiers.push(vec![i]),
        }
    }
    tiers
}

/// Tiers from a "beats" relation: repeatedly take every remaining candidate
/// that no remaining candidate beats. Should the relation have a cycle
/// (it never does for the methods here), the rest forms one last tier.
pub(crate) fn tiers_by_dominance(
    n: usize,
    beats: impl Fn(usize, usize) -> bool,
) -> Vec<Vec<usize>> {
    let mut remaining: Vec<usize> = (0..n).collect();
    let mut tiers = Vec::new();
    while !remaining.is_empty() {
        let top: Vec<usize> = remaining
            .iter()
            .copied()
            .filter(|&j| !remaining.iter().any(|&i| i != j && beats(i, j)))
            .collect();
        if top.is_empty() {
            tiers.push(std::mem::take(&mut remaining));
            break;
        }
        remaining.retain(|i| !top.contains(i));
        tiers.push(top);
    }
    tiers
}

/// Scores keyed by candidate id.
pub(crate) fn scores_by_id(election: &Election, scores: &[Rational]) -> Scores {
    let c = election.candidates();
    scores
        .iter()
        .enumerate()
        .map(|(i, s)| (c.id(i).to_string(), s.clone()))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::tally::ballot::{Ballot, Candidates, Ranking};
    use crate::tally::rational::Weight;
    use crate::tally::{Tiebreak, tally};

    /// A small election with a cycle, ties and unranked candidates, so every
    /// method fills its details and the tie-break is used.
    fn election() -> Election {
        let c = Candidates::new(["a", "b", "c", "d"]).unwrap();
        let tiers: [&[&[&str]]; 4] = [
            &[&["a"], &["b"], &["c"]],
            &[&["b"], &["c", "d"], &["a"]],
            &[&["c"], &["a"]],
            &[&["d"]],
        ];
        let ballots: Vec<Ballot> = tiers
            .iter()
            .map(|t| Ballot {
                ranking: Ranking::parse(
                    &c,
                    &t.iter().map(|tier| tier.to_vec()).collect::<Vec<_>>(),
                )
                .unwrap(),
                weight: Weight::one(),
            })
            .collect();
        let t = Tiebreak::new(&c, &["c", "a", "d", "b"]).unwrap();
        Election::new(c, ballots, t, WeightingSummary::explicit())
    }

    #[test]
    fn every_method_reads_back_exactly_what_it_stored() {
        for method in Method::ALL {
            let doc = tally(&election(), method);
            let json = doc.to_canonical_json().unwrap();
            assert_eq!(
                ResultsDocument::from_stored(&json).unwrap(),
                doc,
                "{method:?}"
            );
        }
    }

    #[test]
    fn a_malformed_or_mislabelled_document_is_an_error_not_a_default() {
        let json = tally(&election(), Method::Copeland)
            .to_canonical_json()
            .unwrap();
        // Copeland details under Borda's name: they parse, but do not fit.
        let relabelled = json.replace("\"method\":\"copeland\"", "\"method\":\"borda\"");
        assert!(ResultsDocument::from_stored(&relabelled).is_err());
        // A ranking that is not a list of tiers.
        let broken = json.replacen("\"ranking\":[", "\"ranking\":\"x\",\"y\":[", 1);
        assert!(ResultsDocument::from_stored(&broken).is_err());
        // Not canonical (whitespace added): refused as well.
        assert!(ResultsDocument::from_stored(&format!(" {json}")).is_err());
        assert!(ResultsDocument::from_stored("").is_err());
    }

    #[test]
    fn tiers_by_score_groups_equal_scores_highest_first() {
        assert_eq!(
            tiers_by_score(&[3, 5, 3, 1]),
            vec![vec![1], vec![0, 2], vec![3]]
        );
    }

    #[test]
    fn tiers_by_dominance_peels_unbeaten_candidates() {
        // 0 beats 1 and 2; 1 and 2 tied.
        let t = tiers_by_dominance(3, |i, j| i == 0 && j != 0);
        assert_eq!(t, vec![vec![0], vec![1, 2]]);
        // A cycle ends as one tier rather than looping.
        let t = tiers_by_dominance(3, |i, j| (i + 1) % 3 == j);
        assert_eq!(t, vec![vec![0, 1, 2]]);
    }
}
