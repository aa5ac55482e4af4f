//! Grouping identical ballots, fast: each distinct ranking is stored once
//! (hashed as its flat index vector in an open-addressing table, allocated
//! only when new), weights are interned into weight classes, and a ballot
//! becomes a (ranking id, class id) pair with a count. No rational
//! arithmetic and no allocation happen per ballot.

use crate::tally::ballot::{Candidates, Ranking, RankingBuilder, hash_parts};
use crate::tally::rational::Weight;
use crate::tally::weighting::WeightingSummary;
use crate::tally::{DistinctBallot, Election, Tiebreak};
use std::collections::HashMap;

const EMPTY: u32 = u32::MAX;
/// An empty slot of [`RankingSet::table`].
const FREE: u64 = u64::MAX;

/// The distinct rankings seen so far, each with a dense id (first-seen order).
#[derive(Debug, Clone, Default)]
pub struct RankingSet {
    rankings: Vec<Ranking>,
    hashes: Vec<u64>,
    /// Open addressing, linear probing; a slot holds the high 32 bits of the
    /// ranking's hash above its id, or [`FREE`]. Keeping part of the hash in
    /// the slot means a probe that meets another ranking usually moves on
    /// without touching `hashes` or the ranking (one cache miss, not three).
    table: Vec<u64>,
}

impl RankingSet {
    /// Number of distinct rankings.
    pub fn len(&self) -> usize {
        self.rankings.len()
    }

    /// True when no ranking was added.
    pub fn is_empty(&self) -> bool {
        self.rankings.is_empty()
    }

    fn grow(&mut self) {
        let cap = (self.table.len() * 2).max(1024);
        self.table = vec![FREE; cap];
        let mask = cap - 1;
        for (id, &h) in self.hashes.iter().enumerate() {
            let mut i = (h as usize) & mask;
            while self.table[i] != FREE {
                i = (i + 1) & mask;
            }
            self.table[i] = slot_value(h, id as u32);
        }
    }

