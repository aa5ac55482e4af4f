//! Every path into the library that the tests use, in one place: when a
//! module moves or is renamed, this file is the one to change. The
//! re-exports are what test modules import; the [`TestApp`] methods below
//! reach into the database directly (to set up states the API does not
//! offer, or to look at what it stored).

use diesel::prelude::*;
use serde_json::json;

pub use plenary::audit::ballots_check::BallotsCheck;
pub use plenary::audit::chain::{ZERO_HASH, entry_hash};
pub use plenary::audit::checkpoint::in_range as checkpoints_in_range;
pub use plenary::audit::jsonl;
pub use plenary::audit::merkle::{Tree, leaf_hash, to_hex as hash_hex, verify_consistency};
pub use plenary::audit::note::{
    CheckpointBody, Note, NoteSigner, NoteVerifier, TYPE_COSIGNATURE, verify_checkpoint,
};
pub use plenary::audit::proofs::{ReceiptProof, verify_receipt_proof};
pub use plenary::audit::sealed::seal_of;
pub use plenary::audit::sign::parse_public_key_file;
pub use plenary::audit::store::all as all_entries;
pub use plenary::audit::tree::entry_leaf;
pub use plenary::audit::verify as verify_trail;
pub use plenary::audit::verify_file::{EntryCheck, Options, VerifyError, verify_bytes, verify_log};
pub use plenary::audit::{Checkpoint, Entry, Signer};
pub use plenary::auth::password::verify as password_matches;
pub use plenary::canonical::to_canonical_string;
pub use plenary::config::sqlite_url;
pub use plenary::config::{Secret, Settings};
pub use plenary::db::connect;
pub use plenary::db::users::find_by_email;
pub use plenary::domain::ballots_file::{
    BallotEntry, BallotsFile, CandidateInfo, RoundInfo, StoredBallot, VoterInfo,
    build as build_ballots_file, digest, receipt, tiebreak_order,
};
pub use plenary::domain::groups::StakeholderGroups;
pub use plenary::domain::round::{
    NewRound, RoundInput, group_weights_from_text, parse_group_weights, tiers_from_rank_numbers,
};
pub use plenary::domain::user::{Role, User};
pub use plenary::i18n::Lang;
pub use plenary::markdown::render as render_markdown;
pub use plenary::services::accounts::{Registration, create_active};
pub use plenary::startup::Application;
pub use plenary::state::AppState;
/// The tally engine, tested through its public API.
pub use plenary::tally;

use plenary::db::schema::{
    ballots, comments, proposal_revisions, proposals, round_proposals, rounds, users,
};
use plenary::domain::proposal::CommentBody;
pub use plenary::domain::proposal::ProposalId;
use plenary::domain::round::RoundId;
use plenary::services::comments as cs;
use plenary::services::proposals as ps;
use plenary::services::rounds as rs;
use plenary::web::error::AppError;

use super::TestApp;

/// Runs `f` on a connection of `state`'s pool.
async fn db<T: Send + 'static>(
    state: &actix_web::web::Data<AppState>,
    f: impl FnOnce(&mut plenary::db::Db) -> Result<T, AppError> + Send + 'static,
) -> T {
    state.db(f).await.unwrap()
}

/// The status of a round, read straight from the database of `state`.
pub async fn round_status(state: &actix_web::web::Data<AppState>, round: i64) -> String {
    let r = db(state, move |c| rs::get(c, RoundId(round))).await;
    json!(r.status).as_str().unwrap().to_owned()
}

