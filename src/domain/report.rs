//! Outcome reports: what a panel adopted across closed rounds, with the
//! evidence. This module holds the pure part: the typed id and status, the
//! parsed fields a chair types, and the `plenary-report/1` document that is
//! frozen at publication (its canonical JSON is what the trail hashes, so it
//! is one typed struct, read back strictly with [`ReportDocument::from_json`]).

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::canonical::to_canonical_string;
use crate::domain::ValidationError;
use crate::domain::round::RoundId;
use crate::tally::adoption::result::Totals;

/// The `format` of a report document.
pub const REPORT_FORMAT: &str = "plenary-report/1";

/// The most rounds one report covers (a report is read by people).
pub const MAX_ROUNDS: usize = 50;

/// A report's id; its own type so it is never mixed up with a round's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ReportId(pub i64);

impl fmt::Display for ReportId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Where a report stands: a draft chairs edit, or published and frozen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    /// Editable by chairs, visible to chairs and auditors only.
    Draft,
    /// Frozen: its JSON and Markdown never change again.
    Published,
}

impl ReportStatus {
    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportStatus::Draft => "draft",
            ReportStatus::Published => "published",
        }
    }
}

impl FromStr for ReportStatus {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, ValidationError> {
        match s {
            "draft" => Ok(ReportStatus::Draft),
            "published" => Ok(ReportStatus::Published),
            other => Err(ValidationError::with(
                "status",
                "err-report-status",
                [("value", format!("{other:?}"))],
            )),
        }
    }
}

/// What a chair types for a report, parsed once: a title, a Markdown
/// introduction within the renderer's limits, and at least one round, no
/// round twice, in the order the report lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportInput {
    /// 3 to 200 characters.
    pub title: String,
    /// Markdown, at most 20,000 characters; may be empty.
    pub introduction: String,
    /// The covered rounds, in order.
    pub rounds: Vec<RoundId>,
}

/// The refusal of an introduction nested too deeply (worded as the fact
/// alone, after the field name: `introduction: line 3 nests …`).
fn nesting_refusal(problem: crate::markdown::Nesting) -> ValidationError {
    use crate::markdown::{MAX_NESTING, Nesting};
    let max = ("max", MAX_NESTING.to_string());
    match problem {
        Nesting::Containers { line, depth } => ValidationError::with(
            "introduction",
            "err-nesting-containers",
            [
                ("line", line.to_string()),
                ("depth", depth.to_string()),
                max,
            ],
        ),
        Nesting::Html { line } => ValidationError::with(
            "introduction",
            "err-nesting-html",
            [("line", line.to_string()), max],
        ),
    }
}

impl ReportInput {
    /// Parses the fields; the rounds' existence and status are checked by
    /// the service, which can see them.
    pub fn parse(title: &str, introduction: &str, rounds: &[i64]) -> Result<Self, ValidationError> {
        let title = super::bounded_text("title", "title", title, 3, 200)?;
        let introduction =
            super::bounded_text("introduction", "introduction", introduction, 0, 20_000)?;
        if let Some(problem) = crate::markdown::nesting_problem(&introduction) {
            return Err(nesting_refusal(problem));
        }
        if rounds.is_empty() {
            return Err(ValidationError::new("rounds", "err-report-no-rounds"));
        }
        if rounds.len() > MAX_ROUNDS {
            return Err(ValidationError::with(
                "rounds",
                "err-report-too-many-rounds",
                [("max", MAX_ROUNDS.to_string())],
            ));
        }
        let mut seen = std::collections::BTreeSet::new();
        for r in rounds {
            if !seen.insert(*r) {
                return Err(ValidationError::with(
                    "rounds",
                    "err-round-listed-twice",
                    [("id", r.to_string())],
                ));
            }
        }
        Ok(ReportInput {
            title,
            introduction,
            rounds: rounds.iter().copied().map(RoundId).collect(),
        })
    }
}

/// The whole `plenary-report/1` document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportDocument {
    /// Always [`REPORT_FORMAT`].
    pub format: String,
    /// The report itself.
    pub report: ReportHeader,
    /// The covered rounds, in the order the report lists them.
    pub rounds: Vec<CoveredRound>,
    /// The recommendations: adopted proposals, in the rounds' results order.
    pub adopted: Vec<ReportEntry>,
    /// Proposals decided against: an adoption round's rule refused them, or
    /// a chair recorded them as not adopted. Same order.
    pub not_adopted: Vec<ReportEntry>,
    /// Proposals only ranked, with no decision recorded (neither adopted
    /// nor refused): a ranking is not a decision. Same order. Absent from
    /// the JSON when empty, so documents frozen before this list existed
    /// read back byte for byte.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub undecided: Vec<ReportEntry>,
}

/// Title, introduction and publication of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportHeader {
    /// The report's id.
    pub id: ReportId,
    /// Its title.
    pub title: String,
    /// Its introduction, Markdown as typed.
    pub introduction: String,
    /// `draft` or `published`.
    pub status: String,
    /// When it was published (RFC 3339 UTC); `null` in a draft.
    pub published_at: Option<String>,
    /// The published report this version replaces.
    pub supersedes: Option<ReportId>,
}

/// A round the report covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoveredRound {
    /// The round's id.
    pub id: RoundId,
    /// Its title.
    pub title: String,
    /// `ranking` or `adoption`.
    pub kind: String,
    /// The counting method (`schulze`, …, or `adoption`).
    pub method: String,
    /// When it closed.
    pub closed_at: String,
    /// SHA-256 of its stored results document (as `results.published` records).
    pub results_sha256: String,
}

