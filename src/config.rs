//! Settings: one struct built from flags and environment variables, with
//! defaults that run out of the box (SQLite in `./data`). Secrets are wrapped
//! so they never print.

use std::fmt;
use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};

use crate::domain::groups::StakeholderGroups;
use crate::domain::proposal::{EligibilityRule, Themes};

/// A value that must never reach a log: `Debug` prints `<redacted>`.
#[derive(Clone)]
pub struct Secret<T>(T);

impl<T> Secret<T> {
    /// Wraps a secret.
    pub fn new(v: T) -> Self {
        Secret(v)
    }
    /// The secret itself, for the one place that needs it.
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Everything the server needs to run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Where the SQLite file and generated keys live.
    pub data_dir: PathBuf,
    /// `postgres://…` or an SQLite path; may hold a password, hence secret.
    pub database_url: Secret<String>,
    /// Address to listen on; port 0 picks a free port (tests).
    pub bind: String,
    /// Mark cookies `Secure` (set when served over HTTPS).
    pub secure_cookies: bool,
    /// HS256 key for session tokens.
    pub jwt_secret: Secret<Vec<u8>>,
    /// How long a session token lives.
    pub token_ttl: Duration,
    /// The configured stakeholder groups.
    pub groups: StakeholderGroups,
    /// Key for the keyed hash of (round, user) that lets a voter in a
    /// secret round replace their ballot without the row naming them.
    pub ballot_key: Secret<Vec<u8>>,
    /// How often the server looks for rounds past their closing time.
    pub close_check_every: Duration,
    /// The theme tags proposals may carry (`PLENARY_THEMES`).
    pub themes: Themes,
    /// When a proposal may enter a round (`PLENARY_MIN_COSPONSORS`,
    /// `PLENARY_MIN_COSPONSOR_GROUPS`).
    pub eligibility: EligibilityRule,
    /// Sign-in and registration attempts allowed per client IP per minute
    /// (`PLENARY_SIGN_IN_PER_MINUTE`, default 20; 0 disables the limit).
    pub sign_in_per_minute: u32,
    /// Sign-in and registration attempts allowed in all per minute
    /// (`PLENARY_SIGN_IN_GLOBAL_PER_MINUTE`, default 600; 0 disables it).
    pub sign_in_global_per_minute: u32,
    /// Reverse proxies whose `X-Forwarded-For` names the client
    /// (`PLENARY_TRUSTED_PROXIES`, CIDRs; default none).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Threads that hash passwords, at most this many at once
    /// (`PLENARY_HASH_THREADS`; default one less than the cores, at least 1),
    /// so sign-ins never take every core from the pages.
    pub hash_threads: usize,
    /// How many comments one user may post per hour
    /// (`PLENARY_COMMENTS_PER_HOUR`, default 60; 0 disables the limit).
    pub comments_per_hour: u32,
    /// How many proxies one elector may hold in a round
    /// (`PLENARY_MAX_PROXIES`, default 1; 0 turns proxies off).
    pub max_proxies: u32,
    /// HTTP worker threads.
    pub workers: usize,
    /// Database pool size.
    pub pool_size: u32,
    /// How long a request waits for a database connection before it is
    /// answered 503 (`PLENARY_DB_TIMEOUT_SECONDS`, default 3); also
    /// PostgreSQL's `connect_timeout` unless the URL sets one.
    pub db_timeout: Duration,
    /// The audit signing key file (`PLENARY_AUDIT_KEY_FILE`); `None` means
    /// `DATA_DIR/audit-key`, generated on first start.
    pub audit_key_file: Option<PathBuf>,
    /// The deployment name in the log's origin `plenary/<name>`
    /// (`PLENARY_DEPLOYMENT_NAME`, e.g. `panel.example.org`); `None` means
    /// one derived from the audit key, the same for every process sharing
    /// it. Checked when the signer is built.
    pub deployment_name: Option<String>,
    /// Serve `/metrics` to anyone who can reach it (`PLENARY_METRICS=1`).
    pub metrics_enabled: bool,
    /// Serve `/metrics` only with `Authorization: Bearer` this token
    /// (`PLENARY_METRICS_TOKEN`); setting it turns metrics on. With
    /// neither setting, `/metrics` is a 404.
    pub metrics_token: Option<Secret<String>>,
    /// The SMTP relay for notification e-mail (`PLENARY_SMTP_URL`,
    /// `smtp://[user:password@]host[:port]`); none: no e-mail is sent.
    pub smtp: Option<SmtpServer>,
    /// The sender of notification e-mail (`PLENARY_SMTP_FROM`).
    pub smtp_from: String,
    /// The site's address as people reach it, for links in e-mail
    /// (`PLENARY_PUBLIC_URL`, e.g. `https://panel.example.org`).
    pub public_url: String,
    /// How often the reminder and e-mail tasks look for work
    /// (`PLENARY_NOTIFY_CHECK_SECONDS`, default 30).
    pub notify_check_every: Duration,
    /// Attempts at one e-mail before it is given up
    /// (`PLENARY_EMAIL_MAX_ATTEMPTS`, default 8).
    pub email_max_attempts: u32,
    /// The wait after a first failed attempt, doubled after each further
    /// one (`PLENARY_EMAIL_RETRY_SECONDS`, default 60).
    pub email_retry_after: Duration,
}

