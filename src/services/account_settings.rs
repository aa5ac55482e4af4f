//! A user's own account: display name, time zone and password; and an
//! administrator's reset of someone's password to a one-time code. Every
//! change commits with its audit entry in one transaction.
//!
//! Sessions are JWTs carrying the user's token version (`auth::token`), so
//! "revoke every other session" is: bump the version (every token issued
//! so far stops working) and hand the caller a fresh token at the new
//! version, so the session that made the change stays signed in.

use serde_json::json;

use crate::audit::store::Actor;
use crate::audit::{NewEntry, append};
use crate::auth::password;
use crate::auth::token::TokenKeys;
use crate::db::{self, Db, DbPool, users};
use crate::domain::ValidationError;
use crate::domain::time_zone::TimeZone;
use crate::domain::user::{DisplayName, NewPassword, Role, User, UserId};
use crate::error::{AppError, Msg};
use crate::i18n::Lang;

/// What a user may change about themselves; absent fields stay.
#[derive(Debug, Clone, Default)]
pub struct Preferences {
    /// New display name.
    pub display_name: Option<DisplayName>,
    /// New time zone.
    pub time_zone: Option<TimeZone>,
    /// New language.
    pub language: Option<Lang>,
    /// E-mail me my notifications (on or off).
    pub email_notifications: Option<bool>,
}

/// Saves `user`'s preferences; recorded as `user.profile_changed` with what
/// changed (nothing is recorded when nothing changed).
pub fn change_preferences(
    conn: &mut Db,
    user: &User,
    prefs: &Preferences,
) -> Result<User, AppError> {
    db::transaction(conn, |tx| {
        let before = users::find(tx, user.id)?
            .ok_or(AppError::Unauthenticated)?
            .to_user();
        let name = prefs
            .display_name
            .as_ref()
            .map_or(before.display_name.as_str(), DisplayName::as_str)
            .to_owned();
        let zone = prefs.time_zone.unwrap_or(before.time_zone);
        let lang = prefs.language.or(before.language);
        let mail = prefs
            .email_notifications
            .unwrap_or(before.email_notifications);
        if name != before.display_name
            || zone != before.time_zone
            || lang != before.language
            || mail != before.email_notifications
        {
            let code = lang.map(Lang::code);
            users::set_preferences(tx, user.id, &name, zone.name(), code, mail)?;
            append(
                tx,
                NewEntry::new(
                    Actor::User(user.id),
                    "user.profile_changed",
                    format!("user:{}", user.id),
                    json!({
                        "display_name": {"from": before.display_name, "to": name},
                        "time_zone": {"from": before.time_zone.name(), "to": zone.name()},
                        "language": {"from": before.language, "to": lang},
                        "email_notifications": {"from": before.email_notifications, "to": mail},
                    }),
                ),
            )?;
        }
        Ok(users::find(tx, user.id)?
            .ok_or(AppError::Unauthenticated)?
            .to_user())
    })
}

/// Changes `user`'s password after checking the current one; revokes every
/// session and returns a fresh token for the caller's. Recorded as
/// `user.password_changed`. A wrong current password is a 422 on the
/// `current_password` field and changes nothing.
pub async fn change_password(
    pool: &DbPool,
    hasher: &password::Hasher,
    tokens: &TokenKeys,
    user: &User,
    current: String,
    new: NewPassword,
) -> Result<String, AppError> {
    let id = user.id;
    let row = db::run(pool, move |c| Ok(users::find(c, id)?))
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if !hasher.verify(Some(row.password_hash), current).await? {
        return Err(ValidationError::new("current_password", "err-current-password").into());
    }
    let phc = hasher.hash(new.expose().to_owned()).await?;
    let version = db::run(pool, move |c| {
        db::transaction(c, |tx| {
            users::set_password(tx, id, &phc, false)?;
            append(
                tx,
                NewEntry::new(
                    Actor::User(id),
                    "user.password_changed",
                    format!("user:{id}"),
                    json!({"other_sessions": "revoked"}),
                ),
            )?;
            Ok(users::find(tx, id)?
                .ok_or(AppError::Unauthenticated)?
                .token_version)
        })
    })
    .await?;
    tokens.issue(id, version).map_err(AppError::Internal)
}

/// A one-time code: 16 characters from an alphabet without look-alikes
/// (no 0/O, 1/l/I), 80 bits of randomness, grouped by four for reading out.
fn one_time_code() -> Result<String, AppError> {
    const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz"; // 31 symbols
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    let mut out = String::with_capacity(19);
    // Rejection sampling keeps every symbol equally likely.
    for b in bytes
        .iter()
        .filter(|b| usize::from(**b) < ALPHABET.len() * 8)
    {
        if out.len() == 19 {
            break;
        }
        if out.len() % 5 == 4 {
            out.push('-');
        }
        let i = usize::from(*b) % ALPHABET.len();
        out.push(char::from(*ALPHABET.get(i).unwrap_or(&b'x')));
    }
    if out.len() < 19 {
        return one_time_code();
    }
    Ok(out)
}

/// An administrator resets `id`'s password to a one-time code, returned
/// once (it is stored only as a hash). Every session of that user ends, and
/// after signing in with the code they must choose a new password before
/// anything else. Recorded as `user.password_reset` (never the code).
pub async fn reset_password(
    pool: &DbPool,
    hasher: &password::Hasher,
    admin: &User,
    id: UserId,
) -> Result<String, AppError> {
    if admin.role != Role::Admin {
        return Err(AppError::Forbidden(crate::messages::ADMIN_ONLY.to_owned()));
    }
    if id == admin.id {
        return Err(AppError::Forbidden("err-reset-own-password".to_owned()));
    }
    let code = one_time_code()?;
    let phc = hasher.hash(code.clone()).await?;
    let admin_id = admin.id;
    db::run(pool, move |c| {
        db::transaction(c, |tx| {
            if users::find(tx, id)?.is_none() {
                return Err(AppError::NotFound(
                    Msg::new("err-no-user").arg("id", id).into(),
                ));
            }
            users::set_password(tx, id, &phc, true)?;
            append(
                tx,
                NewEntry::new(
                    Actor::User(admin_id),
                    "user.password_reset",
                    format!("user:{id}"),
                    json!({"must_change": true}),
                ),
            )?;
            Ok(())
        })
    })
    .await?;
    Ok(code)
}

#[cfg(test)]
mod tests;
