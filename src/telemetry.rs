//! Structured logs with tracing. Each request is one span (request id,
//! method, route, status, latency) logged when it closes. Nothing that holds
//! a password or token is ever a field: handlers log no bodies, and secrets
//! are wrapped in [`crate::config::Secret`].

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::format::FmtSpan;

/// Installs the global subscriber: `RUST_LOG` filters (default `info`),
/// `PLENARY_LOG_FORMAT=json` switches to one JSON object per line.
pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn"));
    let json = std::env::var("PLENARY_LOG_FORMAT").is_ok_and(|v| v.eq_ignore_ascii_case("json"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_span_events(FmtSpan::CLOSE)
        .with_writer(std::io::stderr);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.compact().try_init()
    };
}
