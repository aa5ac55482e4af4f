//! A UTC time as pages show it: in the viewer's time zone and language,
//! with the UTC time in the hover title and the machine-readable
//! `datetime`.

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use chrono::{NaiveDateTime, TimeZone as _};

use crate::domain::time_zone::{TimeZone, utc_text};
use crate::i18n::{self, Arg, Lang};

/// A time ready for `<time datetime="{iso}" title="{utc}">{local}</time>`.
#[derive(Debug, Clone)]
pub struct When {
    /// RFC 3339 UTC, for `datetime`.
    pub iso: String,
    /// In the viewer's zone and language.
    pub local: String,
    /// In UTC, for the hover title.
    pub utc: String,
    /// Time left until it, in words ("past" once gone).
    pub left: String,
}

impl When {
    /// A time we could not read, shown as stored.
    pub fn verbatim(text: &str) -> When {
        When {
            iso: text.to_owned(),
            local: text.to_owned(),
            utc: text.to_owned(),
            left: String::new(),
        }
    }
}

/// `utc` for a viewer reading `lang` in `zone`, at `now`.
pub fn when(lang: Lang, zone: TimeZone, utc: NaiveDateTime, now: NaiveDateTime) -> When {
    use chrono::{Datelike, Timelike};
    When {
        iso: format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            utc.year(),
            utc.month(),
            utc.day(),
            utc.hour(),
            utc.minute(),
            utc.second()
        ),
        local: local_text(lang, zone, utc),
        utc: utc_text(utc),
        left: time_left(lang, utc, now),
    }
}

/// Local texts already written, by language, zone and minute: a page of
/// thirty comments is read many times, and each time is the same words.
type LocalKey = (Lang, TimeZone, NaiveDateTime);
static LOCAL: LazyLock<RwLock<HashMap<LocalKey, String>>> = LazyLock::new(Default::default);
/// Entries kept at most; the cache starts again when full.
const LOCAL_MAX: usize = 50_000;

/// `utc` in `zone`, written in `lang` (to the minute).
fn local_text(lang: Lang, zone: TimeZone, utc: NaiveDateTime) -> String {
    use chrono::Timelike;
    let minute = utc
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(utc);
    let key = (lang, zone, minute);
    if let Some(hit) = LOCAL.read().ok().and_then(|c| c.get(&key).cloned()) {
        return hit;
    }
    let text = i18n::format_date_time(lang, &zone.tz().from_utc_datetime(&minute));
    if let Ok(mut cache) = LOCAL.write() {
        if cache.len() >= LOCAL_MAX {
            cache.clear();
        }
        cache.insert(key, text.clone());
    }
    text
}

/// A stored RFC 3339 text time (as `closed_at` is kept) for a viewer.
pub fn when_text(lang: Lang, zone: TimeZone, rfc3339: &str, now: NaiveDateTime) -> Option<When> {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .ok()
        .map(|t| when(lang, zone, t.naive_utc(), now))
}

/// The time left from `now` until `deadline`, in words: "2 days 3 hours",
/// "45 minutes", "less than a minute", or "past" once it has gone by.
pub fn time_left(lang: Lang, deadline: NaiveDateTime, now: NaiveDateTime) -> String {
    let secs = (deadline - now).num_seconds();
    if secs <= 0 {
        return i18n::t(lang, "time-past");
    }
    let (days, hours, minutes) = (secs / 86_400, secs % 86_400 / 3_600, secs % 3_600 / 60);
    let unit = |id: &str, n: i64| i18n::t_args(lang, id, &[("n", Arg::Num(n))]);
    let pair = |a: String, b: String| {
        i18n::t_args(
            lang,
            "time-pair",
            &[("first", Arg::Str(&a)), ("second", Arg::Str(&b))],
        )
    };
    match (days, hours, minutes) {
        (0, 0, 0) => i18n::t(lang, "time-under-a-minute"),
        (0, 0, m) => unit("time-minutes", m),
        (0, h, m) => pair(unit("time-hours", h), unit("time-minutes", m)),
        (d, 0, _) => unit("time-days", d),
        (d, h, _) => pair(unit("time-days", d), unit("time-hours", h)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap_or_default()
    }

    #[test]
    fn time_left_reads_as_words_in_each_language() {
        let now = at("2026-12-01 10:00");
        assert_eq!(
            time_left(Lang::En, at("2026-12-03 13:30"), now),
            "2 days 3 hours"
        );
        assert_eq!(
            time_left(Lang::En, at("2026-12-01 10:45"), now),
            "45 minutes"
        );
        assert_eq!(time_left(Lang::En, at("2026-12-01 09:00"), now), "past");
        assert_eq!(
            time_left(Lang::Fr, at("2026-12-01 11:01"), now),
            "1 heure 1 minute"
        );
        assert_eq!(time_left(Lang::Ru, at("2026-12-06 10:00"), now), "5 дней");
    }

    #[test]
    fn local_time_is_in_the_zone_with_utc_on_hover() {
        let zone = TimeZone::parse("Europe/Paris").unwrap_or_default();
        let w = when(
            Lang::En,
            zone,
            at("2026-12-01 14:00"),
            at("2026-12-01 10:00"),
        );
        assert_eq!(w.local, "1 December 2026, 15:00 CET");
        assert_eq!(w.utc, "2026-12-01 14:00 UTC");
        assert_eq!(w.iso, "2026-12-01T14:00:00Z");
    }
}
