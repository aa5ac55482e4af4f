//! Unit tests of `account_settings`.

use super::*;

#[test]
fn one_time_codes_are_long_grouped_and_different() -> Result<(), AppError> {
    let a = one_time_code()?;
    let b = one_time_code()?;
    assert_eq!(a.len(), 19);
    assert_eq!(a.matches('-').count(), 3);
    assert_ne!(a, b);
    assert!(NewPassword::parse(&a).is_ok(), "a code is a valid password");
    Ok(())
}
