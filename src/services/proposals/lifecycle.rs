//! Writing, editing (with revision history), submitting, withdrawing, and a chair's decision.
use super::*;
use chrono::NaiveDateTime;
use serde_json::json;

use crate::audit::store::Actor;
use crate::audit::{NewEntry, append};
use crate::db::proposals::{self as q, NewProposalRow, NewRevisionRow, ProposalRow, TextChanges};
use crate::db::{self, Db, users};
use crate::domain::ValidationError;
use crate::domain::proposal::{
    Body, EligibilityRule, ProposalId, ProposalStatus, ProposalTitle, Summary,
};
use crate::domain::user::User;
use crate::error::{AppError, Msg};
use crate::messages;

/// Writes a new proposal as a draft, or submits it at once.
pub fn create(
    conn: &mut Db,
    rule: EligibilityRule,
    author: &User,
    input: &ProposalInput,
    submit: bool,
) -> Result<ProposalView, AppError> {
    db::transaction(conn, |tx| {
        let now = users::now();
        let themes = themes_json(&input.themes);
        let status = if submit {
            ProposalStatus::Submitted
        } else {
            ProposalStatus::Draft
        };
        let body_html = crate::markdown::render(input.body.as_str());
        let row = q::insert(
            tx,
            &NewProposalRow {
                author_id: author.id.0,
                author_group: &author.group,
                title: input.title.as_str(),
                summary: input.summary.as_str(),
                body: input.body.as_str(),
                body_html: &body_html,
                themes: &themes,
                status: ProposalStatus::Draft.as_str(),
                revision: 1,
                created_at: now,
                updated_at: now,
                submitted_at: None,
            },
        )?;
        let id = row.id;
        q::insert_revision(
            tx,
            &NewRevisionRow {
                proposal_id: row.id.0,
                revision: 1,
                title: input.title.as_str(),
                summary: input.summary.as_str(),
                body: input.body.as_str(),
                themes: &themes,
                edited_by: author.id.0,
                created_at: now,
            },
        )?;
        append(
            tx,
            NewEntry::new(
                Actor::User(author.id),
                "proposal.created",
                format!("proposal:{id}"),
                json!({
                    "text_sha256": text_sha256(&json!({
                        "title": input.title.as_str(),
                        "summary": input.summary.as_str(),
                        "body": input.body.as_str(),
                        "themes": input.themes,
                    }))?,
                    "author_group": author.group,
                }),
            ),
        )?;
        if status == ProposalStatus::Submitted {
            submit_in(tx, author, id, now)?;
        }
        let row = q::find(tx, id)?.ok_or_else(not_found)?;
        view_of(tx, rule, &row)
    })
}

/// A draft's text stays out of the trail (only its author may read it, and
/// the trail is read by auditors and admins): entries about a draft carry
/// the SHA-256 of the canonical JSON of `{title, summary, body, themes}`;
/// the text itself enters the trail when it is submitted.
fn text_sha256(text: &serde_json::Value) -> Result<String, AppError> {
    use sha2::{Digest, Sha256};
    let canonical = crate::canonical::to_canonical_string(text).map_err(AppError::internal)?;
    Ok(hex::encode(Sha256::digest(canonical.as_bytes())))
}

pub(super) fn submit_in(
    tx: &mut Db,
    author: &User,
    id: ProposalId,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    q::set_status(tx, id, ProposalStatus::Submitted, now)?;
    let row = q::find(tx, id)?.ok_or_else(not_found)?;
    append(
        tx,
        NewEntry::new(
            Actor::User(author.id),
            "proposal.submitted",
            format!("proposal:{id}"),
            json!({
                "revision": row.revision,
                "title": row.title,
                "summary": row.summary,
                "body": row.body,
                "themes": row.theme_ids(),
            }),
        ),
    )?;
    Ok(())
}

/// Loads a proposal for a change by `user`, who must be its author.
pub(super) fn own_row(tx: &mut Db, user: &User, id: ProposalId) -> Result<ProposalRow, AppError> {
    let row = visible_row(tx, user.id, id)?;
    if row.author_id != user.id {
        return Err(AppError::Forbidden(messages::ONLY_AUTHOR.to_owned()));
    }
    Ok(row)
}

