//! The `users` table: row types and the queries on it.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Db;
use super::schema::users;
use crate::domain::user::{Role, User, UserId, UserStatus};

/// A row of `users` as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct UserRow {
    /// Primary key.
    #[diesel(deserialize_as = i64)]
    pub id: UserId,
    /// Lower-cased email.
    pub email: String,
    /// Name shown to others.
    pub display_name: String,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Stored role spelling.
    #[diesel(deserialize_as = String)]
    pub role: Role,
    /// Group id.
    pub stakeholder_group: String,
    /// Organisation.
    pub organisation: String,
    /// Stored status spelling.
    #[diesel(deserialize_as = String)]
    pub status: UserStatus,
    /// Bumped to revoke every token issued before.
    pub token_version: i64,
    /// When the row was created (UTC).
    pub created_at: NaiveDateTime,
    /// When it last changed (UTC).
    pub updated_at: NaiveDateTime,
    /// IANA time zone name, written only through `domain::time_zone`.
    pub time_zone: String,
    /// Must choose a new password before anything else.
    pub must_change_password: bool,
    /// Chosen language code, if any (written only through `i18n::Lang`).
    pub language: Option<String>,
    /// Opted in to e-mail notifications.
    pub email_notifications: bool,
}

impl UserRow {
    /// The domain view (the row is typed already, so this cannot fail).
    pub fn to_user(&self) -> User {
        User {
            id: self.id,
            email: self.email.clone(),
            display_name: self.display_name.clone(),
            role: self.role,
            group: self.stakeholder_group.clone(),
            organisation: self.organisation.clone(),
            status: self.status,
            // Written only through `TimeZone::parse`; a zone that a newer
            // tz database dropped falls back to UTC rather than locking the
            // user out.
            time_zone: crate::domain::time_zone::TimeZone::parse(&self.time_zone)
                .unwrap_or_default(),
            must_change_password: self.must_change_password,
            language: self.language.as_deref().and_then(crate::i18n::Lang::parse),
            email_notifications: self.email_notifications,
        }
    }
}

/// A row about to be inserted.
#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUserRow<'a> {
    /// Lower-cased email.
    pub email: &'a str,
    /// Display name.
    pub display_name: &'a str,
    /// Argon2id PHC string.
    pub password_hash: &'a str,
    /// Role spelling.
    pub role: &'a str,
    /// Group id.
    pub stakeholder_group: &'a str,
    /// Organisation.
    pub organisation: &'a str,
    /// Status spelling.
    pub status: &'a str,
    /// Creation time.
    pub created_at: NaiveDateTime,
    /// Same as created_at.
    pub updated_at: NaiveDateTime,
}

/// Current UTC time at microsecond precision (what PostgreSQL keeps).
pub fn now() -> NaiveDateTime {
    use chrono::SubsecRound;
    chrono::Utc::now().naive_utc().trunc_subsecs(6)
}

/// Inserts and returns the new row (read back by its unique email:
/// `RETURNING` does not compile on the multi-backend connection).
pub fn insert(conn: &mut Db, row: &NewUserRow<'_>) -> QueryResult<UserRow> {
    diesel::insert_into(users::table)
        .values(row)
        .execute(conn)?;
    find_by_email(conn, row.email)?.ok_or(diesel::result::Error::NotFound)
}

/// The user with this (already normalised) email.
pub fn find_by_email(conn: &mut Db, email: &str) -> QueryResult<Option<UserRow>> {
    users::table
        .filter(users::email.eq(email))
        .select(UserRow::as_select())
        .first(conn)
        .optional()
}

/// The user with this id.
pub fn find(conn: &mut Db, id: UserId) -> QueryResult<Option<UserRow>> {
    users::table
        .find(id.0)
        .select(UserRow::as_select())
        .first(conn)
        .optional()
}

/// Users, optionally of one status, oldest first.
pub fn list(conn: &mut Db, status: Option<UserStatus>) -> QueryResult<Vec<UserRow>> {
    let mut q = users::table
        .select(UserRow::as_select())
        .order(users::id.asc())
        .into_boxed();
    if let Some(s) = status {
        q = q.filter(users::status.eq(s.as_str()));
    }
    q.load(conn)
}

