//! Writes a random, deterministic ballot profile that `plenary tally` reads,
//! for benchmarks and end-to-end timing:
//!
//! ```text
//! cargo run --release --example gen_profile -- --ballots 100000 --candidates 50 --seed 1 [--format toi|json] > profile.toi
//! ```
//!
//! Each ballot is a uniformly random order of the candidates, truncated to a
//! random length (half of the ballots are complete), with each neighbouring
//! pair tied with probability 1/8. The PRNG is splitmix64, so the same
//! arguments always give the same bytes on every machine.

use std::io::{BufWriter, Write};

/// splitmix64: a tiny, well-known PRNG; deterministic across platforms.
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

/// One random ballot as tiers of 1-based candidate numbers.
fn ballot(rng: &mut SplitMix64, m: usize) -> Vec<Vec<usize>> {
    let mut perm: Vec<usize> = (1..=m).collect();
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
    tiers
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|k| args.get(k + 1).cloned())
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let num = |name: &str, default: u64| -> u64 {
        arg(&args, name)
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let n = num("--ballots", 1000) as usize;
    let m = num("--candidates", 10).max(1) as usize;
    let mut rng = SplitMix64(num("--seed", 1));
    let format = arg(&args, "--format").unwrap_or_else(|| "toi".into());
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if format == "json" {
        writeln!(out, "{{\"format\":\"plenary-ballots/1\",")?;
        writeln!(
            out,
            "\"round\":{{\"id\":\"generated\",\"method\":\"schulze\",\"weighting\":\"per_delegate\"}},"
        )?;
        let cands: Vec<String> = (1..=m).map(|c| format!("{{\"id\":\"{c}\"}}")).collect();
        writeln!(out, "\"candidates\":[{}],", cands.join(","))?;
        writeln!(out, "\"ballots\":[")?;
        for k in 0..n {
            let tiers: Vec<String> = ballot(&mut rng, m)
                .iter()
                .map(|t| {
                    let ids: Vec<String> = t.iter().map(|c| format!("\"{c}\"")).collect();
                    format!("[{}]", ids.join(","))
                })
                .collect();
            let sep = if k + 1 < n { "," } else { "" };
            writeln!(out, "{{\"ranking\":[{}]}}{sep}", tiers.join(","))?;
        }
        writeln!(out, "]}}")?;
    } else {
        writeln!(out, "# FILE NAME: generated.{format}")?;
        writeln!(out, "# DATA TYPE: {format}")?;
        writeln!(out, "# NUMBER ALTERNATIVES: {m}")?;
        writeln!(out, "# NUMBER VOTERS: {n}")?;
        for c in 1..=m {
            writeln!(out, "# ALTERNATIVE NAME {c}: Candidate {c}")?;
        }
        for _ in 0..n {
            let tiers: Vec<String> = ballot(&mut rng, m)
                .iter()
                .map(|t| {
                    let ids: Vec<String> = t.iter().map(ToString::to_string).collect();
                    if t.len() == 1 {
                        ids.join(",")
                    } else {
                        format!("{{{}}}", ids.join(","))
                    }
                })
                .collect();
            writeln!(out, "1: {}", tiers.join(","))?;
        }
    }
    out.flush()
}
