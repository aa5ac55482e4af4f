//! The audit trail: an append-only, hash-chained log of every state change,
//! with signed checkpoints of its head.
//!
//! `chain` holds the pure part (entry hashing and verification, usable
//! offline); `store` appends and reads entries inside the caller's database
//! transaction (`append_all` many at once); `sign` holds the server's Ed25519 key and the checkpoint
//! signature rules; `checkpoint` stores signed heads; `jsonl` is the export's
//! line format and `verify_file` the offline verifier over it.

pub mod append_all;
pub mod ballots_check;
pub mod chain;
pub mod checkpoint;
pub mod jsonl;
pub mod sign;
pub mod store;
pub mod verify_file;

pub use append_all::append_all;
pub use chain::{ChainError, Entry, ZERO_HASH, verify};
pub use checkpoint::checkpoint;
pub use sign::{Checkpoint, Signer};
pub use store::{NewEntry, append};
