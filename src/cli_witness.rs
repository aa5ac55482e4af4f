//! `plenary audit witness-key` and `plenary audit witness`: making a
//! witness key, and running a witness once against a server. The only
//! audit command that talks to a server; it does so through `curl`, so
//! HTTPS works with the system's certificates without a TLS stack in this
//! binary, and the token never appears on a command line.

use std::path::{Path, PathBuf};

use crate::audit::merkle::from_hex;
use crate::audit::note::{NoteSigner, TYPE_COSIGNATURE, verify_checkpoint};
use crate::audit::sign::parse_public_key_file;
use crate::audit::witness::{WitnessState, decide};
use crate::cli_audit::{code, log_key, read};

/// `plenary audit witness-key --name NAME --key FILE`: makes a witness key
/// (mode 0600) and prints its verifier key, which the auditor registers.
pub fn witness_key(name: &str, key: &Path) -> u8 {
    if key.exists() {
        eprintln!(
            "error: {} exists; refusing to overwrite a key",
            key.display()
        );
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
pub fn http(
    method: &str,
    url: &str,
    token: &str,
    body: Option<&str>,
) -> Result<(u16, String), String> {
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
    let signer =
        NoteSigner::parse_private_key(&read(&args.key, "the witness key")?).map_err(|e| {
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
            eprintln!(
                "error: {}: not a witness state file: {e}",
                state_path.display()
            );
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
            let raw = hex::decode(&s.log_key)
                .ok()
                .and_then(|b| <[u8; 32]>::try_from(b).ok());
            match raw.and_then(|b| ed25519_dalek::VerifyingKey::from_bytes(&b).ok()) {
                Some(k) => k,
                None => {
                    eprintln!(
                        "error: {}: the pinned log key is damaged",
                        state_path.display()
                    );
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
    let body =
        serde_json::json!({"size": new_state.size, "cosignature": line.to_line()}).to_string();
    match http(
        "POST",
        &format!("{base}/api/v1/audit/cosignatures"),
        &args.token,
        Some(&body),
    ) {
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
