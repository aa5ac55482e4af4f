//! Accounts: registration, approval, profile and role changes, sign-in and
//! sign-out.

use serde_json::json;

use crate::audit::store::Actor;
use crate::audit::{NewEntry, append};
use crate::auth::password;
use crate::auth::token::TokenKeys;
use crate::db::{self, Db, DbPool, users};
use crate::domain::groups::{StakeholderGroup, StakeholderGroups};
use crate::domain::user::{
    DisplayName, Email, NewPassword, Organisation, Role, User, UserId, UserStatus,
};
use crate::error::{AppError, Msg};
use crate::messages;

/// A registration, parsed.
#[derive(Debug, Clone)]
pub struct Registration {
    /// Their email.
    pub email: Email,
    /// Their password (never logged).
    pub password: NewPassword,
    /// Name shown to others.
    pub display_name: DisplayName,
    /// Organisation represented.
    pub organisation: Organisation,
    /// Stakeholder group.
    pub group: StakeholderGroup,
}

impl Registration {
    /// Parses raw fields; the first bad field is reported.
    pub fn parse(
        groups: &StakeholderGroups,
        email: &str,
        password: &str,
        display_name: &str,
        organisation: &str,
        group: &str,
    ) -> Result<Registration, AppError> {
        Ok(Registration {
            email: Email::parse(email)?,
            password: NewPassword::parse(password)?,
            display_name: DisplayName::parse(display_name)?,
            organisation: Organisation::parse(organisation)?,
            group: groups.parse(group)?,
        })
    }
}

fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

/// Inserts a user with `role` and `status` and records `user.registered`.
/// Hash the password first (slow): this runs inside the transaction.
fn insert_user(
    conn: &mut Db,
    reg: &Registration,
    phc: &str,
    role: Role,
    status: UserStatus,
    actor: Option<Actor>,
) -> Result<User, AppError> {
    db::transaction(conn, |tx| {
        if users::find_by_email(tx, reg.email.as_str())?.is_some() {
            return Err(AppError::Conflict(messages::EMAIL_TAKEN.to_owned()));
        }
        let now = users::now();
        let row = users::insert(
            tx,
            &users::NewUserRow {
                email: reg.email.as_str(),
                display_name: reg.display_name.as_str(),
                password_hash: phc,
                role: role.as_str(),
                stakeholder_group: reg.group.as_str(),
                organisation: reg.organisation.as_str(),
                status: status.as_str(),
                created_at: now,
                updated_at: now,
            },
        )
        .map_err(|e| {
            if is_unique_violation(&e) {
                AppError::Conflict(messages::EMAIL_TAKEN.to_owned())
            } else {
                e.into()
            }
        })?;
        let user = row.to_user();
        append(
            tx,
            NewEntry::new(
                actor.unwrap_or(Actor::User(user.id)),
                "user.registered",
                format!("user:{}", user.id),
                json!({
                    "display_name": user.display_name,
                    "group": user.group,
                    "organisation": user.organisation,
                    "role": role.as_str(),
                    "status": status.as_str(),
                }),
            ),
        )?;
        Ok(user)
    })
}

/// Open registration: the account waits, `pending`, for an admin.
pub async fn register(
    pool: &DbPool,
    hasher: &password::Hasher,
    reg: Registration,
) -> Result<User, AppError> {
    let phc = hasher.hash(reg.password.expose().to_owned()).await?;
    db::run(pool, move |c| {
        insert_user(c, &reg, &phc, Role::Delegate, UserStatus::Pending, None)
    })
    .await
}

/// Creates an active user of any role from the shell (`plenary user add`):
/// how the first admin comes to exist. Recorded with actor `system`.
pub fn create_active(conn: &mut Db, reg: &Registration, role: Role) -> Result<User, AppError> {
    let phc = password::hash(reg.password.expose()).map_err(AppError::Internal)?;
    insert_user(
        conn,
        reg,
        &phc,
        role,
        UserStatus::Active,
        Some(Actor::System),
    )
}

/// Creates a user from a password hash made once for many accounts (the
/// demo seeds two dozen people with one password: one argon2 hash, not
/// twenty-five). `phc` must be the hash of `reg`'s password. An active
/// account is recorded with actor `system`, like `plenary user add`; a
/// pending one as the person's own registration, like the form's.
pub fn create_with_hash(
    conn: &mut Db,
    reg: &Registration,
    phc: &str,
    role: Role,
    status: UserStatus,
) -> Result<User, AppError> {
    let actor = (status == UserStatus::Active).then_some(Actor::System);
    insert_user(conn, reg, phc, role, status, actor)
}

fn load(conn: &mut Db, id: UserId) -> Result<User, AppError> {
    crate::services::account_admin::account(conn, id)
}

/// The account `id`, which must be a registration still waiting for an
/// admin (approving and rejecting both start here).
pub(crate) fn pending(tx: &mut Db, id: UserId) -> Result<User, AppError> {
    let user = load(tx, id)?;
    if user.status != UserStatus::Pending {
        return Err(AppError::Conflict(
            Msg::new("err-not-pending")
                .arg("name", &user.display_name)
                .arg("status", user.status.as_str())
                .into(),
        ));
    }
    Ok(user)
}

/// An admin approves a pending registration.
pub fn approve(conn: &mut Db, admin: &User, id: UserId) -> Result<User, AppError> {
    db::transaction(conn, |tx| {
        pending(tx, id)?;
        users::set_status(tx, id, UserStatus::Active)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(admin.id),
                "user.approved",
                format!("user:{id}"),
                json!({}),
            ),
        )?;
        crate::services::notifications::approved(tx, id)?;
        load(tx, id)
    })
}

