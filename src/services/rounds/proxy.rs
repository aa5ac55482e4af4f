//! Proxies: an elector gives their vote in one open round to another
//! elector of the same stakeholder group, who then casts the grantor's
//! ballot — weighted and counted exactly as the grantor's own. The rules
//! (same group, a holder's limit, no chains, revocable until used, the
//! grantor's own ballot always wins) live here, in one place; every step is
//! in the trail (`proxy.granted`, `proxy.revoked`, `ballot.cast` by proxy).

use serde::Serialize;
use serde_json::json;

use super::*;
use crate::audit::store::Actor;
use crate::audit::{NewEntry, append};
use crate::db::proxies::{self as px, ProxyRow};
use crate::db::rounds as q;
use crate::db::users::now;
use crate::db::{self, Db};
use crate::domain::ValidationError;
use crate::domain::round::{RoundId, RoundStatus};
use crate::domain::user::{User, UserId};
use crate::error::{AppError, Msg};
use crate::messages;

/// A proxy as its grantor or holder sees it.
#[derive(Debug, Clone, Serialize)]
pub struct ProxyLink {
    /// The other person.
    pub user_id: UserId,
    /// Their display name.
    pub name: String,
    /// Whether the holder has cast for the grantor.
    pub used: bool,
}

/// A viewer's proxies in a round, and what they may do.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ProxyState {
    /// To whom the viewer gave their vote, if they did.
    pub given: Option<ProxyLink>,
    /// Whose votes the viewer holds.
    pub held: Vec<ProxyLink>,
    /// Electors of the viewer's group they could give their vote to now.
    pub candidates: Vec<ProxyLink>,
    /// Live proxies in the round (for the chair; a count, never names).
    pub live: usize,
}

fn open_round(conn: &mut Db, id: RoundId) -> Result<q::RoundRow, AppError> {
    let row = load_row(conn, id)?;
    match row.status {
        RoundStatus::Open if row.closes_at.is_none_or(|c| c > now()) => Ok(row),
        RoundStatus::Draft => Err(AppError::RoundClosed(messages::ROUND_NOT_OPEN.to_owned())),
        _ => Err(AppError::RoundClosed(messages::ROUND_CLOSED.to_owned())),
    }
}

fn group_of(conn: &mut Db, id: RoundId, user: UserId) -> Result<Option<String>, AppError> {
    Ok(q::electorate_member(conn, id, user)?.map(|(g, _)| g))
}

/// The live proxy a holder carries for `grantor` in a round, if any.
pub(super) fn held_for(
    conn: &mut Db,
    id: RoundId,
    holder: UserId,
    grantor: UserId,
) -> Result<Option<ProxyRow>, AppError> {
    Ok(px::live(conn, id)?
        .into_iter()
        .find(|p| p.holder_id == holder && p.grantor_id == grantor))
}

/// When a grantor casts their own ballot, their live proxy ends: their
/// own vote always wins, and the holder may not replace it afterwards.
pub(super) fn end_on_own_ballot(
    conn: &mut Db,
    id: RoundId,
    grantor: UserId,
) -> Result<(), AppError> {
    if let Some(p) = px::live(conn, id)?
        .into_iter()
        .find(|p| p.grantor_id == grantor)
    {
        px::end(conn, p.id, now(), "the grantor cast their own ballot")?;
        append(
            conn,
            NewEntry::new(
                Actor::User(grantor),
                "proxy.revoked",
                format!("round:{id}"),
                json!({"holder": p.holder_id, "reason": "own_ballot"}),
            ),
        )?;
    }
    Ok(())
}

