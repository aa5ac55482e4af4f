//! Authentication and authorisation: password hashing, session tokens, the
//! CSRF guard, and the extractors handlers use to say who may call them.

pub mod csrf;
pub mod extract;
pub mod password;
pub mod throttle;
pub mod token;

pub use extract::{CurrentUser, Require};