/// Reads a boolean environment variable (`1`, `true`, `yes`, `on`).
fn env_flag(name: &str) -> bool {
    std::env::var(name)
        .map(|v| {
            matches!(
                v.trim().to_ascii_lowercase().as_str(),
                "1" | "true" | "yes" | "on"
            )
        })
        .unwrap_or(false)
}

impl Settings {
    /// Builds settings for `data_dir` and an optional database URL, reading
    /// the rest from the environment:
    /// `PLENARY_SECURE_COOKIES`, `PLENARY_JWT_SECRET`, `PLENARY_TOKEN_TTL_HOURS`,
    /// `PLENARY_STAKEHOLDER_GROUPS`, `PLENARY_WORKERS`, `PLENARY_BALLOT_KEY`,
    /// `PLENARY_CLOSE_CHECK_SECONDS`, `PLENARY_AUDIT_KEY_FILE`.
    /// `PLENARY_STAKEHOLDER_GROUPS`, `PLENARY_WORKERS`, `PLENARY_THEMES`,
    /// `PLENARY_MIN_COSPONSORS`, `PLENARY_MIN_COSPONSOR_GROUPS`,
    /// `PLENARY_DB_TIMEOUT_SECONDS`, and the labels per language
    /// `PLENARY_STAKEHOLDER_GROUPS_<LANG>`, `PLENARY_THEMES_<LANG>`
    /// (`LANG` = `EN`, `FR`, `ES`, `AR`, `ZH` or `RU`).
    /// Creates the data directory (mode 0700) and, unless given, the JWT
    /// secret file.
    pub fn load(
        data_dir: &Path,
        database_url: Option<&str>,
        bind: &str,
    ) -> anyhow::Result<Settings> {
        create_private_dir(data_dir)?;
        let database_url = match database_url.map(str::trim).filter(|s| !s.is_empty()) {
            Some(url) => url.to_owned(),
            None => sqlite_url(data_dir),
        };
        let jwt_secret = match std::env::var("PLENARY_JWT_SECRET") {
            Ok(s) if s.len() >= 32 => s.into_bytes(),
            Ok(_) => bail!("PLENARY_JWT_SECRET must be at least 32 characters"),
            Err(_) => load_or_create_secret(&data_dir.join("jwt-secret"))?,
        };
        let ballot_key = match std::env::var("PLENARY_BALLOT_KEY") {
            Ok(s) if s.len() >= 32 => s.into_bytes(),
            Ok(_) => bail!("PLENARY_BALLOT_KEY must be at least 32 characters"),
            Err(_) => load_or_create_secret(&data_dir.join("ballot-key"))?,
        };
        let close_check_seconds: u64 = match std::env::var("PLENARY_CLOSE_CHECK_SECONDS") {
            Ok(v) => v
                .trim()
                .parse()
                .context("PLENARY_CLOSE_CHECK_SECONDS must be a whole number")?,
            Err(_) => 5,
        };
        let token_ttl_hours: u64 = match std::env::var("PLENARY_TOKEN_TTL_HOURS") {
            Ok(v) => v
                .trim()
                .parse()
                .context("PLENARY_TOKEN_TTL_HOURS must be a whole number of hours")?,
            Err(_) => 12,
        };
        let mut groups = match std::env::var("PLENARY_STAKEHOLDER_GROUPS") {
            Ok(spec) => StakeholderGroups::from_spec(&spec)
                .map_err(|e| anyhow::anyhow!("PLENARY_STAKEHOLDER_GROUPS: {e}"))?,
            Err(_) => StakeholderGroups::default(),
        };
        let mut themes = match std::env::var("PLENARY_THEMES") {
            Ok(spec) => {
                Themes::from_spec(&spec).map_err(|e| anyhow::anyhow!("PLENARY_THEMES: {e}"))?
            }
            Err(_) => Themes::default(),
        };
        // Labels per language: `PLENARY_STAKEHOLDER_GROUPS_FR=id=Label,…`,
        // `PLENARY_THEMES_AR=…` (see `domain::labels`).
        for lang in crate::i18n::Lang::ALL {
            let suffix = lang.code().to_ascii_uppercase();
            let name = format!("PLENARY_STAKEHOLDER_GROUPS_{suffix}");
            if let Ok(spec) = std::env::var(&name) {
                groups
                    .translate(lang, &spec)
                    .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
            }
            let name = format!("PLENARY_THEMES_{suffix}");
            if let Ok(spec) = std::env::var(&name) {
                themes
                    .translate(lang, &spec)
                    .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
            }
        }
        let count = |name: &str, default: u32| -> anyhow::Result<u32> {
            match std::env::var(name) {
                Ok(v) => v
                    .trim()
                    .parse()
                    .with_context(|| format!("{name} must be a whole number (0 disables it)")),
                Err(_) => Ok(default),
            }
        };
        let eligibility = EligibilityRule {
            min_cosponsors: count("PLENARY_MIN_COSPONSORS", 2)?,
            min_groups: count("PLENARY_MIN_COSPONSOR_GROUPS", 2)?,
        };
        let workers = match std::env::var("PLENARY_WORKERS") {
            Ok(v) => v
                .trim()
                .parse()
                .context("PLENARY_WORKERS must be a number")?,
            Err(_) => std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2),
        };
        Ok(Settings {
            data_dir: data_dir.to_owned(),
            database_url: Secret::new(database_url),
            bind: bind.to_owned(),
            secure_cookies: env_flag("PLENARY_SECURE_COOKIES"),
            jwt_secret: Secret::new(jwt_secret),
            token_ttl: Duration::from_secs(token_ttl_hours.max(1) * 3600),
            groups,
            ballot_key: Secret::new(ballot_key),
            close_check_every: Duration::from_secs(close_check_seconds.max(1)),
            themes,
            eligibility,
            sign_in_per_minute: match std::env::var("PLENARY_SIGN_IN_PER_MINUTE") {
                Ok(v) => v
                    .trim()
                    .parse()
                    .context("PLENARY_SIGN_IN_PER_MINUTE must be a whole number")?,
                Err(_) => 20,
            },
            comments_per_hour: count("PLENARY_COMMENTS_PER_HOUR", 60)?,
            max_proxies: count("PLENARY_MAX_PROXIES", 1)?,
            sign_in_global_per_minute: count("PLENARY_SIGN_IN_GLOBAL_PER_MINUTE", 600)?,
            trusted_proxies: match std::env::var("PLENARY_TRUSTED_PROXIES") {
                Ok(spec) => parse_proxies(&spec)
                    .map_err(|e| anyhow::anyhow!("PLENARY_TRUSTED_PROXIES: {e}"))?,
                Err(_) => Vec::new(),
            },
            hash_threads: match std::env::var("PLENARY_HASH_THREADS") {
                Ok(v) => v
                    .trim()
                    .parse::<usize>()
                    .context("PLENARY_HASH_THREADS must be a whole number")?
                    .max(1),
                Err(_) => std::thread::available_parallelism()
                    .map(|n| n.get().saturating_sub(1))
                    .unwrap_or(1)
                    .max(1),
            },
            workers: workers.max(1),
            pool_size: 16,
            db_timeout: Duration::from_secs(count("PLENARY_DB_TIMEOUT_SECONDS", 3)?.max(1).into()),
            audit_key_file: std::env::var_os("PLENARY_AUDIT_KEY_FILE")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
            deployment_name: std::env::var("PLENARY_DEPLOYMENT_NAME")
                .ok()
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty()),
            metrics_enabled: env_flag("PLENARY_METRICS"),
            metrics_token: std::env::var("PLENARY_METRICS_TOKEN")
                .ok()
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
                .map(Secret::new),
            smtp: match std::env::var("PLENARY_SMTP_URL") {
                Ok(v) if !v.trim().is_empty() => {
                    Some(parse_smtp_url(&v).map_err(|e| anyhow::anyhow!("PLENARY_SMTP_URL {e}"))?)
                }
                _ => None,
            },
            smtp_from: match std::env::var("PLENARY_SMTP_FROM") {
                Ok(v) if v.contains('@') => v.trim().to_owned(),
                Ok(_) => bail!("PLENARY_SMTP_FROM must be an address like plenary@example.org"),
                Err(_) => "plenary@localhost".to_owned(),
            },
            public_url: std::env::var("PLENARY_PUBLIC_URL")
                .ok()
                .map(|v| v.trim().trim_end_matches('/').to_owned())
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| format!("http://{bind}")),
            notify_check_every: Duration::from_secs(
                count("PLENARY_NOTIFY_CHECK_SECONDS", 30)?.max(1).into(),
            ),
            email_max_attempts: count("PLENARY_EMAIL_MAX_ATTEMPTS", 8)?.max(1),
            email_retry_after: Duration::from_secs(
                count("PLENARY_EMAIL_RETRY_SECONDS", 60)?.into(),
            ),
        })
    }
}

