//! A closed round's results, built once and kept: the published ballots,
//! the stored results document, every group's own ranking and the charts
//! never change once the round has closed, yet building them reads every
//! ballot and re-tallies each group (seconds for a large round). Only a
//! chair's later decisions (adopted / not adopted) and proposal titles can
//! change what the page shows, so the cache key covers the whole round as
//! read on each request, and a decision simply makes a new entry. The
//! built results hold words and numbers in the reader's language, so the
//! language is part of the key too (one entry per language read).
//!
//! The page also gets an `ETag` over everything it shows (the round, the
//! viewer, the form token, the page's language): a browser revalidating with `If-None-Match`
//! gets `304 Not Modified` with no page built at all. Such pages are sent
//! `Cache-Control: private, no-cache` rather than the `no-store` of other
//! signed-in pages (docs/operations.md, "Caching"): kept only by the
//! viewer's browser, and always revalidated, so a signed-out or revoked
//! session gets no 304.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use actix_web::HttpRequest;
use actix_web::http::header;
use sha2::{Digest, Sha256};

use crate::i18n::Lang;
use crate::services::rounds::{self, Round, Turnout};
use crate::state::AppState;
use crate::web::adoption_view::{self, AdoptionResultsView};
use crate::web::error::AppError;
use crate::web::pages::PageCtx;
use crate::web::results_view::{self, ResultsView};

/// At most this many rounds' results are kept (a bound on memory; a full
/// cache starts again empty).
const MAX_ENTRIES: usize = 256;

/// The `Cache-Control` of a closed round's page.
pub const CACHE_CONTROL: &str = "private, no-cache";

/// What the results part of a closed round's page needs: a ranking
/// round's view or an adoption round's.
pub struct ClosedResults {
    /// A ranking round's view.
    pub ranking: Option<ResultsView>,
    /// An adoption round's view.
    pub adoption: Option<AdoptionResultsView>,
    /// Ballots counted.
    pub ballots: u64,
    /// Size of the electorate.
    pub electorate: u64,
}

/// Built results by round and by what the round looked like (see the module
/// comment); one per server.
#[derive(Default)]
pub struct ResultsCache {
    entries: Mutex<HashMap<String, Arc<ClosedResults>>>,
}

/// A digest of the round as read for this request: everything the cached
/// results depend on.
fn round_key(round: &Round) -> Result<String, AppError> {
    let json = serde_json::to_vec(round).map_err(AppError::internal)?;
    Ok(hex::encode(Sha256::digest(&json)))
}

impl ResultsCache {
    /// The results of the closed `round` in `lang`, built on first use.
    pub async fn get(
        &self,
        state: &AppState,
        round: &Round,
        lang: Lang,
    ) -> Result<Arc<ClosedResults>, AppError> {
        let key = format!("{}:{}", round_key(round)?, lang.code());
        if let Some(hit) = self.entries.lock().ok().and_then(|e| e.get(&key).cloned()) {
            return Ok(hit);
        }
        let id = round.id;
        let (evidence, turnout): (_, Turnout) =
            state.db(move |c| rounds::closed_evidence(c, id)).await?;
        let (ranking, adoption) = match &evidence.results {
            rounds::ClosedResults::Ranking(doc) => (
                Some(
                    results_view::build(
                        lang,
                        round,
                        doc,
                        &evidence.ballots,
                        &turnout,
                        &state.settings.groups,
                    )
                    .map_err(AppError::internal)?,
                ),
                None,
            ),
            rounds::ClosedResults::Adoption(doc) => (
                None,
                Some(adoption_view::build(
                    lang,
                    round,
                    doc,
                    &turnout,
                    &state.settings.groups,
                )),
            ),
        };
        let built = Arc::new(ClosedResults {
            ranking,
            adoption,
            ballots: turnout.ballots,
            electorate: turnout.electorate,
        });
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(key, built.clone());
        }
        Ok(built)
    }
}

/// The page's entity tag: the round as read, the viewer, the page's form
/// token and language (a reader switching language must not be told "not
/// modified"), and this build of the server (templates change with it).
pub fn etag(round: &Round, ctx: &PageCtx) -> Result<String, AppError> {
    let mut h = Sha256::new();
    h.update(round_key(round)?.as_bytes());
    h.update(ctx.lang.code().as_bytes());
    h.update(format!("{:?}", ctx.user).as_bytes());
    h.update(ctx.csrf.as_bytes());
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(BUILD.as_bytes());
    Ok(format!("\"{}\"", hex::encode(&h.finalize()[..16])))
}

/// Distinguishes builds of one version (a rebuilt server may render
/// differently): the time the binary was compiled is not available without
/// a build script, so the executable's own path and size stand in.
static BUILD: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    std::env::current_exe()
        .ok()
        .and_then(|p| {
            std::fs::metadata(&p)
                .ok()
                .map(|m| format!("{p:?}:{}", m.len()))
        })
        .unwrap_or_default()
});

/// Whether the request's `If-None-Match` names `etag` (or is `*`).
pub fn not_modified(req: &HttpRequest, etag: &str) -> bool {
    req.headers()
        .get_all(header::IF_NONE_MATCH)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .any(|t| t == etag || t == "*" || t.strip_prefix("W/") == Some(etag))
}
