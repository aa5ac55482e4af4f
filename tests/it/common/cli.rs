//! Runs the built `plenary` binary.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The `plenary` binary cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_plenary");

/// A directory that must never be created: commands that work on files
/// alone get it as their data directory.
pub const NO_DATA_DIR: &str = "/nonexistent/plenary-must-not-be-created";

/// A `plenary` command.
pub fn plenary() -> Command {
    Command::new(BIN)
}

/// A `plenary` command on the SQLite database in `dir` (never on a
/// `DATABASE_URL` of the environment).
pub fn plenary_in(dir: &Path) -> Command {
    let mut c = plenary();
    c.env("PLENARY_DATA_DIR", dir).env_remove("DATABASE_URL");
    c
}

/// Runs `cmd` with `input` on its standard input.
pub fn run_with_stdin(cmd: &mut Command, input: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// The exit code and both outputs of a finished command.
#[derive(Debug)]
pub struct Ran {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    pub fn of(out: Output) -> Ran {
        Ran {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Standard output followed by standard error.
    pub fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// `plenary tally FILE ARGS…`.
pub fn tally(path: &Path, args: &[&str]) -> Output {
    plenary()
        .arg("tally")
        .arg(path)
        .args(args)
        .output()
        .unwrap()
}

/// Writes `contents` to `dir/name` and runs `plenary tally` on it; returns
/// (exit code, stdout, stderr).
pub fn run_tally(dir: &Path, name: &str, contents: &str, args: &[&str]) -> (i32, String, String) {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    let out = tally(&path, args);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `plenary audit verify LOG --public-key KEY [--ballots BALLOTS]`, offline:
/// no database in the environment, and a data directory that must not be
/// created.
pub fn audit_verify(log: &Path, key: &Path, ballots: Option<&Path>) -> Ran {
    let mut cmd = plenary();
    cmd.args(["audit", "verify"])
        .arg(log)
        .arg("--public-key")
        .arg(key);
    if let Some(b) = ballots {
        cmd.arg("--ballots").arg(b);
    }
    Ran::of(
        cmd.env_remove("DATABASE_URL")
            .env("PLENARY_DATA_DIR", NO_DATA_DIR)
            .output()
            .unwrap(),
    )
}

/// A child process killed when the test ends, however it ends.
pub struct ChildGuard(pub std::process::Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
