//! Counting the pairwise matrix ballot by ballot, fast: the counts behind
//! [`crate::tally::pairwise::Pairwise`], in plain integers per weight class.
//!
//! Readers use [`PairCounter`] directly when the method only needs the
//! matrix (Schulze, ranked pairs, Copeland, Borda): each ballot is counted
//! as it is read, with no grouping of identical ballots, which for large
//! files of mostly distinct ballots costs more than it saves. The grouped
//! path ([`crate::tally::Election::distinct_ballots`]) feeds the same
//! counter, so both give the same matrix.

/// Readers count while reading only up to this many candidates: the
/// matrix has n² cells, and reading a file must stay linear in its size
/// (a file naming thousands of candidates is grouped as read, and its
/// matrix is counted, if at all, by the tally).
pub const MAX_CANDIDATES: usize = 256;

/// Whether a reader should count ballots as it reads them for `method`
/// over `n` candidates rather than keep them.
pub fn count_while_reading(method: crate::tally::Method, n: usize) -> bool {
    method.is_pairwise() && n <= MAX_CANDIDATES
}

/// Inputs with at least this many items are counted on two threads
/// (halves, merged): counting is most of a large tally's time.
pub const PARALLEL_MIN: usize = 20_000;

/// Runs `count` over `items` — on two threads, one half each, when there
/// are at least [`PARALLEL_MIN`] — and merges the counters. An error in the
/// first half wins over one in the second, as a sequential pass would report.
pub fn count_split<T: Sync, E: Send>(
    items: &[T],
    count: impl Fn(&[T]) -> Result<PairCounter, E> + Sync,
) -> Result<PairCounter, E> {
    if items.len() < PARALLEL_MIN {
        return count(items);
    }
    let (a, b) = items.split_at(items.len() / 2);
    let (first, second) = std::thread::scope(|s| {
        let second = s.spawn(|| count(b));
        let first = count(a);
        let second = second
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (first, second)
    });
    Ok(first?.merge(second?))
}

/// `d[i][j]` counts per weight class (`counts[class·n·n + i·n + j]`: how
/// many ballots of that class rank i strictly above j) and the number of
/// ballots per class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairCounts {
    /// Row-major `n × n` blocks, one per weight class; empty when no
    /// ballot ranked anybody (all zero).
    pub counts: Vec<u64>,
    /// Ballots per weight class (abstentions included).
    pub class_count: Vec<u64>,
}

/// Accumulates [`PairCounts`] one ranking (in flat form: candidates tier by
/// tier, and each tier's end offset) at a time.
///
/// The fast path keeps one byte per cell and weight class, flushed into the
/// `u64` counts before any cell can pass 255: a ballot then costs one
/// byte-wise vector addition per ranked candidate (16 or 32 cells per
/// instruction) instead of one 64-bit addition per cell. For a ballot with
/// tiers `T0, T1, …`, the addend `v` starts as the ballot's count for every
/// candidate; before the rows of tier `a` are added, the candidates of
/// `T_a` are zeroed in `v`, so `v` then holds the count exactly for the
/// candidates ranked below tier `a` (or unranked): the row of each
/// candidate in `T_a` gets `v`. Ballots with a larger count than
/// [`PairCounter::SMALL_COUNT`] are added to the `u64` counts directly.
#[derive(Debug, Clone)]
pub struct PairCounter {
    n: usize,
    /// Row length of `small`, padded to a multiple of 32 so rows add in
    /// whole vectors.
    stride: usize,
    small: Vec<u8>,
    /// Per class: the most any of its `small` cells gained since its flush.
    pending: Vec<u32>,
    addend: Vec<u8>,
    rank: Vec<u32>,
    out: PairCounts,
}

impl PairCounter {
    /// Ballots with a larger count go straight to the `u64` counts
    /// (flushing the bytes for each of them would cost more).
    pub const SMALL_COUNT: u64 = 32;

    /// A counter for `n` candidates and `classes` weight classes.
    pub fn new(n: usize, classes: usize) -> Self {
        let stride = n.next_multiple_of(32);
        PairCounter {
            n,
            stride,
            small: Vec::new(),
            pending: vec![0; classes],
            addend: vec![0; stride],
            rank: vec![0; n],
            out: PairCounts {
                counts: Vec::new(),
                class_count: vec![0; classes],
            },
        }
    }

