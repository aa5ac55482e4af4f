//! What a proposal form or JSON body parses into.

use crate::config::Settings;
use crate::domain::ValidationError;
use crate::domain::proposal::{Body, ProposalTitle, Summary, Theme};

/// The text of a new proposal, parsed.
#[derive(Debug, Clone)]
pub struct ProposalInput {
    /// Title.
    pub title: ProposalTitle,
    /// Summary.
    pub summary: Summary,
    /// Markdown body.
    pub body: Body,
    /// Themes from the configured list.
    pub themes: Vec<Theme>,
}

impl ProposalInput {
    /// Parses raw fields against the settings' theme list.
    pub fn parse<S: AsRef<str>>(
        settings: &Settings,
        title: &str,
        summary: &str,
        body: &str,
        themes: &[S],
    ) -> Result<Self, ValidationError> {
        Ok(ProposalInput {
            title: ProposalTitle::parse(title)?,
            summary: Summary::parse(summary)?,
            body: Body::parse(body)?,
            themes: settings.themes.parse_list(themes)?,
        })
    }
}

/// A partial edit, parsed: absent fields keep their current value.
#[derive(Debug, Clone, Default)]
pub struct ProposalPatch {
    /// New title.
    pub title: Option<ProposalTitle>,
    /// New summary.
    pub summary: Option<Summary>,
    /// New body.
    pub body: Option<Body>,
    /// New themes.
    pub themes: Option<Vec<Theme>>,
}

pub(super) fn themes_json(themes: &[Theme]) -> String {
    serde_json::to_string(&themes.iter().map(Theme::as_str).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".to_owned())
}
