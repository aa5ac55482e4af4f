//! C2SP signed notes, tlog checkpoints and Ed25519 cosignatures: the text
//! formats that let any C2SP tool (and a witness run by someone else) check
//! Plenary's signed tree heads. Pure code; `docs/formats.md` has the
//! byte-level rules with a worked example.
//!
//! - a note is text ending in LF, a blank line, then signature lines
//!   `— <key name> base64(key ID ‖ signature)` (c2sp.org/signed-note);
//! - key ID = first 4 bytes of SHA-256(name ‖ LF ‖ type ‖ public key), with
//!   type 0x01 for the log's Ed25519 signature over the note text and 0x04
//!   for a witness's `cosignature/v1` (c2sp.org/tlog-cosignature), whose
//!   signature is `timestamp (8 bytes, big-endian) ‖ Ed25519 signature` over
//!   `cosignature/v1 LF time <timestamp> LF <note text>`;
//! - a checkpoint's text is origin, tree size, base64 root
//!   (c2sp.org/tlog-checkpoint) and two extension lines Plenary adds,
//!   `number <n>` (checkpoints are numbered 1, 2, 3, … so a missing or
//!   repeated one shows) and `at <RFC 3339 time>`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// Signature type of a log's Ed25519 note signature.
pub const TYPE_ED25519: u8 = 0x01;
/// Signature type of an Ed25519 `cosignature/v1`.
pub const TYPE_COSIGNATURE: u8 = 0x04;
/// The em dash that starts every signature line.
pub const DASH: char = '\u{2014}';

/// Why a note, key or checkpoint was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct NoteError(pub String);

fn err<T>(msg: impl Into<String>) -> Result<T, NoteError> {
    Err(NoteError(msg.into()))
}

/// `SHA-256(name ‖ 0x0A ‖ kind ‖ public key)[:4]`.
pub fn key_id(name: &str, kind: u8, public: &[u8; 32]) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update([b'\n', kind]);
    h.update(public);
    let d = h.finalize();
    [d[0], d[1], d[2], d[3]]
}

/// A key name: non-empty, no spaces, no `+`, no control characters.
pub fn check_key_name(name: &str) -> Result<(), NoteError> {
    if name.is_empty()
        || name.len() > 200
        || name
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '+')
    {
        return err(format!(
            "`{name}` is not a valid key name: it must be 1 to 200 characters without spaces or `+`"
        ));
    }
    Ok(())
}

/// One signature line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureLine {
    /// The key name.
    pub name: String,
    /// The 4-byte key ID.
    pub key_id: [u8; 4],
    /// The signature bytes after the key ID.
    pub signature: Vec<u8>,
}

impl SignatureLine {
    /// `— name base64(key ID ‖ signature)` followed by LF.
    pub fn to_line(&self) -> String {
        let mut raw = self.key_id.to_vec();
        raw.extend_from_slice(&self.signature);
        format!("{DASH} {} {}\n", self.name, B64.encode(raw))
    }

    /// Parses one line (without its LF).
    pub fn parse(line: &str) -> Result<SignatureLine, NoteError> {
        let Some(rest) = line.strip_prefix(&format!("{DASH} ")) else {
            return err("a signature line starts with an em dash (U+2014) and a space");
        };
        let Some((name, sig)) = rest.split_once(' ') else {
            return err("a signature line is `— <key name> <base64 signature>`");
        };
        check_key_name(name)?;
        let raw = B64
            .decode(sig)
            .map_err(|_| NoteError("a signature is not standard base64".to_owned()))?;
        if raw.len() < 5 || B64.encode(&raw) != sig {
            return err("a signature is too short or not canonical base64");
        }
        Ok(SignatureLine {
            name: name.to_owned(),
            key_id: [raw[0], raw[1], raw[2], raw[3]],
            signature: raw[4..].to_vec(),
        })
    }
}

/// A signed note: its text (ending in LF) and its signature lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The signed text, including its final LF.
    pub text: String,
    /// The signature lines, in order.
    pub signatures: Vec<SignatureLine>,
}

/// Verifiers must accept at least 16 signatures; we accept up to 100.
const MAX_SIGNATURES: usize = 100;