/// A person named in a report, with the group and organisation they had.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportPerson {
    /// Display name.
    pub name: String,
    /// Stakeholder group id.
    pub group: String,
    /// Organisation.
    pub organisation: String,
}

/// One proposal in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportEntry {
    /// The proposal's id.
    pub proposal: i64,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// The final text: the body as stored (Markdown).
    pub body: String,
    /// Its revision number.
    pub revision: i32,
    /// The author (group and organisation as stored with the proposal).
    pub author: ReportPerson,
    /// Co-sponsors, in the order they signed.
    pub cosponsors: Vec<ReportPerson>,
    /// For an adopted proposal: the round that decided it and how.
    pub decided_by: Option<Decider>,
    /// Its results in every covered round that held it, in the report's order.
    pub results: Vec<Evidence>,
}

/// Which round adopted a proposal, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decider {
    /// The deciding round.
    pub round: RoundId,
    /// `adoption_round` (its rule decided) or `chair_decision` (a chair
    /// recorded the decision after this ranking round).
    pub how: String,
}

/// A proposal's result in one round. (Not boxed: a report holds a few
/// dozen of these, and the variants mirror the published JSON.)
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Evidence {
    /// Yes / no / abstain, overall and per group, from the stored document.
    Adoption {
        /// The round.
        round: RoundId,
        /// Whether the round adopted it.
        adopted: bool,
        /// Over every ballot.
        totals: Totals,
        /// Per stakeholder group.
        groups: BTreeMap<String, Totals>,
    },
    /// The position in the final ranking and in each group's own ranking.
    Ranking {
        /// The round.
        round: RoundId,
        /// 1-based position (tied proposals share the first position of the tier).
        position: usize,
        /// Proposals ranked.
        of: usize,
        /// Whether it shares its tier.
        tied: bool,
        /// Per group shown (a secret round hides groups with few ballots).
        groups: BTreeMap<String, usize>,
    },
}

impl Evidence {
    /// The round this result comes from.
    pub fn round(&self) -> RoundId {
        match self {
            Evidence::Adoption { round, .. } | Evidence::Ranking { round, .. } => *round,
        }
    }
}

/// Why a file is not a report document this version can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct MalformedReport(pub String);

impl ReportDocument {
    /// The canonical JSON: the bytes published, stored and hashed.
    pub fn to_canonical_json(&self) -> Result<String, MalformedReport> {
        to_canonical_string(self).map_err(|e| MalformedReport(e.to_string()))
    }

    /// Reads a document strictly: it must parse, have the right format and
    /// re-serialise to the same bytes (one trailing newline allowed), so a
    /// document read back is exactly the one published.
    pub fn from_json(text: &str) -> Result<ReportDocument, MalformedReport> {
        let text = text.strip_suffix('\n').unwrap_or(text);
        let doc: ReportDocument = serde_json::from_str(text)
            .map_err(|e| MalformedReport(format!("not a {REPORT_FORMAT} document: {e}")))?;
        if doc.format != REPORT_FORMAT {
            return Err(MalformedReport(format!(
                "format is {:?}, expected {REPORT_FORMAT:?}",
                doc.format
            )));
        }
        if doc.to_canonical_json()? != text {
            return Err(MalformedReport(
                "the document is not in canonical JSON form (keys sorted, no spaces)".to_owned(),
            ));
        }
        Ok(doc)
    }

    /// How many proposals the report covers (adopted, not adopted, undecided).
    pub fn covered_proposals(&self) -> usize {
        self.adopted.len() + self.not_adopted.len() + self.undecided.len()
    }

    /// The round of the report's list with this id.
    pub fn round(&self, id: RoundId) -> Option<&CoveredRound> {
        self.rounds.iter().find(|r| r.id == id)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn doc() -> ReportDocument {
        ReportDocument {
            format: REPORT_FORMAT.to_owned(),
            report: ReportHeader {
                id: ReportId(1),
                title: "Outcome".to_owned(),
                introduction: String::new(),
                status: "published".to_owned(),
                published_at: Some("2026-11-30T10:00:00.000000Z".to_owned()),
                supersedes: None,
            },
            rounds: Vec::new(),
            adopted: Vec::new(),
            not_adopted: Vec::new(),
            undecided: Vec::new(),
        }
    }

    #[test]
    fn a_document_reads_back_only_in_its_canonical_form() {
        let json = doc().to_canonical_json().unwrap();
        assert_eq!(ReportDocument::from_json(&json).unwrap(), doc());
        assert!(ReportDocument::from_json(&format!("{json}\n")).is_ok());
        let pretty = serde_json::to_string_pretty(&doc()).unwrap();
        assert!(ReportDocument::from_json(&pretty).is_err());
        let other = json.replace(REPORT_FORMAT, "plenary-report/2");
        assert!(ReportDocument::from_json(&other).is_err());
        // A document without undecided proposals has no `undecided` key.
        assert!(!json.contains("undecided"), "{json}");
    }

    /// Every proposal a report covers, in one list, and the undecided ones.
    #[test]
    fn covered_proposals_count_every_list() {
        assert_eq!(doc().covered_proposals(), 0);
    }

    #[test]
    fn report_input_needs_rounds_once_each_and_a_title() {
        assert!(ReportInput::parse("Outcome", "", &[3, 1]).is_ok());
        assert_eq!(
            ReportInput::parse("Outcome", "", &[]).unwrap_err().field,
            "rounds"
        );
        assert_eq!(
            ReportInput::parse("Outcome", "", &[2, 2])
                .unwrap_err()
                .field,
            "rounds"
        );
        assert_eq!(
            ReportInput::parse(" ", "", &[2]).unwrap_err().field,
            "title"
        );
    }
}
