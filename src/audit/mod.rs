//! The audit trail: an append-only, hash-chained log of every state change.
//!
//! `chain` holds the pure part (entry hashing and verification, usable
//! offline); `store` appends and reads entries inside the caller's database
//! transaction.

pub mod chain;
pub mod store;

pub use chain::{ChainError, Entry, ZERO_HASH, verify};
pub use store::{NewEntry, append, lock_head};
