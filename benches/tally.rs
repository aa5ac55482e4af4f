//! Criterion benchmarks of the tally engine on large random profiles
//! (random orders with ties and truncation, as `examples/gen_profile.rs`
//! makes them): Schulze and Borda on 100,000 ballots × 50 candidates, IRV on
//! 1,000,000 ballots × 20 candidates; counting alone, grouping alone, and
//! grouping + counting (what a real tally does). Run with `cargo bench --bench tally`.
#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use plenary::tally::ballot::{Candidates, RankingBuilder};
use plenary::tally::group::Grouper;
use plenary::tally::rational::Weight;
use plenary::tally::weighting::WeightingSummary;
use plenary::tally::{Election, Method, Tiebreak, tally};
use std::hint::black_box;
use std::time::Duration;

struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next()) * u128::from(n)) >> 64) as u64
    }
}

/// Random ballots as tiers of 0-based indices (same scheme as gen_profile).
fn profile(ballots: usize, m: usize, seed: u64) -> (Candidates, Vec<Vec<Vec<usize>>>) {
    let mut rng = SplitMix64(seed);
    let candidates = Candidates::new((1..=m).map(|c| c.to_string())).unwrap();
    let mut out = Vec::with_capacity(ballots);
    for _ in 0..ballots {
        let mut perm: Vec<usize> = (0..m).collect();
        for i in (1..m).rev() {
            let j = rng.below(i as u64 + 1) as usize;
            perm.swap(i, j);
        }
        let len = if rng.below(2) == 0 {
            m
        } else {
            1 + rng.below(m as u64) as usize
        };
        let mut tiers: Vec<Vec<usize>> = Vec::new();
        for (k, c) in perm.into_iter().take(len).enumerate() {
            match tiers.last_mut() {
                Some(t) if k > 0 && rng.below(8) == 0 => t.push(c),
                _ => tiers.push(vec![c]),
            }
        }
        out.push(tiers);
    }
    (candidates, out)
}

/// Groups the ballots into an `Election` the way the readers do: each
/// ranking assembled in a reused `RankingBuilder`, interned by a `Grouper`
/// (allocated only when new), weight class 1.
fn build(candidates: &Candidates, ballots: &[Vec<Vec<usize>>]) -> Election {
    let mut g = Grouper::new();
    let one = g.class(&Weight::one());
    let mut rb = RankingBuilder::new(candidates.len());
    for tiers in ballots {
        rb.clear();
        for t in tiers {
            for &c in t {
                rb.push(c);
            }
            rb.end_tier();
        }
        assert!(rb.is_valid());
        let rid = g.ranking_built(&rb);
        g.add(rid, one, 1);
    }
    g.finish(
        candidates.clone(),
        Tiebreak::candidate_order(candidates),
        WeightingSummary::explicit(),
    )
}

fn pairwise_methods(c: &mut Criterion) {
    let (cands, ballots) = profile(100_000, 50, 1);
    let election = build(&cands, &ballots);
    let mut g = c.benchmark_group("100k_ballots_50_candidates");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("schulze", |b| {
        b.iter(|| tally(black_box(&election), Method::Schulze))
    });
    g.bench_function("borda", |b| {
        b.iter(|| tally(black_box(&election), Method::Borda))
    });
    g.bench_function("group_ballots", |b| {
        b.iter(|| build(&cands, black_box(&ballots)))
    });
    g.bench_function("group_and_schulze", |b| {
        b.iter(|| tally(&build(&cands, black_box(&ballots)), Method::Schulze))
    });
    g.bench_function("group_and_borda", |b| {
        b.iter(|| tally(&build(&cands, black_box(&ballots)), Method::Borda))
    });
    g.finish();
}

fn irv(c: &mut Criterion) {
    let (cands, ballots) = profile(1_000_000, 20, 2);
    let election = build(&cands, &ballots);
    let mut g = c.benchmark_group("1m_ballots_20_candidates");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("irv", |b| {
        b.iter(|| tally(black_box(&election), Method::Irv))
    });
    g.bench_function("group_ballots", |b| {
        b.iter(|| build(&cands, black_box(&ballots)))
    });
    g.bench_function("group_and_irv", |b| {
        b.iter(|| tally(&build(&cands, black_box(&ballots)), Method::Irv))
    });
    g.finish();
}

criterion_group!(benches, pairwise_methods, irv);
criterion_main!(benches);
