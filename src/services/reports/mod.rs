//! Outcome reports: a chair gathers closed rounds into a report of what the
//! panel adopted, with the evidence; publishing freezes its JSON and
//! Markdown and records the JSON's SHA-256 in the trail (`report.published`)
//! in the same transaction. A published report is never edited; a new
//! version supersedes it (both kept).
//!
//! Who sees what lives here, once ([`visible_row`]): drafts exist for chairs
//! and auditors only (404 for everyone else, as for any invisible thing);
//! published reports for every signed-in user.
//!
//! - [`build`]: the document from the rounds' stored results;
//! - [`markdown`]: `report.md` from the document.

mod build;
mod files;
pub mod markdown;

pub use files::ReportFile;

use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::audit::store::{Actor, now_rfc3339};
use crate::audit::{NewEntry, append};
use crate::db::reports::{self as q, Freezing, NewReportRow, ReportRow};
use crate::db::users::now;
use crate::db::{self, Db};
use crate::domain::groups::StakeholderGroups;
use crate::domain::report::{ReportDocument, ReportHeader, ReportId, ReportInput, ReportStatus};
use crate::domain::round::RoundId;
use crate::domain::user::{Role, User};
use crate::error::{AppError, Msg};

/// A report as lists and the API describe it (without its contents).
#[derive(Debug, Clone, Serialize)]
pub struct ReportSummary {
    /// Id.
    pub id: ReportId,
    /// Title.
    pub title: String,
    /// `draft` or `published`.
    pub status: ReportStatus,
    /// The covered rounds, in order.
    pub rounds: Vec<RoundId>,
    /// The published report this one replaces.
    pub supersedes: Option<ReportId>,
    /// The published report that replaces this one, if any.
    pub superseded_by: Option<ReportId>,
    /// Publication time.
    pub published_at: Option<String>,
    /// SHA-256 of the frozen `report.json` (what `report.published` records).
    pub sha256: Option<String>,
}

/// A report with its document: frozen when published, built now for a draft.
#[derive(Debug, Clone, Serialize)]
pub struct ReportView {
    /// The summary.
    pub report: ReportSummary,
    /// The `plenary-report/1` document.
    pub document: ReportDocument,
}

/// The refusal of an edit to a published report.
const NEVER_EDITED: &str = "err-report-never-edited";

fn not_found() -> AppError {
    AppError::NotFound("err-no-such-report".to_owned())
}

fn may_see_drafts(user: &User) -> bool {
    matches!(user.role, Role::Chair | Role::Auditor)
}

fn must_be_chair(user: &User) -> Result<(), AppError> {
    if user.role == Role::Chair {
        Ok(())
    } else {
        Err(AppError::Forbidden("err-only-chairs-report".to_owned()))
    }
}

/// The report row if `viewer` may see it: published for everyone signed
/// in, drafts for chairs and auditors; otherwise 404.
pub fn visible_row(conn: &mut Db, viewer: &User, id: ReportId) -> Result<ReportRow, AppError> {
    let row = q::find(conn, id)?.ok_or_else(not_found)?;
    if row.status == ReportStatus::Draft && !may_see_drafts(viewer) {
        return Err(not_found());
    }
    Ok(row)
}

fn round_ids(row: &ReportRow) -> Result<Vec<RoundId>, AppError> {
    let ids: Vec<i64> = serde_json::from_str(&row.rounds).map_err(AppError::internal)?;
    Ok(ids.into_iter().map(RoundId).collect())
}

fn summary(conn: &mut Db, row: &ReportRow) -> Result<ReportSummary, AppError> {
    let superseded_by = q::successor(conn, row.id)?
        .filter(|s| s.status == ReportStatus::Published)
        .map(|s| s.id);
    summary_with(row, superseded_by)
}

/// The summary, given the published successor (the list finds it among the
/// rows it already has: one query for the whole list).
fn summary_with(
    row: &ReportRow,
    superseded_by: Option<ReportId>,
) -> Result<ReportSummary, AppError> {
    Ok(ReportSummary {
        id: row.id,
        title: row.title.clone(),
        status: row.status,
        rounds: round_ids(row)?,
        supersedes: row.supersedes.map(ReportId),
        superseded_by,
        published_at: row.published_at.clone(),
        sha256: row.sha256.clone(),
    })
}

fn header(row: &ReportRow, published_at: Option<String>) -> ReportHeader {
    ReportHeader {
        id: row.id,
        title: row.title.clone(),
        introduction: row.introduction.clone(),
        status: if published_at.is_some() {
            ReportStatus::Published.as_str().to_owned()
        } else {
            row.status.as_str().to_owned()
        },
        published_at,
        supersedes: row.supersedes.map(ReportId),
    }
}

