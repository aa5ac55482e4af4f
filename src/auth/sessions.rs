//! A short-lived cache of the users behind session tokens, so that a
//! signed-in request does not reload its user from the database (a pool
//! hand-off and a query, more than the rest of a cached page costs).
//!
//! Revocation stays prompt: every change to a user row goes through
//! `db::users` (status, role, token version), which bumps
//! [`crate::db::users::epoch`] before the change and again once its
//! transaction commits; an entry read before the latest bump is never used.
//! So in this process a signed-out, suspended or demoted user is refused from
//! the next request on. Another server process on the same database learns
//! of a change only from the database, at most [`TTL`] later.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::db::users::epoch;
use crate::domain::user::{User, UserId};

/// How long an entry may be used: the longest a revocation made by another
/// process sharing the database goes unnoticed here.
pub const TTL: Duration = Duration::from_secs(1);

/// Beyond this many users the cache starts again empty (a bound on memory).
const MAX_ENTRIES: usize = 10_000;

struct Entry {
    user: User,
    token_version: i64,
    epoch: u64,
    at: Instant,
}

/// The cache; one per server (in `AppState`).
#[derive(Default)]
pub struct SessionCache {
    entries: Mutex<HashMap<UserId, Entry>>,
}

impl SessionCache {
    /// The epoch to pass to [`SessionCache::put`]: read it *before* loading
    /// the user, so that a change racing with the load voids the entry.
    pub fn epoch(&self) -> u64 {
        epoch()
    }

    /// The cached user and token version, if fresh and no user changed since.
    pub fn get(&self, id: UserId) -> Option<(User, i64)> {
        let entries = self.entries.lock().ok()?;
        let e = entries.get(&id)?;
        (e.epoch == epoch() && e.at.elapsed() < TTL).then(|| (e.user.clone(), e.token_version))
    }

    /// Remembers a user loaded after reading `epoch`.
    pub fn put(&self, user: User, token_version: i64, epoch: u64) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(
                user.id,
                Entry {
                    user,
                    token_version,
                    epoch,
                    at: Instant::now(),
                },
            );
        }
    }
}
