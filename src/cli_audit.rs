//! The offline audit commands behind `plenary audit …` and `plenary
//! receipt verify`: verifying a downloaded log, a receipt proof, making a
//! witness key and running a witness (the only one that talks to a server,
//! through `curl`, so HTTPS works with the system's certificates without
//! a TLS stack in this binary).

use std::path::{Path, PathBuf};

use crate::audit::ballots_check::BallotsCheck;
use crate::audit::merkle::from_hex;
use crate::audit::note::{NoteSigner, NoteVerifier, TYPE_COSIGNATURE, verify_checkpoint};
use crate::audit::proofs::{ReceiptProof, verify_receipt_proof};
use crate::audit::sign::parse_public_key_file;
use crate::audit::verify_file::{EntryCheck, Options, VerifyError, verify_log};
use crate::audit::witness::{WitnessState, decide};

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
}

/// Reads a file or says why not (exit status 2).
fn read(path: &Path, what: &str) -> Result<String, u8> {
    std::fs::read_to_string(path).map_err(|e| {
        eprintln!("error: cannot read {what} {}: {e}", path.display());
        2
    })
}

fn log_key(path: &Path) -> Result<ed25519_dalek::VerifyingKey, u8> {
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

fn code(r: Result<u8, u8>) -> u8 {
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
                println!("FAILED: {}: not a checkpoint signed by this key: {e}", path.display());
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
    let mut refs: Vec<&mut dyn EntryCheck> = checks
        .iter_mut()
        .map(|c| c as &mut dyn EntryCheck)
        .collect();
    match verify_log(std::io::BufReader::new(file), &key, &options, &mut refs) {
        Ok(report) => {
            print!("{report}");
            for (path, c) in args.ballots.iter().zip(&checks) {
                if c.whole_document {
                    println!(
                        "ballots {}: the whole document matches round.closed (hash, ballots root, digest), the tally matches results.published",
                        path.display()
                    );
                } else {
                    println!(
                        "ballots {}: digest matches round.closed, tally matches results.published (this round closed before whole documents were bound)",
                        path.display()
                    );
                }
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
    let proof: ReceiptProof = serde_json::from_str(&read(&args.proof, "the proof")?)
        .map_err(|e| {
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
            println!("OK: the ballot with receipt {} is counted in round {}.", r.receipt, r.round);
            println!("  ranking:     {}", r.ranking);
            println!(
                "  evidence:    ballot → ballots root in round.closed (entry {}) → checkpoint {} of tree size {}, signed by the log's key",
                proof.entry.seq, r.checkpoint.0, r.checkpoint.1
            );
            if args.nonce.is_some() {
                println!("  receipt:     recomputed from your nonce: the ranking is the one you cast");
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

/// `plenary audit witness-key --name NAME --key FILE`: makes a witness key
/// (mode 0600) and prints its verifier key, which the auditor registers.
pub fn witness_key(name: &str, key: &Path) -> u8 {
    if key.exists() {
        eprintln!("error: {} exists; refusing to overwrite a key", key.display());
        return 2;
    }
    let mut seed = [0u8; 32];
    if getrandom::fill(&mut seed).is_err() {
        eprintln!("error: no randomness");
        return 2;
    }
    let signer = match NoteSigner::new(name, TYPE_COSIGNATURE, &seed) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    if let Err(e) = crate::config::write_private(key, signer.private_key_text().as_bytes()) {
        eprintln!("error: cannot write {}: {e}", key.display());
        return 2;
    }
    println!("{}", signer.verifier.vkey());
    0
}

/// Arguments of `plenary audit witness`.
#[derive(Debug, Clone)]
pub struct WitnessArgs {
    /// The server's base URL, e.g. `https://panel.example.org`.
    pub server: String,
    /// The witness's private key file.
    pub key: PathBuf,
    /// An API token of the auditor running the witness.
    pub token: String,
    /// The state file (default: the key file's name + `.state`).
    pub state: Option<PathBuf>,
    /// The log's public key file; pinned into the state on the first run.
    pub log_key: Option<PathBuf>,
}

/// One HTTP request through `curl`: (status, body). The token travels in
/// curl's configuration on standard input, never on the command line.
pub fn http(method: &str, url: &str, token: &str, body: Option<&str>) -> Result<(u16, String), String> {
    use std::io::Write;
    let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let mut config = format!(
        "url = \"{}\"\nrequest = \"{method}\"\nheader = \"Authorization: Bearer {}\"\n",
        quote(url),
        quote(token)
    );
    if let Some(b) = body {
        config.push_str("header = \"Content-Type: application/json\"\n");
        config.push_str(&format!("data-binary = \"{}\"\n", quote(b)));
    }
    let mut child = std::process::Command::new("curl")
        .args(["-sS", "--max-time", "60", "-w", "\n%{http_code}", "-K", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run curl: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(config.as_bytes())
            .map_err(|e| format!("cannot talk to curl: {e}"))?;
    }
    let out = child
        .wait_with_output()
        .map_err(|e| format!("curl failed: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{method} {url}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, status) = text.rsplit_once('\n').unwrap_or(("", &text));
    let status = status
        .trim()
        .parse()
        .map_err(|_| format!("{method} {url}: no HTTP status"))?;
    Ok((status, body.to_owned()))
}

/// `plenary audit witness`: fetches the latest checkpoint, checks it
/// extends the last one this witness cosigned, saves the new state and
/// posts the cosignature. 0: cosigned; 1: refused (the log misbehaved, or
/// the server refused the cosignature); 2: usage, file or network problem.
pub fn witness(args: &WitnessArgs) -> u8 {
    code(witness_inner(args))
}

fn get_ok(url: &str, token: &str) -> Result<String, u8> {
    match http("GET", url, token, None) {
        Ok((200, body)) => Ok(body),
        Ok((status, body)) => {
            eprintln!("error: GET {url}: HTTP {status}: {body}");
            Err(2)
        }
        Err(e) => {
            eprintln!("error: {e}");
            Err(2)
        }
    }
}

fn witness_inner(args: &WitnessArgs) -> Result<u8, u8> {
    let base = args.server.trim_end_matches('/');
    let signer = NoteSigner::parse_private_key(&read(&args.key, "the witness key")?).map_err(|e| {
        eprintln!("error: {}: {e}", args.key.display());
        2
    })?;
    let state_path = args.state.clone().unwrap_or_else(|| {
        let mut p = args.key.clone().into_os_string();
        p.push(".state");
        PathBuf::from(p)
    });
    let state: Option<WitnessState> = match std::fs::read_to_string(&state_path) {
        Ok(text) => Some(serde_json::from_str(&text).map_err(|e| {
            eprintln!("error: {}: not a witness state file: {e}", state_path.display());
            2
        })?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", state_path.display());
            return Err(2);
        }
    };
    let key = match (&state, &args.log_key) {
        (Some(s), _) => {
            let raw = hex::decode(&s.log_key).ok().and_then(|b| <[u8; 32]>::try_from(b).ok());
            match raw.and_then(|b| ed25519_dalek::VerifyingKey::from_bytes(&b).ok()) {
                Some(k) => k,
                None => {
                    eprintln!("error: {}: the pinned log key is damaged", state_path.display());
                    return Err(2);
                }
            }
        }
        (None, Some(path)) => log_key(path)?,
        (None, None) => {
            let text = get_ok(&format!("{base}/api/v1/audit/public-key"), &args.token)?;
            let k = parse_public_key_file(&text).map_err(|e| {
                eprintln!("error: the server's public key: {e}");
                2
            })?;
            println!(
                "Pinned the log key {} as served; compare it with the key the operator publishes.",
                hex::encode(k.as_bytes())
            );
            k
        }
    };
    let note = get_ok(&format!("{base}/api/v1/audit/checkpoint"), &args.token)?;
    let presented = verify_checkpoint(&note, &key).map_err(|e| {
        println!("REFUSED: the checkpoint is not validly signed by the log's key: {e}");
        1u8
    })?;
    let mut proof = Vec::new();
    if let Some(s) = &state
        && presented.body.size > s.size
        && s.size > 0
    {
        let body = get_ok(
            &format!(
                "{base}/api/v1/audit/consistency?from={}&to={}",
                s.size, presented.body.size
            ),
            &args.token,
        )?;
        let v: serde_json::Value = serde_json::from_str(&body).map_err(|e| {
            eprintln!("error: the consistency proof is not JSON: {e}");
            2
        })?;
        for h in v["proof"].as_array().cloned().unwrap_or_default() {
            match h.as_str().and_then(from_hex) {
                Some(x) => proof.push(x),
                None => {
                    println!("REFUSED: the consistency proof holds a malformed hash");
                    return Ok(1);
                }
            }
        }
    }
    let now = u64::try_from(chrono::Utc::now().timestamp()).unwrap_or(0);
    let (line, new_state) = match decide(state.as_ref(), &key, &note, &proof, &signer, now) {
        Ok(x) => x,
        Err(refusal) => {
            println!("REFUSED: {refusal}");
            return Ok(1);
        }
    };
    // Persist first: a crash after posting must not let this witness sign
    // another root for this size later.
    let json = serde_json::to_string_pretty(&new_state).map_err(|e| {
        eprintln!("error: {e}");
        2
    })?;
    let tmp = state_path.with_extension("tmp");
    if let Err(e) = std::fs::write(&tmp, json).and_then(|()| std::fs::rename(&tmp, &state_path)) {
        eprintln!("error: cannot save {}: {e}", state_path.display());
        return Err(2);
    }
    let body = serde_json::json!({"size": new_state.size, "cosignature": line.to_line()}).to_string();
    match http("POST", &format!("{base}/api/v1/audit/cosignatures"), &args.token, Some(&body)) {
        Ok((200 | 201, _)) => {
            println!(
                "Cosigned checkpoint {} of {} (tree size {}) as {}.",
                presented.body.number, new_state.origin, new_state.size, signer.verifier.name
            );
            Ok(0)
        }
        Ok((status, body)) => {
            println!("REFUSED by the server: HTTP {status}: {body}");
            Ok(1)
        }
        Err(e) => {
            eprintln!("error: {e}");
            Err(2)
        }
    }
}
