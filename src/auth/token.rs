//! Session tokens: HS256 JWTs carrying the user id and the user's token
//! version. The algorithm is pinned on decode, and a token whose version is
//! behind the user's current one is revoked.

use std::time::Duration;

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::domain::user::UserId;

/// What a token says.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    /// The user id, in decimal.
    pub sub: String,
    /// The user's token version when it was issued.
    pub ver: i64,
    /// Issued at (seconds since the epoch).
    pub iat: i64,
    /// Expiry (seconds since the epoch).
    pub exp: i64,
}

impl Claims {
    /// The user the token is for, if `sub` is a valid id.
    pub fn user_id(&self) -> Option<UserId> {
        self.sub.parse().ok().map(UserId)
    }
}

/// Keys and rules for issuing and checking tokens.
#[derive(Clone)]
pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    ttl: Duration,
}

impl TokenKeys {
    /// Keys from the server secret.
    pub fn new(secret: &[u8], ttl: Duration) -> anyhow::Result<TokenKeys> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 5;
        validation.set_required_spec_claims(&["exp", "sub"]);
        Ok(TokenKeys {
            encoding: EncodingKey::from_secret(secret)
                .map_err(|e| anyhow::anyhow!("bad JWT secret: {e}"))?,
            decoding: DecodingKey::from_secret(secret)
                .map_err(|e| anyhow::anyhow!("bad JWT secret: {e}"))?,
            validation,
            ttl,
        })
    }

    /// How long a token lives (cookies get the same max-age).
    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// Issues a token for `user` at `version`.
    pub fn issue(&self, user: UserId, version: i64) -> anyhow::Result<String> {
        let now = chrono::Utc::now().timestamp();
        let ttl = i64::try_from(self.ttl.as_secs()).unwrap_or(i64::MAX / 2);
        let claims = Claims {
            sub: user.0.to_string(),
            ver: version,
            iat: now,
            exp: now.saturating_add(ttl),
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| anyhow::anyhow!("cannot sign a token: {e}"))
    }

    /// The claims of a valid, unexpired HS256 token; `None` otherwise.
    pub fn check(&self, token: &str) -> Option<Claims> {
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation)
            .ok()
            .map(|d| d.claims)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_token_round_trips_and_a_forged_one_does_not() {
        let keys = TokenKeys::new(&[7u8; 32], Duration::from_secs(60)).unwrap();
        let t = keys.issue(UserId(5), 3).unwrap();
        let c = keys.check(&t).unwrap();
        assert_eq!((c.user_id(), c.ver), (Some(UserId(5)), 3));
        let other = TokenKeys::new(&[8u8; 32], Duration::from_secs(60)).unwrap();
        assert!(other.check(&t).is_none());
    }

    #[test]
    fn an_unsigned_token_is_refused() {
        let keys = TokenKeys::new(&[7u8; 32], Duration::from_secs(60)).unwrap();
        // alg "none": header {"alg":"none","typ":"JWT"}.
        let header = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0";
        let body = "eyJzdWIiOiI1IiwidmVyIjowLCJpYXQiOjAsImV4cCI6OTk5OTk5OTk5OX0";
        assert!(keys.check(&format!("{header}.{body}.")).is_none());
    }
}
