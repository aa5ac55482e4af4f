//! The `plenary` command: parses arguments and calls into the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "plenary",
    version,
    about = "Proposals, discussion and ranked voting for a multi-stakeholder panel"
)]
struct Cli {
    /// Where the SQLite database and generated keys live.
    #[arg(
        long,
        global = true,
        env = "PLENARY_DATA_DIR",
        default_value = "./data"
    )]
    data_dir: PathBuf,
    /// Database URL: `postgres://…` for PostgreSQL; default SQLite in the data directory.
    #[arg(
        long = "database",
        global = true,
        env = "DATABASE_URL",
        hide_env_values = true
    )]
    database: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server.
    Serve {
        /// Address and port to listen on.
        #[arg(long, env = "PLENARY_BIND", default_value = "127.0.0.1:8080")]
        bind: String,
        /// Seed a small demo panel into an empty database and print its logins.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Tally a ballot file (plenary-ballots/1 JSON or PrefLib) and print the results document.
    Tally(plenary::tally::cli::TallyArgs),
    /// Manage users from the shell.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Check downloaded audit files offline; make and run a witness.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Check a ballot receipt offline.
    Receipt {
        #[command(subcommand)]
        command: ReceiptCommand,
    },
}

#[derive(Subcommand)]
enum ReceiptCommand {
    /// Verify a receipt proof (from /api/v1/rounds/{id}/receipts/{receipt}/proof)
    /// offline: the ballot is in the round's ballots tree, whose root is in the
    /// round.closed entry, which is in the log tree of a signed checkpoint.
    /// Exit 0: verified; 1: it does not hold; 2: unusable files.
    Verify {
        /// The proof JSON.
        proof: PathBuf,
        /// The server's public key, as served by /api/v1/audit/public-key.
        #[arg(long)]
        public_key: PathBuf,
        /// The receipt you were given when you voted.
        #[arg(long)]
        receipt: Option<String>,
        /// The nonce you were given: recomputes the receipt from the ranking.
        #[arg(long)]
        nonce: Option<String>,
        /// A witness verifier key file; its cosignature on the checkpoint is
        /// required (may be repeated).
        #[arg(long = "witness")]
        witnesses: Vec<PathBuf>,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Verify an audit log export (audit.jsonl): every hash link and every
    /// checkpoint signature. Exit 0: verified; 1: a problem (the first bad
    /// line is named); 2: unusable arguments or files.
    Verify {
        /// The audit log, as downloaded from /api/v1/audit/log.
        file: PathBuf,
        /// The server's public key, as served by /api/v1/audit/public-key.
        #[arg(long)]
        public_key: PathBuf,
        /// A closed round's ballots.json: check the whole document against
        /// round.closed and its tally against results.published (may be repeated).
        #[arg(long)]
        ballots: Vec<PathBuf>,
        /// An earlier checkpoint (the signed note from /api/v1/audit/checkpoint):
        /// the log must extend it, with the same root at its size.
        #[arg(long)]
        since: Option<PathBuf>,
        /// A witness verifier key file: some checkpoint in the log must carry
        /// its valid cosignature (may be repeated).
        #[arg(long = "witness")]
        witnesses: Vec<PathBuf>,
        /// Accept a log that does not end with a checkpoint of its last entry.
        #[arg(long)]
        allow_unsigned_tail: bool,
        /// A published report's report.json: check its SHA-256 against
        /// report.published (may be repeated).
        #[arg(long)]
        report: Vec<PathBuf>,
    },
    /// Make a witness key: writes the private key (mode 0600) and prints the
    /// verifier key to register with POST /api/v1/audit/witnesses.
    WitnessKey {
        /// The witness's name, e.g. witness.example.org/plenary.
        #[arg(long)]
        name: String,
        /// Where to write the private key.
        #[arg(long)]
        key: PathBuf,
    },
    /// Run a witness once (e.g. from cron): fetch the latest checkpoint, check it
    /// extends the last one this witness cosigned, and post a cosignature.
    /// Exit 0: cosigned; 1: refused; 2: usage, file or network problem.
    Witness {
        /// The server's base URL.
        #[arg(long)]
        server: String,
        /// The witness's private key file (from `plenary audit witness-key`).
        #[arg(long)]
        key: PathBuf,
        /// An API token of the auditor who registered the witness
        /// (POST /api/v1/session).
        #[arg(long, env = "PLENARY_TOKEN", hide_env_values = true)]
        token: String,
        /// The state file (default: the key file + `.state`).
        #[arg(long)]
        state: Option<PathBuf>,
        /// The log's public key file, pinned on the first run (default: fetch
        /// it from the server and print it to compare).
        #[arg(long)]
        log_key: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an active user of any role; the password is read from standard input.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        role: String,
        #[arg(long)]
        group: String,
        #[arg(long)]
        organisation: String,
    },
}

/// `plenary tally`: needs no database or data directory, and exits 2 on a
/// bad file or argument, as documented in docs/tally.md.
fn tally(args: &plenary::tally::cli::TallyArgs) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match plenary::tally::cli::run(args, &mut out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            drop(out);
            eprintln!("error: {e}");
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(1))
        }
    }
}