/// Creates the data directory readable by its owner only (mode 0700, set
/// explicitly so the umask does not matter). A directory that already
/// exists keeps its mode (an operator may have chosen it), but a warning
/// says when others can read it.
pub fn create_private_dir(dir: &Path) -> anyhow::Result<()> {
    let cannot = || format!("cannot create the data directory {}", dir.display());
    if dir.is_dir() {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir)
                .with_context(cannot)?
                .permissions()
                .mode();
            if mode & 0o077 != 0 {
                eprintln!(
                    "warning: the data directory {} is open to other users (mode {:o}); \
                     `chmod 700` it to keep the database and keys private",
                    dir.display(),
                    mode & 0o777
                );
            }
        }
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        builder.mode(0o700);
        builder.create(dir).with_context(cannot)?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .with_context(cannot)?;
    }
    #[cfg(not(unix))]
    builder.create(dir).with_context(cannot)?;
    Ok(())
}

/// An SMTP server named by `PLENARY_SMTP_URL`.
#[derive(Debug, Clone)]
pub struct SmtpServer {
    /// Host name or address.
    pub host: String,
    /// Port (25 unless given).
    pub port: u16,
    /// User name and password, when the URL has them.
    pub credentials: Option<(String, Secret<String>)>,
    /// How the connection is protected.
    pub tls: SmtpTls,
}