/// `grantor` gives their vote in round `id` to `to`.
pub fn grant(
    conn: &mut Db,
    max_proxies: u32,
    id: RoundId,
    grantor: &User,
    to: UserId,
) -> Result<(), AppError> {
    db::transaction(conn, |tx| {
        open_round(tx, id)?;
        if max_proxies == 0 {
            return Err(AppError::Conflict("err-proxies-off".to_owned()));
        }
        let mine = group_of(tx, id, grantor.id)?
            .ok_or_else(|| AppError::Forbidden(messages::NOT_IN_ELECTORATE.to_owned()))?;
        if to == grantor.id {
            return Err(ValidationError::new("to", "err-proxy-self").into());
        }
        let theirs = group_of(tx, id, to)?.ok_or_else(|| {
            ValidationError::with("to", "err-proxy-not-elector", [("id", to.to_string())])
        })?;
        if theirs != mine {
            return Err(ValidationError::with(
                "to",
                "err-proxy-other-group",
                [("group", mine.to_string())],
            )
            .into());
        }
        let live = px::live(tx, id)?;
        if live.iter().any(|p| p.grantor_id == grantor.id) {
            return Err(AppError::Conflict("err-proxy-already-given".to_owned()));
        }
        if live.iter().any(|p| p.holder_id == grantor.id) {
            return Err(AppError::Conflict("err-proxy-chain-holder".to_owned()));
        }
        if live.iter().any(|p| p.grantor_id == to) {
            return Err(AppError::Conflict("err-proxy-chain-grantee".to_owned()));
        }
        let held = live.iter().filter(|p| p.holder_id == to).count();
        if held >= usize::try_from(max_proxies).unwrap_or(usize::MAX) {
            return Err(AppError::Conflict(
                Msg::new("err-proxy-limit")
                    .num("held", i64::try_from(held).unwrap_or(i64::MAX))
                    .into(),
            ));
        }
        px::insert(tx, id, grantor.id, to, now())?;
        append(
            tx,
            NewEntry::new(
                Actor::User(grantor.id),
                "proxy.granted",
                format!("round:{id}"),
                json!({"holder": to}),
            ),
        )?;
        Ok(())
    })
}

/// `grantor` takes their vote back, unless the holder has already used it.
pub fn revoke(conn: &mut Db, id: RoundId, grantor: &User) -> Result<(), AppError> {
    db::transaction(conn, |tx| {
        open_round(tx, id)?;
        group_of(tx, id, grantor.id)?
            .ok_or_else(|| AppError::Forbidden(messages::NOT_IN_ELECTORATE.to_owned()))?;
        let Some(p) = px::live(tx, id)?
            .into_iter()
            .find(|p| p.grantor_id == grantor.id)
        else {
            return Err(AppError::NotFound("err-proxy-none".to_owned()));
        };
        if p.used_at.is_some() {
            return Err(AppError::Conflict("err-proxy-used".to_owned()));
        }
        px::end(tx, p.id, now(), "revoked")?;
        append(
            tx,
            NewEntry::new(
                Actor::User(grantor.id),
                "proxy.revoked",
                format!("round:{id}"),
                json!({"holder": p.holder_id, "reason": "revoked"}),
            ),
        )?;
        Ok(())
    })
}

/// What `viewer` sees of proxies in round `id`.
pub fn proxy_state(conn: &mut Db, id: RoundId, viewer: &User) -> Result<ProxyState, AppError> {
    load_row(conn, id)?;
    let live = px::live(conn, id)?;
    let mut ids: Vec<UserId> = live
        .iter()
        .flat_map(|p| [p.grantor_id, p.holder_id])
        .collect();
    ids.sort();
    ids.dedup();
    let names: std::collections::BTreeMap<UserId, String> =
        px::names(conn, &ids)?.into_iter().collect();
    let name = |u: UserId| names.get(&u).cloned().unwrap_or_default();
    let given = live
        .iter()
        .find(|p| p.grantor_id == viewer.id)
        .map(|p| ProxyLink {
            user_id: p.holder_id,
            name: name(p.holder_id),
            used: p.used_at.is_some(),
        });
    let held = live
        .iter()
        .filter(|p| p.holder_id == viewer.id)
        .map(|p| ProxyLink {
            user_id: p.grantor_id,
            name: name(p.grantor_id),
            used: p.used_at.is_some(),
        })
        .collect::<Vec<_>>();
    let candidates = match group_of(conn, id, viewer.id)? {
        Some(group) if given.is_none() && held.is_empty() => {
            px::electors_in_group(conn, id, &group)?
                .into_iter()
                .filter(|(u, _)| *u != viewer.id && !live.iter().any(|p| p.grantor_id == *u))
                .map(|(user_id, name)| ProxyLink {
                    user_id,
                    name,
                    used: false,
                })
                .collect()
        }
        _ => Vec::new(),
    };
    Ok(ProxyState {
        given,
        held,
        candidates,
        live: live.len(),
    })
}

/// The viewer's proxies, for an elector of the round only.
pub fn electors_proxy_state(
    conn: &mut Db,
    id: RoundId,
    viewer: &User,
) -> Result<ProxyState, AppError> {
    load_row(conn, id)?;
    group_of(conn, id, viewer.id)?
        .ok_or_else(|| AppError::Forbidden(messages::NOT_IN_ELECTORATE.to_owned()))?;
    proxy_state(conn, id, viewer)
}
