//! The rounds tables: rounds, the proposals they hold, their electorate and
//! their ballots.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Db;
use super::schema::{ballots, electorate, proposals, round_proposals, rounds, users};
use crate::domain::proposal::ProposalId;
use crate::domain::round::{RoundId, RoundKind, RoundMethod, RoundStatus, Secrecy};
use crate::domain::user::UserId;

/// A row of `rounds`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = rounds)]
pub struct RoundRow {
    /// Primary key.
    #[diesel(deserialize_as = i64)]
    pub id: RoundId,
    /// Title.
    pub title: String,
    /// Description (plain text).
    pub description: String,
    /// Method name, or `adoption`.
    #[diesel(deserialize_as = String)]
    pub method: RoundMethod,
    /// Weighting name.
    pub weighting: String,
    /// JSON object of group weights.
    pub group_weights: String,
    /// `secret` or `recorded`.
    #[diesel(deserialize_as = String)]
    pub secrecy: Secrecy,
    /// `draft`, `open` or `closed`.
    #[diesel(deserialize_as = String)]
    pub status: RoundStatus,
    /// Automatic close time (UTC).
    pub closes_at: Option<NaiveDateTime>,
    /// Quorum in percent of the electorate.
    pub quorum_percent: Option<i32>,
    /// The chair who created it.
    #[diesel(deserialize_as = i64)]
    pub created_by: UserId,
    /// Creation time.
    pub created_at: NaiveDateTime,
    /// When it opened.
    pub opened_at: Option<NaiveDateTime>,
    /// When it closed (RFC 3339 text, as published).
    pub closed_at: Option<String>,
    /// JSON array: the tie-break order.
    pub tiebreak: Option<String>,
    /// The ballot digest.
    pub ballot_digest: Option<String>,
    /// The results document (canonical JSON).
    pub results: Option<String>,
    /// Whether turnout reached the quorum.
    pub quorum_met: Option<bool>,
    /// Adoption rounds: rule, preset, houses and group quorum (JSON).
    pub adoption: Option<String>,
}

/// A round about to be inserted.
#[derive(Debug, Insertable)]
#[diesel(table_name = rounds)]
pub struct NewRoundRow<'a> {
    /// Title.
    pub title: &'a str,
    /// Description.
    pub description: &'a str,
    /// Method name.
    pub method: &'a str,
    /// Weighting name.
    pub weighting: &'a str,
    /// JSON object of group weights.
    pub group_weights: &'a str,
    /// Secrecy.
    pub secrecy: &'a str,
    /// Always `draft`.
    pub status: &'a str,
    /// Automatic close.
    pub closes_at: Option<NaiveDateTime>,
    /// Quorum.
    pub quorum_percent: Option<i32>,
    /// Adoption rounds: their setup (JSON).
    pub adoption: Option<&'a str>,
    /// Creator.
    pub created_by: i64,
    /// Now.
    pub created_at: NaiveDateTime,
}

/// Inserts a round and returns its id. Runs inside a write transaction
/// (which serialises writers), so the newest id is this one.
pub fn insert(conn: &mut Db, row: &NewRoundRow<'_>) -> QueryResult<RoundId> {
    diesel::insert_into(rounds::table)
        .values(row)
        .execute(conn)?;
    rounds::table
        .select(rounds::id)
        .order(rounds::id.desc())
        .first(conn)
        .map(RoundId)
}

