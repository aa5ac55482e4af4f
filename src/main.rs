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
    /// Check downloaded audit files offline.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
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
        /// A closed round's ballots.json: check its digest against round.closed
        /// and its tally against results.published (may be repeated).
        #[arg(long)]
        ballots: Vec<PathBuf>,
        /// A published report's report.json: check its SHA-256 against
        /// report.published (may be repeated).
        #[arg(long)]
        report: Vec<PathBuf>,
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
        Command::Audit { .. } => Ok(()), // handled in main, before any settings
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
    if let Command::Audit {
        command:
            AuditCommand::Verify {
                file,
                public_key,
                ballots,
                report,
            },
    } = &cli.command
    {
        let opts = plenary::cli::VerifyArgs {
            log: file.clone(),
            public_key: public_key.clone(),
            ballots: ballots.clone(),
            reports: report.clone(),
        };
        return ExitCode::from(plenary::cli::audit_verify(&opts));
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
