//! The six languages of the panel (the UN's official languages) and the one
//! way to turn a message id into a sentence: Fluent catalogues under
//! `locales/<lang>/*.ftl`, compiled into the binary.
//!
//! Everything a person reads goes through [`t`] (or [`t_args`]); templates
//! reach it through `ctx.t("nav-proposals")` and the like. A message
//! missing in a language falls back to English, and a message missing in
//! English shows its id; the `catalogue` integration test fails on either,
//! and on unused ids.
//!
//! The language of a request is fixed once by `web::lang`'s middleware
//! (the `lang` cookie, else `Accept-Language`, else English) and read back
//! anywhere below with [`current`]; a signed-in user's saved preference
//! wins on pages. Proposal texts and comments are never translated.

mod catalog;
mod format;

use std::fmt;

use serde::{Serialize, Serializer};

pub use catalog::{Arg, message_ids, t, t_args};

/// True when `id` is a message of the English catalogue.
pub fn has_message(id: &str) -> bool {
    catalog::has(id)
}
pub use format::{format_date_time, format_number};

/// A language Plenary speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the fallback.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Arabic (written right to left).
    Ar,
    /// Chinese (simplified).
    Zh,
    /// Russian.
    Ru,
}

impl Lang {
    /// All six, in the order the switcher lists them.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ar, Lang::Zh, Lang::Ru];

    /// The BCP 47 code (`en`, `fr`, …), as stored and as in `lang=""`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::Ru => "ru",
        }
    }

    /// The language's own name, for the switcher (never translated).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::Ru => "Русский",
        }
    }

    /// `rtl` for Arabic, `ltr` otherwise (the page's `dir`).
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar { "rtl" } else { "ltr" }
    }

    /// True for right-to-left scripts (charts mirror their axes).
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// Reads a stored or submitted code; a region or script suffix is
    /// ignored (`fr-CA` → French, `zh-Hans-CN` → Chinese).
    pub fn parse(raw: &str) -> Option<Lang> {
        let primary = raw.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best of our languages for an `Accept-Language` header: the
    /// highest-weighted range we speak (`*` and unknown ranges are skipped;
    /// `q=0` means "not this one").
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(u16, usize, Lang)> = None;
        for (pos, item) in header.split(',').enumerate().take(32) {
            let mut parts = item.split(';');
            let range = parts.next().unwrap_or("").trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), parse_q);
            let (Some(q), Some(lang)) = (q, Lang::parse(range)) else {
                continue;
            };
            if q == 0 {
                continue;
            }
            // Higher q wins; on a tie the earlier range wins.
            let better = match best {
                None => true,
                Some((bq, bpos, _)) => q > bq || (q == bq && pos < bpos),
            };
            if better {
                best = Some((q, pos, lang));
            }
        }
        best.map(|(_, _, l)| l)
    }
}

/// A `q` value in thousandths (`0.8` → 800), or `None` when malformed.
fn parse_q(raw: &str) -> Option<u16> {
    let v: f32 = raw.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&v)
        .then(|| (v * 1000.0).round() as u16)
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

tokio::task_local! {
    static CURRENT: Lang;
}

/// Runs `fut` with `lang` as the request's language (set by the web
/// layer's middleware, read by [`current`]).
pub async fn scope<F: std::future::Future>(lang: Lang, fut: F) -> F::Output {
    CURRENT.scope(lang, fut).await
}

/// The language of the request being served, English outside a request.
pub fn current() -> Lang {
    CURRENT.try_with(|l| *l).unwrap_or_default()
}

/// `text` in `lang` when it is a message id of the catalogues, else `text`
/// unchanged. Errors carry message ids where the sentence is fixed (see
/// `messages`) and ready-made English where it is built from the input.
pub fn localise(lang: Lang, text: &str) -> String {
    if has_message(text) {
        t(lang, text)
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_language_we_speak() {
        assert_eq!(
            Lang::from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"),
            Some(Lang::Fr)
        );
        assert_eq!(
            Lang::from_accept_language("de, ar;q=0.5, ru;q=0.7"),
            Some(Lang::Ru)
        );
        assert_eq!(Lang::from_accept_language("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_accept_language("de, *;q=0.1"), None);
        assert_eq!(
            Lang::from_accept_language("es;q=0, en;q=0.2"),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_accept_language("es;q=abc"), None);
        assert_eq!(Lang::from_accept_language(""), None);
    }

    #[test]
    fn codes_read_back() {
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.code()), Some(l));
        }
        assert_eq!(Lang::parse("AR-eg"), Some(Lang::Ar));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Zh.dir(), "ltr");
    }

    #[test]
    fn plural_rules_follow_the_language() {
        let one = t_args(Lang::En, "time-days", &[("n", Arg::Num(1))]);
        let five = t_args(Lang::En, "time-days", &[("n", Arg::Num(5))]);
        assert_eq!((one.as_str(), five.as_str()), ("1 day", "5 days"));
        // Russian has one / few / many: 1 день, 3 дня, 5 дней.
        let ru: Vec<String> = [1, 3, 5]
            .iter()
            .map(|n| t_args(Lang::Ru, "time-days", &[("n", Arg::Num(*n))]))
            .collect();
        assert_eq!(ru, ["1 день", "3 дня", "5 дней"]);
    }

    #[test]
    fn kept_messages_answer_for_their_own_arguments_only() {
        for _ in 0..2 {
            let ana = t_args(Lang::Fr, "signed-in-as", &[("name", Arg::Str("Ana"))]);
            let bob = t_args(Lang::Fr, "signed-in-as", &[("name", Arg::Str("Bob"))]);
            assert_eq!(ana, "Connecté·e en tant que Ana");
            assert_eq!(bob, "Connecté·e en tant que Bob");
            let two = t_args(Lang::En, "time-days", &[("n", Arg::Num(2))]);
            let one = t_args(Lang::En, "time-days", &[("n", Arg::Num(1))]);
            assert_eq!((one.as_str(), two.as_str()), ("1 day", "2 days"));
            // The same words in another language are another entry.
            let es = t_args(Lang::Es, "time-days", &[("n", Arg::Num(2))]);
            assert_eq!(es, "2 días");
        }
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_id() {
        assert_eq!(
            t(Lang::Fr, "no-such-message-anywhere"),
            "no-such-message-anywhere"
        );
        assert_eq!(
            localise(Lang::Fr, "A sentence, not an id."),
            "A sentence, not an id."
        );
    }
}
