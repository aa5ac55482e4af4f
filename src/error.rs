//! The one error type of the application: what can go wrong, with the
//! sentence a person sees. It sits at the bottom of the house (no actix, no
//! app state) so that every layer can return it; `web::error` alone maps it
//! to HTTP statuses and renders it as JSON or as a page.

use std::fmt;

use crate::messages;

/// `text` in the language of the request being served when it is a message
/// id (see `messages`) or a [`Msg`], else as written.
fn loc(text: &str) -> String {
    localise_in(crate::i18n::current(), text)
}

/// `text` in `lang` when it is a message id or a [`Msg`], else as written
/// (pages call it through `PageCtx::loc`).
pub fn localise_in(lang: crate::i18n::Lang, text: &str) -> String {
    match Msg::decode(text) {
        Some((id, args)) => render(lang, id, &args),
        None => crate::i18n::localise(lang, text),
    }
}

/// Message `id` in `lang` with [`Msg`]-style arguments (`#name` for a
/// number).
fn render<K: AsRef<str>, V: AsRef<str>>(
    lang: crate::i18n::Lang,
    id: &str,
    args: &[(K, V)],
) -> String {
    let args: Vec<(&str, crate::i18n::Arg<'_>)> = args
        .iter()
        .map(|(k, v)| {
            let (k, v) = (k.as_ref(), v.as_ref());
            match (k.strip_prefix('#'), v.parse::<i64>()) {
                (Some(name), Ok(n)) => (name, crate::i18n::Arg::Num(n)),
                _ => (k, crate::i18n::Arg::Str(v)),
            }
        })
        .collect();
    crate::i18n::t_args(lang, id, &args)
}

/// A message id with arguments, for the `AppError` variants that hold a
/// `String` (`NotFound`, `Conflict`, …):
/// `AppError::NotFound(Msg::new("err-no-round").num("id", id).into())`.
/// It travels inside that `String` (marked with control characters that
/// no argument keeps) and is put into the reader's language when the
/// error is shown, like every other message.
#[derive(Debug, Clone)]
pub struct Msg {
    id: &'static str,
    args: Vec<(String, String)>,
}

const MSG_MARK: char = '\u{1}';
const MSG_ARG: char = '\u{2}';
const MSG_EQ: char = '\u{3}';

impl Msg {
    /// Message `id` of the catalogues.
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// A text argument (shown as given).
    pub fn arg(mut self, name: &'static str, value: impl fmt::Display) -> Msg {
        let clean = value
            .to_string()
            .replace([MSG_MARK, MSG_ARG, MSG_EQ], "\u{fffd}");
        self.args.push((name.to_owned(), clean));
        self
    }

    /// A number argument (selects plural forms).
    pub fn num(mut self, name: &'static str, value: i64) -> Msg {
        self.args.push((format!("#{name}"), value.to_string()));
        self
    }

    /// The sentence in `lang`.
    pub fn render(&self, lang: crate::i18n::Lang) -> String {
        render(lang, self.id, &self.args)
    }

    fn decode(text: &str) -> Option<(&str, Vec<(&str, &str)>)> {
        let rest = text.strip_prefix(MSG_MARK)?;
        let mut parts = rest.split(MSG_ARG);
        let id = parts.next()?;
        let args = parts.filter_map(|p| p.split_once(MSG_EQ)).collect();
        Some((id, args))
    }
}

impl From<Msg> for String {
    fn from(m: Msg) -> String {
        let mut s = String::from(MSG_MARK);
        s.push_str(m.id);
        for (k, v) in m.args {
            s.push(MSG_ARG);
            s.push_str(&k);
            s.push(MSG_EQ);
            s.push_str(&v);
        }
        s
    }
}

/// Like [`loc`], with the message's arguments; an argument that is itself
/// a [`Msg`] is put into the same language first.
fn loc_args(text: &str, args: &[(&'static str, String)]) -> String {
    if args.is_empty() || !crate::i18n::has_message(text) {
        return loc(text);
    }
    let values: Vec<String> = args
        .iter()
        .map(|(_, v)| {
            if v.starts_with(MSG_MARK) {
                loc(v)
            } else {
                v.clone()
            }
        })
        .collect();
    let args: Vec<(&str, crate::i18n::Arg<'_>)> = args
        .iter()
        .zip(&values)
        .map(|((k, _), v)| (*k, crate::i18n::Arg::Str(v.as_str())))
        .collect();
    crate::i18n::t_args(crate::i18n::current(), text, &args)
}

/// Why a piece of input was refused: which field and a sentence a person can
/// act on. Handlers turn it into a 400/422 with this message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// The input field at fault (form field or JSON key).
    pub field: &'static str,
    /// What is wrong: a message id of the catalogues (put into the
    /// reader's language when shown) or, rarely, ready-made English.
    pub message: String,
    /// The message's arguments (`{ $max }` …), as text.
    pub args: Vec<(&'static str, String)>,
}

impl ValidationError {
    /// A refusal of `field` with `message` (an id, or English).
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        ValidationError {
            field,
            message: message.into(),
            args: Vec::new(),
        }
    }

    /// A refusal of `field` with message `id` and its arguments, e.g.
    /// `ValidationError::with("title", "err-title-too-long", [("max", 200.to_string())])`.
    pub fn with<const N: usize>(
        field: &'static str,
        id: &str,
        args: [(&'static str, String); N],
    ) -> Self {
        ValidationError {
            field,
            message: id.to_owned(),
            args: args.into(),
        }
    }

    /// The sentence alone, in the language of the request being served.
    pub fn sentence(&self) -> String {
        loc_args(&self.message, &self.args)
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.sentence())
    }
}

impl std::error::Error for ValidationError {}

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// A field was refused by its domain type.
    #[error("{0}")]
    Invalid(#[from] ValidationError),
    /// The request itself is malformed (bad JSON, wrong content type).
    #[error("{}", loc(.0))]
    BadRequest(String),
    /// Nobody is signed in, or the token is expired or revoked.
    #[error("{}", loc(messages::SIGN_IN_REQUIRED))]
    Unauthenticated,
    /// The one answer to every failed login.
    #[error("{}", loc(messages::LOGIN_FAILED))]
    LoginFailed,
    /// The password was right, but an administrator has not approved the
    /// registration yet (said only once the password matched, so it tells
    /// nothing to someone guessing).
    #[error("{}", loc(messages::AWAITING_APPROVAL))]
    AwaitingApproval,
    /// Signed in, but not allowed to do this.
    #[error("{}", loc(.0))]
    Forbidden(String),
    /// A form arrived without a valid CSRF token.
    #[error("{}", loc(messages::CSRF_FAILED))]
    Csrf,
    /// No such thing (or not visible to this user).
    #[error("{}", loc(.0))]
    NotFound(String),
    /// The request conflicts with the current state (e.g. email taken).
    #[error("{}", loc(.0))]
    Conflict(String),
    /// Too many attempts (sign-in, registration, comments); the caller may
    /// retry after `retry_after` seconds.
    #[error("{}", loc(message))]
    TooManyRequests {
        /// What was limited and what to do.
        message: String,
        /// Seconds until a retry can succeed (`Retry-After`).
        retry_after: u64,
    },
    /// A service we depend on (the database) is unreachable, or the server
    /// is saturated; nothing was changed and a retry may succeed.
    #[error("{}", loc(.0))]
    Unavailable(String),
    /// A ballot arrived after the round closed (or before it opened).
    #[error("{}", loc(.0))]
    RoundClosed(String),
    /// The request body is larger than the server accepts; the message says
    /// the limit.
    #[error("{}", loc(.0))]
    PayloadTooLarge(String),
    /// Something broke on our side; details go to the log only.
    #[error("{}", loc(messages::INTERNAL))]
    Internal(#[source] anyhow::Error),
}

/// What a person sees when the database cannot be reached.
pub const DATABASE_UNAVAILABLE: &str = "msg-database-unavailable";

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match &e {
            // The connection died under the query (the server went away or
            // was restarted): not a fault of the query, and a retry on a
            // fresh connection may succeed.
            Error::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                _,
            ) => {
                tracing::warn!(error = %e, "the database connection was lost");
                AppError::Unavailable(DATABASE_UNAVAILABLE.to_owned())
            }
            _ => AppError::Internal(e.into()),
        }
    }
}

/// No connection within the pool's timeout: the database is down or
/// unreachable, or every connection is busy. Either way a retry may succeed.
impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        tracing::warn!(error = %e, "no database connection");
        AppError::Unavailable(DATABASE_UNAVAILABLE.to_owned())
    }
}