/// Submits the author's draft.
pub fn submit(
    conn: &mut Db,
    rule: EligibilityRule,
    user: &User,
    id: ProposalId,
) -> Result<ProposalView, AppError> {
    db::transaction(conn, |tx| {
        let row = own_row(tx, user, id)?;
        if let Some(why) = super::submit_refusal(row.status) {
            return Err(AppError::Conflict(why.to_owned()));
        }
        submit_in(tx, user, id, users::now())?;
        let row = q::find(tx, id)?.ok_or_else(not_found)?;
        view_of(tx, rule, &row)
    })
}

/// What happens after an edit, in the same transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterEdit {
    /// Nothing: the proposal keeps its status.
    Keep,
    /// A draft is submitted (the page's "save and submit"); the edit never
    /// commits without the submission.
    Submit,
}

/// Edits the text. A draft is rewritten in place; a submitted proposal gets
/// a new revision and keeps the earlier ones. Refused in an open or closed
/// round.
pub fn edit(
    conn: &mut Db,
    rule: EligibilityRule,
    user: &User,
    id: ProposalId,
    patch: &ProposalPatch,
    after: AfterEdit,
) -> Result<ProposalView, AppError> {
    db::transaction(conn, |tx| {
        edit_in(tx, user, id, patch)?;
        let row = q::find(tx, id)?.ok_or_else(not_found)?;
        if after == AfterEdit::Submit && row.status == ProposalStatus::Draft {
            submit_in(tx, user, id, users::now())?;
            let row = q::find(tx, id)?.ok_or_else(not_found)?;
            return view_of(tx, rule, &row);
        }
        view_of(tx, rule, &row)
    })
}

/// The edit rule, in one place: the author only, a draft or submitted
/// proposal only, and not once a round holds it. Returns the row.
fn editable_row(tx: &mut Db, user: &User, id: ProposalId) -> Result<ProposalRow, AppError> {
    let row = own_row(tx, user, id)?;
    let locked = !q::locking_rounds(tx, id)?.is_empty();
    if let Some(why) = super::edit_refusal(row.status, locked) {
        return Err(AppError::Conflict(why.to_owned()));
    }
    Ok(row)
}

/// The proposal as its author edits it, refused exactly when an edit would
/// be, so the form is not even offered.
pub fn for_editing(
    conn: &mut Db,
    rule: EligibilityRule,
    user: &User,
    id: ProposalId,
) -> Result<ProposalView, AppError> {
    let row = editable_row(conn, user, id)?;
    view_of(conn, rule, &row)
}

/// Applies a text change inside the caller's transaction.
fn edit_in(
    tx: &mut Db,
    user: &User,
    id: ProposalId,
    patch: &ProposalPatch,
) -> Result<(), AppError> {
    {
        let row = editable_row(tx, user, id)?;
        let status = row.status;
        let title = patch
            .title
            .as_ref()
            .map_or(row.title.as_str(), ProposalTitle::as_str);
        let summary = patch
            .summary
            .as_ref()
            .map_or(row.summary.as_str(), Summary::as_str);
        let body = patch.body.as_ref().map_or(row.body.as_str(), Body::as_str);
        let themes = patch
            .themes
            .as_deref()
            .map_or_else(|| row.themes.clone(), themes_json);
        let unchanged = title == row.title
            && summary == row.summary
            && body == row.body
            && themes == row.themes;
        if unchanged {
            return Ok(());
        }
        let now = users::now();
        let revision = if status == ProposalStatus::Draft {
            row.revision
        } else {
            row.revision + 1
        };
        let rev = NewRevisionRow {
            proposal_id: row.id.0,
            revision,
            title,
            summary,
            body,
            themes: &themes,
            edited_by: user.id.0,
            created_at: now,
        };
        if status == ProposalStatus::Draft {
            q::replace_revision(tx, &rev)?;
        } else {
            q::insert_revision(tx, &rev)?;
        }
        // Parsed text renders as is; an unchanged body from before the
        // limits existed is kept as escaped text if it is too deep.
        let body_html = crate::markdown::render_stored(body);
        q::update_text(
            tx,
            id,
            &TextChanges {
                title,
                summary,
                body,
                body_html: &body_html,
                themes: &themes,
                revision,
                updated_at: now,
            },
        )?;
        let theme_list: serde_json::Value =
            serde_json::from_str(&themes).unwrap_or_else(|_| json!([]));
        append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "proposal.edited",
                format!("proposal:{id}"),
                if status == ProposalStatus::Draft {
                    json!({
                        "revision": revision,
                        "status": status.as_str(),
                        "text_sha256": text_sha256(&json!({
                            "title": title,
                            "summary": summary,
                            "body": body,
                            "themes": theme_list,
                        }))?,
                    })
                } else {
                    json!({
                        "revision": revision,
                        "status": status.as_str(),
                        "title": title,
                        "summary": summary,
                        "body": body,
                        "themes": theme_list,
                    })
                },
            ),
        )?;
        Ok(())
    }
}

