//! Instant-runoff voting.
//!
//! Each round, every continuing ballot counts for its top tier that still
//! holds a continuing candidate, split equally among that tier's continuing
//! candidates; a ballot with no continuing candidate left is exhausted. A
//! candidate holding more than half of the continuing (non-exhausted) weight
//! has a majority and is the winner. Otherwise the candidate with the lowest
//! count is eliminated; when several share the lowest count, the one latest
//! in the tie-break order is eliminated (and the round says so).
//!
//! Decisions where the plain rule is silent:
//! * The rounds go on after a majority appears, until one candidate is left,
//!   so that every candidate gets a place. This never changes the winner: a
//!   majority holder's count can only grow and the continuing weight only
//!   shrink, so it keeps its majority and is never lowest. `decided_in_round`
//!   names the round where the winner was first known.
//! * When only one continuing candidate remains it wins, majority or not
//!   (e.g. when every ballot is exhausted).
//! * When every ballot is exhausted, elimination goes on by counts (all
//!   zero), so the tie-break order decides.
//!
//! Ranking: the winner, then the others in reverse order of elimination (one
//! candidate per tier).
//!
//! Speed: identical ballots are grouped and counts are integers per
//! (candidate, weight class, split size). With at most 64 candidates
//! (`Masks`) each ballot's current tier is a bit mask and the rankings are
//! packed in one buffer, so an elimination is one sequential scan of the
//! masks plus the moves; with more, watch lists (`State`) make an
//! elimination touch only the ballots whose current tier held the
//! eliminated candidate, so a whole count is linear in the total length of
//! the distinct ballots.

use crate::tally::rational::{Rational, Weight};
use crate::tally::result::{Details, IrvRound, ResultsDocument, TiebreakUse, finish};
use crate::tally::{Election, Method};
use std::collections::BTreeMap;

/// Integer counts indexed by `(candidate * k + class) * (n + 1) + split`:
/// how many ballots of weight class `class` count `1/split` for `candidate`.
struct Counts {
    n: usize,
    k: usize,
    cnt: Vec<u64>,
}

impl Counts {
    fn new(n: usize, k: usize) -> Self {
        Counts {
            n,
            k,
            cnt: vec![0; n * k * (n + 1)],
        }
    }

    #[inline]
    fn slot(&self, c: usize, class: usize, split: usize) -> usize {
        (c * self.k + class) * (self.n + 1) + split
    }

    /// The exact count of candidate `c`.
    fn count(&self, c: usize, classes: &[Weight]) -> Rational {
        let mut total = Rational::zero();
        for (class, w) in classes.iter().enumerate() {
            for split in 1..=self.n {
                let x = self.cnt[self.slot(c, class, split)];
                if x > 0 {
                    let share = Rational::new(x, split as u64).unwrap_or_default();
                    total += &(w.value() * &share);
                }
            }
        }
        total
    }
}

/// The general engine: per candidate, a watch list of the ballots whose
/// current tier held it, so an elimination touches only those ballots.
struct State<'a> {
    election: &'a Election,
    counts: Counts,
    continuing: Vec<bool>,
    exhausted: Vec<u64>,
    /// Per ballot: current tier (== tier count when exhausted).
    cur: Vec<u32>,
    /// Per candidate: (ballot, tier) whose current tier held it when registered.
    watch: Vec<Vec<(u32, u32)>>,
}

impl<'a> State<'a> {
    fn new(election: &'a Election) -> Self {
        let n = election.candidates().len();
        let k = election.weight_classes().len();
        let nb = election.distinct_ballots().len();
        let mut st = State {
            election,
            counts: Counts::new(n, k),
            continuing: vec![true; n],
            exhausted: vec![0; k],
            cur: vec![0; nb],
            watch: vec![Vec::new(); n],
        };
        for b in 0..nb {
            st.settle(b, 0);
        }
        st
    }

