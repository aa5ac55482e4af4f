//! Slows down password guessing: sign-in and registration attempts are
//! limited per client IP address (governor's GCRA limiter; burst and
//! refill from `PLENARY_SIGN_IN_PER_MINUTE`, 0 disables). Each attempt
//! costs an argon2 hash, so the limit also keeps one client from tying up
//! the CPUs. Behind a reverse proxy every client shares the proxy's address;
//! raise the limit there, or limit at the proxy.

use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::AppError;

/// Per-IP limiter for sign-in and registration.
#[derive(Debug)]
pub struct Throttle {
    limiter: Option<DefaultKeyedRateLimiter<IpAddr>>,
}

impl Throttle {
    /// `per_minute` attempts per IP, in bursts of as many; 0 switches it off.
    pub fn new(per_minute: u32) -> Throttle {
        Throttle {
            limiter: NonZeroU32::new(per_minute).map(|n| RateLimiter::keyed(Quota::per_minute(n))),
        }
    }

    /// Counts one attempt from `ip`; refuses it with 429 when over the limit.
    pub fn check(&self, ip: Option<IpAddr>) -> Result<(), AppError> {
        let (Some(limiter), Some(ip)) = (&self.limiter, ip) else {
            return Ok(());
        };
        if limiter.len() > 100_000 {
            limiter.retain_recent();
        }
        limiter.check_key(&ip).map_err(|not_until| {
            let wait = not_until
                .wait_time_from(DefaultClock::default().now())
                .as_secs()
                + 1;
            AppError::TooManyRequests(format!(
                "Too many sign-in attempts from your address. Wait {wait} seconds and try again."
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_applies_per_address_and_zero_disables_it() {
        let t = Throttle::new(2);
        let a = Some(IpAddr::from([10, 0, 0, 1]));
        let b = Some(IpAddr::from([10, 0, 0, 2]));
        assert!(t.check(a).is_ok() && t.check(a).is_ok());
        assert!(matches!(t.check(a), Err(AppError::TooManyRequests(_))));
        assert!(t.check(b).is_ok());
        let off = Throttle::new(0);
        assert!((0..100).all(|_| off.check(a).is_ok()));
    }
}
