//! Plain types and rules, no I/O. A value of a domain type is valid by
//! construction: parse once at the edge, never re-check.

pub mod ballots_file;
pub mod exports;
pub mod groups;
pub mod labels;
pub mod proposal;
pub mod report;
pub mod round;
pub mod time_zone;
pub mod user;

pub use crate::error::ValidationError;

/// Trims `raw` and checks its length in characters (not bytes), so limits
/// mean what a person counts.
///
/// `label` names the text in the refusal: a key of the catalogues'
/// "err-field-label" message (`title`, `summary`, `display_name` …), which
/// the `err-text-*` sentences call with it, so each language words it.
pub fn bounded_text(
    field: &'static str,
    label: &'static str,
    raw: &str,
    min: usize,
    max: usize,
) -> Result<String, ValidationError> {
    let s = raw.trim();
    let n = s.chars().count();
    if n < min {
        return Err(if min <= 1 {
            ValidationError::with(field, "err-text-required", [("label", label.to_owned())])
        } else {
            ValidationError::with(
                field,
                "err-text-too-short",
                [("label", label.to_owned()), ("min", min.to_string())],
            )
        });
    }
    if n > max {
        return Err(ValidationError::with(
            field,
            "err-text-too-long",
            [
                ("label", label.to_owned()),
                ("max", max.to_string()),
                ("n", n.to_string()),
            ],
        ));
    }
    if s.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(ValidationError::with(
            field,
            "err-text-control",
            [("label", label.to_owned())],
        ));
    }
    Ok(s.to_owned())
}

/// Gives id newtypes the conversions their rows use: diesel reads the column
/// as `i64` and converts (`#[diesel(deserialize_as = i64)]`), so a row holds
/// a typed id from the moment it is loaded.
macro_rules! row_ids {
    ($($t:ty),* $(,)?) => {
        $(
            impl From<i64> for $t {
                fn from(v: i64) -> Self {
                    Self(v)
                }
            }
            impl From<$t> for i64 {
                fn from(v: $t) -> i64 {
                    v.0
                }
            }
        )*
    };
}

/// Gives status enums the conversion their rows use: diesel reads the text
/// column and parses it (`#[diesel(deserialize_as = String)]`); an unknown
/// spelling in the database is a deserialisation error, not a default.
macro_rules! stored_enums {
    ($($t:ty),* $(,)?) => {
        $(
            impl TryFrom<String> for $t {
                type Error = ValidationError;
                fn try_from(s: String) -> Result<Self, ValidationError> {
                    s.parse()
                }
            }
        )*
    };
}

row_ids!(
    user::UserId,
    proposal::ProposalId,
    proposal::CommentId,
    round::RoundId,
    report::ReportId,
);
stored_enums!(
    user::Role,
    user::UserStatus,
    proposal::ProposalStatus,
    round::RoundStatus,
    round::Secrecy,
    round::RoundMethod,
    report::ReportStatus,
);