/// Attaches proposals to a round, in order.
pub fn add_proposals(
    conn: &mut Db,
    round: RoundId,
    proposal_ids: &[ProposalId],
) -> QueryResult<()> {
    for (pos, p) in proposal_ids.iter().enumerate() {
        diesel::insert_into(round_proposals::table)
            .values((
                round_proposals::round_id.eq(round.0),
                round_proposals::proposal_id.eq(p.0),
                round_proposals::position.eq(i32::try_from(pos).unwrap_or(i32::MAX)),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// One round.
pub fn find(conn: &mut Db, id: RoundId) -> QueryResult<Option<RoundRow>> {
    rounds::table
        .find(id.0)
        .select(RoundRow::as_select())
        .first(conn)
        .optional()
}

/// Every round, newest first.
pub fn list(conn: &mut Db) -> QueryResult<Vec<RoundRow>> {
    rounds::table
        .select(RoundRow::as_select())
        .order(rounds::id.desc())
        .load(conn)
}

/// Closed rounds `(id, title)`, newest first.
pub fn closed(conn: &mut Db) -> QueryResult<Vec<(RoundId, String)>> {
    Ok(rounds::table
        .filter(rounds::status.eq(RoundStatus::Closed.as_str()))
        .select((rounds::id, rounds::title))
        .order(rounds::id.desc())
        .load::<(i64, String)>(conn)?
        .into_iter()
        .map(|(id, title)| (RoundId(id), title))
        .collect())
}

/// Closed rounds `(id, title, kind)`, newest first (the audit page's
/// downloads, which depend on the kind).
pub fn closed_with_kind(conn: &mut Db) -> QueryResult<Vec<(RoundId, String, RoundKind)>> {
    Ok(rounds::table
        .filter(rounds::status.eq(RoundStatus::Closed.as_str()))
        .select((rounds::id, rounds::title, rounds::method))
        .order(rounds::id.desc())
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|(id, title, method)| {
            let kind = if method == RoundMethod::Adoption.as_str() {
                RoundKind::Adoption
            } else {
                RoundKind::Ranking
            };
            (RoundId(id), title, kind)
        })
        .collect())
}

/// The round's proposals `(id, title, status)` in the round's order.
pub fn proposals_of(
    conn: &mut Db,
    round: RoundId,
) -> QueryResult<Vec<(ProposalId, String, String)>> {
    Ok(round_proposals::table
        .inner_join(proposals::table)
        .filter(round_proposals::round_id.eq(round.0))
        .order(round_proposals::position.asc())
        .select((proposals::id, proposals::title, proposals::status))
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|(id, title, status)| (ProposalId(id), title, status))
        .collect())
}

/// A proposal as a round lists it: `(id, title, status)`.
pub type RoundProposalRow = (ProposalId, String, String);

/// Every round's proposals `(id, title, status)` in each round's order, in
/// one query (the round list).
pub fn proposals_of_all(
    conn: &mut Db,
) -> QueryResult<std::collections::HashMap<RoundId, Vec<RoundProposalRow>>> {
    let rows = round_proposals::table
        .inner_join(proposals::table)
        .order((
            round_proposals::round_id.asc(),
            round_proposals::position.asc(),
        ))
        .select((
            round_proposals::round_id,
            proposals::id,
            proposals::title,
            proposals::status,
        ))
        .load::<(i64, i64, String, String)>(conn)?;
    let mut out: std::collections::HashMap<RoundId, Vec<_>> = std::collections::HashMap::new();
    for (round, id, title, status) in rows {
        out.entry(RoundId(round))
            .or_default()
            .push((ProposalId(id), title, status));
    }
    Ok(out)
}

/// Sets a round's status and the matching time column.
pub fn mark_open(conn: &mut Db, id: RoundId, at: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(rounds::table.find(id.0).filter(rounds::status.eq("draft")))
        .set((rounds::status.eq("open"), rounds::opened_at.eq(Some(at))))
        .execute(conn)
}

/// Fixes the electorate: every active delegate and chair, with their group
/// and organisation as they are now. Returns its size.
pub fn fix_electorate(conn: &mut Db, round: RoundId) -> QueryResult<usize> {
    let voters: Vec<(i64, String, String)> = users::table
        .filter(users::status.eq("active"))
        .filter(users::role.eq_any(["delegate", "chair"]))
        .order(users::id.asc())
        .select((users::id, users::stakeholder_group, users::organisation))
        .load(conn)?;
    // One row at a time: batch inserts do not compile on the multi-backend
    // connection, and a panel of a few hundred takes milliseconds anyway.
    for (u, g, o) in &voters {
        diesel::insert_into(electorate::table)
            .values((
                electorate::round_id.eq(round.0),
                electorate::user_id.eq(*u),
                electorate::stakeholder_group.eq(g.as_str()),
                electorate::organisation.eq(o.as_str()),
            ))
            .execute(conn)?;
    }
    Ok(voters.len())
}

/// A voter's group and organisation as fixed at opening, if they are in
/// the electorate.
pub fn electorate_member(
    conn: &mut Db,
    round: RoundId,
    user: UserId,
) -> QueryResult<Option<(String, String)>> {
    electorate::table
        .filter(electorate::round_id.eq(round.0))
        .filter(electorate::user_id.eq(user.0))
        .select((electorate::stakeholder_group, electorate::organisation))
        .first(conn)
        .optional()
}

/// The electorate's size per group.
pub fn electorate_groups(conn: &mut Db, round: RoundId) -> QueryResult<Vec<String>> {
    electorate::table
        .filter(electorate::round_id.eq(round.0))
        .select(electorate::stakeholder_group)
        .load(conn)
}

/// A stored ballot.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ballots)]
pub struct BallotRow {
    /// Primary key.
    pub id: i64,
    /// Its round.
    #[diesel(deserialize_as = i64)]
    pub round_id: RoundId,
    /// Keyed hash of (round.0, user).
    pub voter_key: String,
    /// The voter, in recorded rounds only.
    #[diesel(deserialize_as = super::NullableId)]
    pub user_id: Option<UserId>,
    /// Voter's group (from the electorate).
    pub stakeholder_group: String,
    /// Voter's organisation (from the electorate).
    pub organisation: String,
    /// The ballot as canonical JSON: tiers in ranking rounds, a
    /// `{candidate: vote}` object in adoption rounds.
    pub ranking: String,
    /// The receipt.
    pub receipt: String,
    /// False once replaced.
    pub is_current: bool,
    /// When it was cast.
    pub cast_at: NaiveDateTime,
}

/// A ballot about to be stored.
#[derive(Debug, Insertable)]
#[diesel(table_name = ballots)]
pub struct NewBallotRow<'a> {
    /// Round.
    pub round_id: i64,
    /// Keyed hash of (round.0, user).
    pub voter_key: &'a str,
    /// Recorded rounds only.
    pub user_id: Option<i64>,
    /// Group.
    pub stakeholder_group: &'a str,
    /// Organisation.
    pub organisation: &'a str,
    /// Canonical JSON tiers.
    pub ranking: &'a str,
    /// Receipt.
    pub receipt: &'a str,
    /// Always true on insert.
    pub is_current: bool,
    /// Now.
    pub cast_at: NaiveDateTime,
}

/// Marks the voter's current ballot replaced; returns how many rows changed.
pub fn supersede(conn: &mut Db, round: RoundId, voter_key: &str) -> QueryResult<usize> {
    diesel::update(
        ballots::table
            .filter(ballots::round_id.eq(round.0))
            .filter(ballots::voter_key.eq(voter_key))
            .filter(ballots::is_current.eq(true)),
    )
    .set(ballots::is_current.eq(false))
    .execute(conn)
}

/// Stores a ballot.
pub fn insert_ballot(conn: &mut Db, row: &NewBallotRow<'_>) -> QueryResult<usize> {
    diesel::insert_into(ballots::table)
        .values(row)
        .execute(conn)
}

/// The voter's current ballot.
pub fn current_ballot(
    conn: &mut Db,
    round: RoundId,
    voter_key: &str,
) -> QueryResult<Option<BallotRow>> {
    ballots::table
        .filter(ballots::round_id.eq(round.0))
        .filter(ballots::voter_key.eq(voter_key))
        .filter(ballots::is_current.eq(true))
        .select(BallotRow::as_select())
        .first(conn)
        .optional()
}

/// Every counted ballot of a round, with the voter's current display name
/// for recorded rounds.
pub fn current_ballots(
    conn: &mut Db,
    round: RoundId,
) -> QueryResult<Vec<(BallotRow, Option<String>)>> {
    ballots::table
        .left_join(users::table)
        .filter(ballots::round_id.eq(round.0))
        .filter(ballots::is_current.eq(true))
        .order(ballots::receipt.asc())
        .select((BallotRow::as_select(), users::display_name.nullable()))
        .load(conn)
}

/// A ballot by receipt.
pub fn by_receipt(conn: &mut Db, round: RoundId, receipt: &str) -> QueryResult<Option<BallotRow>> {
    ballots::table
        .filter(ballots::round_id.eq(round.0))
        .filter(ballots::receipt.eq(receipt))
        .select(BallotRow::as_select())
        .first(conn)
        .optional()
}

/// What closing stores.
#[derive(Debug, AsChangeset)]
#[diesel(table_name = rounds)]
pub struct Closing<'a> {
    /// Always `closed`.
    pub status: &'a str,
    /// RFC 3339 text.
    pub closed_at: Option<&'a str>,
    /// JSON array.
    pub tiebreak: Option<&'a str>,
    /// Hex digest.
    pub ballot_digest: Option<&'a str>,
    /// Canonical results document.
    pub results: Option<&'a str>,
    /// Quorum outcome.
    pub quorum_met: Option<bool>,
}

