//! `plenary audit verify … --ballots ballots.json`: ties a round's published
//! ballots document, all of it, to the audit trail. The trail's
//! `round.closed` entry for that round records the SHA-256 of the whole
//! document (canonical JSON: round, candidates, ballots, digest — so a
//! changed title, time, secrecy, candidate title, weight or voter shows),
//! the Merkle root over its ballots (what receipt proofs lead to) and the
//! ballot digest; the results recomputed from the file must hash to the
//! `results_sha256` that `results.published` recorded. Rounds closed before
//! documents were sealed record only the digest, and only that is checked.

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::chain::Entry;
use super::merkle::to_hex;
use super::verify_file::EntryCheck;
use crate::canonical::to_canonical_string;
use crate::domain::ballots_file::{BallotsFile, digest};

/// The check, prepared from a ballots file.
#[derive(Debug)]
pub struct BallotsCheck {
    round: String,
    digest: String,
    document_sha256: String,
    ballots_root: String,
    results_sha256: String,
    closed_seen: bool,
    published_seen: bool,
    /// Whether the trail bound the whole document (false: digest only).
    pub whole_document: bool,
}

/// SHA-256 (hex) of the canonical JSON of a ballots document.
pub fn document_sha256(doc: &Value) -> Result<String, String> {
    let c = to_canonical_string(doc).map_err(|e| format!("ballots file: {e}"))?;
    Ok(hex::encode(Sha256::digest(c.as_bytes())))
}

/// The Merkle root (hex) over a document's ballots: leaf `i` is the
/// canonical JSON of `ballots[i]`.
pub fn ballots_root(doc: &Value) -> Result<String, String> {
    let ballots = doc["ballots"]
        .as_array()
        .ok_or("ballots file: `ballots` is not a list")?;
    let leaves = ballots
        .iter()
        .map(|b| to_canonical_string(b).map(String::into_bytes))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("ballots file: {e}"))?;
    Ok(to_hex(&super::merkle::root_of(&leaves)))
}

impl BallotsCheck {
    /// Reads `ballots.json`, recomputes its digest, hashes and results.
    /// Fails when the file is unreadable or its ballots do not match its
    /// digest.
    pub fn from_json(text: &str) -> Result<BallotsCheck, String> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| format!("ballots file: not JSON: {e}"))?;
        let file: BallotsFile = serde_json::from_value(value.clone())
            .map_err(|e| format!("ballots file: not a plenary-ballots/1 document: {e}"))?;
        let per_org = file.round.weighting == "per_organisation";
        let computed = digest(&file.ballots, per_org).map_err(|e| format!("ballots file: {e}"))?;
        if computed != file.digest {
            return Err(format!(
                "ballots file: its ballots hash to {computed}, but it states digest {}; a ballot was altered, added or removed",
                file.digest
            ));
        }
        let results = file
            .tally()
            .map_err(|e| format!("ballots file: cannot tally it: {e}"))?;
        Ok(BallotsCheck {
            round: format!("round:{}", file.round.id),
            digest: computed,
            document_sha256: document_sha256(&value)?,
            ballots_root: ballots_root(&value)?,
            results_sha256: hex::encode(Sha256::digest(results.as_bytes())),
            closed_seen: false,
            published_seen: false,
            whole_document: false,
        })
    }
}

impl EntryCheck for BallotsCheck {
    fn entry(&mut self, entry: &Entry) -> Result<(), String> {
        if entry.subject != self.round {
            return Ok(());
        }
        match entry.action.as_str() {
            "round.closed" => {
                self.closed_seen = true;
                let d = &entry.details;
                let recorded = d["ballot_digest"].as_str().unwrap_or_default();
                if recorded != self.digest {
                    return Err(format!(
                        "round.closed records ballot digest {recorded}, but the ballots file's ballots hash to {}",
                        self.digest
                    ));
                }
                if let Some(doc) = d.get("document_sha256") {
                    self.whole_document = true;
                    if doc.as_str() != Some(self.document_sha256.as_str()) {
                        return Err(format!(
                            "round.closed records document hash {doc}, but the ballots file hashes to {}: \
                             something in it (a title, a time, the secrecy, a weight, a voter) was changed",
                            self.document_sha256
                        ));
                    }
                    let root = d["ballots_root"].as_str().unwrap_or_default();
                    if root != self.ballots_root {
                        return Err(format!(
                            "round.closed records ballots root {root}, but the file's ballots give {}",
                            self.ballots_root
                        ));
                    }
                }
            }
            "results.published" => {
                self.published_seen = true;
                let recorded = entry.details["results_sha256"].as_str().unwrap_or_default();
                if recorded != self.results_sha256 {
                    return Err(format!(
                        "results.published records results hash {recorded}, but tallying the ballots file gives {}",
                        self.results_sha256
                    ));
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), String> {
        if !self.closed_seen || !self.published_seen {
            return Err(format!(
                "the log has no round.closed and results.published entries for {}",
                self.round
            ));
        }
        Ok(())
    }
}
