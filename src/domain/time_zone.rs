//! A user's time zone (an IANA name such as `Europe/Paris`, parsed once)
//! and how pages write a UTC time for them: in their zone, with the UTC
//! time for a hover title, (the time left before a deadline is
//! in `web::when`, in the reader's language).

use std::fmt;

use chrono::{NaiveDateTime, TimeZone as _};
use chrono_tz::Tz;
use serde::{Serialize, Serializer};

use super::ValidationError;

/// A valid IANA time zone. UTC by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeZone(Tz);

impl Default for TimeZone {
    fn default() -> Self {
        TimeZone(Tz::UTC)
    }
}

impl TimeZone {
    /// Accepts an IANA zone name (`Europe/Paris`, `America/New_York`,
    /// `UTC`), exactly as the tz database spells it.
    pub fn parse(raw: &str) -> Result<TimeZone, ValidationError> {
        raw.trim().parse::<Tz>().map(TimeZone).map_err(|_| {
            ValidationError::with(
                "time_zone",
                "err-time-zone",
                [("value", format!("{:?}", raw.trim()))],
            )
        })
    }

    /// The IANA name, as stored.
    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    /// `utc` written in this zone, e.g. `2026-12-01 15:00 CET`.
    pub fn local(&self, utc: NaiveDateTime) -> String {
        self.0
            .from_utc_datetime(&utc)
            .format("%Y-%m-%d %H:%M %Z")
            .to_string()
    }

    /// The chrono-tz zone, for formatting.
    pub fn tz(&self) -> Tz {
        self.0
    }

    /// Every zone name, for the account page's suggestions.
    pub fn all_names() -> impl Iterator<Item = &'static str> {
        chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name())
    }
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for TimeZone {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// `utc` as the UTC text shown on hover, e.g. `2026-12-01 14:00 UTC`.
pub fn utc_text(utc: NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    // Written out rather than through `format`, which parses its pattern
    // on every call: pages show dozens of times.
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        utc.year(),
        utc.month(),
        utc.day(),
        utc.hour(),
        utc.minute()
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn zones_parse_by_iana_name_and_show_local_time() {
        let paris = TimeZone::parse("Europe/Paris").unwrap();
        assert_eq!(paris.local(at("2026-12-01 14:00")), "2026-12-01 15:00 CET");
        assert!(TimeZone::parse("Mars/Olympus").is_err());
        assert!(TimeZone::parse("").is_err());
        assert_eq!(TimeZone::default().name(), "UTC");
    }
}
