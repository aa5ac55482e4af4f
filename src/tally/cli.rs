//! `plenary tally FILE [--method M] [--weighting W] [--tiebreak a,b,c]
//! [--format json|text]`: read a ballot file, tally it, print the results
//! document. This is the only part of the tally engine that does I/O
//! (including a progress line on standard error for long tallies).
//!
//! Exit codes (via [`CliError::exit_code`]): 2 for a bad file, bad input or
//! bad arguments; 1 when the output cannot be written.

use crate::tally::input::{InputError, Overrides, read_file_text};
use crate::tally::{Method, tally, text};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::Write;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

/// How long a tally runs before its progress is shown.
const SHOW_AFTER: Duration = Duration::from_secs(1);

/// A progress line on standard error for a tally that takes over
/// [`SHOW_AFTER`]: the current step and the time so far. Hidden when
/// standard error is not a terminal (indicatif's stderr target draws
/// nothing then), and never drawn for a quick tally, so scripts and
/// redirected output see nothing.
struct Progress {
    bar: ProgressBar,
    done: Option<mpsc::Sender<()>>,
    shower: Option<std::thread::JoinHandle<()>>,
}

impl Progress {
    fn start(file: &str) -> Progress {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {elapsed:>4} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.set_message(format!("reading {file}"));
        let (done, wait) = mpsc::channel::<()>();
        let shown = bar.clone();
        let shower = std::thread::spawn(move || {
            if wait.recv_timeout(SHOW_AFTER) == Err(mpsc::RecvTimeoutError::Timeout) {
                shown.set_draw_target(ProgressDrawTarget::stderr());
                shown.enable_steady_tick(Duration::from_millis(120));
            }
        });
        Progress {
            bar,
            done: Some(done),
            shower: Some(shower),
        }
    }

    fn step(&self, what: impl Into<String>) {
        self.bar.set_message(what.into());
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        drop(self.done.take());
        if let Some(t) = self.shower.take() {
            let _ = t.join();
        }
        self.bar.finish_and_clear();
    }
}

/// Output format of `plenary tally`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OutputFormat {
    /// The canonical JSON results document, then a newline.
    #[default]
    Json,
    /// A readable report with tables.
    Text,
}

/// Arguments of `plenary tally`; the app's `main.rs` embeds them as a subcommand.
#[derive(Debug, Clone, clap::Args)]
pub struct TallyArgs {
    /// Ballot file: plenary-ballots/1 JSON, or PrefLib .soi/.soc/.toi/.toc.
    pub file: PathBuf,
    /// Voting method (default: the file's round.method, else schulze):
    /// schulze, ranked_pairs, borda, irv, copeland, plurality.
    #[arg(long)]
    pub method: Option<Method>,
    /// Weighting policy (default: the file's): per_delegate, equal_groups,
    /// per_organisation. When given, weights stated in the file are ignored.
    #[arg(long)]
    pub weighting: Option<String>,
    /// Tie-break order: every candidate id once, comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub tiebreak: Option<Vec<String>>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
    pub format: OutputFormat,
}

/// Why `plenary tally` failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The file's content is invalid (the message names the line or ballot).
    #[error("{path}: {source}")]
    Input {
        /// The file.
        path: String,
        /// The cause (boxed: it is large and rare).
        source: Box<InputError>,
    },
    /// The results could not be serialized (should not happen).
    #[error("cannot write results: {0}")]
    Canonical(#[from] crate::canonical::CanonicalError),
    /// Writing the output failed.
    #[error("cannot write output: {0}")]
    Write(#[from] std::io::Error),
}

impl CliError {
    /// The process exit code: 2 for bad input, 1 for output failures.
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Read { .. } | CliError::Input { .. } => 2,
            CliError::Canonical(_) | CliError::Write(_) => 1,
        }
    }
}

/// Runs `plenary tally` with `args`, writing the result to `out`.
pub fn run(args: &TallyArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let path = args.file.display().to_string();
    let progress = Progress::start(&path);
    let bytes = std::fs::read(&args.file).map_err(|source| CliError::Read {
        path: path.clone(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| CliError::Read {
        path: path.clone(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, e),
    })?;
    if crate::tally::adoption::input::is_adoption_document(&text) {
        return run_adoption(args, &path, &text, out);
    }
    let ov = Overrides {
        method: args.method,
        weighting: args.weighting.clone(),
        tiebreak: args.tiebreak.clone(),
    };
    progress.step(format!(
        "counting the ballots of {path} ({} MB)",
        text.len() >> 20
    ));
    let loaded = read_file_text(&path, &text, &ov).map_err(|source| CliError::Input {
        path: path.clone(),
        source: Box::new(source),
    })?;
    progress.step(format!(
        "tallying {} ballots ({})",
        loaded.election.ballot_count(),
        loaded.method
    ));
    let doc = tally(&loaded.election, loaded.method);
    drop(progress);
    match args.format {
        OutputFormat::Json => {
            let json = doc.to_canonical_json()?;
            out.write_all(json.as_bytes())?;
            out.write_all(b"\n")?;
        }
        OutputFormat::Text => out.write_all(text::render(&doc, &loaded.titles).as_bytes())?,
    }
    out.flush()?;
    Ok(())
}

/// `plenary tally` on an adoption round's ballots: no method, weighting or
/// tie-break applies (the rule and weighting come from the file).
fn run_adoption(
    args: &TallyArgs,
    path: &str,
    text: &str,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    use crate::tally::adoption::{decide, input::read_adoption_json, text as adoption_text};
    let input_err = |source: InputError| CliError::Input {
        path: path.to_owned(),
        source: Box::new(source),
    };
    if args.method.is_some() || args.weighting.is_some() || args.tiebreak.is_some() {
        return Err(input_err(InputError::Structure(
            "this is an adoption round's ballots: --method, --weighting and --tiebreak do not apply (the rule and weighting are the file's)".to_owned(),
        )));
    }
    let loaded = read_adoption_json(text).map_err(input_err)?;
    let doc = decide(&loaded.election);
    match args.format {
        OutputFormat::Json => {
            out.write_all(doc.to_canonical_json()?.as_bytes())?;
            out.write_all(b"\n")?;
        }
        OutputFormat::Text => out.write_all(adoption_text::render(&doc).as_bytes())?,
    }
    out.flush()?;
    Ok(())
}
