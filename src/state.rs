//! The state every request shares: the pool, the settings, the keys and the
//! sign-in throttle. Only `web` and `startup` see it; services take a
//! connection and the few values they need, never the whole state.

use crate::audit::Signer;
use crate::auth::password::Hasher;
use crate::auth::sessions::SessionCache;
use crate::auth::throttle::{Throttle, client_address};
use crate::auth::token::TokenKeys;
use crate::config::Settings;
use crate::db::read_cache::ReadCache;
use crate::db::{self, Db, DbPool};
use crate::domain::proposal::ProposalId;
use crate::domain::round::RoundId;
use crate::domain::user::{User, UserId};
use crate::error::AppError;
use crate::services::proposals::{self, ListQuery, ProposalPage, ProposalPageData};
use crate::services::rounds::{self, BallotCommitter, RoundPage};
use std::sync::Arc;

/// What every handler shares.
pub struct AppState {
    /// Database connections.
    pub pool: DbPool,
    /// The settings the server started with.
    pub settings: Settings,
    /// Session token keys.
    pub tokens: TokenKeys,
    /// The Ed25519 key that signs audit checkpoints.
    pub signer: Signer,
    /// Limits sign-in and registration attempts per client address and in all.
    pub throttle: Throttle,
    /// The password hashing threads.
    pub hasher: Hasher,
    /// The group commit every API ballot goes through.
    pub ballots: BallotCommitter,
    /// Signed-in users, cached for a moment (revoked at once on a change).
    pub sessions: SessionCache,
    /// Pages of the proposal list by viewer and query, until the next write.
    pub proposal_lists: ReadCache<(UserId, String), ProposalPage>,
    /// Proposal pages by viewer, until the next write.
    pub proposal_pages: ReadCache<(UserId, ProposalId), ProposalPageData>,
    /// Round pages (without a closed round's results) by viewer.
    pub round_pages: ReadCache<(UserId, RoundId), RoundPage>,
    /// Unread notification counts (the page header's) by user.
    pub unread_counts: ReadCache<UserId, i64>,
}

impl AppState {
    /// Opens the database (creating and migrating it) and derives the keys.
    pub fn new(settings: Settings) -> anyhow::Result<AppState> {
        let pool = db::open_pool_with_timeout(
            settings.database_url.expose(),
            settings.pool_size,
            settings.db_timeout,
        )?;
        {
            let mut conn = pool.get()?;
            let rendered = crate::services::proposals::render_unrendered(&mut conn)
                .map_err(|e| anyhow::anyhow!("rendering stored Markdown failed: {e:?}"))?;
            if rendered > 0 {
                tracing::info!(rendered, "rendered Markdown stored before this version");
            }
        }
        let tokens = TokenKeys::new(settings.jwt_secret.expose(), settings.token_ttl)?;
        let signer =
            Signer::load_or_create(&settings.data_dir, settings.audit_key_file.as_deref())?
                .with_deployment(settings.deployment_name.as_deref())
                .map_err(|e| anyhow::anyhow!("PLENARY_DEPLOYMENT_NAME: {e}"))?;
        let ballots = BallotCommitter::start(pool.clone(), settings.ballot_key.expose())?;
        Ok(AppState {
            ballots,
            sessions: SessionCache::default(),
            proposal_lists: ReadCache::new(1024),
            proposal_pages: ReadCache::new(1024),
            round_pages: ReadCache::new(1024),
            unread_counts: ReadCache::new(4096),
            pool,
            throttle: Throttle::new(
                settings.sign_in_per_minute,
                settings.sign_in_global_per_minute,
            ),
            hasher: Hasher::new(settings.hash_threads, 64)?,
            settings,
            tokens,
            signer,
        })
    }

    /// The client's address for the sign-in limit: the peer, or what a
    /// trusted proxy says in `X-Forwarded-For`.
    pub fn client(&self, req: &actix_web::HttpRequest) -> Option<std::net::IpAddr> {
        let forwarded = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok());
        client_address(
            req.peer_addr().map(|a| a.ip()),
            forwarded,
            &self.settings.trusted_proxies,
        )
    }

    /// Runs `f` with a pooled connection on a blocking thread: diesel never
    /// runs on the async workers.
    pub async fn db<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Db) -> Result<T, AppError> + Send + 'static,
    {
        db::run(&self.pool, f).await
    }

    /// One page of the proposal list as `viewer` sees it, from the read
    /// cache when nothing was written since it was read.
    pub async fn proposal_list(
        &self,
        viewer: UserId,
        query: ListQuery,
    ) -> Result<Arc<ProposalPage>, AppError> {
        let rule = self.settings.eligibility;
        self.proposal_lists
            .get_or_load(
                (viewer, format!("{query:?}")),
                self.db(move |c| proposals::list(c, rule, viewer, &query)),
            )
            .await
    }

    /// A proposal page's read model for `viewer`, from the read cache when
    /// nothing was written since it was read.
    pub async fn proposal_page(
        &self,
        viewer: User,
        id: ProposalId,
    ) -> Result<Arc<ProposalPageData>, AppError> {
        let rule = self.settings.eligibility;
        self.proposal_pages
            .get_or_load(
                (viewer.id, id),
                self.db(move |c| proposals::page(c, rule, &viewer, id)),
            )
            .await
    }

    /// `user`'s unread notification count for the page header, from the
    /// read cache when nothing was written since it was read; `None` when
    /// it cannot be read (the page shows without it).
    pub async fn unread_count(&self, user: UserId) -> Option<i64> {
        self.unread_counts
            .get_or_load(
                user,
                self.db(move |c| crate::services::notifications::unread_count(c, user)),
            )
            .await
            .ok()
            .map(|n| *n)
    }

    /// A round page's per-request part ([`rounds::page_head`]) for `viewer`,
    /// from the read cache when nothing was written since it was read.
    pub async fn round_page(&self, viewer: User, id: RoundId) -> Result<Arc<RoundPage>, AppError> {
        let key = self.settings.ballot_key.expose().to_vec();
        self.round_pages
            .get_or_load(
                (viewer.id, id),
                self.db(move |c| rounds::page_head(c, &key, id, &viewer)),
            )
            .await
    }
}
