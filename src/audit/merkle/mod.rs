//! RFC 6962 Merkle trees: hashing, proofs and their verification. Pure code,
//! shared by the server (which builds proofs), the offline verifiers and the
//! in-browser check (which re-implements only [`verify_inclusion`]).
//!
//! - leaf hash: `SHA-256(0x00 ‖ leaf data)`; node hash:
//!   `SHA-256(0x01 ‖ left ‖ right)`; the empty tree's root is `SHA-256("")`;
//! - `MTH(D[n])` splits at `k`, the largest power of two below `n`
//!   (RFC 6962 §2.1);
//! - inclusion proofs are RFC 6962 §2.1.1 audit paths, consistency proofs
//!   §2.1.2, verified with the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2.
//!
//! [`Tree`] keeps every complete aligned subtree's hash (`levels[k][i]`
//! covers leaves `i·2^k .. (i+1)·2^k`), so appending is amortised O(1) and
//! every root or proof for any size up to the current one costs O(log n)
//! hashes: the server answers proofs without rereading the log.

use sha2::{Digest, Sha256};

mod frontier;
#[cfg(test)]
mod tests;

pub use frontier::Frontier;

/// A SHA-256 value.
pub type Hash = [u8; 32];

/// The root of the empty tree: SHA-256 of the empty string.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// RFC 6962 leaf hash of `data`.
pub fn leaf_hash(data: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(data);
    h.finalize().into()
}

/// RFC 6962 interior node hash.
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The largest power of two strictly below `n` (`n >= 2`).
fn split(n: u64) -> u64 {
    let mut k = 1u64;
    while k << 1 < n {
        k <<= 1;
    }
    k
}

/// Why a proof or a request for one was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    /// Sizes or indexes out of range (e.g. a leaf beyond the tree).
    #[error("{0}")]
    Range(String),
    /// The proof has the wrong number of hashes.
    #[error("{0}")]
    Malformed(String),
    /// The proof leads to another root.
    #[error("the proof does not lead to the expected root")]
    Mismatch,
}

/// An append-only Merkle tree in memory with every complete subtree cached.
#[derive(Debug, Clone, Default)]
pub struct Tree {
    levels: Vec<Vec<Hash>>,
}

impl Tree {
    /// An empty tree.
    pub fn new() -> Tree {
        Tree::default()
    }

    /// A tree over these leaf hashes.
    pub fn from_leaf_hashes(leaves: impl IntoIterator<Item = Hash>) -> Tree {
        let mut t = Tree::new();
        for l in leaves {
            t.push(l);
        }
        t
    }

    /// Number of leaves.
    pub fn size(&self) -> u64 {
        self.levels.first().map_or(0, |l| l.len() as u64)
    }

    /// The leaf hash at `index`, if present.
    pub fn leaf(&self, index: u64) -> Option<Hash> {
        let i = usize::try_from(index).ok()?;
        self.levels.first()?.get(i).copied()
    }

    /// Appends a leaf hash (not leaf data: see [`leaf_hash`]).
    pub fn push(&mut self, leaf: Hash) {
        let mut level = 0usize;
        let mut hash = leaf;
        loop {
            if self.levels.len() == level {
                self.levels.push(Vec::new());
            }
            let row = &mut self.levels[level];
            row.push(hash);
            if row.len() % 2 == 1 {
                return;
            }
            let n = row.len();
            hash = node_hash(&row[n - 2], &row[n - 1]);
            level += 1;
        }
    }

    /// Drops every leaf (the cache found the database had rolled back).
    pub fn clear(&mut self) {
        self.levels.clear();
    }

    /// `MTH(D[start:end])`; `start < end <= size`, and the range is a
    /// subtree of some tree (every range the recursion below asks for is).
    fn subtree(&self, start: u64, end: u64) -> Hash {
        let n = end - start;
        if n.is_power_of_two() && start.is_multiple_of(n) {
            let level = n.trailing_zeros() as usize;
            let idx = usize::try_from(start >> level).unwrap_or(usize::MAX);
            if let Some(h) = self.levels.get(level).and_then(|l| l.get(idx)) {
                return *h;
            }
        }
        let k = split(n);
        node_hash(
            &self.subtree(start, start + k),
            &self.subtree(start + k, end),
        )
    }

    fn check_size(&self, size: u64) -> Result<(), ProofError> {
        if size > self.size() {
            return Err(ProofError::Range(format!(
                "the tree has {} leaves, not {size}",
                self.size()
            )));
        }
        Ok(())
    }

    /// The root of the first `size` leaves.
    pub fn root(&self, size: u64) -> Result<Hash, ProofError> {
        self.check_size(size)?;
        Ok(if size == 0 {
            empty_root()
        } else {
            self.subtree(0, size)
        })
    }

    /// The audit path of leaf `index` in the tree of the first `size`
    /// leaves (RFC 6962 §2.1.1), leaf-side first.
    pub fn inclusion_proof(&self, index: u64, size: u64) -> Result<Vec<Hash>, ProofError> {
        self.check_size(size)?;
        if index >= size {
            return Err(ProofError::Range(format!(
                "leaf {index} is not in a tree of {size} leaves"
            )));
        }
        let mut out = Vec::new();
        self.path(index, 0, size, &mut out);
        Ok(out)
    }

    fn path(&self, m: u64, start: u64, end: u64, out: &mut Vec<Hash>) {
        let n = end - start;
        if n <= 1 {
            return;
        }
        let k = split(n);
        if m < k {
            self.path(m, start, start + k, out);
            out.push(self.subtree(start + k, end));
        } else {
            self.path(m - k, start + k, end, out);
            out.push(self.subtree(start, start + k));
        }
    }

