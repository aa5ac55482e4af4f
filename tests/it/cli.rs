//! The `plenary` binary: `migrate` and `user add` (password on stdin).
#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_plenary");

fn plenary(dir: &std::path::Path, args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env("PLENARY_DATA_DIR", dir)
        .env_remove("DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn migrate_creates_the_sqlite_database_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let out = plenary(dir.path(), &["migrate"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = String::from_utf8_lossy(&out.stdout).into_owned();
    let applied: usize = first.split_whitespace().next().unwrap().parse().unwrap();
    assert!(applied >= 1, "{first}");
    assert!(dir.path().join("plenary.db").is_file());
    let out = plenary(dir.path(), &["migrate"], "");
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 migration(s) applied"));
    // The global flag works after the subcommand too.
    let other = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .args(["migrate", "--data-dir"])
        .arg(other.path())
        .env_remove("PLENARY_DATA_DIR")
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(other.path().join("plenary.db").is_file());
    // The generated secret is private.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("jwt-secret"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn user_add_reads_the_password_from_stdin_and_creates_an_active_admin() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "user",
        "add",
        "--email",
        "Root@Example.org",
        "--name",
        "Root Admin",
        "--role",
        "admin",
        "--group",
        "intergovernmental",
        "--organisation",
        "Secretariat",
    ];
    let out = plenary(dir.path(), &args, "a long enough password\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("root@example.org"));

    // The same email again fails cleanly.
    let out = plenary(dir.path(), &args, "a long enough password\n");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));

    // A short password, an unknown role or group: refused with the reason.
    let mut bad = args;
    bad[3] = "other@example.org";
    let out = plenary(dir.path(), &bad, "short\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 10"));
    let mut bad_role = bad;
    bad_role[7] = "emperor";
    let out = plenary(dir.path(), &bad_role, "a long enough password\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Unknown role"));

    // The account is active and the password works (checked in-process).
    let url = plenary::db::sqlite_url(dir.path());
    let mut conn = plenary::db::connect(&url).unwrap();
    let row = plenary::db::users::find_by_email(&mut conn, "root@example.org")
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.role.as_str(), row.status.as_str()),
        ("admin", "active")
    );
    assert!(plenary::auth::password::verify(
        &row.password_hash,
        "a long enough password"
    ));
    let trail = plenary::audit::store::all(&mut conn).unwrap();
    assert_eq!(trail.len(), 1);
    assert_eq!(
        (trail[0].action.as_str(), trail[0].actor.as_str()),
        ("user.registered", "system")
    );
}
