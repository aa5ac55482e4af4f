//! The words of the round pages that come from stored values: statuses,
//! methods, weightings, presets and secrecy as catalogue ids, and numbers
//! (exact fractions, percentages, "3 of 12") written the reader's way.
//! Kept apart so the list, the round page, the ballot and the results views
//! all name a value the same way in every language.

use std::borrow::Borrow;

use crate::domain::round::{RoundStatus, Secrecy};
use crate::i18n::{self, Arg, Lang};
use crate::services::rounds::{PrivacyCause, PrivacyNote};
use crate::tally::Method;
use crate::tally::rational::Rational;

/// The catalogue id of a round's status.
pub fn status(s: impl Borrow<RoundStatus>) -> &'static str {
    match s.borrow() {
        RoundStatus::Draft => "rounds-status-draft",
        RoundStatus::Open => "rounds-status-open",
        RoundStatus::Closed => "rounds-status-closed",
    }
}

/// The catalogue id of a ranking method (no method: an adoption round).
pub fn method(m: impl Borrow<Option<Method>>) -> &'static str {
    match m.borrow() {
        None => "rounds-method-adoption",
        Some(Method::Schulze) => "rounds-method-schulze",
        Some(Method::RankedPairs) => "rounds-method-ranked-pairs",
        Some(Method::Borda) => "rounds-method-borda",
        Some(Method::Irv) => "rounds-method-irv",
        Some(Method::Copeland) => "rounds-method-copeland",
        Some(Method::Plurality) => "rounds-method-plurality",
    }
}

/// The new-round form's methods: form value and catalogue id.
pub const METHODS: [(&str, &str); 6] = [
    ("schulze", "rounds-method-schulze"),
    ("ranked_pairs", "rounds-method-ranked-pairs"),
    ("borda", "rounds-method-borda-symmetric"),
    ("irv", "rounds-method-irv"),
    ("copeland", "rounds-method-copeland"),
    ("plurality", "rounds-method-plurality"),
];

/// The weightings: stored name and catalogue id.
pub const WEIGHTINGS: [(&str, &str); 3] = [
    ("per_delegate", "rounds-weighting-per-delegate"),
    ("equal_groups", "rounds-weighting-equal-groups"),
    ("per_organisation", "rounds-weighting-per-organisation"),
];

/// The adoption rule presets: stored name and catalogue id.
pub const PRESETS: [(&str, &str); 7] = [
    ("majority", "rounds-preset-majority"),
    ("two_thirds", "rounds-preset-two-thirds"),
    ("concurrent_majority", "rounds-preset-concurrent-majority"),
    (
        "concurrent_two_thirds",
        "rounds-preset-concurrent-two-thirds",
    ),
    ("two_houses", "rounds-preset-two-houses"),
    ("house_supermajority", "rounds-preset-house-supermajority"),
    ("custom", "rounds-preset-custom"),
];

/// The catalogue id of a stored weighting name, or the name itself when it
/// is one we do not know (shown as stored).
pub fn weighting(name: &str) -> &str {
    lookup(&WEIGHTINGS, name)
}

/// Presets as the round page names them in passing ("rule majority").
const PRESET_NAMES: [(&str, &str); 6] = [
    ("majority", "rounds-preset-name-majority"),
    ("two_thirds", "rounds-preset-name-two-thirds"),
    (
        "concurrent_majority",
        "rounds-preset-name-concurrent-majority",
    ),
    (
        "concurrent_two_thirds",
        "rounds-preset-name-concurrent-two-thirds",
    ),
    ("two_houses", "rounds-preset-name-two-houses"),
    (
        "house_supermajority",
        "rounds-preset-name-house-supermajority",
    ),
];

/// The catalogue id of a preset's short name, or the name as stored.
pub fn preset(name: &str) -> &str {
    lookup(&PRESET_NAMES, name)
}

fn lookup<'a>(table: &[(&str, &'static str)], name: &'a str) -> &'a str {
    table
        .iter()
        .find(|(value, _)| *value == name)
        .map_or(name, |(_, id)| id)
}

/// "secret ballots" / "recorded ballots".
pub fn secrecy(s: impl Borrow<Secrecy>) -> &'static str {
    match s.borrow() {
        Secrecy::Secret => "rounds-secrecy-secret",
        Secrecy::Recorded => "rounds-secrecy-recorded",
    }
}

/// The catalogue id of an agreement score's word (`domain::round::agreement_label`).
pub fn agreement(score: Option<f64>) -> &'static str {
    match score.map(crate::domain::round::agreement_label) {
        None => "results-agreement-too-few",
        Some("broad agreement") => "results-agreement-broad",
        Some("mixed") => "results-agreement-mixed",
        Some(_) => "results-agreement-divided",
    }
}

/// A sentence "`part` of `whole` …" (`id` takes `$part`, `$whole` as
/// written numbers and `$n` = `whole` for plural forms).
pub fn count_of(
    lang: impl Borrow<Lang>,
    id: &str,
    part: impl Borrow<u64>,
    whole: impl Borrow<u64>,
) -> String {
    let (lang, part, whole) = (*lang.borrow(), *part.borrow(), *whole.borrow());
    let (p, w) = (part.to_string(), whole.to_string());
    let (p, w) = (i18n::format_number(lang, &p), i18n::format_number(lang, &w));
    i18n::t_args(
        lang,
        id,
        &[
            ("part", Arg::Str(&p)),
            ("whole", Arg::Str(&w)),
            ("n", Arg::Num(i64::try_from(whole).unwrap_or(i64::MAX))),
        ],
    )
}

