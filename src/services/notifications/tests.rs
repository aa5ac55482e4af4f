//! Unit tests of `notifications`: kinds, SMTP URLs, back-off, sentences and e-mail text.

#![allow(clippy::unwrap_used)]
use super::mailer::backoff;
use super::text::{email, sentence};
use super::*;
use crate::config::{SmtpTls, parse_smtp_url};
use crate::i18n::Lang;

#[test]
fn kinds_read_back_from_their_stored_spelling() {
    for k in Kind::ALL {
        assert_eq!(Kind::parse(k.as_str()), Some(k));
    }
    assert_eq!(Kind::parse("nothing"), None);
}

#[test]
fn smtp_urls_name_host_port_and_credentials() -> Result<(), String> {
    let local = parse_smtp_url("smtp://localhost")?;
    assert_eq!((local.host.as_str(), local.port), ("localhost", 25));
    assert!(local.credentials.is_none());
    let relay = parse_smtp_url("smtp://bot:s3cret@mail.example.org:2525")?;
    assert_eq!(
        (relay.host.as_str(), relay.port),
        ("mail.example.org", 2525)
    );
    let (user, password) = relay.credentials.ok_or("no credentials")?;
    assert_eq!(
        (user.as_str(), password.expose().as_str()),
        ("bot", "s3cret")
    );
    let v6 = parse_smtp_url("smtp://[::1]:26")?;
    assert_eq!((v6.host.as_str(), v6.port), ("::1", 26));
    assert_eq!(local.tls, SmtpTls::Plain);
    let implicit = parse_smtp_url("smtps://bot:pw@mail.example.org")?;
    assert_eq!(
        (implicit.host.as_str(), implicit.port, implicit.tls),
        ("mail.example.org", 465, SmtpTls::Implicit)
    );
    let starttls = parse_smtp_url("smtp://mail.example.org?tls=starttls")?;
    assert_eq!((starttls.port, starttls.tls), (587, SmtpTls::StartTls));
    let on_port = parse_smtp_url("smtp://mail.example.org:2587?tls=starttls")?;
    assert_eq!((on_port.port, on_port.tls), (2587, SmtpTls::StartTls));
    assert!(parse_smtp_url("smtp://mail.example.org?tls=maybe").is_err());
    assert!(parse_smtp_url("http://mail.example.org").is_err());
    assert!(parse_smtp_url("smtp://host:notaport").is_err());
    assert!(parse_smtp_url("smtp://").is_err());
    Ok(())
}

#[test]
fn retries_wait_twice_as_long_each_time() {
    let base = std::time::Duration::from_secs(60);
    assert_eq!(backoff(base, 1).as_secs(), 60);
    assert_eq!(backoff(base, 2).as_secs(), 120);
    assert_eq!(backoff(base, 4).as_secs(), 480);
    assert_eq!(backoff(base, 40).as_secs(), 86_400);
}

#[test]
fn sentences_carry_their_arguments_in_each_language() {
    let args = serde_json::json!({"round": "Budget 2027"});
    for lang in Lang::ALL {
        let s = sentence(lang, Kind::RoundOpened, &args);
        assert!(s.contains("Budget 2027"), "{lang}: {s}");
        assert!(!s.contains("notifications-"), "{lang}: {s}");
    }
    let adopted = serde_json::json!({"proposal": "Parks", "decision": "adopted"});
    let rejected = serde_json::json!({"proposal": "Parks", "decision": "not_adopted"});
    assert_ne!(
        sentence(Lang::En, Kind::Decided, &adopted),
        sentence(Lang::En, Kind::Decided, &rejected)
    );
}

#[test]
fn an_email_links_to_the_page_under_the_public_url() {
    let args = serde_json::json!({"proposal": "Parks", "name": "Ana"});
    let mail = email(
        Lang::Fr,
        Kind::Commented,
        &args,
        "https://panel.example.org/",
        "/proposals/3",
    );
    assert!(
        mail.body.contains("https://panel.example.org/proposals/3"),
        "{}",
        mail.body
    );
    assert!(
        mail.body.contains("https://panel.example.org/account"),
        "{}",
        mail.body
    );
    assert!(mail.subject.contains("Parks"), "{}", mail.subject);
    assert!(!mail.subject.contains('\n'));
}
