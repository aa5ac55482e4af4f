//! Notifications: who hears of each event (and who does not), the header's
//! count, the list page and marking read, and e-mail through a local SMTP
//! sink (the recipient's language, opt-out, a refused attempt retried).

mod api;
mod email;
mod events;
mod page;
mod tls;

use crate::common::TestApp;

/// The kinds of `user`'s notices about `subject`, oldest first.
async fn kinds(app: &TestApp, user: i64, subject: &str) -> Vec<String> {
    app.notices_of(user)
        .await
        .into_iter()
        .filter(|(_, s)| s == subject)
        .map(|(k, _)| k)
        .collect()
}
