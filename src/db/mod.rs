//! The database: backend selection from the URL, the r2d2 pool, SQLite
//! pragmas, embedded migrations, and the one way to run a write transaction.
//!
//! Every query in the app goes through [`Db`], a diesel `MultiConnection`
//! over PostgreSQL and SQLite, so there is exactly one code path for both.

pub mod ballot_batch;
pub mod comments;
pub mod notifications;
pub mod proposal_list;
pub mod proposals;
pub mod proxies;
pub mod read_cache;
pub mod reports;
pub mod rounds;
pub mod schema;
pub mod tlog_schema;
pub mod users;

use std::time::Duration;

use anyhow::Context;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::error::AppError;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// One connection type for both backends. PostgreSQL is listed first, as
/// diesel's derive tries the variants in order.
#[derive(diesel::MultiConnection)]
pub enum Db {
    /// A PostgreSQL connection, chosen when the URL starts with `postgres://`.
    Postgresql(diesel::PgConnection),
    /// An SQLite connection: the default, a file under the data directory.
    Sqlite(diesel::SqliteConnection),
}

/// The pool every request borrows from.
pub type DbPool = Pool<ConnectionManager<Db>>;
/// A connection borrowed from [`DbPool`].
pub type PooledDb = PooledConnection<ConnectionManager<Db>>;

/// Which backend a URL names; decided here, not by diesel's derive, so a
/// PostgreSQL that is down is reported with its real error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// PostgreSQL over the network or a socket.
    Postgres,
    /// An SQLite file.
    Sqlite,
}

impl Backend {
    /// Picks the backend from the URL scheme.
    pub fn of(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

/// Sets the per-connection SQLite pragmas each time the pool hands out a
/// connection (they are per connection, not per file).
#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<Db, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut Db) -> Result<(), diesel::r2d2::Error> {
        if let Db::Sqlite(c) = conn {
            c.batch_execute(
                "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;",
            )
            .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// Opens one connection with the backend's real error on failure.
pub fn connect(url: &str) -> anyhow::Result<Db> {
    Ok(match Backend::of(url) {
        Backend::Postgres => Db::Postgresql(diesel::PgConnection::establish(url).with_context(
            || "cannot connect to PostgreSQL (check DATABASE_URL and that the server runs)",
        )?),
        Backend::Sqlite => Db::Sqlite(
            diesel::SqliteConnection::establish(url)
                .with_context(|| format!("cannot open the SQLite database at {url}"))?,
        ),
    })
}

/// The file an SQLite URL names: a plain path or a `file:` URI; `None` for
/// an in-memory database.
fn sqlite_path(url: &str) -> Option<std::path::PathBuf> {
    let path = match url.strip_prefix("file:") {
        Some(rest) => rest.split(['?', '#']).next().unwrap_or(""),
        None => url,
    };
    let path = path.strip_prefix("//").unwrap_or(path);
    (!path.is_empty() && !path.starts_with(":memory:")).then(|| path.into())
}

/// Makes the SQLite database private before SQLite opens it: the file is
/// created (empty, which SQLite takes as a new database) with mode 0600, and
/// an existing file and its `-wal`/`-shm` companions are set to 0600. SQLite
/// gives the companions it creates later the mode of the database file, so
/// they are private too, whatever the umask.
pub fn private_sqlite_files(url: &str) -> anyhow::Result<()> {
    if Backend::of(url) != Backend::Sqlite {
        return Ok(());
    }
    let Some(path) = sqlite_path(url) else {
        return Ok(());
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .with_context(|| format!("cannot create the SQLite database {}", path.display()))?;
        let mut companions = vec![path.clone()];
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut p = path.clone().into_os_string();
            p.push(suffix);
            companions.push(p.into());
        }
        for p in companions.iter().filter(|p| p.exists()) {
            let mode = std::fs::metadata(p)?.permissions().mode() & 0o777;
            if mode != 0o600 {
                std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o600))
                    .with_context(|| format!("cannot make {} private", p.display()))?;
            }
        }
    }
    Ok(())
}

/// Applies every pending migration of the URL's backend; returns how many ran.
/// An SQLite file is created private first ([`private_sqlite_files`]).
pub fn migrate(url: &str) -> anyhow::Result<usize> {
    private_sqlite_files(url)?;
    let mut conn = connect(url)?;
    if let Db::Sqlite(c) = &mut conn {
        // WAL is a property of the file: set it once, from one connection,
        // before any pool exists (setting it per pooled connection races).
        c.batch_execute("PRAGMA journal_mode = WAL;")
            .context("cannot switch SQLite to WAL mode")?;
    }
    let applied = match &mut conn {
        Db::Postgresql(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS),
        Db::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS),
    }
    .map_err(|e| anyhow::anyhow!("migration failed: {e}"))?;
    Ok(applied.len())
}

