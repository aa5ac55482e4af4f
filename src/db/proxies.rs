//! The proxies table: votes given by one elector to another for one round.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Db;
use super::schema::{proxies, users};
use crate::domain::round::RoundId;
use crate::domain::user::UserId;

/// A live or ended proxy.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = proxies)]
pub struct ProxyRow {
    /// Primary key.
    pub id: i64,
    /// The round.
    #[diesel(deserialize_as = i64)]
    pub round_id: RoundId,
    /// Who gave their vote.
    #[diesel(deserialize_as = i64)]
    pub grantor_id: UserId,
    /// Who holds it.
    #[diesel(deserialize_as = i64)]
    pub holder_id: UserId,
    /// When it was given.
    pub granted_at: NaiveDateTime,
    /// When the holder first cast for the grantor.
    pub used_at: Option<NaiveDateTime>,
    /// When it was revoked or ended.
    pub ended_at: Option<NaiveDateTime>,
    /// Why it ended.
    pub ended_reason: Option<String>,
}

/// Records a proxy.
pub fn insert(
    conn: &mut Db,
    round: RoundId,
    grantor: UserId,
    holder: UserId,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::insert_into(proxies::table)
        .values((
            proxies::round_id.eq(round.0),
            proxies::grantor_id.eq(grantor.0),
            proxies::holder_id.eq(holder.0),
            proxies::granted_at.eq(at),
        ))
        .execute(conn)
}

/// The live proxies of a round (not ended), oldest first.
pub fn live(conn: &mut Db, round: RoundId) -> QueryResult<Vec<ProxyRow>> {
    proxies::table
        .filter(proxies::round_id.eq(round.0))
        .filter(proxies::ended_at.is_null())
        .order(proxies::id.asc())
        .select(ProxyRow::as_select())
        .load(conn)
}

/// Marks a live proxy used (the holder cast for the grantor).
pub fn mark_used(conn: &mut Db, id: i64, at: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(proxies::table.find(id).filter(proxies::used_at.is_null()))
        .set(proxies::used_at.eq(Some(at)))
        .execute(conn)
}

/// Ends a live proxy.
pub fn end(conn: &mut Db, id: i64, at: NaiveDateTime, reason: &str) -> QueryResult<usize> {
    diesel::update(proxies::table.find(id).filter(proxies::ended_at.is_null()))
        .set((
            proxies::ended_at.eq(Some(at)),
            proxies::ended_reason.eq(Some(reason)),
        ))
        .execute(conn)
}

/// Display names of users, by id.
pub fn names(conn: &mut Db, ids: &[UserId]) -> QueryResult<Vec<(UserId, String)>> {
    let raw: Vec<i64> = ids.iter().map(|u| u.0).collect();
    Ok(users::table
        .filter(users::id.eq_any(raw))
        .select((users::id, users::display_name))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .map(|(id, name)| (UserId(id), name))
        .collect())
}

/// The electors of a round in one group, `(user id, display name)`, by name.
pub fn electors_in_group(
    conn: &mut Db,
    round: RoundId,
    group: &str,
) -> QueryResult<Vec<(UserId, String)>> {
    use super::schema::electorate;
    Ok(electorate::table
        .inner_join(users::table)
        .filter(electorate::round_id.eq(round.0))
        .filter(electorate::stakeholder_group.eq(group))
        .order(users::display_name.asc())
        .select((users::id, users::display_name))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .map(|(id, name)| (UserId(id), name))
        .collect())
}
