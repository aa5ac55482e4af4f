//! The home page's read model: what the signed-in user should do next, by
//! role, in a fixed number of queries (at most ten, whatever the data).
//!
//! - participants (delegates, chairs): open rounds they may vote in and have
//!   not (with the deadline), and those they have voted in (they may change
//!   the ballot until the round closes), their drafts and the submitted proposals that
//!   still lack support (and what), other groups' proposals they could
//!   co-sponsor, and comments on their proposals from the last
//!   [`COMMENT_DAYS`] days. A fixed window, not "since your last visit":
//!   the app keeps no visit history, and a window gives the same answer on
//!   every device and after a reload.
//! - chairs also: draft rounds to open, open rounds to close, and submitted
//!   proposals that are eligible and in no round yet.
//! - auditors (and admins): closed rounds whose ballots or results they
//!   have not downloaded since the round closed (`export_downloads`), and
//!   the latest signed checkpoint of the audit trail.
//! - admins: registrations waiting.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::Db;
use crate::db::schema::{
    ballots, comments, cosponsors, electorate, export_downloads, proposals, rounds, users,
};
use crate::db::tlog_schema::audit_tree_checkpoints;
use crate::domain::proposal::{EligibilityRule, Missing, ProposalId, ProposalStatus, missing};
use crate::domain::round::RoundId;
use crate::domain::user::{Role, User};
use crate::error::AppError;
use crate::services::rounds::voter_key;

/// Comments on one's proposals count as new for this many days.
pub const COMMENT_DAYS: i64 = 7;
/// At most this many proposals are suggested for co-sponsoring.
pub const SUGGESTIONS: i64 = 10;

/// A round on the home page.
#[derive(Debug, Clone)]
pub struct HomeRound {
    /// Id.
    pub id: RoundId,
    /// Title.
    pub title: String,
    /// Deadline (UTC), if any.
    pub closes_at: Option<NaiveDateTime>,
    /// When it closed (RFC 3339 text, as stored), for closed rounds.
    pub closed_at: Option<String>,
}

/// A proposal on the home page, with what it still lacks.
#[derive(Debug, Clone)]
pub struct HomeProposal {
    /// Id.
    pub id: ProposalId,
    /// Title.
    pub title: String,
    /// Status.
    pub status: ProposalStatus,
    /// What it lacks before it may enter a round, if anything (the page
    /// words it in the reader's language).
    pub missing: Option<Missing>,
    /// Author's stakeholder group id.
    pub group: String,
}

/// New comments on one of the user's proposals.
#[derive(Debug, Clone)]
pub struct CommentNews {
    /// The proposal.
    pub proposal: ProposalId,
    /// Its title.
    pub title: String,
    /// How many comments by others in the window.
    pub count: i64,
    /// The latest one (UTC).
    pub latest: NaiveDateTime,
}

/// The latest signed checkpoint of the audit trail.
#[derive(Debug, Clone)]
pub struct SignedHead {
    /// Checkpoint number.
    pub number: i64,
    /// Tree size (entries covered).
    pub size: i64,
    /// Root hash (base64, as in the note).
    pub root: String,
    /// When it was signed (RFC 3339).
    pub at: String,
}

/// Everything the home page shows.
#[derive(Debug, Clone, Default)]
pub struct Home {
    /// Open rounds the user may vote in and has not.
    pub to_vote: Vec<HomeRound>,
    /// Open rounds the user has voted in: they may still change the
    /// ballot until the round closes.
    pub voted: Vec<HomeRound>,
    /// The user's drafts.
    pub drafts: Vec<HomeProposal>,
    /// The user's submitted proposals still lacking support.
    pub lacking: Vec<HomeProposal>,
    /// Other groups' submitted proposals the user could co-sponsor.
    pub to_cosponsor: Vec<HomeProposal>,
    /// Comments on the user's proposals in the last [`COMMENT_DAYS`] days.
    pub comments: Vec<CommentNews>,
    /// Chairs: draft rounds to open.
    pub to_open: Vec<HomeRound>,
    /// Chairs: open rounds to close.
    pub to_close: Vec<HomeRound>,
    /// Chairs: eligible proposals in no round.
    pub eligible: Vec<HomeProposal>,
    /// Auditors: closed rounds they have not downloaded since they closed.
    pub to_download: Vec<HomeRound>,
    /// Auditors: the latest signed checkpoint.
    pub head: Option<SignedHead>,
    /// Admins: how many registrations wait.
    pub pending: i64,
}