/// The protection of the connection to the SMTP server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    /// `smtp://host` without `?tls=`: plain text, for a relay on the host
    /// or a trusted network.
    Plain,
    /// `smtp://host?tls=starttls` (port 587 by default): STARTTLS, required;
    /// a server that does not offer it is refused.
    StartTls,
    /// `smtps://host` (port 465 by default): TLS from the first byte.
    Implicit,
}

/// Reads `smtp://[user:password@]host[:port][?tls=starttls]` or
/// `smtps://[user:password@]host[:port]`; anything else is refused with the
/// reason. Certificates are checked against the Mozilla roots (webpki).
pub fn parse_smtp_url(url: &str) -> Result<SmtpServer, String> {
    let url = url.trim();
    let (tls, rest) = if let Some(r) = url.strip_prefix("smtps://") {
        (SmtpTls::Implicit, r)
    } else if let Some(r) = url.strip_prefix("smtp://") {
        match r.split_once('?') {
            None => (SmtpTls::Plain, r),
            Some((r, "tls=starttls")) => (SmtpTls::StartTls, r),
            Some((_, q)) => {
                return Err(format!("has an unknown option {q:?} (only ?tls=starttls)"));
            }
        }
    } else {
        return Err("must start with smtp:// or smtps://".to_owned());
    };
    let default_port = match tls {
        SmtpTls::Plain => 25,
        SmtpTls::StartTls => 587,
        SmtpTls::Implicit => 465,
    };
    let rest = rest.trim_end_matches('/');
    let (auth, host_port) = match rest.rsplit_once('@') {
        Some((a, h)) => (Some(a), h),
        None => (None, rest),
    };
    let credentials = auth.map(|a| match a.split_once(':') {
        Some((u, p)) => (u.to_owned(), Secret::new(p.to_owned())),
        None => (a.to_owned(), Secret::new(String::new())),
    });
    let port_of = |p: Option<&str>| match p {
        Some(p) => p
            .parse::<u16>()
            .map_err(|_| format!("{p:?} is not a port number")),
        None => Ok(default_port),
    };
    let (host, port) = match host_port.strip_prefix('[') {
        Some(v6) => {
            let (h, after) = v6.split_once(']').ok_or("has an unclosed [")?;
            (h, port_of(after.strip_prefix(':'))?)
        }
        None => match host_port.split_once(':') {
            Some((h, p)) => (h, port_of(Some(p))?),
            None => (host_port, default_port),
        },
    };
    if host.is_empty() {
        return Err("names no host".to_owned());
    }
    Ok(SmtpServer {
        host: host.to_owned(),
        port,
        credentials,
        tls,
    })
}