    /// Looks up flat parts: `Ok(id)` when present, else `Err((slot, hash))`
    /// where it goes.
    fn find(&mut self, cands: &[u32], ends: &[u32]) -> Result<u32, (usize, u64)> {
        if (self.rankings.len() + 1) * 2 > self.table.len() {
            self.grow();
        }
        let h = hash_parts(cands, ends);
        let mask = self.table.len() - 1;
        let mut i = (h as usize) & mask;
        let tag = h >> 32;
        loop {
            let v = self.table[i];
            if v == FREE {
                return Err((i, h));
            }
            if v >> 32 == tag {
                let id = v as u32;
                let k = id as usize;
                if self.hashes[k] == h {
                    let r = &self.rankings[k];
                    if r.cands() == cands && r.ends() == ends {
                        return Ok(id);
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    fn insert(&mut self, slot: usize, h: u64, r: Ranking) -> u32 {
        let id = self.rankings.len() as u32;
        self.table[slot] = slot_value(h, id);
        self.hashes.push(h);
        self.rankings.push(r);
        id
    }

    /// The id of `r`, adding it when new.
    pub fn intern(&mut self, r: Ranking) -> u32 {
        match self.find(r.cands(), r.ends()) {
            Ok(id) => id,
            Err((slot, h)) => self.insert(slot, h, r),
        }
    }

    /// The id of the builder's current ranking (which must be valid),
    /// allocating only when it is new.
    pub fn intern_built(&mut self, b: &RankingBuilder) -> u32 {
        let (c, e) = b.parts();
        match self.find(c, e) {
            Ok(id) => id,
            Err((slot, h)) => self.insert(slot, h, Ranking::from_parts(c, e)),
        }
    }
}

/// A table slot for ranking `id` of hash `h` (never [`FREE`]: ids stay
/// below `u32::MAX`).
#[inline]
fn slot_value(h: u64, id: u32) -> u64 {
    (h & !0xffff_ffff) | u64::from(id)
}

/// Groups ballots into distinct (ranking, weight class) pairs with counts,
/// in first-occurrence order, then builds the [`Election`].
#[derive(Debug, Clone, Default)]
pub struct Grouper {
    rankings: RankingSet,
    classes: Vec<Weight>,
    class_of: HashMap<Weight, usize>,
    /// Per ranking id: first distinct entry using it.
    head: Vec<u32>,
    /// Per distinct entry: (ranking id, class, count, next entry with the same ranking).
    entries: Vec<(u32, u32, u64, u32)>,
    ballot_count: u64,
}

impl Grouper {
    /// An empty grouper.
    pub fn new() -> Self {
        Self::default()
    }

    /// The class id of `w`, adding it when new.
    pub fn class(&mut self, w: &Weight) -> usize {
        if let Some(&c) = self.class_of.get(w) {
            return c;
        }
        self.classes.push(w.clone());
        self.class_of.insert(w.clone(), self.classes.len() - 1);
        self.classes.len() - 1
    }

    /// The id of ranking `r` (see [`RankingSet::intern`]).
    pub fn ranking(&mut self, r: Ranking) -> u32 {
        let id = self.rankings.intern(r);
        self.sync_heads();
        id
    }

    /// The id of the builder's current ranking, which must be valid.
    pub fn ranking_built(&mut self, b: &RankingBuilder) -> u32 {
        let id = self.rankings.intern_built(b);
        self.sync_heads();
        id
    }

    /// The id of the valid flat ranking (`cands`, `ends`), allocating only
    /// when it is new.
    pub(crate) fn ranking_parts(&mut self, cands: &[u32], ends: &[u32]) -> u32 {
        let id = match self.rankings.find(cands, ends) {
            Ok(id) => id,
            Err((slot, h)) => self
                .rankings
                .insert(slot, h, Ranking::from_parts(cands, ends)),
        };
        self.sync_heads();
        id
    }

    fn sync_heads(&mut self) {
        self.head.resize(self.rankings.len(), EMPTY);
    }

    /// Adds `count` ballots with ranking id `rid` and weight class `class`
    /// (both from this grouper). A count of 0 is ignored.
    pub fn add(&mut self, rid: u32, class: usize, count: u64) {
        if count == 0 {
            return;
        }
        self.ballot_count += count;
        let class = class as u32;
        let mut e = self.head[rid as usize];
        let mut last = EMPTY;
        while e != EMPTY {
            let entry = &mut self.entries[e as usize];
            if entry.1 == class {
                entry.2 += count;
                return;
            }
            last = e;
            e = entry.3;
        }
        let new = self.entries.len() as u32;
        self.entries.push((rid, class, count, EMPTY));
        if last == EMPTY {
            self.head[rid as usize] = new;
        } else {
            self.entries[last as usize].3 = new;
        }
    }

    /// The weight classes so far, by id.
    pub fn classes(&self) -> &[Weight] {
        &self.classes
    }

    /// Builds the election. The tie-break must have been built for the same
    /// candidates, and every ranking for them.
    pub fn finish(
        self,
        candidates: Candidates,
        tiebreak: Tiebreak,
        weighting: WeightingSummary,
    ) -> Election {
        let mut rankings = self.rankings.rankings;
        // How many entries still need each ranking: move it into the last one.
        let mut left = vec![0u32; rankings.len()];
        for e in &self.entries {
            left[e.0 as usize] += 1;
        }
        let distinct = self
            .entries
            .iter()
            .map(|&(rid, class, count, _)| {
                let r = rid as usize;
                left[r] -= 1;
                let ranking = if left[r] == 0 {
                    std::mem::take(&mut rankings[r])
                } else {
                    rankings[r].clone()
                };
                DistinctBallot {
                    ranking,
                    class: class as usize,
                    count,
                }
            })
            .collect();
        Election::from_grouped(
            candidates,
            tiebreak,
            weighting,
            self.classes,
            distinct,
            self.ballot_count,
        )
    }
}
