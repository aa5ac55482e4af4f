//! The server's Ed25519 audit key and signed checkpoints of the chain head.
//!
//! Pure functions only (no database), so the offline verifier checks a
//! checkpoint with exactly the code the server signs it with. The byte-level
//! rules are in `docs/formats.md`:
//!
//! - public key file: `ed25519 <64 lower-case hex digits>\n`;
//! - private key file (`audit-key`, mode 0600): the 32-byte seed as 64 hex
//!   digits (trailing whitespace ignored);
//! - checkpoint signature input: the ASCII bytes
//!   `plenary-audit-checkpoint/1\n` followed by the canonical JSON of
//!   `{"at":…,"hash":…,"seq":…}`; the signature is pure Ed25519 (RFC 8032)
//!   over those bytes, written as 128 lower-case hex digits.

use std::fmt;
use std::path::Path;

use anyhow::{Context, bail};
use ed25519_dalek::Signer as _;
use ed25519_dalek::{Signature, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::canonical::{CanonicalError, to_canonical_string};

/// Domain separation: prefixed to every checkpoint's signed bytes so that a
/// checkpoint signature can never be replayed as a signature over anything
/// else this key might sign later (and vice versa).
pub const CHECKPOINT_DOMAIN: &str = "plenary-audit-checkpoint/1\n";

/// The first word of a public key file, naming the algorithm.
pub const PUBLIC_KEY_PREFIX: &str = "ed25519";

/// File name of the generated private key in the data directory.
pub const KEY_FILE_NAME: &str = "audit-key";

/// The server's audit signing key. `Debug` never prints the secret.
pub struct Signer {
    key: SigningKey,
}

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Signer")
            .field("public_key", &self.public_key_hex())
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// A signer from a 32-byte seed (RFC 8032's "secret key"); tests and the
    /// worked example in `docs/formats.md` use fixed seeds.
    pub fn from_seed(seed: &[u8; 32]) -> Signer {
        Signer {
            key: SigningKey::from_bytes(seed),
        }
    }

    /// A fresh key from the operating system's randomness.
    pub fn generate() -> anyhow::Result<Signer> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
        Ok(Signer::from_seed(&seed))
    }

    /// Reads a private key file (64 hex digits of seed).
    pub fn load(path: &Path) -> anyhow::Result<Signer> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the audit key {}", path.display()))?;
        let bytes = hex::decode(text.trim())
            .with_context(|| format!("{} is not a hex-encoded audit key", path.display()))?;
        let Ok(seed) = <[u8; 32]>::try_from(bytes.as_slice()) else {
            bail!(
                "{} must hold exactly 32 bytes (64 hex digits), found {}",
                path.display(),
                bytes.len()
            );
        };
        warn_if_readable_by_others(path);
        Ok(Signer::from_seed(&seed))
    }

    /// The key the server signs with: the file at `explicit` (which must
    /// exist — a typo must not silently mint a new key), or `DIR/audit-key`,
    /// generated with mode 0600 on first start.
    pub fn load_or_create(data_dir: &Path, explicit: Option<&Path>) -> anyhow::Result<Signer> {
        if let Some(path) = explicit {
            return Signer::load(path);
        }
        let path = data_dir.join(KEY_FILE_NAME);
        if path.exists() {
            return Signer::load(&path);
        }
        let signer = Signer::generate()?;
        let seed = hex::encode(signer.key.to_bytes());
        match crate::config::write_private(&path, format!("{seed}\n").as_bytes()) {
            Ok(()) => Ok(signer),
            // Another process sharing the data directory won the race: use its key.
            Err(_) if path.exists() => {
                std::thread::sleep(std::time::Duration::from_millis(100));
                Signer::load(&path)
            }
            Err(e) => Err(e),
        }
    }

    /// The public half.
    pub fn public_key(&self) -> VerifyingKey {
        self.key.verifying_key()
    }

    /// The public key as 64 lower-case hex digits.
    pub fn public_key_hex(&self) -> String {
        hex::encode(self.public_key().to_bytes())
    }

    /// The public key file: exactly what `GET /api/v1/audit/public-key`
    /// serves and `plenary audit verify --public-key` reads.
    pub fn public_key_file(&self) -> String {
        format!("{PUBLIC_KEY_PREFIX} {}\n", self.public_key_hex())
    }

    /// Signs the chain head `(seq, hash)` as of `at`.
    pub fn sign_checkpoint(
        &self,
        seq: i64,
        hash: &str,
        at: &str,
    ) -> Result<Checkpoint, CanonicalError> {
        let msg = checkpoint_message(seq, hash, at)?;
        let signature = hex::encode(self.key.sign(&msg).to_bytes());
        Ok(Checkpoint {
            seq,
            hash: hash.to_owned(),
            at: at.to_owned(),
            signature,
        })
    }
}

#[cfg(unix)]
fn warn_if_readable_by_others(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(path)
        && meta.permissions().mode() & 0o077 != 0
    {
        tracing::warn!(
            path = %path.display(),
            "the audit key is readable by other users; chmod 600 it"
        );
    }
}

#[cfg(not(unix))]
fn warn_if_readable_by_others(_path: &Path) {}

/// A signed statement "the chain head was `(seq, hash)` at `at`".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    /// The seq of the head entry signed (0 for an empty chain).
    pub seq: i64,
    /// That entry's hash (64 zeros for an empty chain).
    pub hash: String,
    /// When it was signed: RFC 3339 UTC with microseconds.
    pub at: String,
    /// 128 lower-case hex digits: Ed25519 over [`checkpoint_message`].
    pub signature: String,
}