/// The reports `viewer` may see, newest first.
pub fn list(conn: &mut Db, viewer: &User) -> Result<Vec<ReportSummary>, AppError> {
    let rows = q::list(conn)?;
    let successors: std::collections::BTreeMap<i64, ReportId> = rows
        .iter()
        .filter(|r| r.status == ReportStatus::Published)
        .filter_map(|r| r.supersedes.map(|old| (old, r.id)))
        .collect();
    rows.iter()
        .filter(|r| r.status == ReportStatus::Published || may_see_drafts(viewer))
        .map(|r| summary_with(r, successors.get(&r.id.0).copied()))
        .collect()
}

/// One report with its document.
pub fn get(conn: &mut Db, viewer: &User, id: ReportId) -> Result<ReportView, AppError> {
    let row = visible_row(conn, viewer, id)?;
    let document = match (&row.status, &row.frozen_json) {
        (ReportStatus::Published, Some(json)) => {
            ReportDocument::from_json(json).map_err(AppError::internal)?
        }
        _ => build::document(conn, header(&row, None), &round_ids(&row)?)?,
    };
    Ok(ReportView {
        report: summary(conn, &row)?,
        document,
    })
}

/// A chair creates a draft covering closed rounds; `supersedes` names the
/// published report it replaces (each is replaced at most once). Recorded
/// as `report.created`.
pub fn create(
    conn: &mut Db,
    chair: &User,
    input: &ReportInput,
    supersedes: Option<ReportId>,
) -> Result<ReportSummary, AppError> {
    must_be_chair(chair)?;
    let rounds_json = serde_json::to_string(&input.rounds).map_err(AppError::internal)?;
    let id = db::transaction(conn, |tx| {
        build::check_rounds(tx, &input.rounds)?;
        if let Some(old) = supersedes {
            let row = q::find(tx, old)?.ok_or_else(|| {
                crate::domain::ValidationError::with(
                    "supersedes",
                    "err-no-report-to-supersede",
                    [("id", old.to_string())],
                )
            })?;
            if row.status != ReportStatus::Published {
                return Err(AppError::Conflict(
                    Msg::new("err-supersede-draft").arg("id", old).into(),
                ));
            }
            if q::successor(tx, old)?.is_some() {
                return Err(AppError::Conflict(
                    Msg::new("err-supersede-twice").arg("id", old).into(),
                ));
            }
        }
        let at = now();
        let id = q::insert(
            tx,
            &NewReportRow {
                title: &input.title,
                introduction: &input.introduction,
                rounds: &rounds_json,
                status: ReportStatus::Draft.as_str(),
                supersedes: supersedes.map(|s| s.0),
                created_by: chair.id.0,
                created_at: at,
                updated_at: at,
            },
        )?;
        append(
            tx,
            NewEntry::new(
                Actor::User(chair.id),
                "report.created",
                format!("report:{id}"),
                json!({
                    "title": input.title,
                    "rounds": input.rounds,
                    "supersedes": supersedes.map(|s| format!("report:{s}")),
                }),
            ),
        )?;
        Ok(id)
    })?;
    let row = q::find(conn, id)?.ok_or_else(not_found)?;
    summary(conn, &row)
}

/// A chair edits a draft (a published report is never edited: 409).
/// Recorded as `report.edited`.
pub fn update(
    conn: &mut Db,
    chair: &User,
    id: ReportId,
    input: &ReportInput,
) -> Result<ReportSummary, AppError> {
    must_be_chair(chair)?;
    let rounds_json = serde_json::to_string(&input.rounds).map_err(AppError::internal)?;
    db::transaction(conn, |tx| {
        let row = visible_row(tx, chair, id)?;
        if row.status != ReportStatus::Draft {
            return Err(AppError::Conflict(NEVER_EDITED.to_owned()));
        }
        build::check_rounds(tx, &input.rounds)?;
        q::update_draft(
            tx,
            id,
            &input.title,
            &input.introduction,
            &rounds_json,
            now(),
        )?;
        append(
            tx,
            NewEntry::new(
                Actor::User(chair.id),
                "report.edited",
                format!("report:{id}"),
                json!({"title": input.title, "rounds": input.rounds}),
            ),
        )?;
        Ok(())
    })?;
    let row = q::find(conn, id)?.ok_or_else(not_found)?;
    summary(conn, &row)
}

