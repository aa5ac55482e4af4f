//! The audit trail: an append-only, hash-chained log of every state change,
//! and a transparency log over it: an RFC 6962 Merkle tree whose heads are
//! signed as numbered C2SP checkpoints and cosigned by witnesses.
//!
//! `chain` holds the pure entry hashing (usable offline); `merkle` the tree
//! and its proofs; `note` signed notes, checkpoints and cosignatures;
//! `store` appends and reads entries inside the caller's transaction
//! (`append_all` many at once);
//! `tree` caches the tree over the stored entries; `sign` holds the
//! server's key; `checkpoint` stores signed heads; `sealed` the ballots
//! documents bound at each close; `jsonl` is the export's line format,
//! `verify_file` the offline verifier over it, `ballots_check` ties a
//! ballots file to it and `proofs` checks receipt proofs offline.

pub mod append_all;
pub mod ballots_check;
pub mod chain;
pub mod checkpoint;
pub mod jsonl;
pub mod merkle;
pub mod note;
pub mod proofs;
pub mod report_check;
pub mod sealed;
pub mod sign;
pub mod store;
pub mod tree;
pub mod verify_file;
pub mod witness;

pub use append_all::append_all;
pub use chain::{ChainError, Entry, ZERO_HASH, verify};
pub use checkpoint::{Checkpoint, checkpoint};
pub use sign::Signer;
pub use store::{NewEntry, append};
