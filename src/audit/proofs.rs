//! Receipt proofs: what `GET /api/v1/rounds/{id}/receipts/{receipt}/proof`
//! answers and `plenary receipt verify` checks offline, so a voter can
//! confirm their ballot was counted without anyone else's ballots.
//!
//! The chain of evidence, each step checked by [`verify_receipt_proof`]
//! (and, in the same order, by `static/receipt-verify.js` and by hand as
//! `docs/formats.md` describes):
//!
//! 1. the ballot carries the voter's receipt (and, given the nonce, the
//!    receipt recomputes from round, ranking and nonce);
//! 2. `leaf_hash` = SHA-256(0x00 ‖ canonical JSON of the ballot);
//! 3. the audit path leads from that leaf to `root` (RFC 6962);
//! 4. `entry` is the round's `round.closed` entry, its hash recomputes and
//!    its `details.ballots_root` is `root` and `details.ballots` the tree size;
//! 5. the entry's leaf (SHA-256(0x00 ‖ its 32-byte hash)) is at index
//!    `seq − 1` of the log tree of `log_size` entries, by its audit path;
//! 6. the checkpoint is signed by the log's key, names that size and root;
//! 7. optionally, witnesses cosigned it.

use ed25519_dalek::VerifyingKey;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::chain::Entry;
use super::merkle::{Hash, from_hex, leaf_hash, root_from_inclusion, to_hex};
use super::note::{NoteVerifier, verify_checkpoint};
use crate::canonical::to_canonical_string;

/// A receipt proof, as the API serves it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceiptProof {
    /// The round id, decimal.
    pub round: String,
    /// The ballot exactly as in the round's `ballots.json`.
    pub ballot: Value,
    /// Its position in the file's `ballots` (0-based).
    pub leaf_index: u64,
    /// The number of ballots.
    pub tree_size: u64,
    /// SHA-256(0x00 ‖ canonical JSON of `ballot`), hex.
    pub leaf_hash: String,
    /// RFC 6962 audit path from the leaf to `root`, hex, leaf side first.
    pub audit_path: Vec<String>,
    /// The ballots' Merkle root recorded in `round.closed`, hex.
    pub root: String,
    /// The `round.closed` entry.
    pub entry: Entry,
    /// The entry's leaf index in the log tree: its seq − 1.
    pub entry_index: u64,
    /// The tree size of `checkpoint`.
    pub log_size: u64,
    /// Audit path from the entry's leaf to the checkpoint's root, hex.
    pub entry_audit_path: Vec<String>,
    /// The signed checkpoint note (with any cosignatures).
    pub checkpoint: String,
}

/// What a verified proof showed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProofReport {
    /// The receipt found in the ballot.
    pub receipt: String,
    /// The ballot's ranking, canonical JSON.
    pub ranking: String,
    /// The round.
    pub round: String,
    /// The checkpoint's number and tree size.
    pub checkpoint: (u64, u64),
    /// Witnesses that cosigned the checkpoint, with their timestamps.
    pub witnessed: Vec<(String, u64)>,
}

fn hashes(list: &[String], what: &str) -> Result<Vec<Hash>, String> {
    list.iter()
        .map(|h| {
            from_hex(h).ok_or_else(|| format!("{what}: `{h}` is not 64 lower-case hex digits"))
        })
        .collect()
}

fn hash(h: &str, what: &str) -> Result<Hash, String> {
    from_hex(h).ok_or_else(|| format!("{what} is not 64 lower-case hex digits"))
}

