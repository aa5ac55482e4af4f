//! Numbers and dates the way each language writes them. Digit grouping and
//! the decimal sign are fixed per language here; month names and the order
//! of day, month and year come from the catalogues (`date-time`,
//! `month-1` … `month-12`), so a translator controls them.

use chrono::{DateTime, Datelike, TimeZone, Timelike};

use super::{Arg, Lang, t, t_args};

fn separators(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En | Lang::Zh => (",", "."),
        Lang::Ar => ("٬", "٫"),
        Lang::Fr => ("\u{202f}", ","),
        Lang::Ru => ("\u{a0}", ","),
        Lang::Es => (".", ","),
    }
}

/// `text`, a decimal number written with ASCII digits and an optional `.`
/// and sign (`-1234.5`), with `lang`'s grouping and decimal sign.
pub fn format_number(lang: Lang, text: &str) -> String {
    let (group, decimal) = separators(lang);
    let (sign, rest) = match text.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", text),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
        return text.to_owned();
    }
    let mut out = String::from(sign);
    let len = int.len();
    for (i, ch) in int.chars().enumerate() {
        // Spanish leaves four-digit numbers ungrouped (RAE).
        let grouped = len > 4 || (len == 4 && lang != Lang::Es);
        if i > 0 && (len - i) % 3 == 0 && grouped {
            out.push_str(group);
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push_str(decimal);
        out.push_str(f);
    }
    out
}

/// `when` (already in the reader's zone) as date and time in `lang`,
/// e.g. `1 December 2026, 15:00 CET` or `2026年12月1日 15:00 CET`.
pub fn format_date_time<Tz: TimeZone>(lang: Lang, when: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let month = t(lang, &format!("month-{}", when.month()));
    let time = format!("{:02}:{:02} {}", when.hour(), when.minute(), when.offset());
    t_args(
        lang,
        "date-time",
        &[
            ("day", Arg::Num(i64::from(when.day()))),
            ("month", Arg::Str(&month)),
            ("monthnum", Arg::Num(i64::from(when.month()))),
            ("year", Arg::Str(&when.year().to_string())),
            ("time", Arg::Str(&time)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_by_language() {
        assert_eq!(format_number(Lang::En, "1234567.25"), "1,234,567.25");
        assert_eq!(
            format_number(Lang::Fr, "1234567.25"),
            "1\u{202f}234\u{202f}567,25"
        );
        assert_eq!(format_number(Lang::Es, "1234"), "1234");
        assert_eq!(format_number(Lang::Es, "12345,"), "12345,");
        assert_eq!(format_number(Lang::Ru, "-12345"), "-12\u{a0}345");
        assert_eq!(format_number(Lang::En, "12"), "12");
    }

    #[test]
    fn dates_follow_the_catalogue() {
        let when = chrono::Utc.with_ymd_and_hms(2026, 12, 1, 14, 5, 0).single();
        let Some(when) = when else {
            panic!("valid date")
        };
        assert_eq!(
            format_date_time(Lang::En, &when),
            "1 December 2026, 14:05 UTC"
        );
        assert_eq!(
            format_date_time(Lang::Fr, &when),
            "1 décembre 2026, 14:05 UTC"
        );
        assert_eq!(format_date_time(Lang::Zh, &when), "2026年12月1日 14:05 UTC");
    }
}
