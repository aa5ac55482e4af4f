//! Co-sponsoring a proposal and withdrawing that support.
use super::*;
use serde_json::json;

use crate::audit::store::Actor;
use crate::audit::{NewEntry, append};
use crate::db::proposals::{self as q};
use crate::db::{self, Db, users};
use crate::domain::ValidationError;
use crate::domain::proposal::{EligibilityRule, ProposalId};
use crate::domain::user::User;
use crate::error::AppError;
use crate::messages;

/// Adds `user` as a co-sponsor of someone else's submitted proposal.
pub fn cosponsor(
    conn: &mut Db,
    rule: EligibilityRule,
    user: &User,
    id: ProposalId,
) -> Result<ProposalView, AppError> {
    db::transaction(conn, |tx| {
        let row = visible_row(tx, user.id, id)?;
        if row.author_id == user.id {
            return Err(ValidationError::new("proposal", messages::OWN_PROPOSAL).into());
        }
        if let Some(why) = super::cosponsor_refusal(row.status) {
            return Err(AppError::Conflict(why.to_owned()));
        }
        if q::is_cosponsor(tx, id, user.id)? {
            return Err(AppError::Conflict(messages::ALREADY_COSPONSOR.to_owned()));
        }
        let now = users::now();
        q::add_cosponsor(tx, id, user.id, &user.group, &user.organisation, now)?;
        crate::services::notifications::about_proposal(
            tx,
            crate::services::notifications::Kind::Cosponsored,
            row.author_id,
            user.id,
            id,
            &row.title,
            &user.display_name,
        )?;
        support_changed(tx, rule, user, &row, "proposal.cosponsored")
    })
}

/// Withdraws `user`'s co-sponsorship.
pub fn uncosponsor(
    conn: &mut Db,
    rule: EligibilityRule,
    user: &User,
    id: ProposalId,
) -> Result<ProposalView, AppError> {
    db::transaction(conn, |tx| {
        let row = visible_row(tx, user.id, id)?;
        if q::remove_cosponsor(tx, id, user.id)? == 0 {
            return Err(AppError::Conflict(messages::NOT_COSPONSOR.to_owned()));
        }
        support_changed(tx, rule, user, &row, "proposal.cosponsorship_withdrawn")
    })
}

/// After a co-sponsorship was added or withdrawn: refreshes the support
/// counters and records `action` with the counts the change led to.
fn support_changed(
    tx: &mut Db,
    rule: EligibilityRule,
    user: &User,
    before: &crate::db::proposals::ProposalRow,
    action: &'static str,
) -> Result<ProposalView, AppError> {
    let id = before.id;
    q::refresh_support(tx, id, &before.author_group)?;
    let row = q::find(tx, id)?.ok_or_else(not_found)?;
    let view = view_of(tx, rule, &row)?;
    append(
        tx,
        NewEntry::new(
            Actor::User(user.id),
            action,
            format!("proposal:{id}"),
            json!({
                "group": user.group,
                "organisation": user.organisation,
                "cosponsors": view.cosponsor_count,
                "eligible": view.eligible,
            }),
        ),
    )?;
    Ok(view)
}