    /// Moves ballot `b` to its first tier at or after `from` that has a
    /// continuing candidate, adding its counts there (or exhausts it).
    fn settle(&mut self, b: usize, from: usize) {
        let db = &self.election.distinct_ballots()[b];
        let tiers = db.ranking.tier_count();
        for t in from..tiers {
            let tier = db.ranking.tier(t);
            let live = tier
                .iter()
                .filter(|&&c| self.continuing[c as usize])
                .count();
            if live > 0 {
                self.cur[b] = t as u32;
                for &c in tier {
                    let c = c as usize;
                    if self.continuing[c] {
                        let s = self.counts.slot(c, db.class, live);
                        self.counts.cnt[s] += db.count;
                        self.watch[c].push((b as u32, t as u32));
                    }
                }
                return;
            }
        }
        self.cur[b] = tiers as u32;
        self.exhausted[db.class] += db.count;
    }

    /// Removes candidate `e` and moves the ballots that counted for it.
    fn eliminate(&mut self, e: usize) {
        self.continuing[e] = false;
        let watched = std::mem::take(&mut self.watch[e]);
        for (b, t) in watched {
            let (b, t) = (b as usize, t as usize);
            if self.cur[b] as usize != t {
                continue; // the ballot has moved on since
            }
            let db = &self.election.distinct_ballots()[b];
            let tier = db.ranking.tier(t);
            let live_after = tier
                .iter()
                .filter(|&&c| self.continuing[c as usize])
                .count();
            let live_before = live_after + 1;
            for &c in tier {
                let c = c as usize;
                if self.continuing[c] || c == e {
                    let s = self.counts.slot(c, db.class, live_before);
                    self.counts.cnt[s] -= db.count;
                    if c != e && live_after > 0 {
                        let s = self.counts.slot(c, db.class, live_after);
                        self.counts.cnt[s] += db.count;
                    }
                }
            }
            if live_after == 0 {
                self.settle(b, t + 1);
            }
        }
    }
}

/// In [`Masks::seq`]: a candidate that starts a tier is `TIER_START | c`, one
/// that continues it is `c`; each ballot ends with `BALLOT_END`.
const TIER_START: u8 = 0x40;
const BALLOT_END: u8 = 0x80;

/// The engine for at most 64 candidates: each ballot's current tier is a bit
/// mask of its continuing candidates, and the rankings are packed one byte
/// per candidate in one contiguous buffer. An elimination scans the masks
/// in order (8 bytes per distinct ballot, cache-friendly) and moves only the
/// ballots whose mask holds the eliminated candidate.
struct Masks {
    counts: Counts,
    continuing: u64,
    /// Per ballot: continuing candidates of its current tier (0 = exhausted)
    /// and the ballot's count, side by side so that a move needs no other
    /// look-up (with one weight class).
    mask: Vec<(u64, u64)>,
    /// Per ballot: its weight class (empty when there is only one class).
    class: Vec<u32>,
    /// Per ballot: offset in `seq` of the tier after its current one.
    next: Vec<usize>,
    /// Every distinct ranking, packed (see [`TIER_START`]).
    seq: Vec<u8>,
}

impl Masks {
    /// True when the candidates fit in a mask.
    fn applies(election: &Election) -> bool {
        election.candidates().len() <= 64
    }

    fn new(election: &Election) -> Self {
        let n = election.candidates().len();
        let k = election.weight_classes().len();
        let ballots = election.distinct_ballots();
        let len: usize = ballots.iter().map(|b| b.ranking.ranked_count() + 1).sum();
        let mut seq = Vec::with_capacity(len);
        let mut next = Vec::with_capacity(ballots.len());
        for db in ballots {
            next.push(seq.len());
            for tier in db.ranking.tiers() {
                for (i, &c) in tier.iter().enumerate() {
                    let flag = if i == 0 { TIER_START } else { 0 };
                    seq.push(flag | c as u8);
                }
            }
            seq.push(BALLOT_END);
        }
        let continuing = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
        let class = if k > 1 {
            ballots.iter().map(|b| b.class as u32).collect()
        } else {
            Vec::new()
        };
        let mut st = Masks {
            counts: Counts::new(n, k),
            continuing,
            mask: ballots.iter().map(|b| (0, b.count)).collect(),
            class,
            next,
            seq,
        };
        for b in 0..ballots.len() {
            st.settle(b);
        }
        st
    }

