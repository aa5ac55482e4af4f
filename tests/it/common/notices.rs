//! What the notification tests read straight from the database: each
//! user's notices and the e-mail outbox.

use diesel::prelude::*;

use super::TestApp;
use super::internals::AppState;
pub use plenary::config::parse_smtp_url;
use plenary::db::schema::{email_outbox, notifications};

/// One outbox row: (recipient's user id, attempts, last error, sent, given up).
pub type OutboxRow = (i64, i32, Option<String>, bool, bool);

/// An outbox row as loaded: the times of sending and giving up.
type StoredOutboxRow = (i64, i32, Option<String>, Option<Time>, Option<Time>);
type Time = chrono::NaiveDateTime;

impl TestApp {
    /// `(kind, subject)` of every notice of `user`, oldest first.
    pub async fn notices_of(&self, user: i64) -> Vec<(String, String)> {
        notices_of(&self.state, user).await
    }

    /// The id of `user`'s newest notice.
    pub async fn latest_notice_of(&self, user: i64) -> i64 {
        self.state
            .db(move |c| {
                Ok(notifications::table
                    .filter(notifications::user_id.eq(user))
                    .order(notifications::id.desc())
                    .select(notifications::id)
                    .first(c)?)
            })
            .await
            .unwrap()
    }

    /// The e-mail outbox, oldest first.
    pub async fn outbox(&self) -> Vec<OutboxRow> {
        self.state
            .db(|c| {
                let rows: Vec<StoredOutboxRow> = email_outbox::table
                    .inner_join(notifications::table)
                    .order(email_outbox::id.asc())
                    .select((
                        notifications::user_id,
                        email_outbox::attempts,
                        email_outbox::last_error,
                        email_outbox::sent_at,
                        email_outbox::gave_up_at,
                    ))
                    .load(c)?;
                Ok(rows
                    .into_iter()
                    .map(|(u, a, e, s, g)| (u, a, e, s.is_some(), g.is_some()))
                    .collect())
            })
            .await
            .unwrap()
    }

    /// Sends the 24-hour reminders due now (what the background task does).
    pub async fn remind_due(&self) -> usize {
        let key = self.state.settings.ballot_key.expose().clone();
        self.state
            .db(move |c| {
                plenary::services::notifications::remind_due(c, &key, plenary::db::users::now())
            })
            .await
            .unwrap()
    }
}

async fn notices_of(state: &actix_web::web::Data<AppState>, user: i64) -> Vec<(String, String)> {
    state
        .db(move |c| {
            Ok(notifications::table
                .filter(notifications::user_id.eq(user))
                .order(notifications::id.asc())
                .select((notifications::kind, notifications::subject))
                .load(c)?)
        })
        .await
        .unwrap()
}
