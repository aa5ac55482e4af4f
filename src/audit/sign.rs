//! The server's Ed25519 audit key and the log identity it signs as.
//!
//! Pure functions only (no database), so the offline verifier checks a
//! checkpoint with exactly the code the server signs it with. The byte-level
//! rules are in `docs/formats.md`:
//!
//! - public key file: `ed25519 <64 lower-case hex digits>\n`;
//! - private key file (`audit-key`, mode 0600): the 32-byte seed as 64 hex
//!   digits (trailing whitespace ignored);
//! - checkpoints are C2SP signed notes (see [`super::note`]) whose key name
//!   is the log's origin, `plenary/<deployment name>`.

use std::fmt;
use std::path::Path;

use anyhow::{Context, bail};
use ed25519_dalek::{SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

use super::merkle::Hash;
use ed25519_dalek::Signer as _;

use super::note::{CheckpointBody, Note, NoteVerifier, SignatureLine, TYPE_ED25519};

/// The first word of a public key file, naming the algorithm.
pub const PUBLIC_KEY_PREFIX: &str = "ed25519";

/// File name of the generated private key in the data directory.
pub const KEY_FILE_NAME: &str = "audit-key";

/// The server's audit signing key and the log's origin. `Debug` never
/// prints the secret. It also holds the Merkle tree cache
/// ([`super::tree::TreeCache`]), because every caller that signs a
/// checkpoint already holds the signer and needs the tree's root.
pub struct Signer {
    key: SigningKey,
    origin: String,
    /// The Merkle tree over the entries, cached in memory.
    pub tree: super::tree::TreeCache,
}

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Signer")
            .field("public_key", &self.public_key_hex())
            .field("origin", &self.origin)
            .finish_non_exhaustive()
    }
}

/// The deployment name used when none is configured: `key-` and the first
/// 8 hex digits of SHA-256 of the public key. It depends on nothing but
/// the key, so every process sharing the key (and so the log) agrees on it,
/// and it survives a change of host name or container.
pub fn default_deployment_name(public: &VerifyingKey) -> String {
    format!(
        "key-{}",
        &hex::encode(Sha256::digest(public.as_bytes()))[..8]
    )
}

impl Signer {
    /// A signer from a 32-byte seed (RFC 8032's "secret key"); tests and the
    /// worked example in `docs/formats.md` use fixed seeds. Its origin is
    /// `plenary/` + [`default_deployment_name`] until
    /// [`Signer::with_deployment`] names it.
    pub fn from_seed(seed: &[u8; 32]) -> Signer {
        let key = SigningKey::from_bytes(seed);
        let origin = format!("plenary/{}", default_deployment_name(&key.verifying_key()));
        Signer {
            key,
            origin,
            tree: super::tree::TreeCache::default(),
        }
    }

    /// Names the log `plenary/<name>` (the `PLENARY_DEPLOYMENT_NAME`
    /// setting); `None` keeps the key-derived default.
    pub fn with_deployment(mut self, name: Option<&str>) -> anyhow::Result<Signer> {
        if let Some(name) = name {
            let origin = format!("plenary/{name}");
            super::note::check_key_name(&origin).map_err(|e| anyhow::anyhow!("{e}"))?;
            self.origin = origin;
        }
        Ok(self)
    }

    /// The log's origin line and key name, `plenary/<deployment name>`.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The key as a C2SP note verifier (name = origin, type 0x01).
    pub fn verifier(&self) -> NoteVerifier {
        NoteVerifier {
            name: self.origin.clone(),
            key: self.public_key(),
            kind: TYPE_ED25519,
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

    /// Signs checkpoint `number` of the tree of `size` entries with root
    /// `root`, as of `at`: the signed note's text.
    pub fn sign_checkpoint(&self, number: u64, size: u64, root: &Hash, at: &str) -> String {
        let body = CheckpointBody {
            origin: self.origin.clone(),
            size,
            root: *root,
            number,
            at: at.to_owned(),
        };
        let text = body.text();
        let line = SignatureLine {
            name: self.origin.clone(),
            key_id: self.verifier().key_id(),
            signature: self.key.sign(text.as_bytes()).to_bytes().to_vec(),
        };
        Note {
            signatures: vec![line],
            text,
        }
        .render()
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

/// Why a checkpoint or key file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureProblem {
    /// The public key file is not `ed25519 <64 hex>`.
    #[error("{0}")]
    BadKeyFile(String),
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
    let key = VerifyingKey::from_bytes(&arr).map_err(|_| bad("not a valid Ed25519 point"))?;
    if key.is_weak() {
        return Err(bad(
            "a small-order point, which would verify forged signatures",
        ));
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const SEED: [u8; 32] = [7u8; 32];

    #[test]
    fn a_checkpoint_verifies_and_any_change_breaks_it() {
        let s = Signer::from_seed(&SEED)
            .with_deployment(Some("panel.example.org"))
            .unwrap();
        let key = parse_public_key_file(&s.public_key_file()).unwrap();
        let note = s.sign_checkpoint(1, 3, &[4u8; 32], "2026-11-29T10:00:00.000000Z");
        let cp = crate::audit::note::verify_checkpoint(&note, &key).unwrap();
        assert_eq!(cp.body.origin, "plenary/panel.example.org");
        assert_eq!((cp.body.number, cp.body.size), (1, 3));
        let other = note.replace("\n3\n", "\n4\n");
        assert!(crate::audit::note::verify_checkpoint(&other, &key).is_err());
        let wrong = Signer::from_seed(&[8u8; 32]).public_key();
        assert!(crate::audit::note::verify_checkpoint(&note, &wrong).is_err());
        assert!(
            Signer::from_seed(&SEED)
                .with_deployment(Some("a b"))
                .is_err()
        );
        assert!(
            Signer::from_seed(&SEED)
                .origin()
                .starts_with("plenary/key-")
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