/// Withdraws the author's submitted proposal (not while in an open round).
pub fn withdraw(
    conn: &mut Db,
    rule: EligibilityRule,
    user: &User,
    id: ProposalId,
) -> Result<ProposalView, AppError> {
    db::transaction(conn, |tx| {
        let row = own_row(tx, user, id)?;
        let in_open_round = q::locking_rounds(tx, id)?.iter().any(|s| s == "open");
        if let Some(why) = super::withdraw_refusal(row.status, in_open_round) {
            return Err(AppError::Conflict(why.to_owned()));
        }
        q::set_status(tx, id, ProposalStatus::Withdrawn, users::now())?;
        append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "proposal.withdrawn",
                format!("proposal:{id}"),
                json!({"revision": row.revision}),
            ),
        )?;
        let row = q::find(tx, id)?.ok_or_else(not_found)?;
        view_of(tx, rule, &row)
    })
}

/// A chair records what the panel decided about a submitted proposal once a
/// round that held it has closed: `adopted` or `not_adopted`. Final, like a
/// withdrawal; recorded as `proposal.decided`.
pub fn decide(
    conn: &mut Db,
    rule: EligibilityRule,
    chair: &User,
    id: ProposalId,
    decision: ProposalStatus,
) -> Result<ProposalView, AppError> {
    if !matches!(
        decision,
        ProposalStatus::Adopted | ProposalStatus::NotAdopted
    ) {
        return Err(ValidationError::new("decision", "err-decision-value").into());
    }
    if chair.role != crate::domain::user::Role::Chair {
        return Err(AppError::Forbidden("err-only-chairs-decide".to_owned()));
    }
    db::transaction(conn, |tx| {
        let row = visible_row(tx, chair.id, id)?;
        let status = row.status;
        if status != ProposalStatus::Submitted {
            return Err(AppError::Conflict(
                Msg::new("err-decide-not-submitted")
                    .arg("status", status.as_str())
                    .into(),
            ));
        }
        let rounds = q::locking_rounds(tx, id)?;
        if rounds.iter().any(|s| s == "open") {
            return Err(AppError::Conflict(messages::IN_OPEN_ROUND.to_owned()));
        }
        if !rounds.iter().any(|s| s == "closed") {
            return Err(AppError::Conflict("err-decision-after-round".to_owned()));
        }
        q::set_status(tx, id, decision, users::now())?;
        append(
            tx,
            NewEntry::new(
                Actor::User(chair.id),
                "proposal.decided",
                format!("proposal:{id}"),
                json!({"decision": decision.as_str()}),
            ),
        )?;
        crate::services::notifications::decided(
            tx,
            row.author_id,
            id,
            &row.title,
            decision.as_str(),
        )?;
        let row = q::find(tx, id)?.ok_or_else(not_found)?;
        view_of(tx, rule, &row)
    })
}
