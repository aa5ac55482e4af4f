//! The offline verifier behind `plenary audit verify FILE --public-key FILE`:
//! reads an `audit.jsonl` export line by line (any length, memory
//! logarithmic in its length apart from the set of round ids), checks every
//! hash link, recomputes the Merkle root at every checkpoint, checks each
//! checkpoint's signature and number, and names the first bad line.
//!
//! Options: `since` (an earlier checkpoint the log must extend), witnesses
//! whose cosignatures are required, and whether an unsigned tail is
//! tolerated (by default a file must end with a checkpoint of its last
//! entry, as every download does). Extra checks (such as `--ballots
//! ballots.json`) plug in as an [`EntryCheck`]: each sees every verified
//! entry and may fail the run at the end.

use std::collections::BTreeSet;
use std::fmt;
use std::io::BufRead;

use ed25519_dalek::VerifyingKey;

use super::chain::{ChainCursor, Entry, ZERO_HASH};
use super::jsonl::{Line, parse_line};
use super::merkle::{Frontier, to_hex};
use super::note::{CheckpointBody, NoteVerifier, VerifiedCheckpoint, verify_checkpoint};

/// How to verify (the default: strict, no `since`, no witnesses).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Accept a file whose last entries follow its last checkpoint.
    pub allow_unsigned_tail: bool,
    /// An earlier checkpoint (already verified) the log must extend.
    pub since: Option<VerifiedCheckpoint>,
    /// Witnesses (type 0x04 keys) each of which must have cosigned at least
    /// one checkpoint in the file.
    pub witnesses: Vec<NoteVerifier>,
}

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
    pub last_checkpoint: Option<CheckpointBody>,
    /// The Merkle root of all entries, hex.
    pub root: String,
    /// For each required witness: its name and the largest tree size it
    /// cosigned in the file.
    pub witnessed: Vec<(String, u64)>,
    /// The size of the `since` checkpoint the log was shown to extend.
    pub extends: Option<u64>,
}

