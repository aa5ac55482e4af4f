//! A Merkle tree's right edge, for verifiers that stream: constant memory
//! per level, any prefix's root on demand.

use super::{Hash, empty_root, leaf_hash, node_hash};

/// The right edge of a Merkle tree being built leaf by leaf: the roots of
/// its complete subtrees, largest first, so any prefix's root costs
/// O(log n) memory and time.
#[derive(Debug, Clone, Default)]
pub struct Frontier {
    nodes: Vec<(u32, Hash)>,
    /// Leaves pushed so far.
    pub size: u64,
}

impl Frontier {
    /// Appends an entry by its hash (hex); false when it is not 64 hex digits.
    pub fn push_entry(&mut self, entry_hash: &str) -> bool {
        let Some(data) = super::from_hex(entry_hash) else {
            return false;
        };
        let mut node = (0u32, leaf_hash(&data));
        while let Some(&(level, left)) = self.nodes.last() {
            if level != node.0 {
                break;
            }
            self.nodes.pop();
            node = (level + 1, node_hash(&left, &node.1));
        }
        self.nodes.push(node);
        self.size += 1;
        true
    }

    /// The root of the entries pushed so far.
    pub fn root(&self) -> Hash {
        let mut it = self.nodes.iter().rev();
        let Some(&(_, mut r)) = it.next() else {
            return empty_root();
        };
        for (_, left) in it {
            r = node_hash(left, &r);
        }
        r
    }
}
