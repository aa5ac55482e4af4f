//! `plenary audit verify … --report report.json`: ties a published report
//! to the audit trail. The file must be a canonical `plenary-report/1`
//! document, and the trail's `report.published` entry for its report must
//! record the SHA-256 of exactly its bytes (one trailing newline allowed,
//! as editors add one), so any edit to the file is detected.

use sha2::{Digest, Sha256};

use super::chain::Entry;
use super::verify_file::EntryCheck;
use crate::domain::report::ReportDocument;

/// The check, prepared from a report file.
#[derive(Debug)]
pub struct ReportCheck {
    subject: String,
    sha256: String,
    seen: bool,
}

impl ReportCheck {
    /// Reads `report.json` and hashes it. Fails when the file is not a
    /// canonical published report document.
    pub fn from_json(text: &str) -> Result<ReportCheck, String> {
        let doc = ReportDocument::from_json(text).map_err(|e| format!("report file: {e}"))?;
        if doc.report.published_at.is_none() {
            return Err(
                "report file: this is a draft (no published_at); only a published report is in the trail"
                    .to_owned(),
            );
        }
        let bytes = text.strip_suffix('\n').unwrap_or(text);
        Ok(ReportCheck {
            subject: format!("report:{}", doc.report.id),
            sha256: hex::encode(Sha256::digest(bytes.as_bytes())),
            seen: false,
        })
    }

    /// The subject it looks for, e.g. `report:3`.
    pub fn subject(&self) -> &str {
        &self.subject
    }
}

impl EntryCheck for ReportCheck {
    fn entry(&mut self, entry: &Entry) -> Result<(), String> {
        if entry.subject != self.subject || entry.action != "report.published" {
            return Ok(());
        }
        self.seen = true;
        let recorded = entry.details["sha256"].as_str().unwrap_or_default();
        if recorded != self.sha256 {
            return Err(format!(
                "report.published records SHA-256 {recorded} for {}, but the report file hashes to {}; the file was altered",
                self.subject, self.sha256
            ));
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), String> {
        if !self.seen {
            return Err(format!(
                "the log has no report.published entry for {}",
                self.subject
            ));
        }
        Ok(())
    }
}
