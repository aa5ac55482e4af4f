//! A notice's words in a given language: the list's sentence and the
//! e-mail's subject and body, from the catalogues (`notifications.ftl`).
//! Titles and names inside are never translated.

use serde_json::Value;

use super::Kind;
use crate::i18n::{self, Arg, Lang};

/// The argument `name` of a stored notice, or "" when missing.
fn arg<'a>(args: &'a Value, name: &str) -> &'a str {
    args.get(name).and_then(Value::as_str).unwrap_or("")
}

/// The sentence of a notice of `kind` with its stored `args`.
pub fn sentence(lang: Lang, kind: Kind, args: &Value) -> String {
    let round = || [("round", Arg::Str(arg(args, "round")))];
    let about = || {
        [
            ("proposal", Arg::Str(arg(args, "proposal"))),
            ("name", Arg::Str(arg(args, "name"))),
        ]
    };
    match kind {
        Kind::RoundOpened => i18n::t_args(lang, "notifications-round-opened", &round()),
        Kind::RoundClosing => i18n::t_args(lang, "notifications-round-closing", &round()),
        Kind::ResultsPublished => i18n::t_args(lang, "notifications-results-published", &round()),
        Kind::Cosponsored => i18n::t_args(lang, "notifications-cosponsored", &about()),
        Kind::Commented => i18n::t_args(lang, "notifications-commented", &about()),
        Kind::Decided => i18n::t_args(
            lang,
            "notifications-decided",
            &[
                ("proposal", Arg::Str(arg(args, "proposal"))),
                ("decision", Arg::Str(arg(args, "decision"))),
            ],
        ),
        Kind::Approved => i18n::t(lang, "notifications-approved"),
    }
}

/// An e-mail ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    /// The subject line.
    pub subject: String,
    /// The plain-text body.
    pub body: String,
}

/// The e-mail for a notice, in `lang`, linking to `public_url` + `link`.
pub fn email(lang: Lang, kind: Kind, args: &Value, public_url: &str, link: &str) -> Email {
    let what = sentence(lang, kind, args);
    let base = public_url.trim_end_matches('/');
    let url = format!("{base}{link}");
    let settings = format!("{base}/account");
    let subject = i18n::t_args(
        lang,
        "notifications-email-subject",
        &[("what", Arg::Str(&what))],
    );
    let body = [
        what,
        String::new(),
        i18n::t_args(lang, "notifications-email-link", &[("url", Arg::Str(&url))]),
        String::new(),
        "-- ".to_owned(),
        i18n::t_args(
            lang,
            "notifications-email-why",
            &[("url", Arg::Str(&settings))],
        ),
        String::new(),
    ]
    .join("\r\n");
    // Fluent's isolation marks around arguments (right-to-left languages)
    // stay: mail readers honour them as the pages do.
    Email {
        subject: subject.replace(['\r', '\n'], " "),
        body,
    }
}
