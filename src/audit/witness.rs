//! The witness's rule, pure so it can be tested without a network: cosign
//! a checkpoint only if it is signed by the log's key, names the same log,
//! and is consistent with the last checkpoint this witness cosigned — never
//! two different roots for one size, never a tree that does not extend the
//! last one (C2SP tlog-witness semantics). `plenary audit witness` wraps
//! it with HTTP and a state file.

use ed25519_dalek::VerifyingKey;
use serde::{Deserialize, Serialize};

use super::merkle::{Hash, from_hex, to_hex, verify_consistency};
use super::note::{NoteSigner, SignatureLine, verify_checkpoint};

/// What a witness remembers about the log it follows (its state file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WitnessState {
    /// The log's origin.
    pub origin: String,
    /// The log's public key, hex (pinned at the first run).
    pub log_key: String,
    /// The size of the last checkpoint cosigned.
    pub size: u64,
    /// Its root, hex.
    pub root: String,
    /// The checkpoint note cosigned (evidence, should the log fork).
    pub note: String,
}

/// Why a witness refuses to cosign.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The checkpoint is not a valid checkpoint of the log's key.
    #[error("the checkpoint is not validly signed by the log's key: {0}")]
    BadCheckpoint(String),
    /// The checkpoint names another log.
    #[error("the checkpoint is for the log {found}, but this witness follows {expected}")]
    OtherLog {
        /// The origin followed.
        expected: String,
        /// The origin presented.
        found: String,
    },
    /// Two different roots for one size: the log forked.
    #[error(
        "FORK: tree size {size} was cosigned with root {cosigned}, and the log now presents root {presented} for the same size"
    )]
    Fork {
        /// The size.
        size: u64,
        /// The root cosigned earlier, hex.
        cosigned: String,
        /// The root presented now, hex.
        presented: String,
    },
    /// The log is smaller than a tree already cosigned.
    #[error(
        "the log presents tree size {presented}, smaller than the size {cosigned} already cosigned"
    )]
    Shrunk {
        /// Size cosigned.
        cosigned: u64,
        /// Size presented.
        presented: u64,
    },
    /// The consistency proof is missing or does not verify.
    #[error(
        "the tree of size {new} does not provably extend the cosigned tree of size {old}: {why}"
    )]
    Inconsistent {
        /// Old size.
        old: u64,
        /// New size.
        new: u64,
        /// Why.
        why: String,
    },
}

/// Decides on `checkpoint` (the note text as served) given the witness's
/// `state` (None: first run) and a consistency `proof` from the state's
/// size to the checkpoint's. On success returns the cosignature line to
/// post and the new state to persist *before* posting it.
pub fn decide(
    state: Option<&WitnessState>,
    log_key: &VerifyingKey,
    checkpoint: &str,
    proof: &[Hash],
    witness: &NoteSigner,
    now: u64,
) -> Result<(SignatureLine, WitnessState), Refusal> {
    let cp = verify_checkpoint(checkpoint, log_key)
        .map_err(|e| Refusal::BadCheckpoint(e.to_string()))?;
    let (size, root) = (cp.body.size, cp.body.root);
    if let Some(s) = state {
        if s.origin != cp.body.origin {
            return Err(Refusal::OtherLog {
                expected: s.origin.clone(),
                found: cp.body.origin.clone(),
            });
        }
        let old_root = from_hex(&s.root).ok_or_else(|| Refusal::Inconsistent {
            old: s.size,
            new: size,
            why: "the state file's root is not 64 hex digits".to_owned(),
        })?;
        if size < s.size {
            return Err(Refusal::Shrunk {
                cosigned: s.size,
                presented: size,
            });
        }
        if size == s.size && root != old_root {
            return Err(Refusal::Fork {
                size,
                cosigned: s.root.clone(),
                presented: to_hex(&root),
            });
        }
        verify_consistency(s.size, size, &old_root, &root, proof).map_err(|e| {
            Refusal::Inconsistent {
                old: s.size,
                new: size,
                why: e.to_string(),
            }
        })?;
    }
    let line = witness.cosign(&cp.note.text, now);
    Ok((
        line,
        WitnessState {
            origin: cp.body.origin,
            log_key: hex::encode(log_key.as_bytes()),
            size,
            root: to_hex(&root),
            note: checkpoint.to_owned(),
        },
    ))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::audit::merkle::{Tree, leaf_hash};
    use crate::audit::note::TYPE_COSIGNATURE;
    use crate::audit::sign::Signer;

    fn tree(n: usize, salt: &str) -> Tree {
        Tree::from_leaf_hashes((0..n).map(|i| leaf_hash(format!("{salt}{i}").as_bytes())))
    }

    #[test]
    fn a_witness_follows_a_growing_log_and_refuses_a_fork() {
        let log = Signer::from_seed(&[1u8; 32]);
        let key = log.public_key();
        let w = NoteSigner::new("witness.example/w", TYPE_COSIGNATURE, &[2u8; 32]).unwrap();
        let honest = tree(20, "e");
        let cp = |t: &Tree, n: u64, number: u64| {
            log.sign_checkpoint(
                number,
                n,
                &t.root(n).unwrap(),
                "2026-11-30T00:00:00.000000Z",
            )
        };
        let (_, s1) = decide(None, &key, &cp(&honest, 5, 1), &[], &w, 10).unwrap();
        let proof = honest.consistency_proof(5, 12).unwrap();
        let (line, s2) = decide(Some(&s1), &key, &cp(&honest, 12, 2), &proof, &w, 11).unwrap();
        assert_eq!(s2.size, 12);
        assert_eq!(line.name, "witness.example/w");
        // Same size, same root: fine again.
        decide(Some(&s2), &key, &cp(&honest, 12, 2), &[], &w, 12).unwrap();

        // A fork: another tree of the same size, signed by the same key.
        let forked = tree(20, "f");
        let err = decide(Some(&s2), &key, &cp(&forked, 12, 3), &[], &w, 13).unwrap_err();
        assert!(matches!(err, Refusal::Fork { size: 12, .. }), "{err}");
        // A larger forked tree: no consistency proof from the cosigned one.
        let proof = forked.consistency_proof(12, 15).unwrap();
        let err = decide(Some(&s2), &key, &cp(&forked, 15, 3), &proof, &w, 13).unwrap_err();
        assert!(matches!(err, Refusal::Inconsistent { .. }), "{err}");
        // Going backwards, another key, another log.
        let err = decide(Some(&s2), &key, &cp(&honest, 7, 3), &[], &w, 13).unwrap_err();
        assert!(matches!(err, Refusal::Shrunk { .. }), "{err}");
        let other = Signer::from_seed(&[3u8; 32]);
        let note = other.sign_checkpoint(3, 13, &honest.root(13).unwrap(), "t");
        assert!(decide(Some(&s2), &key, &note, &[], &w, 13).is_err());
        assert!(matches!(
            decide(Some(&s2), &other.public_key(), &note, &[], &w, 13).unwrap_err(),
            Refusal::OtherLog { .. }
        ));
    }
}
