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
//! Speed: identical ballots are grouped, counts are integers per (candidate,
//! weight class, split size), and an elimination only touches the ballots
//! whose current tier held the eliminated candidate, so a whole count is
//! linear in the total length of the distinct ballots.

use crate::tally::rational::Rational;
use crate::tally::result::{Details, IrvRound, ResultsDocument, TiebreakUse, finish};
use crate::tally::{Election, Method};
use std::collections::BTreeMap;

struct State<'a> {
    election: &'a Election,
    n: usize,
    k: usize,
    continuing: Vec<bool>,
    /// Integer counts indexed by `(candidate * k + class) * (n + 1) + split`.
    cnt: Vec<u64>,
    exhausted: Vec<u64>,
    /// Per ballot: current tier (== tier count when exhausted).
    cur: Vec<u32>,
    /// Per candidate: (ballot, tier) whose current tier held it when registered.
    watch: Vec<Vec<(u32, u32)>>,
}

impl State<'_> {
    fn slot(&self, c: usize, class: usize, split: usize) -> usize {
        (c * self.k + class) * (self.n + 1) + split
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
                        let s = self.slot(c, db.class, live);
                        self.cnt[s] += db.count;
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
                    let s = self.slot(c, db.class, live_before);
                    self.cnt[s] -= db.count;
                    if c != e && live_after > 0 {
                        let s = self.slot(c, db.class, live_after);
                        self.cnt[s] += db.count;
                    }
                }
            }
            if live_after == 0 {
                self.settle(b, t + 1);
            }
        }
    }

    fn count(&self, c: usize) -> Rational {
        let classes = self.election.weight_classes();
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

/// Runs instant-runoff voting on `election`.
pub fn tally(election: &Election) -> ResultsDocument {
    let n = election.candidates().len();
    let k = election.weight_classes().len();
    let nb = election.distinct_ballots().len();
    let mut st = State {
        election,
        n,
        k,
        continuing: vec![true; n],
        cnt: vec![0; n * k * (n + 1)],
        exhausted: vec![0; k],
        cur: vec![0; nb],
        watch: vec![Vec::new(); n],
    };
    for b in 0..nb {
        st.settle(b, 0);
    }
    let total = election.total_weight();
    let tb = election.tiebreak();
    let ids = election.candidates();
    let mut rounds = Vec::new();
    let mut uses = Vec::new();
    let mut eliminated_order = Vec::new();
    let mut decided: Option<usize> = None;
    let mut round = 1;
    let winner = loop {
        let live: Vec<usize> = (0..n).filter(|&c| st.continuing[c]).collect();
        let counts: Vec<Rational> = live.iter().map(|&c| st.count(c)).collect();
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
