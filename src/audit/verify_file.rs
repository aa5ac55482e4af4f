//! The offline verifier behind `plenary audit verify FILE --public-key FILE`:
//! reads an `audit.jsonl` export line by line (any length, constant memory
//! apart from the set of round ids), checks every hash link and every
//! checkpoint signature, and names the first bad line.
//!
//! Extra checks (such as the lead's `--ballots ballots.json`, which needs
//! the `round.closed` entry's digest) plug in as an [`EntryCheck`]: each
//! sees every verified entry and may fail the run at the end.

use std::collections::BTreeSet;
use std::fmt;
use std::io::BufRead;

use ed25519_dalek::VerifyingKey;

use super::chain::{ChainCursor, Entry, ZERO_HASH};
use super::jsonl::{Line, parse_line};
use super::sign::{Checkpoint, verify_checkpoint};

/// What a verified log contained: the summary the CLI prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Entry lines.
    pub entries: u64,
    /// Distinct rounds named by subjects `round:<id>` (and `round:<id>/…`).
    pub rounds: usize,
    /// The first entry's time.
    pub first_at: Option<String>,
    /// The last entry's time.
    pub last_at: Option<String>,
    /// The last entry's seq (0 when there are none).
    pub head_seq: i64,
    /// The last entry's hash.
    pub head_hash: String,
    /// Checkpoint lines whose signature verified.
    pub checkpoints: u64,
    /// The last signed checkpoint.
    pub last_checkpoint: Option<Checkpoint>,
}

impl Report {
    /// Entries after the last signed checkpoint: a dishonest server could
    /// have dropped or rewritten them without breaking a signature.
    pub fn unsigned_tail(&self) -> i64 {
        self.head_seq - self.last_checkpoint.as_ref().map_or(0, |c| c.seq)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "OK: the audit log verifies.")?;
        writeln!(f, "  entries:      {}", self.entries)?;
        writeln!(f, "  rounds:       {}", self.rounds)?;
        writeln!(
            f,
            "  first entry:  {}",
            self.first_at.as_deref().unwrap_or("-")
        )?;
        writeln!(
            f,
            "  last entry:   {}",
            self.last_at.as_deref().unwrap_or("-")
        )?;
        writeln!(
            f,
            "  head:         seq {} hash {}",
            self.head_seq, self.head_hash
        )?;
        match &self.last_checkpoint {
            Some(cp) => writeln!(
                f,
                "  checkpoints:  {} signature(s) verified; the last signs seq {} at {}",
                self.checkpoints, cp.seq, cp.at
            )?,
            None => writeln!(
                f,
                "  checkpoints:  none (no entry is covered by a signature)"
            )?,
        }
        if self.last_checkpoint.is_some() && self.unsigned_tail() > 0 {
            writeln!(
                f,
                "  note:         the last {} entr{} come after the last signed checkpoint",
                self.unsigned_tail(),
                if self.unsigned_tail() == 1 {
                    "y"
                } else {
                    "ies"
                }
            )?;
        }
        Ok(())
    }
}

/// The first bad line: its 1-based number, what is wrong, and the start of
/// its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    /// 1-based line number in the file.
    pub line: u64,
    /// What is wrong with it.
    pub problem: String,
    /// The beginning of the line as read (lossy UTF-8, at most 200 chars).
    pub excerpt: String,
}

impl fmt::Display for BadLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)?;
        if !self.excerpt.is_empty() {
            write!(f, "\n  {}", self.excerpt)?;
        }
        Ok(())
    }
}

/// Why verification did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    /// The log was read but is wrong (exit status 1).
    #[error("{0}")]
    Bad(BadLine),
    /// The file could not be read at all (exit status 2).
    #[error("cannot read the log: {0}")]
    Unreadable(#[from] std::io::Error),
}

/// A further check over the verified entries (e.g. a ballot digest). Each
/// entry is passed after its hash link verified.
pub trait EntryCheck {
    /// Looks at one verified entry; an error names this entry's line.
    fn entry(&mut self, entry: &Entry) -> Result<(), String>;
    /// Called once after the last line; an error is reported as the line
    /// after the end of the file.
    fn finish(&mut self) -> Result<(), String> {
        Ok(())
    }
}

fn excerpt(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).chars().take(200).collect()
}

