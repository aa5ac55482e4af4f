//! `plenary audit verify … --ballots ballots.json`: ties a round's published
//! ballots to the audit trail. The file's ballots must hash to its stated
//! digest, the trail's `round.closed` entry for that round must record the
//! same digest, and the results recomputed from the file must hash to the
//! `results_sha256` that `results.published` recorded.

use sha2::{Digest, Sha256};

use super::chain::Entry;
use super::verify_file::EntryCheck;
use crate::domain::ballots_file::{BallotsFile, digest};

/// The check, prepared from a ballots file.
#[derive(Debug)]
pub struct BallotsCheck {
    round: String,
    digest: String,
    results_sha256: String,
    closed_seen: bool,
    published_seen: bool,
}

impl BallotsCheck {
    /// Reads `ballots.json`, recomputes its digest and its results. Fails
    /// when the file is unreadable or its ballots do not match its digest.
    pub fn from_json(text: &str) -> Result<BallotsCheck, String> {
        let file: BallotsFile = serde_json::from_str(text)
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
            results_sha256: hex::encode(Sha256::digest(results.as_bytes())),
            closed_seen: false,
            published_seen: false,
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
                let recorded = entry.details["ballot_digest"].as_str().unwrap_or_default();
                if recorded != self.digest {
                    return Err(format!(
                        "round.closed records ballot digest {recorded}, but the ballots file's ballots hash to {}",
                        self.digest
                    ));
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
