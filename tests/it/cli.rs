//! The `plenary` binary's administration commands: `migrate` and `user add`
//! (password on stdin).

use std::path::Path;
use std::process::Output;

use crate::common::cli::{plenary, plenary_in, run_with_stdin};
use crate::common::internals::{all_entries, connect, find_by_email, password_matches, sqlite_url};

/// `plenary ARGS` on the SQLite database in `dir`, with `stdin` as input.
fn run(dir: &Path, args: &[&str], stdin: &str) -> Output {
    run_with_stdin(plenary_in(dir).args(args), stdin)
}

#[test]
fn migrate_creates_the_sqlite_database_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["migrate"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = String::from_utf8_lossy(&out.stdout).into_owned();
    let applied: usize = first.split_whitespace().next().unwrap().parse().unwrap();
    assert!(applied >= 1, "{first}");
    assert!(dir.path().join("plenary.db").is_file());
    let out = run(dir.path(), &["migrate"], "");
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 migration(s) applied"));
    // The global flag works after the subcommand too.
    let other = tempfile::tempdir().unwrap();
    let out = plenary()
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
    let stderr = |out: &Output| String::from_utf8_lossy(&out.stderr).into_owned();
    let out = run(dir.path(), &args, "a long enough password\n");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("root@example.org"));

    // The same email again fails cleanly.
    let out = run(dir.path(), &args, "a long enough password\n");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("already exists"));

    // A short password, an unknown role or group: refused with the reason.
    let mut bad = args;
    bad[3] = "other@example.org";
    let out = run(dir.path(), &bad, "short\n");
    assert!(stderr(&out).contains("at least 10"));
    let mut bad_role = bad;
    bad_role[7] = "emperor";
    let out = run(dir.path(), &bad_role, "a long enough password\n");
    assert!(stderr(&out).contains("Unknown role"));

    // The account is active and the password works (checked in-process).
    let mut conn = connect(&sqlite_url(dir.path())).unwrap();
    let row = find_by_email(&mut conn, "root@example.org")
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.role.as_str(), row.status.as_str()),
        ("admin", "active")
    );
    assert!(password_matches(
        &row.password_hash,
        "a long enough password"
    ));
    let trail = all_entries(&mut conn).unwrap();
    assert_eq!(trail.len(), 1);
    assert_eq!(
        (trail[0].action.as_str(), trail[0].actor.as_str()),
        ("user.registered", "system")
    );
}