#[derive(Serialize)]
struct SignedFields<'a> {
    seq: i64,
    hash: &'a str,
    at: &'a str,
}

/// The exact bytes a checkpoint signature covers:
/// [`CHECKPOINT_DOMAIN`] followed by the canonical JSON of
/// `{"at","hash","seq"}`.
pub fn checkpoint_message(seq: i64, hash: &str, at: &str) -> Result<Vec<u8>, CanonicalError> {
    let json = to_canonical_string(&SignedFields { seq, hash, at })?;
    let mut msg = Vec::with_capacity(CHECKPOINT_DOMAIN.len() + json.len());
    msg.extend_from_slice(CHECKPOINT_DOMAIN.as_bytes());
    msg.extend_from_slice(json.as_bytes());
    Ok(msg)
}

/// Why a checkpoint or key file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureProblem {
    /// The public key file is not `ed25519 <64 hex>`.
    #[error("{0}")]
    BadKeyFile(String),
    /// The signature field is not 128 hex digits.
    #[error("the signature is not 128 hex digits")]
    Malformed,
    /// The signature does not verify with the public key.
    #[error(
        "the signature does not verify with the public key (wrong key, or the checkpoint was altered)"
    )]
    Invalid,
    /// The signed fields have no canonical form.
    #[error("cannot form the signed bytes: {0}")]
    Unsignable(String),
}

/// Parses a public key file (`ed25519 <64 hex digits>`, surrounding
/// whitespace ignored).
pub fn parse_public_key_file(text: &str) -> Result<VerifyingKey, SignatureProblem> {
    let bad = |why: &str| {
        SignatureProblem::BadKeyFile(format!(
            "not a Plenary public key file ({why}); expected one line `{PUBLIC_KEY_PREFIX} <64 hex digits>`"
        ))
    };
    let mut words = text.split_whitespace();
    if words.next() != Some(PUBLIC_KEY_PREFIX) {
        return Err(bad("it does not start with `ed25519`"));
    }
    let hexed = words.next().ok_or_else(|| bad("the key is missing"))?;
    if words.next().is_some() {
        return Err(bad("extra text after the key"));
    }
    let bytes = hex::decode(hexed).map_err(|_| bad("the key is not hex"))?;
    let arr = <[u8; 32]>::try_from(bytes.as_slice()).map_err(|_| bad("the key is not 32 bytes"))?;
    VerifyingKey::from_bytes(&arr).map_err(|_| bad("not a valid Ed25519 point"))
}

/// Checks a checkpoint's signature (strict RFC 8032 verification: no weak
/// keys, no malleable signatures).
pub fn verify_checkpoint(key: &VerifyingKey, cp: &Checkpoint) -> Result<(), SignatureProblem> {
    let raw = hex::decode(&cp.signature).map_err(|_| SignatureProblem::Malformed)?;
    let arr = <[u8; 64]>::try_from(raw.as_slice()).map_err(|_| SignatureProblem::Malformed)?;
    if hex::encode(arr) != cp.signature {
        // Upper-case hex would verify the same bytes; the format says lower-case.
        return Err(SignatureProblem::Malformed);
    }
    let msg = checkpoint_message(cp.seq, &cp.hash, &cp.at)
        .map_err(|e| SignatureProblem::Unsignable(e.to_string()))?;
    key.verify_strict(&msg, &Signature::from_bytes(&arr))
        .map_err(|_| SignatureProblem::Invalid)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const SEED: [u8; 32] = [7u8; 32];

    #[test]
    fn a_checkpoint_verifies_and_any_change_breaks_it() {
        let s = Signer::from_seed(&SEED);
        let key = parse_public_key_file(&s.public_key_file()).unwrap();
        let cp = s
            .sign_checkpoint(3, &"a".repeat(64), "2026-11-29T10:00:00.000000Z")
            .unwrap();
        verify_checkpoint(&key, &cp).unwrap();
        let mut other = cp.clone();
        other.seq = 4;
        assert_eq!(
            verify_checkpoint(&key, &other),
            Err(SignatureProblem::Invalid)
        );
        let mut upper = cp.clone();
        upper.signature = upper.signature.to_uppercase();
        assert_eq!(
            verify_checkpoint(&key, &upper),
            Err(SignatureProblem::Malformed)
        );
        let wrong = Signer::from_seed(&[8u8; 32]).public_key();
        assert_eq!(
            verify_checkpoint(&wrong, &cp),
            Err(SignatureProblem::Invalid)
        );
    }

    #[test]
    fn the_public_key_file_is_one_line_and_round_trips() {
        let s = Signer::from_seed(&SEED);
        let file = s.public_key_file();
        assert!(file.starts_with("ed25519 ") && file.ends_with('\n'));
        assert_eq!(file.len(), "ed25519 ".len() + 64 + 1);
        assert_eq!(parse_public_key_file(&file).unwrap(), s.public_key());
        assert!(parse_public_key_file("ssh-ed25519 AAAA").is_err());
        assert!(parse_public_key_file("ed25519 abcd").is_err());
    }

    #[test]
    fn the_key_is_generated_once_with_mode_0600_and_reloaded() {
        let dir = tempfile::tempdir().unwrap();
        let a = Signer::load_or_create(dir.path(), None).unwrap();
        let b = Signer::load_or_create(dir.path(), None).unwrap();
        assert_eq!(a.public_key(), b.public_key());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(KEY_FILE_NAME))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let missing = dir.path().join("nope");
        assert!(Signer::load_or_create(dir.path(), Some(&missing)).is_err());
    }
}
