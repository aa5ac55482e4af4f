//! The names and media types of a report's two downloads, parsed from the
//! URL so an unknown name is a 404 before any query.

use crate::error::{AppError, Msg};

/// The downloads a report offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFile {
    /// `report.json`: the canonical document.
    Json,
    /// `report.md`: the same, for people.
    Markdown,
}

impl ReportFile {
    /// Parses the file name from the URL.
    pub fn parse(name: &str) -> Result<ReportFile, AppError> {
        match name {
            "report.json" => Ok(ReportFile::Json),
            "report.md" => Ok(ReportFile::Markdown),
            other => Err(AppError::NotFound(
                Msg::new("err-no-report-download")
                    .arg("name", format!("{other:?}"))
                    .into(),
            )),
        }
    }

    /// The file name.
    pub fn name(self) -> &'static str {
        match self {
            ReportFile::Json => "report.json",
            ReportFile::Markdown => "report.md",
        }
    }

    /// Its media type.
    pub fn content_type(self) -> &'static str {
        match self {
            ReportFile::Json => "application/json",
            ReportFile::Markdown => "text/markdown; charset=utf-8",
        }
    }
}
