//! A closed round's downloads: `ballots.json`, `ballots.csv`, `ballots.toi`,
//! `results.json` (the stored document, byte for byte, plus the newline
//! `plenary tally` prints) and `results.csv`. Each download is recorded in
//! the audit trail and in `export_downloads` (which the auditors' home page
//! reads) in one transaction.

use std::collections::BTreeMap;

use serde_json::json;

use diesel::prelude::*;

use crate::audit::store::{Actor, now_rfc3339};
use crate::audit::{NewEntry, append};
use crate::db::schema::export_downloads;
use crate::db::{self, Db};
use crate::domain::ValidationError;
use crate::domain::exports;
use crate::domain::round::{RoundId, RoundKind};
use crate::domain::user::User;
use crate::error::{AppError, Msg};
use crate::services::rounds;

/// The files a closed round offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFile {
    /// The `plenary-ballots/1` document.
    BallotsJson,
    /// One row per ballot.
    BallotsCsv,
    /// PrefLib orders with ties.
    BallotsToi,
    /// The stored results document.
    ResultsJson,
    /// One row per candidate.
    ResultsCsv,
}

impl ExportFile {
    /// Every file, as offered on pages.
    pub const ALL: [ExportFile; 5] = [
        ExportFile::BallotsJson,
        ExportFile::BallotsCsv,
        ExportFile::BallotsToi,
        ExportFile::ResultsJson,
        ExportFile::ResultsCsv,
    ];

    /// Parses a file name from the URL.
    pub fn parse(name: &str) -> Result<ExportFile, AppError> {
        ExportFile::ALL
            .into_iter()
            .find(|f| f.name() == name)
            .ok_or_else(|| {
                AppError::NotFound(
                    Msg::new("err-no-export")
                        .arg("name", format!("{name:?}"))
                        .into(),
                )
            })
    }

    /// The files a closed round of `kind` can be downloaded as: PrefLib's
    /// `ballots.toi` holds rankings only, so an adoption round has no such
    /// file (asking for it is a 409).
    pub fn offered(kind: RoundKind) -> Vec<ExportFile> {
        ExportFile::ALL
            .into_iter()
            .filter(|f| kind == RoundKind::Ranking || *f != ExportFile::BallotsToi)
            .collect()
    }

    /// The file name.
    pub fn name(self) -> &'static str {
        match self {
            ExportFile::BallotsJson => "ballots.json",
            ExportFile::BallotsCsv => "ballots.csv",
            ExportFile::BallotsToi => "ballots.toi",
            ExportFile::ResultsJson => "results.json",
            ExportFile::ResultsCsv => "results.csv",
        }
    }

    /// Its media type.
    pub fn content_type(self) -> &'static str {
        match self {
            ExportFile::BallotsJson | ExportFile::ResultsJson => "application/json",
            ExportFile::BallotsCsv | ExportFile::ResultsCsv => "text/csv; charset=utf-8",
            ExportFile::BallotsToi => "text/plain; charset=utf-8",
        }
    }
}

/// Renders `file` for a closed round and records the download.
pub fn export(
    conn: &mut Db,
    user: &User,
    id: RoundId,
    file: ExportFile,
) -> Result<String, AppError> {
    let is_elector = crate::db::rounds::electorate_member(conn, id, user.id)?.is_some();
    if !crate::domain::round::may_read_documents(user.role, is_elector) {
        return Err(AppError::Forbidden("err-only-auditors-chairs".to_owned()));
    }
    let body = match file {
        ExportFile::BallotsJson => rounds::published_ballots(conn, id)?
            .to_json()
            .map_err(AppError::internal)?,
        ExportFile::BallotsCsv => exports::ballots_csv(&rounds::published_ballots(conn, id)?)
            .map_err(AppError::internal)?,
        ExportFile::BallotsToi => {
            let file = rounds::published_ballots(conn, id)?;
            if file.is_adoption() {
                return Err(AppError::Conflict("err-preflib-adoption".to_owned()));
            }
            exports::ballots_toi(&file)
        }
        ExportFile::ResultsJson => format!("{}\n", rounds::results(conn, id)?),
        ExportFile::ResultsCsv => {
            let doc: serde_json::Value =
                serde_json::from_str(&rounds::results(conn, id)?).map_err(AppError::internal)?;
            let titles: BTreeMap<String, String> = rounds::get(conn, id)?
                .proposals
                .into_iter()
                .map(|p| (p.id, p.title))
                .collect();
            exports::results_csv(&doc, &titles).map_err(AppError::internal)?
        }
    };
    if body.is_empty() {
        return Err(ValidationError::new("file", "err-nothing-to-export").into());
    }
    db::transaction(conn, |tx| {
        // The home page's index of who fetched what since a round closed.
        diesel::insert_into(export_downloads::table)
            .values((
                export_downloads::round_id.eq(id.0),
                export_downloads::user_id.eq(user.id.0),
                export_downloads::file.eq(file.name()),
                export_downloads::downloaded_at.eq(now_rfc3339()),
            ))
            .execute(tx)?;
        append(
            tx,
            NewEntry::new(
                Actor::User(user.id),
                "export.downloaded",
                format!("round:{id}"),
                json!({"file": file.name(), "bytes": body.len()}),
            ),
        )
        .map_err(AppError::from)
    })?;
    Ok(body)
}