    /// The consistency proof from the first `old` leaves to the first
    /// `new` (RFC 6962 §2.1.2); empty when `old` is 0 or equals `new`.
    pub fn consistency_proof(&self, old: u64, new: u64) -> Result<Vec<Hash>, ProofError> {
        self.check_size(new)?;
        if old > new {
            return Err(ProofError::Range(format!(
                "the old size {old} is larger than the new size {new}"
            )));
        }
        let mut out = Vec::new();
        if old > 0 && old < new {
            self.subproof(old, 0, new, true, &mut out);
        }
        Ok(out)
    }

    fn subproof(&self, m: u64, start: u64, end: u64, whole: bool, out: &mut Vec<Hash>) {
        let n = end - start;
        if m == n {
            if !whole {
                out.push(self.subtree(start, end));
            }
            return;
        }
        let k = split(n);
        if m <= k {
            self.subproof(m, start, start + k, whole, out);
            out.push(self.subtree(start + k, end));
        } else {
            self.subproof(m - k, start + k, end, false, out);
            out.push(self.subtree(start, start + k));
        }
    }
}

/// The root an inclusion proof leads to (RFC 9162 §2.1.3.2), or why it
/// cannot be a proof for this index and size at all.
pub fn root_from_inclusion(
    index: u64,
    size: u64,
    leaf: &Hash,
    path: &[Hash],
) -> Result<Hash, ProofError> {
    if index >= size {
        return Err(ProofError::Range(format!(
            "leaf {index} is not in a tree of {size} leaves"
        )));
    }
    let (mut f_n, mut s_n) = (index, size - 1);
    let mut r = *leaf;
    for p in path {
        if s_n == 0 {
            return Err(ProofError::Malformed(
                "the audit path is longer than the tree is deep".to_owned(),
            ));
        }
        if f_n % 2 == 1 || f_n == s_n {
            r = node_hash(p, &r);
            if f_n % 2 == 0 {
                while f_n % 2 == 0 && f_n != 0 {
                    f_n >>= 1;
                    s_n >>= 1;
                }
            }
        } else {
            r = node_hash(&r, p);
        }
        f_n >>= 1;
        s_n >>= 1;
    }
    if s_n != 0 {
        return Err(ProofError::Malformed(
            "the audit path is shorter than the tree is deep".to_owned(),
        ));
    }
    Ok(r)
}

/// Checks that leaf hash `leaf` is at `index` in the tree of `size` leaves
/// whose root is `root`.
pub fn verify_inclusion(
    index: u64,
    size: u64,
    leaf: &Hash,
    path: &[Hash],
    root: &Hash,
) -> Result<(), ProofError> {
    if root_from_inclusion(index, size, leaf, path)? == *root {
        Ok(())
    } else {
        Err(ProofError::Mismatch)
    }
}

/// Checks that the tree of `new` leaves with root `new_root` extends the
/// tree of `old` leaves with root `old_root` (RFC 9162 §2.1.4.2).
pub fn verify_consistency(
    old: u64,
    new: u64,
    old_root: &Hash,
    new_root: &Hash,
    proof: &[Hash],
) -> Result<(), ProofError> {
    if old > new {
        return Err(ProofError::Range(format!(
            "the old size {old} is larger than the new size {new}"
        )));
    }
    if old == new || old == 0 {
        if !proof.is_empty() {
            return Err(ProofError::Malformed(
                "a consistency proof from an empty or equal tree is empty".to_owned(),
            ));
        }
        return if old == 0 || old_root == new_root {
            Ok(())
        } else {
            Err(ProofError::Mismatch)
        };
    }
    if proof.is_empty() {
        return Err(ProofError::Malformed(
            "the consistency proof is empty".to_owned(),
        ));
    }
    let mut path: Vec<Hash> = Vec::with_capacity(proof.len() + 1);
    if old.is_power_of_two() {
        path.push(*old_root);
    }
    path.extend_from_slice(proof);
    let Some((first, rest)) = path.split_first() else {
        return Err(ProofError::Malformed(
            "the consistency proof is empty".to_owned(),
        ));
    };
    let (mut f_n, mut s_n) = (old - 1, new - 1);
    while f_n % 2 == 1 {
        f_n >>= 1;
        s_n >>= 1;
    }
    let (mut fr, mut sr) = (*first, *first);
    for c in rest {
        if s_n == 0 {
            return Err(ProofError::Mismatch);
        }
        if f_n % 2 == 1 || f_n == s_n {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            if f_n % 2 == 0 {
                while f_n % 2 == 0 && f_n != 0 {
                    f_n >>= 1;
                    s_n >>= 1;
                }
            }
        } else {
            sr = node_hash(&sr, c);
        }
        f_n >>= 1;
        s_n >>= 1;
    }
    if fr == *old_root && sr == *new_root && s_n == 0 {
        Ok(())
    } else {
        Err(ProofError::Mismatch)
    }
}

/// Lower-case hex of a hash.
pub fn to_hex(h: &Hash) -> String {
    hex::encode(h)
}

/// Parses 64 lower-case hex digits.
pub fn from_hex(s: &str) -> Option<Hash> {
    if s.len() != 64 || s.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    hex::decode(s).ok()?.try_into().ok()
}

/// Merkle root, size and hashes of ordered leaf data (a round's ballots).
pub fn root_of(leaves: &[Vec<u8>]) -> Hash {
    let t = Tree::from_leaf_hashes(leaves.iter().map(|l| leaf_hash(l)));
    t.root(t.size()).unwrap_or_else(|_| empty_root())
}
