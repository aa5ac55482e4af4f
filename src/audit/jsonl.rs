//! The `audit.jsonl` line format, shared by the server's streaming export and
//! the offline verifier so both agree byte for byte.
//!
//! Every line is canonical JSON followed by one `\n`:
//! - an entry line is the canonical JSON of [`Entry`] (the hashed fields plus
//!   `hash`);
//! - a checkpoint line is `{"checkpoint":"<signed note>"}`: the C2SP
//!   checkpoint note with the log's signature and any witness cosignatures,
//!   placed directly after the entry line whose seq is its tree size (a
//!   checkpoint of the empty tree comes before the first entry).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::chain::Entry;
use crate::canonical::{CanonicalError, to_canonical_string};

/// The media type of the export.
pub const CONTENT_TYPE: &str = "application/x-ndjson";

/// One parsed line.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// An audit entry.
    Entry(Entry),
    /// A signed checkpoint note covering the entries before it.
    Checkpoint(String),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckpointLine<C> {
    checkpoint: C,
}

/// An entry's line, with its trailing newline.
pub fn entry_line(e: &Entry) -> Result<String, CanonicalError> {
    let mut s = to_canonical_string(e)?;
    s.push('\n');
    Ok(s)
}

/// A checkpoint's line (the note with its cosignatures), with its
/// trailing newline.
pub fn checkpoint_line(note: &str) -> Result<String, CanonicalError> {
    let mut s = to_canonical_string(&CheckpointLine { checkpoint: note })?;
    s.push('\n');
    Ok(s)
}

/// Parses one line (without its newline) and insists that it is exactly the
/// canonical form of what it says: any byte that changes nothing in the
/// parsed value (a space, an escape, a duplicate key) is still refused, so
/// no edit to the file can go unnoticed.
pub fn parse_line(bytes: &[u8]) -> Result<Line, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "the line is not valid UTF-8".to_owned())?;
    if text.is_empty() {
        return Err("empty line".to_owned());
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| format!("the line is not valid JSON: {e}"))?;
    let canonical = to_canonical_string(&value).map_err(|e| e.to_string())?;
    if canonical != text {
        return Err("the line is not in canonical JSON form (extra or changed bytes)".to_owned());
    }
    let is_checkpoint = value
        .as_object()
        .is_some_and(|o| o.contains_key("checkpoint"));
    if is_checkpoint {
        let cl: CheckpointLine<String> = serde_json::from_value(value)
            .map_err(|e| format!("not a valid checkpoint line: {e}"))?;
        Ok(Line::Checkpoint(cl.checkpoint))
    } else {
        serde_json::from_value(value)
            .map(Line::Entry)
            .map_err(|e| format!("not a valid audit entry: {e}"))
    }
}
