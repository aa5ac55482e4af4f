//! A UTC time as pages show it: in the viewer's time zone, with the UTC
//! time in the hover title and the machine-readable `datetime`.

use chrono::NaiveDateTime;

use crate::domain::time_zone::{TimeZone, time_left, utc_text};

/// A time ready for `<time datetime="{iso}" title="{utc}">{local}</time>`.
#[derive(Debug, Clone)]
pub struct When {
    /// RFC 3339 UTC, for `datetime`.
    pub iso: String,
    /// In the viewer's zone.
    pub local: String,
    /// In UTC, for the hover title.
    pub utc: String,
    /// Time left until it, in words ("past" once gone).
    pub left: String,
}

/// `utc` for a viewer in `zone`, at `now`.
pub fn when(zone: TimeZone, utc: NaiveDateTime, now: NaiveDateTime) -> When {
    When {
        iso: utc.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        local: zone.local(utc),
        utc: utc_text(utc),
        left: time_left(utc, now),
    }
}

/// A stored RFC 3339 text time (as `closed_at` is kept) for a viewer.
pub fn when_text(zone: TimeZone, rfc3339: &str, now: NaiveDateTime) -> Option<When> {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .ok()
        .map(|t| when(zone, t.naive_utc(), now))
}