/// What an admin may change on a user; absent fields stay as they are.
#[derive(Debug, Clone, Default)]
pub struct UserChanges {
    /// New role.
    pub role: Option<Role>,
    /// New stakeholder group.
    pub group: Option<StakeholderGroup>,
    /// New organisation.
    pub organisation: Option<Organisation>,
    /// New status (`active` reinstates, `suspended` suspends and signs out).
    pub status: Option<UserStatus>,
}

/// Applies `changes`, each recorded as its own audit entry in one
/// transaction. An admin cannot change their own role or status (so the
/// panel never loses its last admin by accident).
pub fn update(
    conn: &mut Db,
    admin: &User,
    id: UserId,
    changes: &UserChanges,
) -> Result<User, AppError> {
    if id == admin.id
        && (changes.role.is_some_and(|r| r != admin.role)
            || changes.status.is_some_and(|s| s != admin.status))
    {
        return Err(AppError::Forbidden("err-own-role".to_owned()));
    }
    if changes.status == Some(UserStatus::Pending) {
        return Err(
            crate::domain::ValidationError::new("status", "err-status-back-to-pending").into(),
        );
    }
    db::transaction(conn, |tx| {
        let before = load(tx, id)?;
        let subject = format!("user:{id}");
        let actor = Actor::User(admin.id);
        let role = changes.role.unwrap_or(before.role);
        let group = changes
            .group
            .as_ref()
            .map_or(before.group.as_str(), |g| g.as_str())
            .to_owned();
        let organisation = changes
            .organisation
            .as_ref()
            .map_or(before.organisation.as_str(), |o| o.as_str())
            .to_owned();
        users::set_profile(tx, id, role, &group, &organisation)?;
        if role != before.role {
            append(
                tx,
                NewEntry::new(
                    actor,
                    "user.role_changed",
                    subject.clone(),
                    json!({"from": before.role.as_str(), "to": role.as_str()}),
                ),
            )?;
        }
        if group != before.group || organisation != before.organisation {
            append(
                tx,
                NewEntry::new(
                    actor,
                    "user.profile_changed",
                    subject.clone(),
                    json!({
                        "group": {"from": before.group, "to": group},
                        "organisation": {"from": before.organisation, "to": organisation},
                    }),
                ),
            )?;
        }
        if let Some(status) = changes.status.filter(|s| *s != before.status) {
            if before.status == UserStatus::Pending {
                return Err(AppError::Conflict("err-approve-first".to_owned()));
            }
            if before.status == UserStatus::Rejected {
                return Err(AppError::Conflict("err-rejected-final".to_owned()));
            }
            users::set_status(tx, id, status)?;
            let action = match status {
                UserStatus::Suspended => "user.suspended",
                _ => "user.reinstated",
            };
            append(tx, NewEntry::new(actor, action, subject.clone(), json!({})))?;
        }
        load(tx, id)
    })
}

/// Checks credentials and issues a token. Every failure is the same
/// [`AppError::LoginFailed`] and costs one hash verification, so neither the
/// answer nor its timing tells whether the email exists — except that the
/// right password to a pending account is told it awaits approval
/// ([`AppError::AwaitingApproval`]): whoever knows the password may know.
/// The caller limits attempts per client address (see `auth::throttle`).
pub async fn login(
    pool: &DbPool,
    hasher: &password::Hasher,
    tokens: &TokenKeys,
    email: &str,
    password: &str,
) -> Result<(User, String), AppError> {
    let email = Email::parse(email).ok();
    let lookup = email.clone();
    let row = match lookup {
        Some(e) => db::run(pool, move |c| Ok(users::find_by_email(c, e.as_str())?)).await?,
        None => None,
    };
    let phc = row.as_ref().map(|r| r.password_hash.clone());
    let matches = hasher.verify(phc, password.to_owned()).await?;
    let user = row.as_ref().map(users::UserRow::to_user);
    let pending = matches
        && user
            .as_ref()
            .is_some_and(|u| u.status == UserStatus::Pending);
    let ok_user = user.filter(|u| matches && u.status == UserStatus::Active);
    let Some(user) = ok_user else {
        let subject = row
            .as_ref()
            .map_or_else(|| "user:unknown".to_owned(), |r| format!("user:{}", r.id));
        db::run(pool, move |c| {
            db::transaction(c, |tx| {
                append(
                    tx,
                    NewEntry::new(Actor::Anonymous, "login.failed", subject, json!({})),
                )
                .map_err(AppError::from)
            })
        })
        .await?;
        // The right password may learn that the account waits for approval;
        // anything else gets the one answer for all causes.
        return Err(if pending {
            AppError::AwaitingApproval
        } else {
            AppError::LoginFailed
        });
    };
    let version = row.as_ref().map_or(0, |r| r.token_version);
    let id = user.id;
    db::run(pool, move |c| {
        db::transaction(c, |tx| {
            append(
                tx,
                NewEntry::new(
                    Actor::User(id),
                    "login.succeeded",
                    format!("user:{id}"),
                    json!({}),
                ),
            )
            .map_err(AppError::from)
        })
    })
    .await?;
    let token = tokens.issue(user.id, version).map_err(AppError::Internal)?;
    Ok((user, token))
}

/// Signs the user out everywhere: every token issued so far stops working.
pub fn logout(conn: &mut Db, user: &User) -> Result<(), AppError> {
    db::transaction(conn, |tx| {
        users::bump_token_version(tx, user.id)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "session.revoked",
                format!("user:{}", user.id),
                json!({}),
            ),
        )?;
        Ok(())
    })
}