/// Message `id` with `$n` = `n` (plural forms follow it), for templates
/// (which pass their arguments by reference).
pub fn count(lang: impl Borrow<Lang>, id: &str, n: impl Borrow<usize>) -> String {
    let n = i64::try_from(*n.borrow()).unwrap_or(i64::MAX);
    i18n::t_args(*lang.borrow(), id, &[("n", Arg::Num(n))])
}

/// `round` with the stakeholder groups of its privacy note (if any) named
/// by their labels in `lang` instead of their ids (organisations are names
/// already). Handlers call it before rendering [`privacy`].
pub fn label_groups(
    mut round: crate::services::rounds::Round,
    groups: &crate::domain::groups::StakeholderGroups,
    lang: Lang,
) -> crate::services::rounds::Round {
    if let Some(note) = round.privacy_note.as_mut()
        && note.cause != PrivacyCause::PerOrganisation
    {
        for (label, _) in &mut note.small {
            *label = groups.label(lang, label);
        }
    }
    round
}

/// A secret round's privacy warning in the reader's language.
pub fn privacy(lang: impl Borrow<Lang>, note: &PrivacyNote) -> String {
    let lang = *lang.borrow();
    let small = note
        .small
        .iter()
        .map(|(label, n)| {
            i18n::t_args(
                lang,
                "rounds-privacy-small",
                &[("label", Arg::Str(label)), ("n", Arg::Num(*n))],
            )
        })
        .reduce(|a, b| {
            i18n::t_args(
                lang,
                "rounds-list-joiner",
                &[("first", Arg::Str(&a)), ("next", Arg::Str(&b))],
            )
        })
        .unwrap_or_default();
    let id = match note.cause {
        PrivacyCause::AdoptionGroups => "rounds-privacy-adoption",
        PrivacyCause::EqualGroups => "rounds-privacy-equal-groups",
        PrivacyCause::PerOrganisation => "rounds-privacy-per-organisation",
    };
    i18n::t_args(lang, id, &[("small", Arg::Str(&small))])
}

/// `part` of `whole` in percent, rounded ("42%", "42 %"), or a dash.
pub fn percent(lang: Lang, part: u64, whole: u64) -> String {
    if whole == 0 {
        return "–".to_owned();
    }
    #[allow(clippy::cast_precision_loss)]
    let p = (part as f64 * 100.0 / whole as f64).round();
    #[allow(clippy::cast_possible_truncation)]
    let p = p as i64;
    i18n::t_args(lang, "results-percent", &[("n", Arg::Num(p))])
}

/// A number from a tally as written in `lang`, exact and short: `15`,
/// `7,5`, `2/3` ([`Rational::to_short_text`] in the reader's digits). The
/// one way pages, charts and reports show such numbers.
pub fn exact(lang: Lang, r: &Rational) -> String {
    exact_text(lang, &r.to_short_text())
}

/// Stored exact text (`"15"`, `"15/2"`, `"7.5"`) written as [`exact`] would;
/// text that is not a number is returned as it is.
pub fn exact_text(lang: Lang, text: &str) -> String {
    let short = text
        .parse::<Rational>()
        .map(|r| r.to_short_text())
        .unwrap_or_else(|_| text.to_owned());
    match short.split_once('/') {
        Some((n, d)) => format!(
            "{}/{}",
            i18n::format_number(lang, n),
            i18n::format_number(lang, d)
        ),
        None => i18n::format_number(lang, &short),
    }
}

/// A rational rounded to `places` decimals, written in `lang`.
pub fn decimal(lang: Lang, r: &Rational, places: usize) -> String {
    i18n::format_number(lang, &r.to_display_decimal(places))
}

/// Exact, with a rounded decimal beside a fraction: `3/2 ≈ 1.50`.
pub fn exact_approx(lang: Lang, r: &Rational) -> String {
    let exact = exact(lang, r);
    if exact.contains('/') {
        format!("{exact} ≈ {}", decimal(lang, r, 2))
    } else {
        exact
    }
}

/// A number for a small space (a heatmap cell): [`exact`] when that has no
/// fraction (`3`, `7,5`), else rounded to 2 places with `≈` (`≈3.63`); the
/// exact value must then be shown nearby (tooltip, table).
pub fn compact(lang: Lang, r: &Rational) -> String {
    let exact = exact(lang, r);
    if exact.contains('/') {
        format!("≈{}", decimal(lang, r, 2))
    } else {
        exact
    }
}

/// A weight in few characters: the same as [`exact`] (kept for callers
/// that name it so).
pub fn short(lang: Lang, r: &Rational) -> String {
    exact(lang, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_counts_follow_the_language() {
        let r: Rational = "1234567/2".parse().unwrap_or_else(|_| Rational::zero());
        assert_eq!(exact_approx(Lang::Fr, &r), "617\u{202f}283,5");
        let third: Rational = "1/3".parse().unwrap_or_else(|_| Rational::zero());
        assert_eq!(exact_approx(Lang::En, &third), "1/3 ≈ 0.33");
        assert_eq!(
            exact(
                Lang::Fr,
                &"15/2".parse().unwrap_or_else(|_| Rational::zero())
            ),
            "7,5"
        );
        assert_eq!(exact_text(Lang::En, "15"), "15");
        assert_eq!(exact_text(Lang::En, "30/2"), "15");
        assert_eq!(
            count_of(Lang::En, "results-turnout", 3, 1200),
            "Turnout: 3 of 1,200"
        );
        assert_eq!(percent(Lang::En, 1, 3), "33%");
        assert_eq!(percent(Lang::Fr, 1, 3), "33\u{a0}%");
        assert_eq!(percent(Lang::En, 1, 0), "–");
        assert_eq!(weighting("per_delegate"), "rounds-weighting-per-delegate");
        assert_eq!(weighting("odd"), "odd");
        assert_eq!(agreement(Some(0.9)), "results-agreement-broad");
    }
}
