//! The admin's side of accounts beyond approval and edits
//! (`services::accounts`): the searchable, filterable, paginated list of
//! accounts behind `/admin/users`, one account for its page, and refusing
//! a registration.
//!
//! A refused registration is kept, with status `rejected`, rather than
//! deleted: the audit trail's `user.registered` and `user.rejected`
//! entries keep naming a row that exists, the reason stays on record, and
//! the same e-mail cannot be registered again without an admin's help.
//! A rejected account can never sign in (sign-in accepts `active` only).
//!
//! The list filters status, role and group in the database and matches
//! the search words in memory (a panel has a few hundred accounts): that
//! folds case the same way on SQLite and PostgreSQL, accents included.

use serde_json::json;

use crate::audit::store::Actor;
use crate::audit::{NewEntry, append};
use crate::db::{self, Db, users};
use crate::domain::ValidationError;
use crate::domain::groups::{StakeholderGroup, StakeholderGroups};
use crate::domain::user::{RejectionReason, Role, User, UserId, UserStatus};
use crate::error::{AppError, Msg};

/// Accounts per page of the list.
pub const PER_PAGE: usize = 25;

/// The list's filters, parsed; an empty field means "any".
#[derive(Debug, Clone, Default)]
pub struct AccountFilter {
    /// Lower-cased search words; each must occur in the name, e-mail or
    /// organisation.
    pub words: Vec<String>,
    /// Only this status.
    pub status: Option<UserStatus>,
    /// Only this role.
    pub role: Option<Role>,
    /// Only this stakeholder group.
    pub group: Option<StakeholderGroup>,
    /// 1-based page.
    pub page: usize,
}

fn non_empty(raw: &str) -> Option<&str> {
    Some(raw.trim()).filter(|s| !s.is_empty())
}

impl AccountFilter {
    /// Parses the raw query fields; an unknown status, role, group or a
    /// page that is not a whole number from 1 is refused, not ignored.
    pub fn parse(
        groups: &StakeholderGroups,
        q: &str,
        status: &str,
        role: &str,
        group: &str,
        page: &str,
    ) -> Result<AccountFilter, ValidationError> {
        let page = match non_empty(page) {
            None => 1,
            Some(p) => p
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=1_000_000).contains(n))
                .ok_or_else(|| {
                    ValidationError::with(
                        "page",
                        "err-whole-number",
                        [("field", "page".to_owned()), ("max", "1000000".to_owned())],
                    )
                })?,
        };
        Ok(AccountFilter {
            words: q
                .split_whitespace()
                .take(10)
                .map(|w| w.chars().take(100).collect::<String>().to_lowercase())
                .collect(),
            status: non_empty(status).map(str::parse).transpose()?,
            role: non_empty(role).map(str::parse).transpose()?,
            group: non_empty(group).map(|g| groups.parse(g)).transpose()?,
            page,
        })
    }

    fn matches(&self, u: &User) -> bool {
        let haystack =
            format!("{}\n{}\n{}", u.display_name, u.email, u.organisation).to_lowercase();
        self.words.iter().all(|w| haystack.contains(w.as_str()))
    }
}

/// One page of the list.
#[derive(Debug, Clone)]
pub struct AccountList {
    /// The accounts on this page, oldest first.
    pub accounts: Vec<User>,
    /// Matches in all pages.
    pub total: usize,
    /// This page (1-based; past the end shows an empty page).
    pub page: usize,
    /// Number of pages (at least 1).
    pub pages: usize,
}

/// The accounts matching `filter`, one page of them (two queries at most:
/// none per row).
pub fn list(conn: &mut Db, filter: &AccountFilter) -> Result<AccountList, AppError> {
    let rows = users::list_filtered(
        conn,
        filter.status,
        filter.role,
        filter.group.as_ref().map(StakeholderGroup::as_str),
    )?;
    let matching: Vec<User> = rows
        .iter()
        .map(users::UserRow::to_user)
        .filter(|u| filter.matches(u))
        .collect();
    let total = matching.len();
    let accounts = matching
        .into_iter()
        .skip(filter.page.saturating_sub(1).saturating_mul(PER_PAGE))
        .take(PER_PAGE)
        .collect();
    Ok(AccountList {
        accounts,
        total,
        page: filter.page,
        pages: total.div_ceil(PER_PAGE).max(1),
    })
}

/// One account, for its page; 404 when there is none.
pub fn account(conn: &mut Db, id: UserId) -> Result<User, AppError> {
    Ok(users::find(conn, id)?
        .ok_or_else(|| AppError::NotFound(Msg::new("err-no-user").arg("id", id).into()))?
        .to_user())
}

/// An admin refuses a pending registration, with an optional reason: the
/// status becomes `rejected` and `user.rejected` (with the reason) is
/// recorded in the same transaction. Anything but a pending registration
/// is refused (409) and nothing changes.
pub fn reject(
    conn: &mut Db,
    admin: &User,
    id: UserId,
    reason: Option<&RejectionReason>,
) -> Result<User, AppError> {
    if admin.role != Role::Admin {
        return Err(AppError::Forbidden(crate::messages::ADMIN_ONLY.to_owned()));
    }
    db::transaction(conn, |tx| {
        crate::services::accounts::pending(tx, id)?;
        users::set_status(tx, id, UserStatus::Rejected)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(admin.id),
                "user.rejected",
                format!("user:{id}"),
                json!({ "reason": reason.map(RejectionReason::as_str) }),
            ),
        )?;
        account(tx, id)
    })
}

/// The account actions that ask to confirm on a page of their own first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminAction {
    /// Refuse a pending registration.
    Reject,
    /// Suspend an active account (signed out everywhere).
    Suspend,
    /// Replace the password by a one-time code.
    ResetPassword,
}

/// Which actions an account's page offers its admin: one rule, shared by
/// the page (which shows only these) and the confirmation pages (which
/// refuse the others).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Offers {
    /// Approve the registration (pending).
    pub approve: bool,
    /// Reject the registration (pending).
    pub reject: bool,
    /// Suspend (active, not oneself).
    pub suspend: bool,
    /// Reinstate (suspended, not oneself).
    pub reinstate: bool,
    /// Reset the password (active or suspended, not oneself).
    pub reset: bool,
}

impl Offers {
    /// What `admin` may do to `user` now.
    pub fn of(admin: &User, user: &User) -> Offers {
        let other = admin.id != user.id;
        let pending = user.status == UserStatus::Pending;
        Offers {
            approve: pending,
            reject: pending,
            suspend: other && user.status == UserStatus::Active,
            reinstate: other && user.status == UserStatus::Suspended,
            reset: other && matches!(user.status, UserStatus::Active | UserStatus::Suspended),
        }
    }

    /// Whether `action` is among them.
    pub fn allows(self, action: AdminAction) -> bool {
        match action {
            AdminAction::Reject => self.reject,
            AdminAction::Suspend => self.suspend,
            AdminAction::ResetPassword => self.reset,
        }
    }
}

/// The account `id`, for the confirmation page of `action`: 409 when the
/// account's page would not offer it (oneself, or the wrong status).
pub fn confirmable(
    conn: &mut Db,
    admin: &User,
    id: UserId,
    action: AdminAction,
) -> Result<User, AppError> {
    let user = account(conn, id)?;
    if Offers::of(admin, &user).allows(action) {
        Ok(user)
    } else {
        Err(AppError::Conflict(
            Msg::new("err-action-not-offered")
                .arg("name", &user.display_name)
                .arg("status", user.status.as_str())
                .into(),
        ))
    }
}