/// A chair publishes a draft: the document is built and frozen with its
/// Markdown, and `report.published` records the JSON's SHA-256, all in one
/// transaction. Publishing twice is a 409.
pub fn publish(
    conn: &mut Db,
    groups: &StakeholderGroups,
    chair: &User,
    id: ReportId,
) -> Result<ReportSummary, AppError> {
    must_be_chair(chair)?;
    db::transaction(conn, |tx| {
        let row = visible_row(tx, chair, id)?;
        if row.status != ReportStatus::Draft {
            return Err(AppError::Conflict(
                "err-report-published-new-version".to_owned(),
            ));
        }
        let rounds = round_ids(&row)?;
        let at = now_rfc3339();
        let doc = build::document(tx, header(&row, Some(at.clone())), &rounds)?;
        let json = doc.to_canonical_json().map_err(AppError::internal)?;
        let md = markdown::render(&doc, groups);
        let sha = hex::encode(Sha256::digest(json.as_bytes()));
        let changed = q::freeze(
            tx,
            id,
            &Freezing {
                published_at: &at,
                published_by: chair.id,
                json: &json,
                md: &md,
                sha256: &sha,
            },
        )?;
        if changed != 1 {
            return Err(AppError::Conflict(
                "err-report-already-published".to_owned(),
            ));
        }
        append(
            tx,
            NewEntry::new(
                Actor::User(chair.id),
                "report.published",
                format!("report:{id}"),
                json!({
                    "sha256": sha,
                    "bytes": json.len(),
                    "rounds": rounds,
                    "adopted": doc.adopted.iter().map(|e| format!("proposal:{}", e.proposal)).collect::<Vec<_>>(),
                    "supersedes": row.supersedes.map(|s| format!("report:{s}")),
                }),
            ),
        )?;
        Ok(())
    })?;
    let row = q::find(conn, id)?.ok_or_else(not_found)?;
    summary(conn, &row)
}

/// What publishing a draft would freeze, for the confirmation page: the
/// draft's document as it stands now. Chairs only (403), drafts only (a
/// published report: 409, as publishing it again would be). Changes nothing.
pub fn publish_preview(conn: &mut Db, chair: &User, id: ReportId) -> Result<ReportView, AppError> {
    must_be_chair(chair)?;
    let row = visible_row(conn, chair, id)?;
    if row.status != ReportStatus::Draft {
        return Err(AppError::Conflict(
            "err-report-published-new-version".to_owned(),
        ));
    }
    let document = build::document(conn, header(&row, None), &round_ids(&row)?)?;
    Ok(ReportView {
        report: summary(conn, &row)?,
        document,
    })
}

/// A download: the frozen bytes of a published report, or the draft's
/// document as it stands now.
pub fn export(
    conn: &mut Db,
    groups: &StakeholderGroups,
    viewer: &User,
    id: ReportId,
    file: ReportFile,
) -> Result<String, AppError> {
    let row = visible_row(conn, viewer, id)?;
    if row.status == ReportStatus::Published {
        let frozen = match file {
            ReportFile::Json => row.frozen_json,
            ReportFile::Markdown => row.frozen_md,
        };
        return frozen
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("report {id}: no frozen file")));
    }
    let doc = build::document(conn, header(&row, None), &round_ids(&row)?)?;
    Ok(match file {
        ReportFile::Json => doc.to_canonical_json().map_err(AppError::internal)?,
        ReportFile::Markdown => markdown::render(&doc, groups),
    })
}

/// A draft's fields as its edit form shows them.
#[derive(Debug, Clone)]
pub struct DraftFields {
    /// Title.
    pub title: String,
    /// Introduction (Markdown).
    pub introduction: String,
    /// Covered rounds, in order.
    pub rounds: Vec<RoundId>,
}

/// A draft to edit: chairs only (403), drafts only (a published report is
/// never edited: 409).
pub fn draft(conn: &mut Db, chair: &User, id: ReportId) -> Result<DraftFields, AppError> {
    must_be_chair(chair)?;
    let row = visible_row(conn, chair, id)?;
    if row.status != ReportStatus::Draft {
        return Err(AppError::Conflict(NEVER_EDITED.to_owned()));
    }
    Ok(DraftFields {
        rounds: round_ids(&row)?,
        title: row.title,
        introduction: row.introduction,
    })
}

/// What the new-report form offers: the closed rounds `(id, title)`.
pub fn closed_rounds(conn: &mut Db) -> Result<Vec<(RoundId, String)>, AppError> {
    Ok(crate::db::rounds::closed(conn)?)
}
