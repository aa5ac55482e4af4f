//! Authentication primitives below the services: password hashing (argon2id,
//! off the async workers), session tokens (HS256 JWT) and the sign-in
//! throttle, the short-lived cache of signed-in users. The HTTP side — extractors and the CSRF guard — lives in `web`.

pub mod password;
pub mod sessions;
pub mod throttle;
pub mod token;