impl Report {
    /// Entries after the last signed checkpoint: a dishonest server could
    /// have dropped or rewritten them without breaking a signature.
    pub fn unsigned_tail(&self) -> i64 {
        self.head_seq
            - self
                .last_checkpoint
                .as_ref()
                .map_or(0, |c| i64::try_from(c.size).unwrap_or(i64::MAX))
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
        writeln!(f, "  tree root:    {}", self.root)?;
        match &self.last_checkpoint {
            Some(cp) => writeln!(
                f,
                "  checkpoints:  {} signature(s) verified; the last, number {} of {}, signs tree size {} at {}",
                self.checkpoints, cp.number, cp.origin, cp.size, cp.at
            )?,
            None => writeln!(
                f,
                "  checkpoints:  none (no entry is covered by a signature)"
            )?,
        }
        if let Some(size) = self.extends {
            writeln!(
                f,
                "  extends:      the earlier checkpoint of tree size {size} (same root)"
            )?;
        }
        for (name, size) in &self.witnessed {
            writeln!(f, "  witness:      {name} cosigned up to tree size {size}")?;
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
/// each checkpoint line follows the entry whose seq is its tree size, has
/// the next number (1, 2, 3, …), the Merkle root of the entries before it
/// and a valid signature; by default the file ends with a checkpoint.
pub fn verify_log(
    mut reader: impl BufRead,
    key: &VerifyingKey,
    options: &Options,
    checks: &mut [&mut dyn EntryCheck],
) -> Result<Report, VerifyError> {
    let mut cursor = ChainCursor::new();
    let mut frontier = Frontier::default();
    let mut report = Report {
        entries: 0,
        rounds: 0,
        first_at: None,
        last_at: None,
        head_seq: 0,
        head_hash: ZERO_HASH.to_owned(),
        checkpoints: 0,
        last_checkpoint: None,
        root: String::new(),
        witnessed: options
            .witnesses
            .iter()
            .map(|w| (w.name.clone(), 0))
            .collect(),
        extends: None,
    };
    let mut cosigned = vec![false; options.witnesses.len()];
    let mut rounds = BTreeSet::new();
    let mut buf = Vec::new();
    let mut line_no = 0u64;
    let mut last_was_checkpoint = false;
    let since_size = options.since.as_ref().map(|c| c.body.size);
    let check_since = |frontier: &Frontier, report: &mut Report| -> Result<(), String> {
        if let Some(since) = &options.since
            && frontier.size == since.body.size
        {
            if frontier.root() != since.body.root {
                return Err(format!(
                    "the earlier checkpoint (number {}) signed tree size {} with root {}, but the entries up to here hash to {}: the log was rewritten after that checkpoint",
                    since.body.number,
                    since.body.size,
                    to_hex(&since.body.root),
                    to_hex(&frontier.root())
                ));
            }
            report.extends = Some(since.body.size);
        }
        Ok(())
    };
    if since_size == Some(0) {
        report.extends = Some(0);
    }
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
                if !frontier.push_entry(&e.hash) {
                    return Err(bad(
                        format!(
                            "entry seq {}: its hash is not 64 lower-case hex digits",
                            e.seq
                        ),
                        body,
                    ));
                }
                check_since(&frontier, &mut report).map_err(|p| bad(p, body))?;
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
                last_was_checkpoint = false;
            }
            Line::Checkpoint(note) => {
                let cp = verify_checkpoint(&note, key)
                    .map_err(|p| bad(format!("checkpoint: {p}"), body))?;
                let seq = cursor.seq();
                let size = i64::try_from(cp.body.size).unwrap_or(i64::MAX);
                let expected_number = report.last_checkpoint.as_ref().map_or(1, |c| c.number + 1);
                if size > seq {
                    return Err(bad(
                        format!(
                            "checkpoint {} signs tree size {size} but the log before it ends at seq {seq}: \
                             entries {}..={size} are missing (the log was truncated or reordered)",
                            cp.body.number,
                            seq + 1,
                        ),
                        body,
                    ));
                }
                if size < seq {
                    return Err(bad(
                        format!(
                            "checkpoint {} signs tree size {size} but follows seq {seq}; a checkpoint must \
                             directly follow the entry it ends with",
                            cp.body.number
                        ),
                        body,
                    ));
                }
                if cp.body.number != expected_number {
                    let what = if cp.body.number < expected_number {
                        "repeated or out of order"
                    } else {
                        "a checkpoint before it is missing"
                    };
                    return Err(bad(
                        format!(
                            "checkpoint number {} where number {expected_number} comes next: {what}",
                            cp.body.number
                        ),
                        body,
                    ));
                }
                if cp.body.root != frontier.root() {
                    return Err(bad(
                        format!(
                            "checkpoint {} signs root {} but the {size} entries before it hash to {}",
                            cp.body.number,
                            to_hex(&cp.body.root),
                            to_hex(&frontier.root())
                        ),
                        body,
                    ));
                }
                for (i, w) in options.witnesses.iter().enumerate() {
                    if w.verify_cosignature(&cp.note)
                        .map_err(|p| bad(format!("checkpoint {}: {p}", cp.body.number), body))?
                        .is_some()
                    {
                        cosigned[i] = true;
                        report.witnessed[i].1 = cp.body.size;
                    }
                }
                report.checkpoints += 1;
                report.last_checkpoint = Some(cp.body);
                last_was_checkpoint = true;
            }
        }
    }
    let at_end = |problem: String| {
        VerifyError::Bad(BadLine {
            line: line_no.max(1),
            problem,
            excerpt: String::new(),
        })
    };
    if line_no == 0 {
        return Err(at_end("the file is empty".to_owned()));
    }
    if !last_was_checkpoint && !options.allow_unsigned_tail {
        return Err(at_end(format!(
            "the file does not end with a checkpoint of its last entry (seq {}); a downloaded \
             log always does, so it was cut short or entries were added (--allow-unsigned-tail \
             accepts such a file)",
            cursor.seq()
        )));
    }
    if let Some(since) = &options.since
        && report.extends.is_none()
    {
        return Err(at_end(format!(
            "the log has {} entries, fewer than the {} the earlier checkpoint (number {}) signed: \
             entries were removed",
            cursor.seq(),
            since.body.size,
            since.body.number
        )));
    }
    for (i, ok) in cosigned.iter().enumerate() {
        if !ok {
            return Err(at_end(format!(
                "no checkpoint in the file is cosigned by the witness {}",
                options.witnesses[i].name
            )));
        }
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
    report.root = to_hex(&frontier.root());
    Ok(report)
}

/// [`verify_log`] over bytes in memory (tests, property tests).
pub fn verify_bytes(bytes: &[u8], key: &VerifyingKey) -> Result<Report, VerifyError> {
    verify_log(bytes, key, &Options::default(), &mut [])
}
