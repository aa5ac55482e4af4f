//! Receipt proofs: a voter's evidence that their ballot is among those
//! counted, without anyone else's ballot. The proof leads from the ballot
//! (as sealed at the close) to the ballots' Merkle root in `round.closed`,
//! and from that entry to the latest signed checkpoint of the log (see
//! `audit::proofs` for the offline check).
//!
//! Access: anyone signed in who holds the receipt, as for the receipt
//! lookup. A receipt is a bearer secret: it shows its own ballot (the
//! ranking, and the group and weight as published in `ballots.json`),
//! never who cast it in a secret round; the audit path holds only hashes,
//! and each sibling leaf hashes a ballot that includes its random receipt,
//! so no other ballot can be guessed from it.

use serde_json::Value;

use crate::audit::merkle::{Tree, leaf_hash, to_hex};
use crate::audit::proofs::ReceiptProof;
use crate::audit::store::find;
use crate::audit::{Signer, checkpoint, sealed};
use crate::canonical::to_canonical_string;
use crate::db::Db;
use crate::domain::round::RoundId;
use crate::error::AppError;
use crate::services::audit::views;

/// Builds the proof for `receipt` in closed round `id`.
pub fn receipt_proof(
    conn: &mut Db,
    signer: &Signer,
    id: RoundId,
    receipt: &str,
) -> Result<ReceiptProof, AppError> {
    // The round must exist and be closed, and the receipt well-formed: the
    // same answers as the receipt lookup.
    let check = crate::services::rounds::check_receipt(conn, id, receipt)?;
    let Some(doc) = sealed::load(conn, id)? else {
        return Err(AppError::Conflict("err-receipt-proofs-missing".to_owned()));
    };
    let value = serde_json::to_value(&doc).map_err(AppError::internal)?;
    let ballots = value["ballots"].as_array().cloned().unwrap_or_default();
    let Some(index) = ballots
        .iter()
        .position(|b| b["receipt"].as_str() == Some(check.receipt.as_str()))
    else {
        return Err(AppError::NotFound(
            check
                .reason
                .unwrap_or_else(|| "err-no-counted-ballot".to_owned()),
        ));
    };
    let leaves = ballots
        .iter()
        .map(|b| to_canonical_string(b).map(|c| leaf_hash(c.as_bytes())))
        .collect::<Result<Vec<_>, _>>()
        .map_err(AppError::internal)?;
    let tree = Tree::from_leaf_hashes(leaves);
    let (i, n) = (index as u64, tree.size());
    let root = tree.root(n).map_err(AppError::internal)?;
    let path = tree.inclusion_proof(i, n).map_err(AppError::internal)?;
    let entry = find(conn, "round.closed", &format!("round:{id}"))?
        .ok_or_else(|| AppError::internal("a sealed round has no round.closed entry"))?;
    if entry.details["ballots_root"].as_str() != Some(to_hex(&root).as_str()) {
        return Err(AppError::internal(
            "the sealed ballots do not match the root in round.closed",
        ));
    }
    let cp = checkpoint::latest(conn)?
        .filter(|c| c.size >= entry.seq)
        .ok_or_else(|| AppError::internal("no checkpoint covers round.closed"))?;
    let view = views(conn, vec![cp])?
        .pop()
        .ok_or_else(|| AppError::internal("checkpoint view vanished"))?;
    let (entry_index, log_size) = (entry.seq.unsigned_abs() - 1, view.size.unsigned_abs());
    let entry_path = signer
        .tree
        .with(conn, log_size, |t| t.inclusion_proof(entry_index, log_size))?
        .map_err(AppError::internal)?;
    let ballot: Value = ballots.get(index).cloned().unwrap_or(Value::Null);
    Ok(ReceiptProof {
        round: id.0.to_string(),
        leaf_hash: to_hex(&leaf_hash(
            to_canonical_string(&ballot)
                .map_err(AppError::internal)?
                .as_bytes(),
        )),
        ballot,
        leaf_index: i,
        tree_size: n,
        audit_path: path.iter().map(to_hex).collect(),
        root: to_hex(&root),
        entry,
        entry_index,
        log_size,
        entry_audit_path: entry_path.iter().map(to_hex).collect(),
        checkpoint: view.note,
    })
}