/// Checks a receipt proof offline against the log's public key. `receipt`
/// (and `nonce`, to recompute it) are what the voter kept; `witnesses`
/// must each have cosigned the checkpoint.
pub fn verify_receipt_proof(
    p: &ReceiptProof,
    log_key: &VerifyingKey,
    receipt: Option<&str>,
    nonce: Option<&str>,
    witnesses: &[NoteVerifier],
) -> Result<ProofReport, String> {
    // 1. The receipt.
    let found = p.ballot["receipt"]
        .as_str()
        .ok_or("step 1: the ballot has no receipt")?
        .to_owned();
    if let Some(r) = receipt
        && r.trim().to_ascii_lowercase() != found
    {
        return Err(format!(
            "step 1: the proof is for receipt {found}, not {}",
            r.trim()
        ));
    }
    let ranking: Vec<Vec<String>> = serde_json::from_value(p.ballot["ranking"].clone())
        .map_err(|_| "step 1: the ballot's ranking is not a list of lists of ids")?;
    if let Some(nonce) = nonce {
        let again = crate::domain::ballots_file::receipt(&p.round, &ranking, nonce.trim())
            .map_err(|e| format!("step 1: {e}"))?;
        if again != found {
            return Err(format!(
                "step 1: round {}, this ranking and your nonce give receipt {again}, not {found}: \
                 the ranking counted is not the one you cast",
                p.round
            ));
        }
    }
    // 2. The leaf.
    let canonical = to_canonical_string(&p.ballot).map_err(|e| format!("step 2: {e}"))?;
    let leaf = leaf_hash(canonical.as_bytes());
    if to_hex(&leaf) != p.leaf_hash {
        return Err(format!(
            "step 2: the ballot hashes to leaf {}, not the stated {}",
            to_hex(&leaf),
            p.leaf_hash
        ));
    }
    // 3. Up to the ballots' root.
    let path = hashes(&p.audit_path, "step 3: audit_path")?;
    let root = root_from_inclusion(p.leaf_index, p.tree_size, &leaf, &path)
        .map_err(|e| format!("step 3: {e}"))?;
    if to_hex(&root) != p.root {
        return Err(format!(
            "step 3: the audit path leads to root {}, not the stated {}",
            to_hex(&root),
            p.root
        ));
    }
    // 4. The round.closed entry.
    let e = &p.entry;
    if e.action != "round.closed" || e.subject != format!("round:{}", p.round) {
        return Err(format!(
            "step 4: the entry is `{}` of `{}`, not round.closed of round:{}",
            e.action, e.subject, p.round
        ));
    }
    let recomputed = e.expected_hash().map_err(|x| format!("step 4: {x}"))?;
    if recomputed != e.hash {
        return Err("step 4: the entry's hash does not match its contents".to_owned());
    }
    if e.details["ballots_root"].as_str() != Some(p.root.as_str())
        || e.details["ballots"].as_u64() != Some(p.tree_size)
    {
        return Err(format!(
            "step 4: round.closed records {} ballots with root {}, not {} with root {}",
            e.details["ballots"], e.details["ballots_root"], p.tree_size, p.root
        ));
    }
    // 5. The entry in the log.
    if u64::try_from(e.seq).ok() != p.entry_index.checked_add(1) {
        return Err("step 5: entry_index is not the entry's seq − 1".to_owned());
    }
    let entry_leaf = leaf_hash(&hash(&e.hash, "step 5: the entry's hash")?);
    let entry_path = hashes(&p.entry_audit_path, "step 5: entry_audit_path")?;
    let log_root = root_from_inclusion(p.entry_index, p.log_size, &entry_leaf, &entry_path)
        .map_err(|x| format!("step 5: {x}"))?;
    // 6. The checkpoint.
    let cp = verify_checkpoint(&p.checkpoint, log_key).map_err(|x| format!("step 6: {x}"))?;
    if cp.body.size != p.log_size || cp.body.root != log_root {
        return Err(format!(
            "step 6: the checkpoint signs size {} and root {}, but the entry's path leads to size {} and root {}",
            cp.body.size,
            to_hex(&cp.body.root),
            p.log_size,
            to_hex(&log_root)
        ));
    }
    // 7. Witnesses.
    let mut witnessed = Vec::new();
    for w in witnesses {
        match w
            .verify_cosignature(&cp.note)
            .map_err(|x| format!("step 7: {x}"))?
        {
            Some(ts) => witnessed.push((w.name.clone(), ts)),
            None => {
                return Err(format!(
                    "step 7: the checkpoint is not cosigned by the witness {}",
                    w.name
                ));
            }
        }
    }
    Ok(ProofReport {
        receipt: found,
        ranking: to_canonical_string(&ranking).unwrap_or_default(),
        round: p.round.clone(),
        checkpoint: (cp.body.number, cp.body.size),
        witnessed,
    })
}
