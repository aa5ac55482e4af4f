//! A small cache of read models (a page's data), valid until the next write
//! and for at most a moment: pages that many people load at once (the
//! proposal list, a proposal with its discussion) are then read from the
//! database once per change rather than once per request.
//!
//! Every write transaction ([`super::transaction`]) bumps [`write_epoch`]
//! when it ends; an entry read before the latest bump is never used, so in
//! this process a change shows on the very next request. Another server
//! process writing to the same database is noticed at most [`READ_TTL`]
//! later, and so are writes made outside [`super::transaction`] (none in the
//! app; some tests write directly).

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long an entry may be used at most.
pub const READ_TTL: Duration = Duration::from_secs(1);

static WRITES: AtomicU64 = AtomicU64::new(0);

/// The number of write transactions ended in this process (see the module
/// comment): read it *before* loading what will be cached.
pub fn write_epoch() -> u64 {
    WRITES.load(Ordering::Acquire)
}

/// Called by [`super::transaction`] when a write transaction ends.
pub(super) fn wrote() {
    WRITES.fetch_add(1, Ordering::AcqRel);
}

struct Entry<V> {
    value: Arc<V>,
    epoch: u64,
    at: Instant,
}

/// Values by key, each valid until the next write (or [`READ_TTL`]).
pub struct ReadCache<K, V> {
    entries: Mutex<HashMap<K, Entry<V>>>,
    max: usize,
    /// Held while a missing value is loaded, so that many requests missing
    /// at once (after a write, or as an entry ages out) load it once.
    loading: tokio::sync::Mutex<()>,
}

impl<K: Eq + Hash, V> ReadCache<K, V> {
    /// A cache of at most `max` entries (a full cache starts again empty).
    pub fn new(max: usize) -> Self {
        ReadCache {
            entries: Mutex::new(HashMap::new()),
            max,
            loading: tokio::sync::Mutex::new(()),
        }
    }

    /// The value for `key`, if read since the last write and recently.
    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        let entries = self.entries.lock().ok()?;
        let e = entries.get(key)?;
        (e.epoch == write_epoch() && e.at.elapsed() < READ_TTL).then(|| e.value.clone())
    }

    /// The value for `key`, loaded with `load` when missing (one load at a
    /// time: the others wait for it, then find its value).
    pub async fn get_or_load<E, F>(&self, key: K, load: F) -> Result<Arc<V>, E>
    where
        F: std::future::Future<Output = Result<V, E>>,
    {
        if let Some(hit) = self.get(&key) {
            return Ok(hit);
        }
        let _one = self.loading.lock().await;
        if let Some(hit) = self.get(&key) {
            return Ok(hit);
        }
        let epoch = write_epoch();
        let value = Arc::new(load.await?);
        self.put(key, value.clone(), epoch);
        Ok(value)
    }

    /// Keeps `value`, loaded after reading `epoch` from [`write_epoch`].
    pub fn put(&self, key: K, value: Arc<V>, epoch: u64) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= self.max {
                entries.clear();
            }
            entries.insert(
                key,
                Entry {
                    value,
                    epoch,
                    at: Instant::now(),
                },
            );
        }
    }
}