impl Note {
    /// Parses a signed note; the text ends at the last blank line.
    pub fn parse(s: &str) -> Result<Note, NoteError> {
        if s.chars().any(|c| c.is_control() && c != '\n') {
            return err("a signed note contains no control characters other than LF");
        }
        let Some(split) = s.rfind("\n\n") else {
            return err("a signed note is text, a blank line, then signature lines");
        };
        let text = &s[..=split];
        let sigs = &s[split + 2..];
        let Some(sigs) = sigs.strip_suffix('\n') else {
            return err("a signed note ends with LF");
        };
        let signatures = sigs
            .split('\n')
            .map(SignatureLine::parse)
            .collect::<Result<Vec<_>, _>>()?;
        if signatures.is_empty() || signatures.len() > MAX_SIGNATURES {
            return err("a signed note has 1 to 100 signature lines");
        }
        Ok(Note {
            text: text.to_owned(),
            signatures,
        })
    }

    /// The note as text: its text, a blank line, its signature lines.
    pub fn render(&self) -> String {
        let mut s = self.text.clone();
        s.push('\n');
        for l in &self.signatures {
            s.push_str(&l.to_line());
        }
        s
    }
}

/// Strict RFC 8032 verification: rejects non-canonical `S`, small-order
/// public keys and small-order `R` (ed25519-dalek's `verify_strict`).
pub fn verify_strict(key: &VerifyingKey, msg: &[u8], sig: &[u8]) -> Result<(), NoteError> {
    let Ok(arr) = <[u8; 64]>::try_from(sig) else {
        return err("an Ed25519 signature is 64 bytes");
    };
    key.verify_strict(msg, &Signature::from_bytes(&arr))
        .map_err(|_| NoteError("the signature does not verify".to_owned()))
}

/// A key that signs notes (the log: type 0x01) or checks them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteVerifier {
    /// The key name.
    pub name: String,
    /// The public key.
    pub key: VerifyingKey,
    /// [`TYPE_ED25519`] or [`TYPE_COSIGNATURE`].
    pub kind: u8,
}

impl NoteVerifier {
    /// This key's ID.
    pub fn key_id(&self) -> [u8; 4] {
        key_id(&self.name, self.kind, self.key.as_bytes())
    }

    /// The C2SP vkey: `name+hex(key ID)+base64(type ‖ public key)`.
    pub fn vkey(&self) -> String {
        let mut raw = vec![self.kind];
        raw.extend_from_slice(self.key.as_bytes());
        format!(
            "{}+{}+{}",
            self.name,
            hex::encode(self.key_id()),
            B64.encode(raw)
        )
    }

    /// Parses a vkey of type 0x01 or 0x04 (surrounding whitespace ignored).
    pub fn parse_vkey(text: &str) -> Result<NoteVerifier, NoteError> {
        // The base64 part may itself contain `+`; names never do.
        let parts: Vec<&str> = text.trim().splitn(3, '+').collect();
        let [name, id, key] = parts[..] else {
            return err("a verifier key is `<name>+<8 hex digits>+<base64 key>`");
        };
        check_key_name(name)?;
        let raw = B64
            .decode(key)
            .map_err(|_| NoteError("the verifier key is not base64".to_owned()))?;
        let Some((&kind, public)) = raw.split_first() else {
            return err("the verifier key is empty");
        };
        if kind != TYPE_ED25519 && kind != TYPE_COSIGNATURE {
            return err(format!(
                "verifier key type 0x{kind:02x} is not supported (0x01 Ed25519, 0x04 Ed25519 cosignature)"
            ));
        }
        let arr = <[u8; 32]>::try_from(public)
            .map_err(|_| NoteError("an Ed25519 key is 32 bytes".to_owned()))?;
        let key = VerifyingKey::from_bytes(&arr)
            .map_err(|_| NoteError("not a valid Ed25519 public key".to_owned()))?;
        if key.is_weak() {
            return err("the key is a small-order point, which verifies forged signatures");
        }
        let v = NoteVerifier {
            name: name.to_owned(),
            key,
            kind,
        };
        if hex::encode(v.key_id()) != id {
            return err("the key ID does not match the name and key");
        }
        Ok(v)
    }