/// The round id in a subject `round:<id>` or `round:<id>/…`.
fn round_of(subject: &str) -> Option<&str> {
    let rest = subject.strip_prefix("round:")?;
    let id = rest.split(['/', ':', '#']).next().unwrap_or(rest);
    (!id.is_empty()).then_some(id)
}

/// Verifies a whole log read from `reader` against `key`; `checks` see every
/// verified entry. The rules (see `docs/formats.md`): every line is canonical
/// JSON ending in `\n`; entries link from seq 1 with `prev_hash` 64 zeros;
/// each checkpoint line follows the entry it signs, carries that entry's hash
/// and a valid signature.
pub fn verify_log(
    mut reader: impl BufRead,
    key: &VerifyingKey,
    checks: &mut [&mut dyn EntryCheck],
) -> Result<Report, VerifyError> {
    let mut cursor = ChainCursor::new();
    let mut report = Report {
        entries: 0,
        rounds: 0,
        first_at: None,
        last_at: None,
        head_seq: 0,
        head_hash: ZERO_HASH.to_owned(),
        checkpoints: 0,
        last_checkpoint: None,
    };
    let mut rounds = BTreeSet::new();
    let mut buf = Vec::new();
    let mut line_no = 0u64;
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf)?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let bad = |problem: String, bytes: &[u8]| {
            VerifyError::Bad(BadLine {
                line: line_no,
                problem,
                excerpt: excerpt(bytes),
            })
        };
        let Some(body) = buf.strip_suffix(b"\n") else {
            return Err(bad(
                "the line does not end with a newline (the file was cut short?)".to_owned(),
                &buf,
            ));
        };
        match parse_line(body).map_err(|p| bad(p, body))? {
            Line::Entry(e) => {
                cursor
                    .push(&e)
                    .map_err(|p| bad(format!("entry seq {}: {p}", e.seq), body))?;
                for c in checks.iter_mut() {
                    c.entry(&e)
                        .map_err(|p| bad(format!("entry seq {}: {p}", e.seq), body))?;
                }
                if let Some(r) = round_of(&e.subject)
                    && !rounds.contains(r)
                {
                    rounds.insert(r.to_owned());
                }
                report.entries += 1;
                if report.first_at.is_none() {
                    report.first_at = Some(e.at.clone());
                }
                report.last_at = Some(e.at);
            }
            Line::Checkpoint(cp) => {
                if cp.seq > cursor.seq() {
                    return Err(bad(
                        format!(
                            "checkpoint signs seq {} but the log before it ends at seq {}: \
                             entries {}..={} are missing (the log was truncated or reordered)",
                            cp.seq,
                            cursor.seq(),
                            cursor.seq() + 1,
                            cp.seq
                        ),
                        body,
                    ));
                }
                if cp.seq < cursor.seq() {
                    return Err(bad(
                        format!(
                            "checkpoint signs seq {} but follows seq {}; a checkpoint must \
                             directly follow the entry it signs",
                            cp.seq,
                            cursor.seq()
                        ),
                        body,
                    ));
                }
                if cp.hash != cursor.hash() {
                    return Err(bad(
                        format!(
                            "checkpoint for seq {} signs hash {} but the entry has hash {}",
                            cp.seq,
                            cp.hash,
                            cursor.hash()
                        ),
                        body,
                    ));
                }
                verify_checkpoint(key, &cp)
                    .map_err(|p| bad(format!("checkpoint for seq {}: {p}", cp.seq), body))?;
                report.checkpoints += 1;
                report.last_checkpoint = Some(cp);
            }
        }
    }
    if line_no == 0 {
        return Err(VerifyError::Bad(BadLine {
            line: 1,
            problem: "the file is empty".to_owned(),
            excerpt: String::new(),
        }));
    }
    for c in checks.iter_mut() {
        c.finish().map_err(|problem| {
            VerifyError::Bad(BadLine {
                line: line_no + 1,
                problem,
                excerpt: String::new(),
            })
        })?;
    }
    report.rounds = rounds.len();
    report.head_seq = cursor.seq();
    report.head_hash = cursor.hash().to_owned();
    Ok(report)
}

/// [`verify_log`] over bytes in memory (tests, property tests).
pub fn verify_bytes(bytes: &[u8], key: &VerifyingKey) -> Result<Report, VerifyError> {
    verify_log(bytes, key, &mut [])
}