/// `plenary audit …`: offline, or (witness) talking to a server only.
fn audit(command: &AuditCommand) -> u8 {
    use plenary::cli_audit as ca;
    match command {
        AuditCommand::Verify {
            file,
            public_key,
            ballots,
            since,
            witnesses,
            allow_unsigned_tail,
            report,
        } => ca::audit_verify(&ca::VerifyArgs {
            log: file.clone(),
            public_key: public_key.clone(),
            ballots: ballots.clone(),
            since: since.clone(),
            witnesses: witnesses.clone(),
            allow_unsigned_tail: *allow_unsigned_tail,
            reports: report.clone(),
        }),
        AuditCommand::WitnessKey { name, key } => plenary::cli_witness::witness_key(name, key),
        AuditCommand::Witness {
            server,
            key,
            token,
            state,
            log_key,
        } => plenary::cli_witness::witness(&plenary::cli_witness::WitnessArgs {
            server: server.clone(),
            key: key.clone(),
            token: token.clone(),
            state: state.clone(),
            log_key: log_key.clone(),
        }),
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let bind = match &cli.command {
        Command::Serve { bind, .. } => bind.clone(),
        _ => "127.0.0.1:0".to_owned(),
    };
    let settings = plenary::config::Settings::load(&cli.data_dir, cli.database.as_deref(), &bind)?;
    match cli.command {
        Command::Serve { demo, .. } => {
            plenary::telemetry::init();
            actix_web::rt::System::new().block_on(plenary::cli::serve(settings, demo))
        }
        Command::Migrate => plenary::cli::migrate(&settings),
        Command::Tally(_) => Ok(()),
        Command::Audit { .. } | Command::Receipt { .. } => Ok(()), // handled in main, before any settings
        Command::User {
            command:
                UserCommand::Add {
                    email,
                    name,
                    role,
                    group,
                    organisation,
                },
        } => plenary::cli::user_add(
            &settings,
            &email,
            &name,
            &role,
            &group,
            &organisation,
            &mut std::io::stdin().lock(),
        ),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Tally(args) = &cli.command {
        return tally(args);
    }
    // Offline tools touch no data directory and no database.
    match &cli.command {
        Command::Audit { command } => return ExitCode::from(audit(command)),
        Command::Receipt {
            command:
                ReceiptCommand::Verify {
                    proof,
                    public_key,
                    receipt,
                    nonce,
                    witnesses,
                },
        } => {
            return ExitCode::from(plenary::cli_audit::receipt_verify(
                &plenary::cli_audit::ReceiptArgs {
                    proof: proof.clone(),
                    public_key: public_key.clone(),
                    receipt: receipt.clone(),
                    nonce: nonce.clone(),
                    witnesses: witnesses.clone(),
                },
            ));
        }
        _ => {}
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
