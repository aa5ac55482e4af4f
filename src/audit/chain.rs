//! Entry hashing and chain verification: pure functions, no database, so the
//! server and an offline verifier run exactly the same code.
//!
//! `hash` = lower-case hex SHA-256 of the canonical JSON of the object
//! `{seq, at, actor, action, subject, details, prev_hash}` (every field but
//! `hash`); the first entry's `prev_hash` is 64 zeros.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::canonical::{CanonicalError, to_canonical_string};

/// `prev_hash` of the first entry.
pub const ZERO_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One audit entry, exactly the fields that are hashed plus the hash.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Position in the chain, from 1, without gaps.
    pub seq: i64,
    /// RFC 3339 UTC time with microseconds, e.g. `2026-11-29T21:04:05.123456Z`.
    pub at: String,
    /// A user id in decimal, or `system`, or `anonymous`.
    pub actor: String,
    /// What happened, e.g. `user.approved`.
    pub action: String,
    /// What it happened to, e.g. `user:12`.
    pub subject: String,
    /// Action-specific facts (a JSON object).
    pub details: Value,
    /// The previous entry's hash.
    pub prev_hash: String,
    /// This entry's hash.
    pub hash: String,
}

#[derive(Serialize)]
struct Hashed<'a> {
    seq: i64,
    at: &'a str,
    actor: &'a str,
    action: &'a str,
    subject: &'a str,
    details: &'a Value,
    prev_hash: &'a str,
}

/// The hash an entry with these fields must carry.
#[allow(clippy::too_many_arguments)]
pub fn entry_hash(
    seq: i64,
    at: &str,
    actor: &str,
    action: &str,
    subject: &str,
    details: &Value,
    prev_hash: &str,
) -> Result<String, CanonicalError> {
    let canonical = to_canonical_string(&Hashed {
        seq,
        at,
        actor,
        action,
        subject,
        details,
        prev_hash,
    })?;
    Ok(hex::encode(Sha256::digest(canonical.as_bytes())))
}

impl Entry {
    /// Recomputes this entry's hash from its other fields.
    pub fn expected_hash(&self) -> Result<String, CanonicalError> {
        entry_hash(
            self.seq,
            &self.at,
            &self.actor,
            &self.action,
            &self.subject,
            &self.details,
            &self.prev_hash,
        )
    }
}

/// The first thing wrong with a chain: the entry's position (0-based index in
/// the list given) and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("entry {index} (seq {seq}): {problem}")]
pub struct ChainError {
    /// 0-based position of the bad entry in the input.
    pub index: usize,
    /// The `seq` the bad entry claims.
    pub seq: i64,
    /// What is wrong.
    pub problem: String,
}

/// The head of a chain that verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// Number of entries checked.
    pub entries: usize,
    /// The last entry's seq (0 for an empty chain).
    pub head_seq: i64,
    /// The last entry's hash (64 zeros for an empty chain).
    pub head_hash: String,
}

/// Checks a chain one entry at a time, so a verifier can stream a log of
/// any length: it remembers only the previous entry's seq and hash.
#[derive(Debug, Clone)]
pub struct ChainCursor {
    prev_seq: i64,
    prev_hash: String,
}

impl Default for ChainCursor {
    fn default() -> Self {
        ChainCursor {
            prev_seq: 0,
            prev_hash: ZERO_HASH.to_owned(),
        }
    }
}

impl ChainCursor {
    /// A cursor before the first entry (seq 0, hash 64 zeros).
    pub fn new() -> Self {
        Self::default()
    }

    /// The seq of the last entry accepted (0 before any).
    pub fn seq(&self) -> i64 {
        self.prev_seq
    }

    /// The hash of the last entry accepted (64 zeros before any).
    pub fn hash(&self) -> &str {
        &self.prev_hash
    }

