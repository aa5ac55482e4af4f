//! Property tests (proptest) for the invariants every method must keep.

use crate::common::internals::tally::ballot::{Ballot, Candidates, Ranking};
use crate::common::internals::tally::rational::{Rational, Weight};
use crate::common::internals::tally::result::Details;
use crate::common::internals::tally::weighting::{Origin, Weighting, WeightingSummary};
use crate::common::internals::tally::{Election, Method, Tiebreak, tally};
use proptest::prelude::*;

/// A ballot as tiers of candidate indices plus a weight (as text).
type RawBallot = (Vec<Vec<usize>>, &'static str);

const WEIGHTS: [&str; 5] = ["1", "1/2", "1/3", "2", "3/4"];

fn ballot(m: usize) -> impl Strategy<Value = RawBallot> {
    (
        Just((0..m).collect::<Vec<usize>>()).prop_shuffle(),
        0..=m,
        prop::collection::vec(any::<bool>(), m),
        0..WEIGHTS.len(),
    )
        .prop_map(|(perm, len, ties, w)| {
            let mut tiers: Vec<Vec<usize>> = Vec::new();
            for (k, c) in perm.into_iter().take(len).enumerate() {
                match tiers.last_mut() {
                    Some(t) if ties[k] => t.push(c),
                    _ => tiers.push(vec![c]),
                }
            }
            (tiers, WEIGHTS[w])
        })
}

/// (number of candidates, ballots, a permutation used by some properties).
fn profile() -> impl Strategy<Value = (usize, Vec<RawBallot>, Vec<usize>)> {
    (2usize..=6).prop_flat_map(|m| {
        (
            Just(m),
            prop::collection::vec(ballot(m), 1..14),
            Just((0..m).collect::<Vec<usize>>()).prop_shuffle(),
        )
    })
}

fn ids(m: usize) -> Vec<String> {
    (0..m).map(|i| format!("c{i}")).collect()
}

fn build(cands: &[String], ballots: &[RawBallot], tiebreak: &[String]) -> Election {
    let c = Candidates::new(cands.iter().cloned()).unwrap();
    let bs: Vec<Ballot> = ballots
        .iter()
        .map(|(tiers, w)| {
            let named: Vec<Vec<String>> = tiers
                .iter()
                .map(|t| t.iter().map(|&i| format!("c{i}")).collect())
                .collect();
            Ballot {
                ranking: Ranking::parse(&c, &named).unwrap(),
                weight: w.parse().unwrap(),
            }
        })
        .collect();
    let t = Tiebreak::new(&c, tiebreak).unwrap();
    Election::new(c, bs, t, WeightingSummary::explicit())
}

/// d[i][j] computed naively, for checking Condorcet winners independently.
fn naive_d(m: usize, ballots: &[RawBallot]) -> Vec<Vec<Rational>> {
    let mut d = vec![vec![Rational::zero(); m]; m];
    for (tiers, w) in ballots {
        let mut rank = vec![usize::MAX; m];
        for (t, tier) in tiers.iter().enumerate() {
            for &c in tier {
                rank[c] = t;
            }
        }
        let w: Rational = w.parse().unwrap();
        for i in 0..m {
            for j in 0..m {
                if rank[i] < rank[j] {
                    d[i][j] += &w;
                }
            }
        }
    }
    d
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn a_condorcet_winner_wins_schulze_ranked_pairs_and_copeland((m, ballots, _) in profile()) {
        let d = naive_d(m, &ballots);
        let cw = (0..m).find(|&i| (0..m).all(|j| i == j || d[i][j] > d[j][i]));
        if let Some(cw) = cw {
            let e = build(&ids(m), &ballots, &ids(m));
            for method in [Method::Schulze, Method::RankedPairs, Method::Copeland] {
                let doc = tally(&e, method);
                prop_assert_eq!(doc.winners.clone(), vec![format!("c{cw}")], "{}", method);
            }
        }
    }

    #[test]
    fn every_method_is_invariant_under_relabelling_candidates((m, ballots, perm) in profile()) {
        // Candidate c{i} becomes c{perm[i]}; the candidate list is also reordered.
        let e1 = build(&ids(m), &ballots, &ids(m));
        let relabelled: Vec<RawBallot> = ballots
            .iter()
            .map(|(tiers, w)| (tiers.iter().map(|t| t.iter().map(|&i| perm[i]).collect()).collect(), *w))
            .collect();
        let mut cands2 = ids(m);
        cands2.reverse();
        let tb2: Vec<String> = (0..m).map(|i| format!("c{}", perm[i])).collect();
        let e2 = build(&cands2, &relabelled, &tb2);
        let map = |s: &String| -> String {
            let i: usize = s[1..].parse().unwrap();
            format!("c{}", perm[i])
        };
        for method in Method::ALL {
            let (a, b) = (tally(&e1, method), tally(&e2, method));
            let mapped: Vec<Vec<String>> = a.ranking.iter().map(|t| t.iter().map(map).collect()).collect();
            prop_assert_eq!(&mapped, &b.ranking, "{}", method);
            let mapped_order: Vec<String> = a.order.iter().map(map).collect();
            prop_assert_eq!(&mapped_order, &b.order, "{}", method);
        }
    }

    #[test]
    fn shuffling_ballot_order_changes_no_byte((m, ballots, _) in profile(), seed in any::<u64>()) {
        let mut shuffled = ballots.clone();
        // A deterministic shuffle driven by the seed.
        let mut s = seed;
        for i in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (s >> 33) as usize % (i + 1));
        }
        let e1 = build(&ids(m), &ballots, &ids(m));
        let e2 = build(&ids(m), &shuffled, &ids(m));
        for method in Method::ALL {
            prop_assert_eq!(
                tally(&e1, method).to_canonical_json().unwrap(),
                tally(&e2, method).to_canonical_json().unwrap(),
                "{}", method
            );
        }
    }

    #[test]
    fn scaling_every_weight_changes_no_ranking((m, ballots, _) in profile(), q in 0..WEIGHTS.len()) {
        let factor: Rational = WEIGHTS[q].parse().unwrap();
        let e1 = build(&ids(m), &ballots, &ids(m));
        let c = e1.candidates().clone();
        let scaled: Vec<Ballot> = ballots
            .iter()
            .map(|(tiers, w)| Ballot {
                ranking: Ranking::from_indices(&c, tiers.clone()).unwrap(),
                weight: Weight::new(&w.parse::<Rational>().unwrap() * &factor).unwrap(),
            })
            .collect();
        let t = Tiebreak::candidate_order(&c);
        let e2 = Election::new(c, scaled, t, WeightingSummary::explicit());
        for method in Method::ALL {
            prop_assert_eq!(tally(&e1, method).ranking, tally(&e2, method).ranking, "{}", method);
        }
    }

    #[test]
    fn symmetric_borda_equals_classic_borda_on_complete_strict_ballots(
        (m, perms) in (2usize..=6).prop_flat_map(|m| (
            Just(m),
            prop::collection::vec(Just((0..m).collect::<Vec<usize>>()).prop_shuffle(), 1..14),
        ))
    ) {
        let ballots: Vec<RawBallot> = perms
            .iter()
            .map(|p| (p.iter().map(|&c| vec![c]).collect(), "1"))
            .collect();
        let mut classic = vec![0i64; m];
        for p in &perms {
            for (pos, &c) in p.iter().enumerate() {
                classic[c] += (m - 1 - pos) as i64;
            }
        }
        let doc = tally(&build(&ids(m), &ballots, &ids(m)), Method::Borda);
        let Details::Borda { scores, .. } = &doc.details else { panic!("not borda") };
        for (i, &points) in classic.iter().enumerate() {
            prop_assert_eq!(&scores[&format!("c{i}")], &Rational::from(points));
        }
    }

    #[test]
    fn reversing_every_ballot_reverses_symmetric_borda(
        (m, perms) in (2usize..=6).prop_flat_map(|m| (
            Just(m),
            prop::collection::vec(Just((0..m).collect::<Vec<usize>>()).prop_shuffle(), 1..14),
        ))
    ) {
        let fwd: Vec<RawBallot> = perms.iter().map(|p| (p.iter().map(|&c| vec![c]).collect(), "1")).collect();
        let rev: Vec<RawBallot> = perms.iter().map(|p| (p.iter().rev().map(|&c| vec![c]).collect(), "1")).collect();
        let a = tally(&build(&ids(m), &fwd, &ids(m)), Method::Borda);
        let b = tally(&build(&ids(m), &rev, &ids(m)), Method::Borda);
        let mut reversed_tiers = a.ranking.clone();
        reversed_tiers.reverse();
        let norm = |r: &Vec<Vec<String>>| -> Vec<Vec<String>> {
            r.iter().map(|t| { let mut t = t.clone(); t.sort(); t }).collect()
        };
        prop_assert_eq!(norm(&reversed_tiers), norm(&b.ranking));
    }

    #[test]
    fn equal_groups_with_equal_group_sizes_equals_per_delegate(
        (m, ballots, _) in profile(), groups in 1usize..4
    ) {
        // Repeat the profile once per group, so every group has the same size.
        let c = Candidates::new(ids(m)).unwrap();
        let mut rankings = Vec::new();
        let mut group_of = Vec::new();
        for g in 0..groups {
            for (tiers, _) in &ballots {
                rankings.push(Ranking::from_indices(&c, tiers.clone()).unwrap());
                group_of.push(format!("g{g}"));
            }
        }
        let origins: Vec<Origin<'_>> = group_of
            .iter()
            .map(|g| Origin { group: Some(g), organisation: None })
            .collect();
        let eq = Weighting::EqualGroups { group_weights: Default::default() };
        let run = |w: &Weighting| {
            let weights = w.weights(&origins).unwrap();
            let bs: Vec<Ballot> = rankings
                .iter()
                .cloned()
                .zip(weights)
                .map(|(ranking, weight)| Ballot { ranking, weight })
                .collect();
            Election::new(c.clone(), bs, Tiebreak::candidate_order(&c), w.into())
        };
        let (e1, e2) = (run(&eq), run(&Weighting::PerDelegate));
        for method in Method::ALL {
            prop_assert_eq!(tally(&e1, method).ranking, tally(&e2, method).ranking, "{}", method);
        }
    }

    #[test]
    fn grouping_identical_ballots_changes_no_result((m, ballots, _) in profile()) {
        // Each ballot of weight w becomes two ballots of weight w/2.
        let halves: Vec<(Vec<Vec<usize>>, String)> = ballots
            .iter()
            .flat_map(|(t, w)| {
                let h = &w.parse::<Rational>().unwrap() * &"1/2".parse::<Rational>().unwrap();
                [(t.clone(), h.to_string()), (t.clone(), h.to_string())]
            })
            .collect();
        let e1 = build(&ids(m), &ballots, &ids(m));
        let c = e1.candidates().clone();
        let split: Vec<Ballot> = halves
            .iter()
            .map(|(t, w)| Ballot {
                ranking: Ranking::from_indices(&c, t.clone()).unwrap(),
                weight: w.parse().unwrap(),
            })
            .collect();
        let t = Tiebreak::candidate_order(&c);
        let e2 = Election::new(c, split, t, WeightingSummary::explicit());
        for method in Method::ALL {
            let (a, b) = (tally(&e1, method), tally(&e2, method));
            prop_assert_eq!(&a.ranking, &b.ranking, "{}", method);
            prop_assert_eq!(&a.details, &b.details, "{}", method);
            prop_assert_eq!(&a.tiebreak_used, &b.tiebreak_used, "{}", method);
        }
    }
}
