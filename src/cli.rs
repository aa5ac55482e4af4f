//! What the subcommands do, behind `src/main.rs`'s argument parsing.

use std::io::{BufRead, Write};

use anyhow::Context;

use crate::config::Settings;
use crate::db::{self, users};
use crate::domain::user::Role;
use crate::services::accounts::{Registration, create_active};
use crate::services::demo;
use crate::startup::Application;

/// `plenary serve`: migrate, optionally seed the demo, print where to go,
/// and serve until SIGTERM or Ctrl-C.
pub async fn serve(settings: Settings, seed_demo: bool) -> anyhow::Result<()> {
    let app = Application::build(settings)?;
    let state = app.state();
    if seed_demo {
        let password = demo_password();
        let st = state.clone();
        let pw = password.clone();
        let logins = state
            .db(move |c| demo::seed(c, &st.settings, &st.signer, &pw))
            .await
            .map_err(|e| anyhow::anyhow!("cannot seed the demo: {e}"))?;
        if logins.is_empty() {
            println!("Demo: the database already has users; nothing was seeded.");
        } else {
            println!("Demo panel seeded. Every demo account's password is: {password}");
            for l in &logins {
                println!("  {:<24} {}", l.email, l.role.label());
            }
        }
    }
    let has_admin = state
        .db(|c| {
            Ok(users::list(c, None)?
                .iter()
                .any(|u| u.role == crate::domain::user::Role::Admin))
        })
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let host = state
        .settings
        .bind
        .rsplit_once(':')
        .map_or("127.0.0.1", |(h, _)| h)
        .to_owned();
    let shown_host = if host == "0.0.0.0" {
        "127.0.0.1".to_owned()
    } else {
        host
    };
    println!("Plenary is running at http://{shown_host}:{}/", app.port());
    if !has_admin {
        println!(
            "No administrator yet. Create one in another terminal (the password is read from standard input):\n  \
             cargo run --release -- user add --email you@example.org --name \"Your Name\" --role admin --group intergovernmental --organisation \"Secretariat\""
        );
    }
    println!("Stop with Ctrl-C.");
    app.run_until_stopped().await?;
    Ok(())
}

/// The demo password: random per seeding, printed once.
fn demo_password() -> String {
    let mut b = [0u8; 6];
    if getrandom::fill(&mut b).is_err() {
        return "plenary-demo-password".to_owned();
    }
    format!("demo-{}", hex::encode(b))
}

/// `plenary migrate`.
pub fn migrate(settings: &Settings) -> anyhow::Result<()> {
    let n = db::migrate(settings.database_url.expose())?;
    println!("{n} migration(s) applied; the database is up to date.");
    Ok(())
}

/// `plenary user add`: reads the password from the first line of standard
/// input (never from the command line, where it would show in `ps` and in
/// shell history) and creates an active user.
pub fn user_add(
    settings: &Settings,
    email: &str,
    name: &str,
    role: &str,
    group: &str,
    organisation: &str,
    stdin: &mut dyn BufRead,
) -> anyhow::Result<()> {
    let role: Role = role.parse().map_err(|e| anyhow::anyhow!("{e}"))?;
    if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        eprint!("Password for {email}: ");
        std::io::stderr().flush().ok();
    }
    let mut password = String::new();
    stdin
        .read_line(&mut password)
        .context("cannot read the password from standard input")?;
    let password = password.trim_end_matches(['\n', '\r']);
    let reg = Registration::parse(&settings.groups, email, password, name, organisation, group)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    db::migrate(settings.database_url.expose())?;
    let mut conn = db::connect(settings.database_url.expose())?;
    let user = create_active(&mut conn, &reg, role).map_err(|e| anyhow::anyhow!("{e}"))?;
    println!(
        "Created {} {} (id {}), active.",
        role.label().to_lowercase(),
        user.email,
        user.id
    );
    Ok(())
}

/// Arguments of `plenary audit verify`. (The lead's `--ballots
/// ballots.json` goes here, checked by an [`crate::audit::verify_file::EntryCheck`].)
#[derive(Debug, Clone)]
pub struct VerifyArgs {
    /// The `audit.jsonl` export.
    pub log: std::path::PathBuf,
    /// The public key file served by `/api/v1/audit/public-key`.
    pub public_key: std::path::PathBuf,
    /// `ballots.json` files of closed rounds to tie to the trail.
    pub ballots: Vec<std::path::PathBuf>,
    /// Published `report.json` files to tie to their `report.published`
    /// entries (see [`crate::audit::report_check`]).
    pub reports: Vec<std::path::PathBuf>,
}

/// `plenary audit verify`: prints the summary and returns 0, or prints the
/// first bad line and returns 1; 2 when a file cannot be used at all.
pub fn audit_verify(args: &VerifyArgs) -> u8 {
    use crate::audit::sign::parse_public_key_file;
    use crate::audit::verify_file::{VerifyError, verify_log};
    let key = match std::fs::read_to_string(&args.public_key) {
        Ok(text) => match parse_public_key_file(&text) {
            Ok(k) => k,
            Err(e) => {
                eprintln!("error: {}: {e}", args.public_key.display());
                return 2;
            }
        },
        Err(e) => {
            eprintln!(
                "error: cannot read the public key {}: {e}",
                args.public_key.display()
            );
            return 2;
        }
    };
    let file = match std::fs::File::open(&args.log) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: cannot open {}: {e}", args.log.display());
            return 2;
        }
    };
    let mut checks = Vec::new();
    for path in &args.ballots {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", path.display());
                return 2;
            }
        };
        match crate::audit::ballots_check::BallotsCheck::from_json(&text) {
            Ok(c) => checks.push(c),
            Err(e) => {
                println!("FAILED: {}: {e}", path.display());
                return 1;
            }
        }
    }
    let mut report_checks = match report_checks(&args.reports) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let mut refs: Vec<&mut dyn crate::audit::verify_file::EntryCheck> = checks
        .iter_mut()
        .map(|c| c as &mut dyn crate::audit::verify_file::EntryCheck)
        .chain(
            report_checks
                .iter_mut()
                .map(|c| c as &mut dyn crate::audit::verify_file::EntryCheck),
        )
        .collect();
    match verify_log(std::io::BufReader::new(file), &key, &mut refs) {
        Ok(report) => {
            print!("{report}");
            for path in &args.ballots {
                println!(
                    "ballots {}: digest matches round.closed, tally matches results.published",
                    path.display()
                );
            }
            for (path, check) in args.reports.iter().zip(&report_checks) {
                println!(
                    "report {}: SHA-256 matches report.published for {}",
                    path.display(),
                    check.subject()
                );
            }
            0
        }
        Err(VerifyError::Bad(bad)) => {
            println!("FAILED: {}: {bad}", args.log.display());
            1
        }
        Err(VerifyError::Unreadable(e)) => {
            eprintln!("error: cannot read {}: {e}", args.log.display());
            2
        }
    }
}

/// Reads the `--report` files into their checks: `Err(2)` when a file
/// cannot be read, `Err(1)` (after printing why) when it is not a published
/// report document.
fn report_checks(
    paths: &[std::path::PathBuf],
) -> Result<Vec<crate::audit::report_check::ReportCheck>, u8> {
    let mut out = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(path).map_err(|e| {
            eprintln!("error: cannot read {}: {e}", path.display());
            2u8
        })?;
        match crate::audit::report_check::ReportCheck::from_json(&text) {
            Ok(c) => out.push(c),
            Err(e) => {
                println!("FAILED: {}: {e}", path.display());
                return Err(1);
            }
        }
    }
    Ok(out)
}