impl AppError {
    /// Seconds after which a refused request may be retried, if known.
    pub fn retry_after(&self) -> Option<u64> {
        match self {
            AppError::TooManyRequests { retry_after, .. } => Some(*retry_after),
            AppError::Unavailable(_) => Some(5),
            _ => None,
        }
    }

    /// Wraps a failure that is our fault (a data or serialisation error);
    /// people see the generic message, the log the cause.
    pub fn internal(cause: impl std::fmt::Display) -> AppError {
        AppError::Internal(anyhow::anyhow!("{cause}"))
    }
}

#[cfg(test)]
mod tests {
    use diesel::result::{DatabaseErrorKind, Error};

    use super::{AppError, DATABASE_UNAVAILABLE, Msg};

    #[test]
    fn a_msg_is_written_in_english_outside_a_request_and_keeps_its_arguments_apart() {
        let e = AppError::NotFound(Msg::new("err-no-user").arg("id", 42).into());
        assert_eq!(e.to_string(), "There is no user 42.");
        let e = AppError::Conflict(Msg::new("err-proxy-limit").num("held", 1).into());
        assert_eq!(
            e.to_string(),
            "That elector already holds 1 proxy in this round, the most allowed."
        );
        // Separator characters inside an argument cannot forge another one.
        let e = AppError::Conflict(
            Msg::new("err-witness-taken")
                .arg("name", "a\u{2}name\u{3}x")
                .into(),
        );
        assert_eq!(
            e.to_string(),
            "A witness named a\u{fffd}name\u{fffd}x is already registered."
        );
    }

    #[test]
    fn a_lost_connection_is_unavailable_and_a_query_error_stays_internal() {
        for kind in [
            DatabaseErrorKind::ClosedConnection,
            DatabaseErrorKind::UnableToSendCommand,
        ] {
            let e = AppError::from(Error::DatabaseError(kind, Box::new("gone".to_owned())));
            assert!(
                matches!(&e, AppError::Unavailable(m) if m == DATABASE_UNAVAILABLE),
                "{e:?}"
            );
            assert_eq!(e.retry_after(), Some(5));
        }
        let e = AppError::from(Error::DatabaseError(
            DatabaseErrorKind::Unknown,
            Box::new("syntax error".to_owned()),
        ));
        assert!(matches!(e, AppError::Internal(_)), "{e:?}");
        assert!(matches!(
            AppError::from(Error::NotFound),
            AppError::Internal(_)
        ));
    }
}
