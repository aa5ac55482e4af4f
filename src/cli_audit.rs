//! The offline audit commands behind `plenary audit verify` and `plenary
//! receipt verify`: verifying a downloaded log and a receipt proof. Making
//! a witness key and running a witness are in `cli_witness`.

use std::path::{Path, PathBuf};

use crate::audit::ballots_check::BallotsCheck;
use crate::audit::note::{NoteVerifier, TYPE_COSIGNATURE, verify_checkpoint};
use crate::audit::proofs::{ReceiptProof, verify_receipt_proof};
use crate::audit::sign::parse_public_key_file;
use crate::audit::verify_file::{EntryCheck, Options, VerifyError, verify_log};

/// Arguments of `plenary audit verify`.
#[derive(Debug, Clone)]
pub struct VerifyArgs {
    /// The `audit.jsonl` export.
    pub log: PathBuf,
    /// The public key file served by `/api/v1/audit/public-key`.
    pub public_key: PathBuf,
    /// `ballots.json` files of closed rounds to tie to the trail.
    pub ballots: Vec<PathBuf>,
    /// An earlier checkpoint (signed note) the log must extend.
    pub since: Option<PathBuf>,
    /// Witness verifier keys (vkeys) whose cosignatures are required.
    pub witnesses: Vec<PathBuf>,
    /// Accept a file that does not end with a checkpoint.
    pub allow_unsigned_tail: bool,
    /// Published `report.json` files to tie to their `report.published`
    /// entries (see [`crate::audit::report_check`]).
    pub reports: Vec<PathBuf>,
}

/// Reads a file or says why not (exit status 2).
pub(crate) fn read(path: &Path, what: &str) -> Result<String, u8> {
    std::fs::read_to_string(path).map_err(|e| {
        eprintln!("error: cannot read {what} {}: {e}", path.display());
        2
    })
}

pub(crate) fn log_key(path: &Path) -> Result<ed25519_dalek::VerifyingKey, u8> {
    parse_public_key_file(&read(path, "the public key")?).map_err(|e| {
        eprintln!("error: {}: {e}", path.display());
        2
    })
}

fn witness_keys(paths: &[PathBuf]) -> Result<Vec<NoteVerifier>, u8> {
    paths
        .iter()
        .map(|p| {
            let v = NoteVerifier::parse_vkey(&read(p, "the witness key")?).map_err(|e| {
                eprintln!("error: {}: {e}", p.display());
                2
            })?;
            if v.kind != TYPE_COSIGNATURE {
                eprintln!("error: {}: not a witness (type 0x04) key", p.display());
                return Err(2);
            }
            Ok(v)
        })
        .collect()
}

pub(crate) fn code(r: Result<u8, u8>) -> u8 {
    r.unwrap_or_else(|c| c)
}

/// `plenary audit verify`: prints the summary and returns 0, or prints the
/// first bad line and returns 1; 2 when a file cannot be used at all.
pub fn audit_verify(args: &VerifyArgs) -> u8 {
    code(audit_verify_inner(args))
}