    /// Moves ballot `b` to its next tier that has a continuing candidate,
    /// adding its counts there (or leaves it exhausted, mask 0).
    fn settle(&mut self, b: usize) {
        let mut p = self.next[b];
        loop {
            let first = self.seq[p];
            if first == BALLOT_END {
                self.mask[b].0 = 0;
                self.next[b] = p;
                return;
            }
            let mut tier = 1u64 << (first & 0x3f);
            p += 1;
            while self.seq[p] < TIER_START {
                tier |= 1u64 << self.seq[p];
                p += 1;
            }
            let live = tier & self.continuing;
            if live != 0 {
                self.mask[b].0 = live;
                self.next[b] = p;
                self.add(b, live, true);
                return;
            }
        }
    }

    /// Adds (or removes) ballot `b`'s counts for the candidates in `m`,
    /// each getting `1 / |m|` of it.
    #[inline]
    fn add(&mut self, b: usize, m: u64, plus: bool) {
        let count = self.mask[b].1;
        let class = self.class.get(b).map_or(0, |&c| c as usize);
        let split = m.count_ones() as usize;
        let mut rest = m;
        while rest != 0 {
            let c = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            let s = self.counts.slot(c, class, split);
            if plus {
                self.counts.cnt[s] += count;
            } else {
                self.counts.cnt[s] -= count;
            }
        }
    }

    /// Removes candidate `e` and moves the ballots that counted for it.
    fn eliminate(&mut self, e: usize) {
        let bit = 1u64 << e;
        self.continuing &= !bit;
        for b in 0..self.mask.len() {
            let m = self.mask[b].0;
            if m & bit == 0 {
                continue;
            }
            self.add(b, m, false);
            let after = m & !bit;
            if after != 0 {
                self.mask[b].0 = after;
                self.add(b, after, true);
            } else {
                self.settle(b);
            }
        }
    }
}

/// One of the two counting engines; both keep the same [`Counts`].
enum Engine<'a> {
    Watch(State<'a>),
    Masks(Masks),
}

impl Engine<'_> {
    fn counts(&self) -> &Counts {
        match self {
            Engine::Watch(s) => &s.counts,
            Engine::Masks(s) => &s.counts,
        }
    }

    fn eliminate(&mut self, e: usize) {
        match self {
            Engine::Watch(s) => s.eliminate(e),
            Engine::Masks(s) => s.eliminate(e),
        }
    }
}

/// Runs instant-runoff voting on `election`.
pub fn tally(election: &Election) -> ResultsDocument {
    let engine = if Masks::applies(election) {
        Engine::Masks(Masks::new(election))
    } else {
        Engine::Watch(State::new(election))
    };
    run(election, engine)
}

