//! Argon2id password hashing (OWASP parameters: m = 19 MiB, t = 2, p = 1).
//! Hashing is slow on purpose: the server runs it on a [`Hasher`]'s own
//! bounded threads, never on the async workers or the database pool.

use std::sync::OnceLock;

use crate::error::AppError;

use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};

fn hasher() -> Argon2<'static> {
    // OWASP's minimum for argon2id; `Params::new` only fails on values
    // outside argon2's ranges, which these constants are not.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password into a PHC string with a fresh random salt.
pub fn hash(password: &str) -> anyhow::Result<String> {
    hasher()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("password hashing failed: {e}"))
}

/// True when `password` matches the PHC string `phc`.
pub fn verify(phc: &str, password: &str) -> bool {
    hasher().verify_password(password.as_bytes(), phc).is_ok()
}

/// Verifies against a throwaway hash, so that a login for an unknown email
/// costs as much as one for a known email (no timing oracle).
pub fn verify_dummy(password: &str) {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let phc = DUMMY.get_or_init(|| hash("plenary-dummy-password").unwrap_or_default());
    let _ = verify(phc, password);
}

type Job = Box<dyn FnOnce() + Send>;

/// Runs password hashing on its own few threads with a bounded queue, so a
/// flood of sign-ins can take at most those threads' share of the CPU (the
/// pages keep the rest) and a full queue is refused at once instead of
/// piling up. Cloning shares the same threads.
#[derive(Clone)]
pub struct Hasher {
    jobs: std::sync::mpsc::SyncSender<Job>,
}

impl std::fmt::Debug for Hasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Hasher")
    }
}

impl Hasher {
    /// Starts `threads` hashing threads; at most `queue` hashes wait.
    pub fn new(threads: usize, queue: usize) -> anyhow::Result<Hasher> {
        let (jobs, rx) = std::sync::mpsc::sync_channel::<Job>(queue);
        let rx = std::sync::Arc::new(std::sync::Mutex::new(rx));
        for k in 0..threads.max(1) {
            let rx = rx.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{k}"))
                .spawn(move || {
                    // The lowest scheduling priority (nice 19): pages that
                    // compete for the core always come first; a flood of
                    // sign-ins waits instead of slowing everyone down.
                    if let Err(e) = thread_priority::set_current_thread_priority(
                        thread_priority::ThreadPriority::Min,
                    ) {
                        tracing::warn!(error = ?e, "cannot lower the password hashing thread's priority");
                    }
                    loop {
                        let job = match rx.lock() {
                            Ok(r) => r.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                })?;
        }
        Ok(Hasher { jobs })
    }

    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, AppError> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        self.jobs
            .try_send(Box::new(move || {
                let _ = tx.send(f());
            }))
            .map_err(|e| match e {
                std::sync::mpsc::TrySendError::Full(_) => AppError::TooManyRequests {
                    message: "err-sign-ins-busy".to_owned(),
                    retry_after: 2,
                },
                std::sync::mpsc::TrySendError::Disconnected(_) => {
                    AppError::internal("the password hashing threads stopped")
                }
            })?;
        rx.await
            .map_err(|_| AppError::internal("a password hashing job was dropped"))
    }

    /// [`hash`] on the hashing threads.
    pub async fn hash(&self, password: String) -> Result<String, AppError> {
        self.run(move || hash(&password))
            .await?
            .map_err(AppError::Internal)
    }

    /// [`verify`] on the hashing threads; with no stored hash it verifies
    /// against a dummy one, so the answer costs the same whether the account
    /// exists.
    pub async fn verify(&self, phc: Option<String>, password: String) -> Result<bool, AppError> {
        self.run(move || match phc {
            Some(phc) => verify(&phc, &password),
            None => {
                verify_dummy(&password);
                false
            }
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_argon2id_and_verifies_only_the_right_password() {
        let h = hash("correct horse battery").expect("hash");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify(&h, "correct horse battery"));
        assert!(!verify(&h, "wrong horse battery"));
        assert!(!verify("not a phc string", "x"));
    }
}