/// How long a request waits for a pooled connection by default before it
/// gives up with a 503 (`AppError::Unavailable`).
pub const CONNECTION_TIMEOUT: Duration = Duration::from_secs(3);

/// A PostgreSQL URL with libpq's `connect_timeout` set to `timeout` (at
/// least 2 s, libpq's minimum) unless it sets one: without it, connecting
/// to an unreachable host waits for the operating system's TCP timeout,
/// minutes, while holding one of the pool's connection threads.
pub fn with_connect_timeout(url: &str, timeout: Duration) -> String {
    if Backend::of(url) != Backend::Postgres || url.contains("connect_timeout=") {
        return url.to_owned();
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}connect_timeout={}", timeout.as_secs().max(2))
}

/// Migrates, then builds the pool (connection timeout [`CONNECTION_TIMEOUT`]).
pub fn open_pool(url: &str, max_size: u32) -> anyhow::Result<DbPool> {
    open_pool_with_timeout(url, max_size, CONNECTION_TIMEOUT)
}

/// Migrates, then builds the pool. A request that gets no connection within
/// `timeout` (the database is down, or every connection is busy) fails with
/// `AppError::Unavailable`, a 503, instead of waiting; broken connections
/// are dropped when checked out, so the pool recovers by itself when the
/// database is back.
pub fn open_pool_with_timeout(
    url: &str,
    max_size: u32,
    timeout: Duration,
) -> anyhow::Result<DbPool> {
    migrate(url)?;
    let manager = ConnectionManager::<Db>::new(with_connect_timeout(url, timeout));
    Pool::builder()
        .max_size(max_size)
        .connection_timeout(timeout)
        .test_on_check_out(true)
        .connection_customizer(Box::new(SqlitePragmas))
        .build(manager)
        .context("cannot build the database pool")
}

/// A nullable id column as loaded: diesel reads `Option<i64>`, and the row
/// field converts it into `Option<TypedId>` (`deserialize_as = NullableId`),
/// so nullable ids are as typed as the others.
#[derive(Debug, Clone, Copy)]
pub struct NullableId(Option<i64>);

impl<DB> diesel::Queryable<diesel::sql_types::Nullable<diesel::sql_types::BigInt>, DB>
    for NullableId
where
    DB: diesel::backend::Backend,
    Option<i64>: diesel::Queryable<diesel::sql_types::Nullable<diesel::sql_types::BigInt>, DB>,
{
    type Row = <Option<i64> as diesel::Queryable<
        diesel::sql_types::Nullable<diesel::sql_types::BigInt>,
        DB,
    >>::Row;

    fn build(row: Self::Row) -> diesel::deserialize::Result<Self> {
        Ok(NullableId(<Option<i64> as diesel::Queryable<
            diesel::sql_types::Nullable<diesel::sql_types::BigInt>,
            DB,
        >>::build(row)?))
    }
}

impl<T: From<i64>> From<NullableId> for Option<T> {
    fn from(v: NullableId) -> Option<T> {
        v.0.map(T::from)
    }
}

/// Runs `f` with a pooled connection on a blocking thread: diesel never
/// runs on the async workers. The one way async code reaches the database.
pub async fn run<T, F>(pool: &DbPool, f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&mut Db) -> Result<T, AppError> + Send + 'static,
{
    let pool = pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get()?;
        f(&mut conn)
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("database task failed: {e}")))?
}

/// Makes the current transaction the only writer of the audit chain until it
/// ends (a no-op update of the head row: SQLite's write lock, PostgreSQL's row
/// lock). It lives here, not in `audit`, because [`transaction`] takes it
/// first thing: the lock is what makes a transaction a write transaction.
fn lock_audit_head(conn: &mut Db) -> QueryResult<()> {
    use schema::audit_head;
    diesel::update(audit_head::table.filter(audit_head::id.eq(1)))
        .set(audit_head::seq.eq(audit_head::seq))
        .execute(conn)?;
    Ok(())
}

/// Errors of a write transaction: the caller's own error type must absorb
/// diesel's so that `?` works on both inside the closure.
pub fn transaction<T, E>(conn: &mut Db, f: impl FnOnce(&mut Db) -> Result<T, E>) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    let result = conn.transaction(|tx| {
        // Taking the audit head first makes the transaction a writer at once:
        // SQLite takes its write lock here (no deadlock upgrading a read lock
        // later) and PostgreSQL locks the head row, so appends from several
        // processes queue up and the chain stays one line.
        lock_audit_head(tx)?;
        f(tx)
    });
    // Committed or not: caches drop what they read before now.
    users::after_transaction();
    read_cache::wrote();
    result
}