/// The rounds, on either engine (the results are the same).
fn run(election: &Election, mut st: Engine<'_>) -> ResultsDocument {
    let n = election.candidates().len();
    let classes = election.weight_classes();
    let mut continuing = vec![true; n];
    let total = election.total_weight();
    let tb = election.tiebreak();
    let ids = election.candidates();
    let mut rounds = Vec::new();
    let mut uses = Vec::new();
    let mut eliminated_order = Vec::new();
    let mut decided: Option<usize> = None;
    let mut round = 1;
    let winner = loop {
        let live: Vec<usize> = (0..n).filter(|&c| continuing[c]).collect();
        let counts: Vec<Rational> = live
            .iter()
            .map(|&c| st.counts().count(c, classes))
            .collect();
        let continuing_weight: Rational = counts.iter().cloned().sum();
        let exhausted = &total - &continuing_weight;
        let two = Rational::from(2);
        let majority = live
            .iter()
            .zip(&counts)
            .find(|(_, cnt)| &two * cnt > continuing_weight)
            .map(|(&c, _)| c);
        if decided.is_none() && majority.is_some() {
            decided = Some(round);
        }
        let by_id: BTreeMap<String, Rational> = live
            .iter()
            .zip(&counts)
            .map(|(&c, x)| (ids.id(c).to_string(), x.clone()))
            .collect();
        let mut record = IrvRound {
            round,
            counts: by_id,
            continuing_weight: continuing_weight.clone(),
            exhausted,
            majority: majority.map(|c| ids.id(c).to_string()),
            eliminated: None,
            tiebreak: false,
        };
        if live.len() <= 1 {
            rounds.push(record);
            break live.first().copied().unwrap_or(0);
        }
        let lowest = counts.iter().min().cloned().unwrap_or_default();
        let mut tied: Vec<usize> = live
            .iter()
            .zip(&counts)
            .filter(|(_, x)| **x == lowest)
            .map(|(&c, _)| c)
            .collect();
        tied.sort_by_key(|&c| tb.position(c));
        let out = tied.last().copied().unwrap_or(live[0]);
        if tied.len() > 1 {
            record.tiebreak = true;
            uses.push(TiebreakUse::Elimination {
                round,
                candidates: tied.iter().map(|&c| ids.id(c).to_string()).collect(),
            });
        }
        record.eliminated = Some(ids.id(out).to_string());
        rounds.push(record);
        continuing[out] = false;
        st.eliminate(out);
        eliminated_order.push(out);
        round += 1;
    };
    let mut tiers = vec![vec![winner]];
    tiers.extend(eliminated_order.iter().rev().map(|&c| vec![c]));
    let details = Details::Irv {
        decided_in_round: decided.unwrap_or(round),
        rounds,
    };
    finish(election, Method::Irv, tiers, uses, details)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::tally::Tiebreak;
    use crate::tally::ballot::{Ballot, Candidates, Ranking};
    use crate::tally::weighting::WeightingSummary;

    /// Random elections (ties, truncation, empty ballots, several weight
    /// classes, duplicates): both engines give the same document.
    #[test]
    fn mask_engine_matches_watch_lists() {
        let mut seed = 0x1234_5678_9abc_def0u64;
        let mut next = |m: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % m
        };
        for case in 0..300 {
            let n = match case % 10 {
                0 => 64,
                1 => 63,
                _ => 1 + next(9) as usize,
            };
            let ids: Vec<String> = (0..n).map(|c| format!("c{c}")).collect();
            let candidates = Candidates::new(ids.clone()).unwrap();
            let weights = ["1", "1/2", "2/3", "3"];
            let nballots = 1 + next(40) as usize;
            let ballots: Vec<Ballot> = (0..nballots)
                .map(|_| {
                    let mut perm: Vec<usize> = (0..n).collect();
                    for i in (1..n).rev() {
                        perm.swap(i, next(i as u64 + 1) as usize);
                    }
                    let len = next(n as u64 + 1) as usize;
                    let mut tiers: Vec<Vec<usize>> = Vec::new();
                    for (k, c) in perm.into_iter().take(len).enumerate() {
                        match tiers.last_mut() {
                            Some(t) if k > 0 && next(3) == 0 => t.push(c),
                            _ => tiers.push(vec![c]),
                        }
                    }
                    Ballot {
                        ranking: Ranking::from_indices(&candidates, tiers).unwrap(),
                        weight: weights[next(weights.len() as u64) as usize]
                            .parse()
                            .unwrap(),
                    }
                })
                .collect();
            let mut order = ids.clone();
            order.reverse();
            let tb = Tiebreak::new(&candidates, &order).unwrap();
            let e = Election::new(candidates, ballots, tb, WeightingSummary::explicit());
            let masks = run(&e, Engine::Masks(Masks::new(&e)));
            let watch = run(&e, Engine::Watch(State::new(&e)));
            assert_eq!(
                masks.to_canonical_json().unwrap(),
                watch.to_canonical_json().unwrap(),
                "case {case}"
            );
        }
    }
}