/// Stores the close, only if the round is still open; returns rows changed.
pub fn mark_closed(conn: &mut Db, id: RoundId, closing: &Closing<'_>) -> QueryResult<usize> {
    diesel::update(rounds::table.find(id.0).filter(rounds::status.eq("open")))
        .set(closing)
        .execute(conn)
}

/// Open rounds whose closing time has passed.
pub fn due(conn: &mut Db, now: NaiveDateTime) -> QueryResult<Vec<RoundId>> {
    Ok(rounds::table
        .filter(rounds::status.eq("open"))
        .filter(rounds::closes_at.le(now))
        .select(rounds::id)
        .load::<i64>(conn)?
        .into_iter()
        .map(RoundId)
        .collect())
}

/// Status of the rounds that hold a proposal (to lock edits and withdrawal).
pub fn statuses_holding(conn: &mut Db, proposal: ProposalId) -> QueryResult<Vec<String>> {
    round_proposals::table
        .inner_join(rounds::table)
        .filter(round_proposals::proposal_id.eq(proposal.0))
        .select(rounds::status)
        .load(conn)
}

/// Submitted proposals, oldest first: what a chair can put to a vote.
pub fn submitted_proposals(conn: &mut Db) -> QueryResult<Vec<super::proposals::ProposalRow>> {
    proposals::table
        .filter(proposals::status.eq("submitted"))
        .order(proposals::id.asc())
        .select(super::proposals::ProposalRow::as_select())
        .load(conn)
}

