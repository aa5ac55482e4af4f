//! The e-mail sender: a background task that reads `email_outbox`, writes
//! each message in its recipient's saved language (English when none) and
//! sends it over SMTP with `lettre`. A refused or failed attempt is
//! recorded (attempts, last error) and tried again after a growing wait;
//! after `max_attempts` the message is given up and logged. Requests only
//! ever write outbox rows, so no request waits for the mail server.
//!
//! The connection is plain (`smtp://`, for a relay on the host), STARTTLS
//! (`smtp://…?tls=starttls`) or TLS from the start (`smtps://`), with
//! rustls and the Mozilla root certificates.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::Kind;
use super::text;
use crate::config::{SmtpServer, SmtpTls};
use crate::db::notifications::{self as q, OutboxItem};
use crate::db::{self, DbPool, users};
use crate::error::AppError;
use crate::i18n::Lang;

/// What the sender needs, taken from the settings at start.
#[derive(Debug, Clone)]
pub struct MailConfig {
    /// The relay (`PLENARY_SMTP_URL`).
    pub server: SmtpServer,
    /// The sender address (`From:`).
    pub from: String,
    /// The site's public base URL, for links in the e-mails.
    pub public_url: String,
    /// Attempts before a message is given up.
    pub max_attempts: u32,
    /// The wait after the first failure; it doubles with each further one.
    pub retry_after: Duration,
}

/// The SMTP transport for `server` (30 s timeout per command).
fn transport(server: &SmtpServer) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let params = || {
        TlsParameters::new(server.host.clone()).map_err(|e| format!("TLS for {}: {e}", server.host))
    };
    let tls = match server.tls {
        SmtpTls::Plain => Tls::None,
        SmtpTls::StartTls => Tls::Required(params()?),
        SmtpTls::Implicit => Tls::Wrapper(params()?),
    };
    let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(server.host.clone())
        .port(server.port)
        .tls(tls)
        .timeout(Some(Duration::from_secs(30)));
    if let Some((user, password)) = &server.credentials {
        b = b.credentials(Credentials::new(user.clone(), password.expose().clone()));
    }
    Ok(b.build())
}

/// The wait before attempt `attempts + 1`, after `attempts` failures:
/// `base`, then twice as long each time (at most a day).
pub fn backoff(base: Duration, attempts: u32) -> Duration {
    let factor = 1u32 << attempts.saturating_sub(1).min(16);
    base.saturating_mul(factor).min(Duration::from_secs(86_400))
}

/// The message for one outbox item.
fn compose(item: &OutboxItem, cfg: &MailConfig) -> Result<Message, String> {
    let lang = item
        .language
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_default();
    let kind = Kind::parse(&item.notification.kind).ok_or("unknown notification kind")?;
    let args = serde_json::from_str(&item.notification.args).map_err(|e| e.to_string())?;
    let mail = text::email(lang, kind, &args, &cfg.public_url, &item.notification.link);
    let from: Mailbox = cfg
        .from
        .parse()
        .map_err(|e| format!("PLENARY_SMTP_FROM: {e}"))?;
    let to: Mailbox = item.email.parse().map_err(|e| format!("recipient: {e}"))?;
    Message::builder()
        .from(from)
        .to(to)
        .subject(mail.subject)
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body)
        .map_err(|e| e.to_string())
}

/// What became of one attempt.
enum Outcome {
    Sent,
    Failed(String),
    /// The recipient unticked the box since: dropped, not sent.
    NotWanted,
}

/// Sends every message due now, one at a time; returns how many were sent.
pub async fn send_due(pool: &DbPool, cfg: &MailConfig) -> Result<usize, AppError> {
    let smtp = transport(&cfg.server);
    let due = db::run(pool, |c| Ok(q::due_emails(c, users::now(), 50)?)).await?;
    let mut sent = 0;
    for item in due {
        let outcome = if !item.wants_email {
            Outcome::NotWanted
        } else {
            match compose(&item, cfg) {
                Ok(msg) => match &smtp {
                    Ok(smtp) => match smtp.send(msg).await {
                        Ok(_) => Outcome::Sent,
                        Err(e) => Outcome::Failed(error_chain(&e)),
                    },
                    Err(e) => Outcome::Failed(e.clone()),
                },
                Err(e) => Outcome::Failed(e),
            }
        };
        let attempts = item.attempts.saturating_add(1);
        let (id, max) = (item.id, cfg.max_attempts);
        let wait = backoff(cfg.retry_after, u32::try_from(attempts).unwrap_or(u32::MAX));
        if matches!(outcome, Outcome::Sent) {
            sent += 1;
        }
        if let Outcome::Failed(e) = &outcome {
            if u32::try_from(attempts).unwrap_or(u32::MAX) >= max {
                tracing::error!(outbox = id, attempts, error = %e, "gave up sending a notification e-mail");
            } else {
                tracing::warn!(outbox = id, attempts, error = %e, "sending a notification e-mail failed; will retry");
            }
        }
        db::run(pool, move |c| {
            let now = users::now();
            match outcome {
                Outcome::Sent => q::mark_sent(c, id, attempts, now)?,
                Outcome::NotWanted => {
                    q::mark_failed(c, id, item.attempts, "recipient opted out", now, Some(now))?
                }
                Outcome::Failed(e) => {
                    let gave_up =
                        (u32::try_from(attempts).unwrap_or(u32::MAX) >= max).then_some(now);
                    let next = now + chrono::Duration::from_std(wait).unwrap_or_default();
                    q::mark_failed(c, id, attempts, &e, next, gave_up)?
                }
            };
            Ok(())
        })
        .await?;
    }
    Ok(sent)
}

/// An error with its causes, for the outbox's `last_error` and the log.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    text
}

/// The sender task: sends what is due every `every`, until dropped.
pub async fn run(pool: DbPool, cfg: MailConfig, every: Duration) {
    loop {
        if let Err(e) = send_due(&pool, &cfg).await {
            tracing::error!(error = ?e, "the notification e-mail sender failed");
        }
        tokio::time::sleep(every).await;
    }
}