type RoundTuple = (i64, String, Option<NaiveDateTime>, Option<String>);

fn home_round((id, title, closes_at, closed_at): RoundTuple) -> HomeRound {
    HomeRound {
        id: RoundId(id),
        title,
        closes_at,
        closed_at,
    }
}

type ProposalTuple = (i64, String, String, i32, i32, String);

fn home_proposal(rule: EligibilityRule, t: ProposalTuple) -> Result<HomeProposal, AppError> {
    let (id, title, status, support, groups, group) = t;
    let status: ProposalStatus = status.parse().map_err(AppError::from)?;
    let n = |x: i32| u32::try_from(x).unwrap_or(0);
    Ok(HomeProposal {
        id: ProposalId(id),
        title,
        status,
        missing: missing(rule, status, n(support), n(groups)),
        group,
    })
}

const PROPOSAL_COLUMNS: (
    proposals::id,
    proposals::title,
    proposals::status,
    proposals::support_count,
    proposals::support_groups,
    proposals::author_group,
) = (
    proposals::id,
    proposals::title,
    proposals::status,
    proposals::support_count,
    proposals::support_groups,
    proposals::author_group,
);

/// The home page of `user` at `now`. `ballot_key` finds their ballots in
/// secret rounds too (the keyed voter hash), without naming them.
pub fn page(
    conn: &mut Db,
    rule: EligibilityRule,
    ballot_key: &[u8],
    user: &User,
    now: NaiveDateTime,
) -> Result<Home, AppError> {
    let mut home = Home::default();
    if matches!(user.role, Role::Delegate | Role::Chair) {
        participant(conn, rule, ballot_key, user, now, &mut home)?;
    }
    if user.role == Role::Chair {
        chair(conn, rule, &mut home)?;
    }
    if matches!(user.role, Role::Auditor | Role::Admin) {
        auditor(conn, user, &mut home)?;
    }
    if user.role == Role::Admin {
        home.pending = users::table
            .filter(users::status.eq("pending"))
            .count()
            .get_result(conn)?;
    }
    Ok(home)
}

/// Five queries: open rounds of the user's electorate, their ballots there,
/// their own proposals, suggestions, comment counts.
fn participant(
    conn: &mut Db,
    rule: EligibilityRule,
    ballot_key: &[u8],
    user: &User,
    now: NaiveDateTime,
    home: &mut Home,
) -> Result<(), AppError> {
    let open: Vec<RoundTuple> = rounds::table
        .inner_join(electorate::table)
        .filter(electorate::user_id.eq(user.id.0))
        .filter(rounds::status.eq("open"))
        .select((
            rounds::id,
            rounds::title,
            rounds::closes_at,
            rounds::closed_at,
        ))
        .order((rounds::closes_at.asc(), rounds::id.asc()))
        .load(conn)?;
    let mut keys = Vec::with_capacity(open.len());
    for r in &open {
        keys.push(voter_key(ballot_key, RoundId(r.0), user)?);
    }
    let voted: HashSet<i64> = if keys.is_empty() {
        HashSet::new()
    } else {
        ballots::table
            .filter(ballots::voter_key.eq_any(&keys))
            .filter(ballots::is_current.eq(true))
            .select(ballots::round_id)
            .load::<i64>(conn)?
            .into_iter()
            .collect()
    };
    let (done, waiting): (Vec<RoundTuple>, Vec<RoundTuple>) =
        open.into_iter().partition(|r| voted.contains(&r.0));
    home.to_vote = waiting.into_iter().map(home_round).collect();
    home.voted = done.into_iter().map(home_round).collect();

    let own: Vec<ProposalTuple> = proposals::table
        .filter(proposals::author_id.eq(user.id.0))
        .filter(proposals::status.eq_any(["draft", "submitted"]))
        .select(PROPOSAL_COLUMNS)
        .order(proposals::id.desc())
        .load(conn)?;
    for t in own {
        let p = home_proposal(rule, t)?;
        match p.status {
            ProposalStatus::Draft => home.drafts.push(p),
            _ if p.missing.is_some() => home.lacking.push(p),
            _ => {}
        }
    }

    let mine = cosponsors::table
        .filter(cosponsors::user_id.eq(user.id.0))
        .select(cosponsors::proposal_id);
    let others: Vec<ProposalTuple> = proposals::table
        .filter(proposals::status.eq("submitted"))
        .filter(proposals::author_group.ne(&user.group))
        .filter(proposals::author_id.ne(user.id.0))
        .filter(proposals::id.ne_all(mine))
        .select(PROPOSAL_COLUMNS)
        .order(proposals::submitted_at.desc())
        .limit(SUGGESTIONS)
        .load(conn)?;
    home.to_cosponsor = others
        .into_iter()
        .map(|t| home_proposal(rule, t))
        .collect::<Result<_, _>>()?;

    let since = now - Duration::days(COMMENT_DAYS);
    let news: Vec<(i64, String, i64, Option<NaiveDateTime>)> = comments::table
        .inner_join(proposals::table)
        .filter(proposals::author_id.eq(user.id.0))
        .filter(comments::author_id.ne(user.id.0))
        .filter(comments::hidden_at.is_null())
        .filter(comments::created_at.ge(since))
        .group_by((proposals::id, proposals::title))
        .select((
            proposals::id,
            proposals::title,
            diesel::dsl::count(comments::id),
            diesel::dsl::max(comments::created_at),
        ))
        .load(conn)?;
    home.comments = news
        .into_iter()
        .filter_map(|(id, title, count, latest)| {
            Some(CommentNews {
                proposal: ProposalId(id),
                title,
                count,
                latest: latest?,
            })
        })
        .collect();
    home.comments.sort_by_key(|c| std::cmp::Reverse(c.latest));
    Ok(())
}

