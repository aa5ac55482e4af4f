//! Slows down password guessing and keeps sign-ins from starving the pages.
//! Every sign-in and registration attempt costs an argon2 hash, so it is
//! limited twice (governor's GCRA limiters): per client address
//! (`PLENARY_SIGN_IN_PER_MINUTE`, default 20) and for the whole server
//! (`PLENARY_SIGN_IN_GLOBAL_PER_MINUTE`, default 600), 0 disabling either.
//! A refusal says how long to wait (`Retry-After`).
//!
//! Behind a reverse proxy every client would share the proxy's address; with
//! `PLENARY_TRUSTED_PROXIES` (CIDRs) the client is the right-most address of
//! `X-Forwarded-For` that is not a trusted proxy ([`client_address`]).

use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use ipnet::IpNet;

use crate::error::{AppError, Msg};

/// Per-address and global limiter for sign-in and registration.
#[derive(Debug)]
pub struct Throttle {
    per_address: Option<DefaultKeyedRateLimiter<IpAddr>>,
    global: Option<DefaultDirectRateLimiter>,
}

/// Seconds until `not_until` (at least one).
fn wait_secs(not_until: &governor::NotUntil<<DefaultClock as Clock>::Instant>) -> u64 {
    not_until
        .wait_time_from(DefaultClock::default().now())
        .as_secs()
        + 1
}

impl Throttle {
    /// `per_minute` attempts per address and `global_per_minute` in all, in
    /// bursts of as many; 0 switches a limit off.
    pub fn new(per_minute: u32, global_per_minute: u32) -> Throttle {
        Throttle {
            per_address: NonZeroU32::new(per_minute)
                .map(|n| RateLimiter::keyed(Quota::per_minute(n))),
            global: NonZeroU32::new(global_per_minute)
                .map(|n| RateLimiter::direct(Quota::per_minute(n))),
        }
    }

    /// Counts one attempt from `ip`; refuses it with 429 when over either
    /// limit. An attempt refused per address does not use the global budget.
    pub fn check(&self, ip: Option<IpAddr>) -> Result<(), AppError> {
        if let (Some(limiter), Some(ip)) = (&self.per_address, ip) {
            if limiter.len() > 100_000 {
                limiter.retain_recent();
            }
            limiter.check_key(&ip).map_err(|n| {
                let wait = wait_secs(&n);
                AppError::TooManyRequests {
                    message: Msg::new("err-sign-in-attempts")
                        .num("wait", i64::try_from(wait).unwrap_or(i64::MAX))
                        .into(),
                    retry_after: wait,
                }
            })?;
        }
        if let Some(global) = &self.global {
            global.check().map_err(|n| {
                let wait = wait_secs(&n);
                AppError::TooManyRequests {
                    message: Msg::new("err-sign-ins-busy-wait")
                        .num("wait", i64::try_from(wait).unwrap_or(i64::MAX))
                        .into(),
                    retry_after: wait,
                }
            })?;
        }
        Ok(())
    }
}

/// The client's address: the peer, unless the peer is a trusted proxy; then
/// the right-most `X-Forwarded-For` entry that is not itself a trusted proxy
/// (entries left of it could have been written by the client).
pub fn client_address(
    peer: Option<IpAddr>,
    forwarded_for: Option<&str>,
    trusted: &[IpNet],
) -> Option<IpAddr> {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|n| n.contains(ip));
    let peer = peer?;
    if !is_trusted(&peer) {
        return Some(peer);
    }
    let Some(header) = forwarded_for else {
        return Some(peer);
    };
    let mut last = peer;
    for hop in header.rsplit(',').map(str::trim) {
        match hop.parse::<IpAddr>() {
            Ok(ip) if is_trusted(&ip) => last = ip,
            Ok(ip) => return Some(ip),
            Err(_) => return Some(last),
        }
    }
    Some(last)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_applies_per_address_and_zero_disables_it() {
        let t = Throttle::new(2, 0);
        let a = Some(IpAddr::from([10, 0, 0, 1]));
        let b = Some(IpAddr::from([10, 0, 0, 2]));
        assert!(t.check(a).is_ok() && t.check(a).is_ok());
        let refused = t.check(a).unwrap_err();
        assert!(matches!(refused, AppError::TooManyRequests { .. }));
        assert!(refused.retry_after().is_some_and(|s| s >= 1));
        assert!(t.check(b).is_ok());
        let off = Throttle::new(0, 0);
        assert!((0..100).all(|_| off.check(a).is_ok()));
    }

    #[test]
    fn the_global_limit_holds_across_addresses() {
        let t = Throttle::new(0, 3);
        for k in 0..3u8 {
            assert!(t.check(Some(IpAddr::from([10, 0, 1, k]))).is_ok());
        }
        let refused = t.check(Some(IpAddr::from([10, 0, 2, 1]))).unwrap_err();
        assert!(refused.to_string().contains("many sign-ins"), "{refused}");
    }

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let trusted = crate::config::parse_proxies("127.0.0.1, 10.0.0.0/8").unwrap();
        let ip = |s: &str| s.parse::<IpAddr>().ok();
        // A direct client cannot pretend to be someone else.
        assert_eq!(
            client_address(ip("203.0.113.9"), Some("1.2.3.4"), &trusted),
            ip("203.0.113.9")
        );
        // Behind the proxy: the right-most untrusted hop.
        assert_eq!(
            client_address(
                ip("127.0.0.1"),
                Some("6.6.6.6, 198.51.100.7, 10.1.2.3"),
                &trusted
            ),
            ip("198.51.100.7")
        );
        // A garbled header: the last trusted hop, never the client's claim.
        assert_eq!(
            client_address(ip("127.0.0.1"), Some("junk"), &trusted),
            ip("127.0.0.1")
        );
        assert_eq!(
            client_address(ip("127.0.0.1"), None, &trusted),
            ip("127.0.0.1")
        );
        assert!(crate::config::parse_proxies("10.0.0.0/33").is_err());
        assert!(crate::config::parse_proxies("").unwrap().is_empty());
    }
}