    /// The signature lines of `note` that are this key's (same name and
    /// ID); others are ignored, as the spec requires.
    fn lines<'a>(&self, note: &'a Note) -> impl Iterator<Item = &'a SignatureLine> {
        let id = self.key_id();
        let name = self.name.clone();
        note.signatures
            .iter()
            .filter(move |l| l.name == name && l.key_id == id)
    }

    /// Checks this key's Ed25519 note signature (type 0x01): present, and
    /// every line of this key verifies.
    pub fn verify_note(&self, note: &Note) -> Result<(), NoteError> {
        let mut found = false;
        for l in self.lines(note) {
            verify_strict(&self.key, note.text.as_bytes(), &l.signature).map_err(|_| {
                NoteError(format!("the signature of {} does not verify", self.name))
            })?;
            found = true;
        }
        if !found {
            return err(format!("the note carries no signature of {}", self.name));
        }
        Ok(())
    }

    /// Checks this witness's `cosignature/v1` lines; returns the latest
    /// timestamp, or `None` when the note has none from this witness.
    pub fn verify_cosignature(&self, note: &Note) -> Result<Option<u64>, NoteError> {
        let mut latest = None;
        for l in self.lines(note) {
            let Some((ts, sig)) = l.signature.split_first_chunk::<8>() else {
                return err("a cosignature is an 8-byte timestamp and a signature");
            };
            let ts = u64::from_be_bytes(*ts);
            verify_strict(&self.key, &cosignature_message(ts, &note.text), sig).map_err(|_| {
                NoteError(format!("the cosignature of {} does not verify", self.name))
            })?;
            latest = latest.max(Some(ts));
        }
        Ok(latest)
    }
}

/// What a `cosignature/v1` signs: `cosignature/v1\ntime <ts>\n` + text.
pub fn cosignature_message(timestamp: u64, text: &str) -> Vec<u8> {
    format!("cosignature/v1\ntime {timestamp}\n{text}").into_bytes()
}

/// A private key that signs: the log's note key or a witness's.
pub struct NoteSigner {
    /// Its public half, name and type.
    pub verifier: NoteVerifier,
    key: SigningKey,
}

impl std::fmt::Debug for NoteSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NoteSigner")
            .field("verifier", &self.verifier)
            .finish_non_exhaustive()
    }
}

impl NoteSigner {
    /// A signer from a 32-byte seed.
    pub fn new(name: &str, kind: u8, seed: &[u8; 32]) -> Result<NoteSigner, NoteError> {
        check_key_name(name)?;
        let key = SigningKey::from_bytes(seed);
        Ok(NoteSigner {
            verifier: NoteVerifier {
                name: name.to_owned(),
                key: key.verifying_key(),
                kind,
            },
            key,
        })
    }

    /// The signature line of an Ed25519 (type 0x01) signature over `text`.
    pub fn sign_note(&self, text: &str) -> SignatureLine {
        SignatureLine {
            name: self.verifier.name.clone(),
            key_id: self.verifier.key_id(),
            signature: self.key.sign(text.as_bytes()).to_bytes().to_vec(),
        }
    }

    /// The signature line of a `cosignature/v1` over `text` at `timestamp`.
    pub fn cosign(&self, text: &str, timestamp: u64) -> SignatureLine {
        let mut signature = timestamp.to_be_bytes().to_vec();
        signature.extend_from_slice(
            &self
                .key
                .sign(&cosignature_message(timestamp, text))
                .to_bytes(),
        );
        SignatureLine {
            name: self.verifier.name.clone(),
            key_id: self.verifier.key_id(),
            signature,
        }
    }

    /// The private key file: `PRIVATE+KEY+name+hex(key ID)+base64(type ‖
    /// seed)`, the form Go's `golang.org/x/mod/sumdb/note` uses.
    pub fn private_key_text(&self) -> String {
        let mut raw = vec![self.verifier.kind];
        raw.extend_from_slice(&self.key.to_bytes());
        format!(
            "PRIVATE+KEY+{}+{}+{}\n",
            self.verifier.name,
            hex::encode(self.verifier.key_id()),
            B64.encode(raw)
        )
    }

    /// Parses [`NoteSigner::private_key_text`].
    pub fn parse_private_key(text: &str) -> Result<NoteSigner, NoteError> {
        let parts: Vec<&str> = text.trim().splitn(5, '+').collect();
        let ["PRIVATE", "KEY", name, id, key] = parts[..] else {
            return err("a private key file is `PRIVATE+KEY+<name>+<key ID>+<base64 key>`");
        };
        let raw = B64
            .decode(key)
            .map_err(|_| NoteError("the private key is not base64".to_owned()))?;
        let Some((&kind, seed)) = raw.split_first() else {
            return err("the private key is empty");
        };
        let seed = <[u8; 32]>::try_from(seed)
            .map_err(|_| NoteError("an Ed25519 private key is 32 bytes".to_owned()))?;
        let s = NoteSigner::new(name, kind, &seed)?;
        if hex::encode(s.verifier.key_id()) != id {
            return err("the key ID does not match the name and key");
        }
        Ok(s)
    }
}

mod body;
pub use body::{CheckpointBody, VerifiedCheckpoint, verify_checkpoint};

#[cfg(test)]
mod tests;