/// How many electors of a round share each group (or organisation).
pub fn electorate_label_counts(
    conn: &mut Db,
    round: RoundId,
    by_organisation: bool,
) -> QueryResult<Vec<(String, i64)>> {
    let base = electorate::table.filter(electorate::round_id.eq(round.0));
    if by_organisation {
        base.group_by(electorate::organisation)
            .select((electorate::organisation, diesel::dsl::count_star()))
            .order(electorate::organisation.asc())
            .load(conn)
    } else {
        base.group_by(electorate::stakeholder_group)
            .select((electorate::stakeholder_group, diesel::dsl::count_star()))
            .order(electorate::stakeholder_group.asc())
            .load(conn)
    }
}

/// How many active delegates and chairs (a future electorate) share each
/// group (or organisation).
pub fn voter_label_counts(conn: &mut Db, by_organisation: bool) -> QueryResult<Vec<(String, i64)>> {
    let base = users::table
        .filter(users::status.eq("active"))
        .filter(users::role.eq_any(["delegate", "chair"]));
    if by_organisation {
        base.group_by(users::organisation)
            .select((users::organisation, diesel::dsl::count_star()))
            .order(users::organisation.asc())
            .load(conn)
    } else {
        base.group_by(users::stakeholder_group)
            .select((users::stakeholder_group, diesel::dsl::count_star()))
            .order(users::stakeholder_group.asc())
            .load(conn)
    }
}

/// The group of every counted ballot of a round (for turnout).
pub fn current_ballot_groups(conn: &mut Db, round: RoundId) -> QueryResult<Vec<String>> {
    ballots::table
        .filter(ballots::round_id.eq(round.0))
        .filter(ballots::is_current.eq(true))
        .select(ballots::stakeholder_group)
        .load(conn)
}
