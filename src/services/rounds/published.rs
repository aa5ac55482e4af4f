//! What anyone may read of a round: receipts, turnout.
use super::*;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::db::Db;
use crate::db::rounds::{self as q};
use crate::domain::ballots_file::BallotsFile;
use crate::domain::round::{RoundId, RoundStatus};
use crate::domain::user::{Role, User};
use crate::error::AppError;

/// Whether the ballot with `receipt` was counted in a closed round.
#[derive(Debug, Clone, Serialize)]
pub struct ReceiptCheck {
    /// The receipt asked about.
    pub receipt: String,
    /// True if that ballot was among the counted ballots.
    pub counted: bool,
    /// Why not, when not counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The ranking the ballot holds (so the voter can compare), when counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranking: Option<Vec<Vec<String>>>,
    /// The votes the ballot holds (adoption rounds), when counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub votes: Option<BTreeMap<String, crate::tally::adoption::Vote>>,
}

/// Looks a receipt up in a closed round.
pub fn check_receipt(conn: &mut Db, id: RoundId, receipt: &str) -> Result<ReceiptCheck, AppError> {
    let row = load_row(conn, id)?;
    if row.status != RoundStatus::Closed {
        return Err(AppError::Conflict("err-receipts-after-close".to_owned()));
    }
    let receipt = crate::domain::round::parse_receipt(receipt)?;
    Ok(match q::by_receipt(conn, id, &receipt)? {
        Some(b) if b.is_current => {
            let adoption = row.method.kind() == crate::domain::round::RoundKind::Adoption;
            ReceiptCheck {
                ranking: if adoption {
                    None
                } else {
                    Some(serde_json::from_str(&b.ranking).map_err(AppError::internal)?)
                },
                votes: if adoption {
                    Some(serde_json::from_str(&b.ranking).map_err(AppError::internal)?)
                } else {
                    None
                },
                receipt,
                counted: true,
                reason: None,
            }
        }
        Some(_) => ReceiptCheck {
            receipt,
            counted: false,
            reason: Some("This ballot was replaced by a later ballot of the same voter; only the latest counts.".to_owned()),
            ranking: None,
            votes: None,
        },
        None => ReceiptCheck {
            receipt,
            counted: false,
            reason: Some("No ballot with this receipt was cast in this round.".to_owned()),
            ranking: None,
            votes: None,
        },
    })
}

/// Turnout of a round: electorate and ballots, overall and per group.
#[derive(Debug, Clone, Serialize)]
pub struct Turnout {
    /// Electorate size.
    pub electorate: u64,
    /// Counted ballots.
    pub ballots: u64,
    /// Per group: (group id, electorate, ballots).
    pub groups: Vec<(String, u64, u64)>,
}

/// Computes turnout from the electorate and the counted ballots.
pub fn turnout(conn: &mut Db, id: RoundId) -> Result<Turnout, AppError> {
    let mut groups: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for g in q::electorate_groups(conn, id)? {
        groups.entry(g).or_default().0 += 1;
    }
    let ballots = q::current_ballot_groups(conn, id)?;
    for g in &ballots {
        groups.entry(g.clone()).or_default().1 += 1;
    }
    Ok(Turnout {
        electorate: groups.values().map(|v| v.0).sum(),
        ballots: ballots.len() as u64,
        groups: groups.into_iter().map(|(g, (e, b))| (g, e, b)).collect(),
    })
}

/// A closed round's published evidence: the counted ballots and the stored
/// results document, typed.
#[derive(Debug, Clone)]
pub struct ClosedEvidence {
    /// The counted ballots, as published.
    pub ballots: BallotsFile,
    /// The results document stored at the close.
    pub results: ClosedResults,
}

/// Everything the round page shows, read in one call.
#[derive(Debug, Clone)]
pub struct RoundPage {
    /// The round.
    pub round: Round,
    /// Whether the viewer is in the round's electorate.
    pub is_elector: bool,
    /// The viewer's current ballot, if any.
    pub own: Option<OwnBallot>,
    /// Turnout so far (or final).
    pub turnout: Turnout,
    /// Ballots and results, once closed.
    pub closed: Option<ClosedEvidence>,
    /// The viewer's proxies (open rounds).
    pub proxies: ProxyState,
}

impl RoundPage {
    /// Whether the viewer may vote now: the round is open, they are in its
    /// electorate, and their role votes.
    pub fn can_vote(&self, viewer: &User) -> bool {
        self.round.status == RoundStatus::Open
            && self.is_elector
            && matches!(viewer.role, Role::Delegate | Role::Chair)
    }

    /// Whether the viewer may download the closed round's documents.
    pub fn may_download(&self, viewer: &User) -> bool {
        self.round.status == RoundStatus::Closed
            && crate::domain::round::may_read_documents(viewer.role, self.is_elector)
    }
}

/// The round page's read model for `viewer`.
pub fn page(
    conn: &mut Db,
    ballot_key: &[u8],
    id: RoundId,
    viewer: &User,
) -> Result<RoundPage, AppError> {
    let round = get(conn, id)?;
    let is_elector = q::electorate_member(conn, id, viewer.id)?.is_some();
    let own = own_ballot(conn, ballot_key, id, viewer)?;
    let turnout = turnout(conn, id)?;
    let proxies = if round.status == RoundStatus::Open {
        proxy_state(conn, id, viewer)?
    } else {
        ProxyState::default()
    };
    let closed = if round.status == RoundStatus::Closed {
        Some(ClosedEvidence {
            ballots: published_ballots(conn, id)?,
            results: results_document(conn, id)?,
        })
    } else {
        None
    };
    Ok(RoundPage {
        round,
        is_elector,
        own,
        turnout,
        closed,
        proxies,
    })
}

/// The part of a round page read on every request: the round (its row and
/// proposals, whose decisions may still change after the close), whether
/// the viewer is an elector and their own ballot. A closed round's evidence
/// and turnout never change, so pages read them once
/// ([`closed_evidence`]) and keep them.
pub fn page_head(
    conn: &mut Db,
    ballot_key: &[u8],
    id: RoundId,
    viewer: &User,
) -> Result<RoundPage, AppError> {
    let round = get(conn, id)?;
    let is_elector = q::electorate_member(conn, id, viewer.id)?.is_some();
    let own = own_ballot(conn, ballot_key, id, viewer)?;
    let turnout = if round.status == RoundStatus::Closed {
        // Fixed at the close: the caller has it with the evidence.
        Turnout {
            electorate: 0,
            ballots: 0,
            groups: Vec::new(),
        }
    } else {
        turnout(conn, id)?
    };
    let proxies = if round.status == RoundStatus::Open {
        proxy_state(conn, id, viewer)?
    } else {
        ProxyState::default()
    };
    Ok(RoundPage {
        round,
        is_elector,
        own,
        turnout,
        closed: None,
        proxies,
    })
}

/// A closed round's published ballots, stored results and final turnout:
/// immutable once the round has closed.
pub fn closed_evidence(conn: &mut Db, id: RoundId) -> Result<(ClosedEvidence, Turnout), AppError> {
    let evidence = ClosedEvidence {
        ballots: published_ballots(conn, id)?,
        results: results_document(conn, id)?,
    };
    Ok((evidence, turnout(conn, id)?))
}
