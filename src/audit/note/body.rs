//! The text of a Plenary checkpoint (origin, size, root, `number`, `at`)
//! and its verification with the log's key.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::VerifyingKey;

use super::{Note, NoteError, NoteVerifier, TYPE_ED25519, err};
use crate::audit::merkle::Hash;

/// The body of a Plenary checkpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckpointBody {
    /// `plenary/<deployment name>`.
    pub origin: String,
    /// Number of entries in the tree.
    pub size: u64,
    /// The Merkle root of those entries.
    pub root: Hash,
    /// 1 for the first checkpoint the log signed, then 2, 3, …
    pub number: u64,
    /// When it was signed: RFC 3339 UTC with microseconds.
    pub at: String,
}

impl CheckpointBody {
    /// The note text: five lines, each ending in LF.
    pub fn text(&self) -> String {
        format!(
            "{}\n{}\n{}\nnumber {}\nat {}\n",
            self.origin,
            self.size,
            B64.encode(self.root),
            self.number,
            self.at
        )
    }

    /// Parses a checkpoint's note text, insisting on the exact spelling
    /// [`CheckpointBody::text`] writes (so one text has one meaning).
    pub fn parse(text: &str) -> Result<CheckpointBody, NoteError> {
        let Some(body) = text.strip_suffix('\n') else {
            return err("a checkpoint's text ends with LF");
        };
        let lines: Vec<&str> = body.split('\n').collect();
        let [origin, size, root, number, at] = lines[..] else {
            return err(
                "a Plenary checkpoint has five lines: origin, size, root, `number <n>`, `at <time>`",
            );
        };
        let decimal = |s: &str, what: &str| -> Result<u64, NoteError> {
            match s.parse::<u64>() {
                Ok(n) if n.to_string() == s => Ok(n),
                _ => err(format!("the checkpoint's {what} is not a decimal number")),
            }
        };
        if origin.is_empty() {
            return err("the checkpoint's origin is empty");
        }
        let raw = B64
            .decode(root)
            .map_err(|_| NoteError("the checkpoint's root is not base64".to_owned()))?;
        let root_hash = <Hash>::try_from(raw.as_slice())
            .map_err(|_| NoteError("the checkpoint's root is not 32 bytes".to_owned()))?;
        if B64.encode(root_hash) != root {
            return err("the checkpoint's root is not canonical base64");
        }
        let Some(number) = number.strip_prefix("number ") else {
            return err("the checkpoint's fourth line is `number <n>`");
        };
        let Some(at) = at.strip_prefix("at ") else {
            return err("the checkpoint's fifth line is `at <time>`");
        };
        let number = decimal(number, "number")?;
        if number == 0 {
            return err("checkpoints are numbered from 1");
        }
        Ok(CheckpointBody {
            origin: origin.to_owned(),
            size: decimal(size, "tree size")?,
            root: root_hash,
            number,
            at: at.to_owned(),
        })
    }
}

/// A checkpoint note verified with the log's key: its body, and the note
/// (for cosignatures).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedCheckpoint {
    /// What it states.
    pub body: CheckpointBody,
    /// The whole note.
    pub note: Note,
}

/// Parses a checkpoint note and checks the log's signature: the key name
/// is the origin line, the key the log's public key.
pub fn verify_checkpoint(
    text: &str,
    log_key: &VerifyingKey,
) -> Result<VerifiedCheckpoint, NoteError> {
    let note = Note::parse(text)?;
    let body = CheckpointBody::parse(&note.text)?;
    let verifier = NoteVerifier {
        name: body.origin.clone(),
        key: *log_key,
        kind: TYPE_ED25519,
    };
    verifier.verify_note(&note)?;
    Ok(VerifiedCheckpoint { body, note })
}