/// Two queries: rounds to open or close, eligible proposals in no round.
fn chair(conn: &mut Db, rule: EligibilityRule, home: &mut Home) -> Result<(), AppError> {
    let runnable: Vec<(RoundTuple, String)> = rounds::table
        .filter(rounds::status.eq_any(["draft", "open"]))
        .select((
            (
                rounds::id,
                rounds::title,
                rounds::closes_at,
                rounds::closed_at,
            ),
            rounds::status,
        ))
        .order(rounds::id.asc())
        .load(conn)?;
    for (r, status) in runnable {
        if status == "draft" {
            home.to_open.push(home_round(r));
        } else {
            home.to_close.push(home_round(r));
        }
    }
    let in_rounds = crate::db::schema::round_proposals::table
        .select(crate::db::schema::round_proposals::proposal_id);
    let free: Vec<ProposalTuple> = proposals::table
        .filter(proposals::status.eq("submitted"))
        .filter(proposals::id.ne_all(in_rounds))
        .select(PROPOSAL_COLUMNS)
        .order(proposals::id.asc())
        .load(conn)?;
    for t in free {
        let p = home_proposal(rule, t)?;
        if p.missing.is_none() {
            home.eligible.push(p);
        }
    }
    Ok(())
}

/// Three queries: closed rounds, when this user last downloaded an export
/// of each, the latest signed checkpoint. A round stays on the list until
/// its viewer downloads any of its files (ballots or results, any format)
/// after it closed: the downloads are recorded in `export_downloads`.
fn auditor(conn: &mut Db, user: &User, home: &mut Home) -> Result<(), AppError> {
    let closed: Vec<RoundTuple> = rounds::table
        .filter(rounds::status.eq("closed"))
        .select((
            rounds::id,
            rounds::title,
            rounds::closes_at,
            rounds::closed_at,
        ))
        .order((rounds::closed_at.desc(), rounds::id.desc()))
        .load(conn)?;
    let fetched: HashMap<i64, Option<String>> = export_downloads::table
        .filter(export_downloads::user_id.eq(user.id.0))
        .group_by(export_downloads::round_id)
        .select((
            export_downloads::round_id,
            diesel::dsl::max(export_downloads::downloaded_at),
        ))
        .load::<(i64, Option<String>)>(conn)?
        .into_iter()
        .collect();
    // Both times are RFC 3339 UTC text of one spelling: text order is time
    // order.
    home.to_download = closed
        .into_iter()
        .filter(
            |(id, _, _, closed_at)| match (fetched.get(id).cloned().flatten(), closed_at) {
                (Some(last), Some(closed)) => last < *closed,
                (Some(_), None) => false,
                (None, _) => true,
            },
        )
        .map(home_round)
        .collect();
    home.head = audit_tree_checkpoints::table
        .select((
            audit_tree_checkpoints::number,
            audit_tree_checkpoints::size,
            audit_tree_checkpoints::root,
            audit_tree_checkpoints::at,
        ))
        .order(audit_tree_checkpoints::number.desc())
        .first::<(i64, i64, String, String)>(conn)
        .optional()?
        .map(|(number, size, root, at)| SignedHead {
            number,
            size,
            root,
            at,
        });
    Ok(())
}
