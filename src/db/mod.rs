//! The database: backend selection from the URL, the r2d2 pool, SQLite
//! pragmas, embedded migrations, and the one way to run a write transaction.
//!
//! Every query in the app goes through [`Db`], a diesel `MultiConnection`
//! over PostgreSQL and SQLite, so there is exactly one code path for both.

pub mod comments;
pub mod proposal_list;
pub mod proposals;
pub mod rounds;
pub mod schema;
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

/// Applies every pending migration of the URL's backend; returns how many ran.
pub fn migrate(url: &str) -> anyhow::Result<usize> {
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

/// Migrates, then builds the pool.
pub fn open_pool(url: &str, max_size: u32) -> anyhow::Result<DbPool> {
    migrate(url)?;
    let manager = ConnectionManager::<Db>::new(url);
    Pool::builder()
        .max_size(max_size)
        .connection_timeout(Duration::from_secs(15))
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
    conn.transaction(|tx| {
        // Taking the audit head first makes the transaction a writer at once:
        // SQLite takes its write lock here (no deadlock upgrading a read lock
        // later) and PostgreSQL locks the head row, so appends from several
        // processes queue up and the chain stays one line.
        lock_audit_head(tx)?;
        f(tx)
    })
}
