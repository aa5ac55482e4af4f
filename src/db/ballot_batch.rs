//! Queries that cast many ballots at once: the group commit of
//! `services::rounds::batch` reads the electors and writes the ballots of a
//! whole batch with one statement each, instead of one per ballot, so a
//! batch costs a few round trips however many ballots it holds.

use diesel::prelude::*;

use super::Db;
use super::rounds::NewBallotRow;
use super::schema::{ballots, electorate};
use crate::domain::round::RoundId;
use crate::domain::user::UserId;

/// The members of `users` in the round's electorate, with the group and
/// organisation fixed when it opened: `(user id, group, organisation)`.
pub fn electors(
    conn: &mut Db,
    round: RoundId,
    users: &[UserId],
) -> QueryResult<Vec<(UserId, String, String)>> {
    let ids: Vec<i64> = users.iter().map(|u| u.0).collect();
    Ok(electorate::table
        .filter(electorate::round_id.eq(round.0))
        .filter(electorate::user_id.eq_any(ids))
        .select((
            electorate::user_id,
            electorate::stakeholder_group,
            electorate::organisation,
        ))
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|(u, g, o)| (UserId(u), g, o))
        .collect())
}

/// Marks the current ballots of these voters in the round as replaced;
/// returns the voter keys that had one.
pub fn supersede(conn: &mut Db, round: RoundId, voter_keys: &[&str]) -> QueryResult<Vec<String>> {
    diesel::update(
        ballots::table
            .filter(ballots::round_id.eq(round.0))
            .filter(ballots::voter_key.eq_any(voter_keys))
            .filter(ballots::is_current.eq(true)),
    )
    .set(ballots::is_current.eq(false))
    .returning(ballots::voter_key)
    .get_results(conn)
}

/// Stores the ballots with one multi-row insert.
pub fn insert(conn: &mut Db, rows: &[NewBallotRow<'_>]) -> QueryResult<usize> {
    if rows.is_empty() {
        return Ok(0);
    }
    match conn {
        Db::Postgresql(c) => diesel::insert_into(ballots::table).values(rows).execute(c),
        Db::Sqlite(c) => diesel::insert_into(ballots::table).values(rows).execute(c),
    }
}