impl TestApp {
    async fn db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut plenary::db::Db) -> Result<T, AppError> + Send + 'static,
    ) -> T {
        db(&self.state, f).await
    }

    // ------------------------------------------------------------ audit

    /// The whole audit trail.
    pub async fn audit(&self) -> Vec<Entry> {
        self.db(|c| Ok(all_entries(c)?)).await
    }

    /// Actions in the trail, in order.
    pub async fn actions(&self) -> Vec<String> {
        self.audit().await.into_iter().map(|e| e.action).collect()
    }

    /// How often `action` is in the trail.
    pub async fn count_action(&self, action: &str) -> usize {
        self.actions().await.iter().filter(|a| *a == action).count()
    }

    /// Entries of the trail other than sign-ins (the form logins of a test
    /// add those).
    pub async fn changes(&self) -> usize {
        self.actions()
            .await
            .iter()
            .filter(|a| !a.starts_with("login."))
            .count()
    }

    /// The first entry with `action`.
    pub async fn entry(&self, action: &str) -> Entry {
        self.audit()
            .await
            .into_iter()
            .find(|e| e.action == action)
            .unwrap_or_else(|| panic!("no {action} in the trail"))
    }

    /// Every entry with `action`, in order.
    pub async fn entries(&self, action: &str) -> Vec<Entry> {
        self.audit()
            .await
            .into_iter()
            .filter(|e| e.action == action)
            .collect()
    }

    /// Verifies the whole trail (hash chain); returns how many entries.
    pub async fn verify_audit(&self) -> usize {
        let trail = self.audit().await;
        let verified = verify_trail(&trail).unwrap();
        assert_eq!(verified.entries, trail.len());
        verified.entries
    }

    /// Appends `n` entries directly (fast; no HTTP), e.g. to fill pages.
    pub async fn append_entries(&self, n: usize, action: &'static str, subject: &str) {
        use plenary::audit::store::{Actor, NewEntry};
        let subject = subject.to_owned();
        self.db(move |c| {
            plenary::db::transaction(c, |tx| {
                for i in 0..n {
                    plenary::audit::append(
                        tx,
                        NewEntry::new(Actor::System, action, subject.clone(), json!({"i": i})),
                    )?;
                }
                Ok(())
            })
        })
        .await
    }

    /// The seq of the audit trail's head (0 when empty): one cheap query, to
    /// check that a refused request wrote nothing.
    pub async fn audit_seq(&self) -> i64 {
        self.db(|c| Ok(plenary::audit::store::head(c)?.0)).await
    }

    /// Signs the head from inside a transaction, as a round close does.
    pub async fn checkpoint(&self) -> Checkpoint {
        let st = self.state.clone();
        self.db(move |c| {
            plenary::db::transaction(c, |tx| {
                Ok::<_, AppError>(plenary::audit::checkpoint(tx, &st.signer)?)
            })
        })
        .await
    }

    // ------------------------------------------------------------ users

    /// Number of users.
    pub async fn user_count(&self) -> i64 {
        self.db(|c| Ok(plenary::db::users::count(c)?)).await
    }

    /// The user with this email, if any.
    pub async fn find_user(&self, email: &str) -> Option<User> {
        let email = email.to_owned();
        self.db(move |c| Ok(find_by_email(c, &email)?))
            .await
            .map(|row| row.to_user())
    }

    // -------------------------------------------------------- proposals

    /// A submitted proposal by `author`, without co-sponsors; returns its id.
    pub async fn submitted_proposal(
        &self,
        author: &User,
        title: &str,
        summary: &str,
        body: &str,
    ) -> i64 {
        let (author, title, summary, body) = (
            author.clone(),
            title.to_owned(),
            summary.to_owned(),
            body.to_owned(),
        );
        let state = self.state.clone();
        self.db(move |c| {
            let input =
                ps::ProposalInput::parse::<&str>(&state.settings, &title, &summary, &body, &[])?;
            Ok(
                ps::create(c, state.settings.eligibility, &author, &input, true)?
                    .id
                    .0,
            )
        })
        .await
    }

    /// A draft by `author` (never submitted); returns its id.
    pub async fn draft_proposal(&self, author: &User, title: &str) -> i64 {
        let (author, title) = (author.clone(), title.to_owned());
        let state = self.state.clone();
        self.db(move |c| {
            let input = ps::ProposalInput::parse::<&str>(
                &state.settings,
                &title,
                "A draft summary.",
                "A draft body.",
                &[],
            )?;
            let draft = ps::create(c, state.settings.eligibility, &author, &input, false)?;
            Ok(draft.id.0)
        })
        .await
    }

    /// `cosponsor` co-sponsors the proposal `id`.
    pub async fn cosponsor_directly(&self, cosponsor: &User, id: i64) {
        let (co, state) = (cosponsor.clone(), self.state.clone());
        self.db(move |c| {
            ps::cosponsor(c, state.settings.eligibility, &co, ProposalId(id))?;
            Ok(())
        })
        .await
    }

    /// The sanitised HTML stored for a proposal's body.
    pub async fn stored_body_html(&self, id: i64) -> String {
        self.db(move |c| Ok(plenary::db::proposals::body_html(c, ProposalId(id))?))
            .await
    }

    pub async fn proposal_count(&self) -> i64 {
        self.db(|c| Ok(proposals::table.count().get_result::<i64>(c)?))
            .await
    }

    pub async fn revision_count(&self, id: i64) -> i64 {
        self.db(move |c| {
            Ok(proposal_revisions::table
                .filter(proposal_revisions::proposal_id.eq(id))
                .count()
                .get_result::<i64>(c)?)
        })
        .await
    }

    /// The email of the author of proposal `id`.
    pub async fn author_email(&self, id: i64) -> String {
        self.db(move |c| {
            Ok(proposals::table
                .inner_join(users::table)
                .filter(proposals::id.eq(id))
                .select(users::email)
                .first::<String>(c)?)
        })
        .await
    }

    /// Sets a proposal's status behind the API's back.
    pub async fn set_proposal_status(&self, id: i64, status: &'static str) {
        self.db(move |c| {
            diesel::update(proposals::table.find(id))
                .set(proposals::status.eq(status))
                .execute(c)?;
            Ok(())
        })
        .await
    }

    // --------------------------------------------------------- comments

    pub async fn comment_count(&self) -> i64 {
        self.db(|c| Ok(comments::table.count().get_result::<i64>(c)?))
            .await
    }

    /// A top-level comment by `author` on proposal `id`, posted through the
    /// service (recorded like any comment); returns its id.
    pub async fn comment_directly(&self, author: &User, id: i64, body: &str) -> i64 {
        let (author, body) = (author.clone(), body.to_owned());
        self.db(move |c| {
            let text = CommentBody::parse(&body)?;
            let comment = cs::post(c, 0, &author, ProposalId(id), None, &text)?;
            Ok(comment.id.0)
        })
        .await
    }

    /// Moves a comment's creation `minutes` into the past.
    pub async fn backdate_comment(&self, id: i64, minutes: i64) {
        self.db(move |c| {
            let then = plenary::db::users::now() - chrono::Duration::minutes(minutes);
            diesel::update(comments::table.find(id))
                .set(comments::created_at.eq(then))
                .execute(c)?;
            Ok(())
        })
        .await
    }

    // ----------------------------------------------------------- rounds

    /// A round holding just `proposal`, inserted directly with `status`.
    pub async fn put_in_round(&self, proposal: i64, status: &'static str) -> i64 {
        self.db(move |c| {
            let creator: i64 = users::table.select(users::id).first(c)?;
            let now = plenary::db::users::now();
            diesel::insert_into(rounds::table)
                .values((
                    rounds::title.eq("Round one"),
                    rounds::description.eq(""),
                    rounds::method.eq("schulze"),
                    rounds::weighting.eq("per_delegate"),
                    rounds::secrecy.eq("secret"),
                    rounds::status.eq(status),
                    rounds::created_by.eq(creator),
                    rounds::created_at.eq(now),
                ))
                .execute(c)?;
            let round: i64 = rounds::table
                .select(rounds::id)
                .order(rounds::id.desc())
                .first(c)?;
            diesel::insert_into(round_proposals::table)
                .values((
                    round_proposals::round_id.eq(round),
                    round_proposals::proposal_id.eq(proposal),
                    round_proposals::position.eq(0),
                ))
                .execute(c)?;
            Ok(round)
        })
        .await
    }

    /// Sets a round's status behind the API's back.
    pub async fn set_round_status(&self, round: i64, status: &'static str) {
        self.db(move |c| {
            diesel::update(rounds::table.find(round))
                .set(rounds::status.eq(status))
                .execute(c)?;
            Ok(())
        })
        .await
    }

    /// The ballots of a closed round, as published in `ballots.json`.
    pub async fn published_ballots(&self, round: i64) -> BallotsFile {
        self.db(move |c| rs::published_ballots(c, RoundId(round)))
            .await
    }

    /// The stored results document of a closed round.
    pub async fn stored_results(&self, round: i64) -> String {
        self.db(move |c| rs::results(c, RoundId(round))).await
    }

    /// Every ballot row: (round id, user id, voter key).
    pub async fn ballot_rows(&self) -> Vec<(i64, Option<i64>, String)> {
        self.db(|c| {
            Ok(ballots::table
                .select((ballots::round_id, ballots::user_id, ballots::voter_key))
                .load::<(i64, Option<i64>, String)>(c)?)
        })
        .await
    }
}