    /// Counts `count` ballots of weight class `class` with the valid flat
    /// ranking (`cands`, `ends`) over this counter's candidates.
    pub fn add(&mut self, cands: &[u32], ends: &[u32], class: usize, count: u64) {
        self.out.class_count[class] += count;
        if ends.is_empty() || count == 0 {
            return;
        }
        if self.out.counts.is_empty() {
            // Allocated at the first ranking: a file that declares many
            // candidates but ranks none costs nothing.
            let k = self.pending.len();
            self.small = vec![0; k * self.n * self.stride];
            self.out.counts = vec![0; k * self.n * self.n];
        }
        if count <= Self::SMALL_COUNT {
            self.add_small(cands, ends, class, count as u8);
        } else {
            self.add_wide(cands, ends, class, count);
        }
    }

    fn add_small(&mut self, cands: &[u32], ends: &[u32], class: usize, count: u8) {
        if self.pending[class] + u32::from(count) > u32::from(u8::MAX) {
            self.flush(class);
        }
        self.pending[class] += u32::from(count);
        let (n, stride) = (self.n, self.stride);
        let v = &mut self.addend;
        v[..n].fill(count);
        let block = &mut self.small[class * n * stride..(class + 1) * n * stride];
        let mut start = 0usize;
        for &end in ends {
            let tier = &cands[start..end as usize];
            start = end as usize;
            for &j in tier {
                v[j as usize] = 0;
            }
            for &i in tier {
                let i = i as usize;
                let row = &mut block[i * stride..(i + 1) * stride];
                for (cell, &add) in row.iter_mut().zip(v.iter()) {
                    *cell = cell.wrapping_add(add);
                }
            }
        }
    }

    fn add_wide(&mut self, cands: &[u32], ends: &[u32], class: usize, count: u64) {
        let n = self.n;
        let rank = &mut self.rank;
        let unranked = ends.len() as u32;
        rank.fill(unranked);
        let mut start = 0usize;
        for (t, &end) in ends.iter().enumerate() {
            for &c in &cands[start..end as usize] {
                rank[c as usize] = t as u32;
            }
            start = end as usize;
        }
        let block = &mut self.out.counts[class * n * n..(class + 1) * n * n];
        for (i, &ri) in rank.iter().enumerate() {
            if ri == unranked {
                continue;
            }
            let row = &mut block[i * n..(i + 1) * n];
            for (cell, &rj) in row.iter_mut().zip(rank.iter()) {
                // Branch-free so the loop vectorises: add `count` iff ri < rj.
                *cell += count & 0u64.wrapping_sub(u64::from(ri < rj));
            }
        }
    }

    fn flush(&mut self, class: usize) {
        let (n, stride) = (self.n, self.stride);
        let block = &mut self.small[class * n * stride..(class + 1) * n * stride];
        let wide = &mut self.out.counts[class * n * n..(class + 1) * n * n];
        for (row, out) in block.chunks_exact_mut(stride).zip(wide.chunks_exact_mut(n)) {
            for (cell, o) in row[..n].iter_mut().zip(out.iter_mut()) {
                *o += u64::from(*cell);
                *cell = 0;
            }
        }
        self.pending[class] = 0;
    }

    /// Adds another counter's counts (same candidates and classes) to this
    /// one's: the halves of a count split over threads.
    pub fn merge(mut self, other: PairCounter) -> PairCounter {
        let other = other.finish();
        if self.out.counts.is_empty() {
            self.out.counts = vec![0; other.counts.len()];
        }
        for (a, b) in self.out.counts.iter_mut().zip(&other.counts) {
            *a += b;
        }
        for (a, b) in self.out.class_count.iter_mut().zip(&other.class_count) {
            *a += b;
        }
        self
    }

    /// The counts.
    pub fn finish(mut self) -> PairCounts {
        for class in 0..self.pending.len() {
            if self.pending[class] > 0 {
                self.flush(class);
            }
        }
        self.out
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn small_and_wide_counts_agree_past_many_flushes() {
        // Tiers [2], [0, 3], candidate 1 unranked; then an abstention.
        let (cands, ends) = ([2u32, 0, 3], [1u32, 3]);
        let mut small = PairCounter::new(4, 2);
        for _ in 0..1000 {
            small.add(&cands, &ends, 1, 1);
        }
        small.add(&[], &[], 1, 5);
        let mut wide = PairCounter::new(4, 2);
        wide.add(&cands, &ends, 1, 1000);
        wide.add(&[], &[], 1, 5);
        let (s, w) = (small.finish(), wide.finish());
        assert_eq!(s, w);
        let d = |i: usize, j: usize| s.counts[16 + i * 4 + j];
        assert_eq!(
            (d(2, 0), d(2, 3), d(2, 1), d(0, 1), d(3, 1)),
            (1000, 1000, 1000, 1000, 1000)
        );
        assert_eq!((d(0, 3), d(3, 0), d(1, 0), d(0, 2)), (0, 0, 0, 0));
        assert_eq!(s.class_count, vec![0, 1005]);
    }
}
