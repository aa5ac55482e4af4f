//! Plain types and rules, no I/O. A value of a domain type is valid by
//! construction: parse once at the edge, never re-check.

pub mod ballots_file;
pub mod exports;
pub mod groups;
pub mod proposal;
pub mod round;
pub mod user;

pub use crate::error::ValidationError;

/// Trims `raw` and checks its length in characters (not bytes), so limits
/// mean what a person counts.
pub fn bounded_text(
    field: &'static str,
    label: &str,
    raw: &str,
    min: usize,
    max: usize,
) -> Result<String, ValidationError> {
    let s = raw.trim();
    let n = s.chars().count();
    if n < min {
        return Err(ValidationError::new(
            field,
            if min <= 1 {
                format!("{label} is required.")
            } else {
                format!("{label} must be at least {min} characters.")
            },
        ));
    }
    if n > max {
        return Err(ValidationError::new(
            field,
            format!("{label} must be at most {max} characters (it has {n})."),
        ));
    }
    if s.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(ValidationError::new(
            field,
            format!("{label} contains control characters."),
        ));
    }
    Ok(s.to_owned())
}
