//! Users: ids, emails, names, roles and statuses as types that are valid by
//! construction.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{ValidationError, bounded_text};

/// A user's id; its own type so it can never be mixed up with another id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UserId(pub i64);

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// An email address, trimmed and lower-cased so that uniqueness is
/// case-insensitive on both backends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    /// Accepts `local@domain.tld` of sensible length; lower-cases it.
    pub fn parse(raw: &str) -> Result<Email, ValidationError> {
        let s = raw.trim().to_lowercase();
        let bad = || ValidationError::new("email", "err-email");
        if s.is_empty() || s.chars().count() > 254 || s.chars().any(char::is_whitespace) {
            return Err(bad());
        }
        let (local, domain) = s.split_once('@').ok_or_else(bad)?;
        if local.is_empty()
            || domain.contains('@')
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || s.chars().any(|c| c.is_control() || c == '<' || c == '>')
        {
            return Err(bad());
        }
        Ok(Email(s))
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name other delegates see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct DisplayName(String);

impl DisplayName {
    /// 1–100 characters after trimming.
    pub fn parse(raw: &str) -> Result<DisplayName, ValidationError> {
        bounded_text("display_name", "display_name", raw, 1, 100).map(DisplayName)
    }
    /// The name as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The organisation a user represents (a state, a company, a university).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Organisation(String);

impl Organisation {
    /// 1–200 characters after trimming.
    pub fn parse(raw: &str) -> Result<Organisation, ValidationError> {
        bounded_text("organisation", "organisation", raw, 1, 200).map(Organisation)
    }
    /// The organisation as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why an admin refused a registration: optional (blank means none given),
/// at most 500 characters; kept in the audit trail's `user.rejected` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectionReason(String);

impl RejectionReason {
    /// Trims; `None` when blank, an error when longer than 500 characters.
    pub fn parse(raw: &str) -> Result<Option<RejectionReason>, ValidationError> {
        if raw.trim().is_empty() {
            return Ok(None);
        }
        bounded_text("reason", "reason", raw, 1, 500).map(|r| Some(RejectionReason(r)))
    }
    /// The reason as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password chosen at registration. It never prints: `Debug` is redacted.
#[derive(Clone)]
pub struct NewPassword(String);

impl NewPassword {
    /// At least 10 characters (NIST 800-63B asks for 8 minimum; we ask a
    /// little more) and at most 256, so hashing cost stays bounded.
    pub fn parse(raw: &str) -> Result<NewPassword, ValidationError> {
        let n = raw.chars().count();
        if n < 10 {
            return Err(ValidationError::new("password", "err-password-short"));
        }
        if n > 256 {
            return Err(ValidationError::new("password", "err-password-long"));
        }
        Ok(NewPassword(raw.to_owned()))
    }
    /// The secret, for hashing only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(<redacted>)")
    }
}

/// What a user may do; see DESIGN.md "Roles".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Submits, co-sponsors, comments, votes.
    Delegate,
    /// A delegate who also runs rounds and moderates.
    Chair,
    /// Reads everything, never votes.
    Auditor,
    /// Manages accounts.
    Admin,
}

impl Role {
    /// Every role, in the order forms list them.
    pub const ALL: [Role; 4] = [Role::Delegate, Role::Chair, Role::Auditor, Role::Admin];

    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Delegate => "delegate",
            Role::Chair => "chair",
            Role::Auditor => "auditor",
            Role::Admin => "admin",
        }
    }

    /// The catalogue id of the label shown to people (`role-delegate` …).
    pub fn label_id(self) -> &'static str {
        match self {
            Role::Delegate => "role-delegate",
            Role::Chair => "role-chair",
            Role::Auditor => "role-auditor",
            Role::Admin => "role-admin",
        }
    }

    /// The label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Role::Delegate => "Delegate",
            Role::Chair => "Chair",
            Role::Auditor => "Auditor",
            Role::Admin => "Administrator",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Role, ValidationError> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s.trim())
            .ok_or_else(|| ValidationError::with("role", "err-role", [("value", format!("{s:?}"))]))
    }
}

/// Where an account stands: registration lands in `Pending`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserStatus {
    /// Registered, waiting for an admin.
    Pending,
    /// May sign in.
    Active,
    /// Blocked by an admin.
    Suspended,
    /// A registration an admin refused. The row is kept (its audit entries
    /// name it, and the e-mail stays taken); it can never sign in.
    Rejected,
}

impl UserStatus {
    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Pending => "pending",
            UserStatus::Active => "active",
            UserStatus::Suspended => "suspended",
            UserStatus::Rejected => "rejected",
        }
    }
}

impl FromStr for UserStatus {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<UserStatus, ValidationError> {
        match s.trim() {
            "pending" => Ok(UserStatus::Pending),
            "active" => Ok(UserStatus::Active),
            "suspended" => Ok(UserStatus::Suspended),
            "rejected" => Ok(UserStatus::Rejected),
            other => Err(ValidationError::with(
                "status",
                "err-user-status",
                [("value", format!("{other:?}"))],
            )),
        }
    }
}

/// A language chosen on the account page, the switcher or the API
/// (`en`, `fr`, `es`, `ar`, `zh` or `ru`, exactly).
pub fn parse_language(raw: &str) -> Result<crate::i18n::Lang, ValidationError> {
    crate::i18n::Lang::parse(raw)
        .filter(|l| l.code() == raw.trim())
        .ok_or_else(|| ValidationError::new("language", crate::messages::UNKNOWN_LANGUAGE))
}

/// A user as the rest of the app sees it (no password hash).
#[derive(Debug, Clone, Serialize)]
pub struct User {
    /// The id.
    pub id: UserId,
    /// Normalised email.
    pub email: String,
    /// Name shown to others.
    pub display_name: String,
    /// What they may do.
    pub role: Role,
    /// Stakeholder group id.
    pub group: String,
    /// Organisation represented.
    pub organisation: String,
    /// Account status.
    pub status: UserStatus,
    /// The zone pages show times in (their own choice; UTC by default).
    pub time_zone: super::time_zone::TimeZone,
    /// Signed in with a one-time code from an administrator: every page
    /// sends them to `/account` until they choose a password.
    pub must_change_password: bool,
    /// The language they chose for pages and e-mail (none: the browser's).
    pub language: Option<crate::i18n::Lang>,
    /// Wants their notifications by e-mail too (their opt-in).
    pub email_notifications: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_lowercased_and_checked() {
        assert_eq!(
            Email::parse(" Ana@Example.ORG ").map(|e| e.0),
            Ok("ana@example.org".to_owned())
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@x.org",
            "a b@x.org",
            "ana@x",
            "a@b@c.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn password_debug_is_redacted_and_length_checked() {
        let p = NewPassword::parse("correct horse battery").expect("long enough");
        assert!(!format!("{p:?}").contains("horse"));
        assert!(NewPassword::parse("short").is_err());
    }

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(r.as_str().parse::<Role>(), Ok(r));
        }
        assert!("root".parse::<Role>().is_err());
    }
}