fn audit_verify_inner(args: &VerifyArgs) -> Result<u8, u8> {
    let key = log_key(&args.public_key)?;
    let mut options = Options {
        allow_unsigned_tail: args.allow_unsigned_tail,
        witnesses: witness_keys(&args.witnesses)?,
        since: None,
    };
    if let Some(path) = &args.since {
        let text = read(path, "the earlier checkpoint")?;
        match verify_checkpoint(&text, &key) {
            Ok(cp) => options.since = Some(cp),
            Err(e) => {
                println!(
                    "FAILED: {}: not a checkpoint signed by this key: {e}",
                    path.display()
                );
                return Ok(1);
            }
        }
    }
    let file = std::fs::File::open(&args.log).map_err(|e| {
        eprintln!("error: cannot open {}: {e}", args.log.display());
        2
    })?;
    let mut checks = Vec::new();
    for path in &args.ballots {
        match BallotsCheck::from_json(&read(path, "the ballots file")?) {
            Ok(c) => checks.push(c),
            Err(e) => {
                println!("FAILED: {}: {e}", path.display());
                return Ok(1);
            }
        }
    }
    let mut report_checks = Vec::new();
    for path in &args.reports {
        match crate::audit::report_check::ReportCheck::from_json(&read(path, "the report")?) {
            Ok(c) => report_checks.push(c),
            Err(e) => {
                println!("FAILED: {}: {e}", path.display());
                return Ok(1);
            }
        }
    }
    let mut refs: Vec<&mut dyn EntryCheck> = checks
        .iter_mut()
        .map(|c| c as &mut dyn EntryCheck)
        .chain(report_checks.iter_mut().map(|c| c as &mut dyn EntryCheck))
        .collect();
    match verify_log(std::io::BufReader::new(file), &key, &options, &mut refs) {
        Ok(report) => {
            print!("{report}");
            for (path, c) in args.ballots.iter().zip(&checks) {
                if c.whole_document {
                    println!(
                        "ballots {}: digest matches round.closed, the whole document matches too (its hash and ballots root), tally matches results.published",
                        path.display()
                    );
                } else {
                    println!(
                        "ballots {}: digest matches round.closed, tally matches results.published (this round closed before whole documents were bound)",
                        path.display()
                    );
                }
            }
            for (path, check) in args.reports.iter().zip(&report_checks) {
                println!(
                    "report {}: SHA-256 matches report.published for {}",
                    path.display(),
                    check.subject()
                );
            }
            Ok(0)
        }
        Err(VerifyError::Bad(bad)) => {
            println!("FAILED: {}: {bad}", args.log.display());
            Ok(1)
        }
        Err(VerifyError::Unreadable(e)) => {
            eprintln!("error: cannot read {}: {e}", args.log.display());
            Err(2)
        }
    }
}

/// Arguments of `plenary receipt verify`.
#[derive(Debug, Clone)]
pub struct ReceiptArgs {
    /// The proof, as served by `/api/v1/rounds/{id}/receipts/{receipt}/proof`.
    pub proof: PathBuf,
    /// The log's public key file.
    pub public_key: PathBuf,
    /// The receipt the voter kept.
    pub receipt: Option<String>,
    /// The nonce the voter kept (recomputes the receipt).
    pub nonce: Option<String>,
    /// Witness keys whose cosignatures on the checkpoint are required.
    pub witnesses: Vec<PathBuf>,
}

/// `plenary receipt verify`: 0 when the proof holds, 1 when it does not,
/// 2 when a file cannot be used.
pub fn receipt_verify(args: &ReceiptArgs) -> u8 {
    code(receipt_verify_inner(args))
}

fn receipt_verify_inner(args: &ReceiptArgs) -> Result<u8, u8> {
    let key = log_key(&args.public_key)?;
    let witnesses = witness_keys(&args.witnesses)?;
    let proof: ReceiptProof =
        serde_json::from_str(&read(&args.proof, "the proof")?).map_err(|e| {
            eprintln!("error: {}: not a receipt proof: {e}", args.proof.display());
            2
        })?;
    match verify_receipt_proof(
        &proof,
        &key,
        args.receipt.as_deref(),
        args.nonce.as_deref(),
        &witnesses,
    ) {
        Ok(r) => {
            println!(
                "OK: the ballot with receipt {} is counted in round {}.",
                r.receipt, r.round
            );
            println!("  ranking:     {}", r.ranking);
            println!(
                "  evidence:    ballot → ballots root in round.closed (entry {}) → checkpoint {} of tree size {}, signed by the log's key",
                proof.entry.seq, r.checkpoint.0, r.checkpoint.1
            );
            if args.nonce.is_some() {
                println!(
                    "  receipt:     recomputed from your nonce: the ranking is the one you cast"
                );
            }
            for (w, ts) in &r.witnessed {
                println!("  witness:     {w} cosigned it (timestamp {ts})");
            }
            Ok(0)
        }
        Err(e) => {
            println!("FAILED: {e}");
            Ok(1)
        }
    }
}