/// Parses `PLENARY_TRUSTED_PROXIES`: comma-separated CIDRs or addresses.
pub fn parse_proxies(spec: &str) -> Result<Vec<ipnet::IpNet>, String> {
    spec.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<ipnet::IpNet>()
                .or_else(|_| s.parse::<IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| format!("{s:?} is not an address or a CIDR such as 10.0.0.0/8"))
        })
        .collect()
}

/// The SQLite URL for a data directory: `DIR/plenary.db`.
pub fn sqlite_url(data_dir: &Path) -> String {
    data_dir.join("plenary.db").to_string_lossy().into_owned()
}

/// Reads a 32-byte secret from `path`, or creates it (mode 0600) on first
/// start so that sessions survive restarts without any setup.
pub fn load_or_create_secret(path: &Path) -> anyhow::Result<Vec<u8>> {
    if path.exists() {
        let hexed = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let bytes =
            hex::decode(hexed.trim()).with_context(|| format!("{} is not hex", path.display()))?;
        if bytes.len() < 32 {
            bail!("{} holds fewer than 32 bytes", path.display());
        }
        return Ok(bytes);
    }
    let mut bytes = vec![0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    write_private(path, hex::encode(&bytes).as_bytes())?;
    Ok(bytes)
}

/// Writes a file readable by its owner only.
pub fn write_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    f.write_all(contents)?;
    f.sync_all()?;
    Ok(())
}
