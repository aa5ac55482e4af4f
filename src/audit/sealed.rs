//! A closed round's ballots document as it was at the close, sealed: stored
//! once (append-only) in the close's transaction and bound to the trail by
//! `round.closed` (`document_sha256`, `ballots_root`). Exports and receipt
//! proofs read it back, so a proposal retitled or a voter renamed after the
//! close changes nothing that was bound.

use diesel::prelude::*;
use serde_json::Value;

use crate::canonical::to_canonical_string;
use crate::db::Db;
use crate::db::tlog_schema::sealed_ballots;
use crate::domain::ballots_file::BallotsFile;
use crate::domain::round::RoundId;

/// What `round.closed` records about a sealed document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seal {
    /// SHA-256 (hex) of the document's canonical JSON.
    pub document_sha256: String,
    /// Merkle root (hex) over the ballots' canonical JSON, in file order.
    pub ballots_root: String,
}

fn ser(e: impl std::fmt::Display) -> diesel::result::Error {
    diesel::result::Error::SerializationError(e.to_string().into())
}

/// Stores `file` as round `round`'s sealed document and returns what the
/// trail must record. Call inside the close's transaction.
pub fn seal(conn: &mut Db, round: RoundId, file: &BallotsFile) -> QueryResult<Seal> {
    let value = serde_json::to_value(file).map_err(ser)?;
    let seal = seal_of(&value).map_err(ser)?;
    let document = to_canonical_string(&value).map_err(ser)?;
    diesel::insert_into(sealed_ballots::table)
        .values((
            sealed_ballots::round_id.eq(round.0),
            sealed_ballots::document.eq(document),
        ))
        .execute(conn)?;
    Ok(seal)
}

/// The seal of a document (the same functions the offline verifier uses).
pub fn seal_of(doc: &Value) -> Result<Seal, String> {
    Ok(Seal {
        document_sha256: super::ballots_check::document_sha256(doc)?,
        ballots_root: super::ballots_check::ballots_root(doc)?,
    })
}

/// The sealed document of a round, if it was sealed at its close.
pub fn load(conn: &mut Db, round: RoundId) -> QueryResult<Option<BallotsFile>> {
    let text: Option<String> = sealed_ballots::table
        .filter(sealed_ballots::round_id.eq(round.0))
        .select(sealed_ballots::document)
        .first(conn)
        .optional()?;
    text.map(|t| {
        serde_json::from_str(&t)
            .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))
    })
    .transpose()
}