    /// Accepts `e` if it is the next link, or says what is wrong with it:
    /// a seq out of line (a deleted or reordered entry), a `prev_hash` that
    /// does not link to the entry before, or a hash that does not match its
    /// fields.
    pub fn push(&mut self, e: &Entry) -> Result<(), String> {
        if e.seq != self.prev_seq + 1 {
            return Err(format!(
                "expected seq {}, found {} (an entry is missing or out of order)",
                self.prev_seq + 1,
                e.seq
            ));
        }
        if e.prev_hash != self.prev_hash {
            return Err(format!(
                "prev_hash {} does not match the previous entry's hash {}",
                e.prev_hash, self.prev_hash
            ));
        }
        let expected = e
            .expected_hash()
            .map_err(|err| format!("cannot hash the entry: {err}"))?;
        if e.hash != expected {
            return Err(format!(
                "hash {} does not match its contents (expected {expected}); the entry was altered",
                e.hash
            ));
        }
        self.prev_seq = e.seq;
        self.prev_hash.clone_from(&e.hash);
        Ok(())
    }
}

/// Walks a whole chain from seq 1 and names the first bad entry: a hash that
/// does not match its fields, a `prev_hash` that does not link to the entry
/// before, or a seq out of line (a deleted or reordered entry).
pub fn verify<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Result<Verified, ChainError> {
    let mut cursor = ChainCursor::new();
    let mut count = 0usize;
    for (index, e) in entries.into_iter().enumerate() {
        cursor.push(e).map_err(|problem| ChainError {
            index,
            seq: e.seq,
            problem,
        })?;
        count += 1;
    }
    Ok(Verified {
        entries: count,
        head_seq: cursor.prev_seq,
        head_hash: cursor.prev_hash,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    fn chain(n: i64) -> Vec<Entry> {
        let mut out: Vec<Entry> = Vec::new();
        let mut prev = ZERO_HASH.to_owned();
        for seq in 1..=n {
            let details = json!({"n": seq, "note": "x"});
            let at = format!("2026-11-29T10:00:{seq:02}.000000Z");
            let hash =
                entry_hash(seq, &at, "7", "user.approved", "user:3", &details, &prev).unwrap();
            out.push(Entry {
                seq,
                at,
                actor: "7".into(),
                action: "user.approved".into(),
                subject: "user:3".into(),
                details,
                prev_hash: prev.clone(),
                hash: hash.clone(),
            });
            prev = hash;
        }
        out
    }

    #[test]
    fn an_untouched_chain_verifies() {
        let c = chain(5);
        let v = verify(&c).unwrap();
        assert_eq!(v.entries, 5);
        assert_eq!(v.head_seq, 5);
        assert_eq!(v.head_hash, c[4].hash);
    }

    #[test]
    fn a_tampered_entry_is_named() {
        let mut c = chain(5);
        c[2].details = json!({"n": 3, "note": "y"});
        let err = verify(&c).unwrap_err();
        assert_eq!((err.index, err.seq), (2, 3));
        assert!(err.problem.contains("altered"), "{err}");
    }

    #[test]
    fn a_tampered_entry_with_a_recomputed_hash_breaks_the_next_link() {
        let mut c = chain(5);
        c[2].actor = "8".into();
        c[2].hash = c[2].expected_hash().unwrap();
        let err = verify(&c).unwrap_err();
        assert_eq!(err.index, 3);
        assert!(err.problem.contains("prev_hash"), "{err}");
    }

    #[test]
    fn a_deleted_entry_is_named() {
        let mut c = chain(5);
        c.remove(1);
        let err = verify(&c).unwrap_err();
        assert_eq!((err.index, err.seq), (1, 3));
        assert!(err.problem.contains("expected seq 2"), "{err}");
    }

    #[test]
    fn two_reordered_entries_are_named() {
        let mut c = chain(5);
        c.swap(2, 3);
        let err = verify(&c).unwrap_err();
        assert_eq!((err.index, err.seq), (2, 4));
    }

    #[test]
    fn the_first_entry_must_link_to_zeros() {
        let mut c = chain(2);
        c[0].prev_hash = "1".repeat(64);
        c[0].hash = c[0].expected_hash().unwrap();
        assert_eq!(verify(&c).unwrap_err().index, 0);
    }
}