/// Users of one status, role and group (each optional), oldest first: the
/// admin's list (`services::account_admin`).
pub fn list_filtered(
    conn: &mut Db,
    status: Option<UserStatus>,
    role: Option<Role>,
    group: Option<&str>,
) -> QueryResult<Vec<UserRow>> {
    let mut q = users::table
        .select(UserRow::as_select())
        .order(users::id.asc())
        .into_boxed();
    if let Some(s) = status {
        q = q.filter(users::status.eq(s.as_str()));
    }
    if let Some(r) = role {
        q = q.filter(users::role.eq(r.as_str()));
    }
    if let Some(g) = group {
        q = q.filter(users::stakeholder_group.eq(g.to_owned()));
    }
    q.load(conn)
}

/// Display names of the given users, in one query (pages that name many
/// actors at once).
pub fn display_names(
    conn: &mut Db,
    ids: &[UserId],
) -> QueryResult<std::collections::HashMap<UserId, String>> {
    let raw: Vec<i64> = ids.iter().map(|i| i.0).collect();
    Ok(users::table
        .filter(users::id.eq_any(raw))
        .select((users::id, users::display_name))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .map(|(id, name)| (UserId(id), name))
        .collect())
}

/// How many users exist (the demo seeds only an empty database).
pub fn count(conn: &mut Db) -> QueryResult<i64> {
    users::table.count().get_result(conn)
}

/// Bumped by every change to a user row, before it and again after its
/// transaction commits ([`super::transaction`]): caches of users
/// (`auth::sessions`) drop whatever they read before the latest bump.
static EPOCH: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// Whether the transaction running on this thread changed a user.
    static CHANGED: Cell<bool> = const { Cell::new(false) };
}

/// The current epoch of the users table (see [`EPOCH`]).
pub fn epoch() -> u64 {
    EPOCH.load(Ordering::Acquire)
}

/// Records a change to a user row: bumps the epoch now, and marks the
/// transaction so that [`super::transaction`] bumps it again at commit.
fn changed() {
    EPOCH.fetch_add(1, Ordering::AcqRel);
    CHANGED.with(|c| c.set(true));
}

/// Called when a transaction ends: bumps the epoch once more if it changed
/// a user, so that nothing read before the commit stays cached.
pub(super) fn after_transaction() {
    if CHANGED.with(|c| c.replace(false)) {
        EPOCH.fetch_add(1, Ordering::AcqRel);
    }
}

/// Sets the status; a suspension also revokes every token.
pub fn set_status(conn: &mut Db, id: UserId, status: UserStatus) -> QueryResult<usize> {
    changed();
    let bump = i64::from(status == UserStatus::Suspended);
    diesel::update(users::table.find(id.0))
        .set((
            users::status.eq(status.as_str()),
            users::token_version.eq(users::token_version + bump),
            users::updated_at.eq(now()),
        ))
        .execute(conn)
}

/// Changes role, group and organisation together (the admin's form).
pub fn set_profile(
    conn: &mut Db,
    id: UserId,
    role: Role,
    group: &str,
    organisation: &str,
) -> QueryResult<usize> {
    changed();
    diesel::update(users::table.find(id.0))
        .set((
            users::role.eq(role.as_str()),
            users::stakeholder_group.eq(group),
            users::organisation.eq(organisation),
            users::updated_at.eq(now()),
        ))
        .execute(conn)
}

/// Revokes every token the user holds (logout).
pub fn bump_token_version(conn: &mut Db, id: UserId) -> QueryResult<usize> {
    changed();
    diesel::update(users::table.find(id.0))
        .set((
            users::token_version.eq(users::token_version + 1),
            users::updated_at.eq(now()),
        ))
        .execute(conn)
}

/// Changes the name, time zone and language the user chose on their account page.
pub fn set_preferences(
    conn: &mut Db,
    id: UserId,
    display_name: &str,
    time_zone: &str,
    language: Option<&str>,
    email_notifications: bool,
) -> QueryResult<usize> {
    changed();
    diesel::update(users::table.find(id.0))
        .set((
            users::display_name.eq(display_name),
            users::time_zone.eq(time_zone),
            users::language.eq(language),
            users::email_notifications.eq(email_notifications),
            users::updated_at.eq(now()),
        ))
        .execute(conn)
}

/// Stores a new password hash and revokes every token issued before
/// (`must_change`: the hash is of a one-time code an admin handed out).
pub fn set_password(conn: &mut Db, id: UserId, phc: &str, must_change: bool) -> QueryResult<usize> {
    changed();
    diesel::update(users::table.find(id.0))
        .set((
            users::password_hash.eq(phc),
            users::must_change_password.eq(must_change),
            users::token_version.eq(users::token_version + 1),
            users::updated_at.eq(now()),
        ))
        .execute(conn)
}
