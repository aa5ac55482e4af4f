//! Proposals and comments as plain types: ids, the validated fields of a
//! proposal's text, themes parsed against the configured list, the status
//! life cycle, and the eligibility rule (a pure function, with the sentence
//! that says what a proposal still lacks).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{ValidationError, bounded_text};

/// A proposal's id; its own type so it is never confused with another id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProposalId(pub i64);

impl fmt::Display for ProposalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A comment's id, distinct from proposal ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CommentId(pub i64);

impl fmt::Display for CommentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A proposal's title: 3–200 characters after trimming.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct ProposalTitle(String);

impl ProposalTitle {
    /// Trims and checks the length.
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        bounded_text("title", "title", raw, 3, 200).map(ProposalTitle)
    }
    /// The title as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The short summary shown in lists: 1–500 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Summary(String);

impl Summary {
    /// Trims and checks the length.
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        bounded_text("summary", "summary", raw, 1, 500).map(Summary)
    }
    /// The summary as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The body, in Markdown (rendered and sanitised on display): 1–50,000
/// characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Body(String);

impl Body {
    /// Trims and checks the length and the Markdown nesting.
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let text = bounded_text("body", "body", raw, 1, 50_000)?;
        shallow_enough("body", "body", &text)?;
        Ok(Body(text))
    }
    /// The Markdown source.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Refuses Markdown nested deeper than [`crate::markdown::MAX_NESTING`]:
/// such text costs the renderer time that grows with the square of its depth.
/// `label` is a key of "err-field-label", as for [`super::bounded_text`].
fn shallow_enough(
    field: &'static str,
    label: &'static str,
    text: &str,
) -> Result<(), ValidationError> {
    use crate::markdown::{MAX_NESTING, Nesting};
    let max = ("max", MAX_NESTING.to_string());
    match crate::markdown::nesting_problem(text) {
        None => Ok(()),
        Some(Nesting::Containers { line, depth }) => Err(ValidationError::with(
            field,
            "err-nested-containers",
            [
                ("label", label.to_owned()),
                ("line", line.to_string()),
                ("depth", depth.to_string()),
                max,
            ],
        )),
        Some(Nesting::Html { line }) => Err(ValidationError::with(
            field,
            "err-nested-html",
            [("label", label.to_owned()), ("line", line.to_string()), max],
        )),
    }
}

/// A comment's Markdown text: 1–5,000 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct CommentBody(String);

impl CommentBody {
    /// Trims and checks the length and the Markdown nesting.
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let text = bounded_text("body", "comment", raw, 1, 5_000)?;
        shallow_enough("body", "comment", &text)?;
        Ok(CommentBody(text))
    }
    /// The Markdown source.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a chair hid a comment: 1–500 characters, shown to everyone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct HideReason(String);

impl HideReason {
    /// Trims and checks the length.
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        bounded_text("reason", "reason", raw, 1, 500).map(HideReason)
    }
    /// The reason as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The default theme tags of a digital-cooperation panel.
pub const DEFAULT_THEMES: &[(&str, &str)] = &[
    ("connectivity", "Connectivity"),
    ("digital_skills", "Digital skills"),
    ("data_governance", "Data governance"),
    ("cybersecurity", "Cybersecurity"),
    ("ai_governance", "AI governance"),
    (
        "digital_public_infrastructure",
        "Digital public infrastructure",
    ),
];

/// One configured theme: its id and its labels (see `domain::labels`;
/// catalogue messages `theme-<id>`).
pub type ThemeDef = super::labels::LabelDef;

/// The configured theme list (`PLENARY_THEMES`); parsing goes through it so
/// an unknown theme can never be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Themes {
    themes: Vec<ThemeDef>,
}

/// A theme id known to be in the configured list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Theme(String);

impl Theme {
    /// The id as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Themes {
    fn default() -> Self {
        Themes {
            themes: super::labels::defaults(DEFAULT_THEMES, "theme"),
        }
    }
}

impl Themes {
    /// Reads `id=Label,id=Label`; a bare `id` gets the catalogue's label
    /// when there is one, else itself. An empty list is allowed (proposals
    /// then carry no themes).
    pub fn from_spec(spec: &str) -> Result<Self, String> {
        Ok(Themes {
            themes: super::labels::parse_spec(spec, "theme", "theme")?,
        })
    }

    /// Adds the labels in `lang` (the `PLENARY_THEMES_<LANG>` setting).
    pub fn translate(&mut self, lang: crate::i18n::Lang, spec: &str) -> Result<(), String> {
        super::labels::translate(&mut self.themes, lang, spec, "theme")
    }

    /// Every theme in configured order.
    pub fn all(&self) -> &[ThemeDef] {
        &self.themes
    }

    /// Accepts only a configured id.
    pub fn parse(&self, raw: &str) -> Result<Theme, ValidationError> {
        let raw = raw.trim();
        self.themes
            .iter()
            .find(|t| t.id == raw)
            .map(|t| Theme(t.id.clone()))
            .ok_or_else(|| {
                let ids: Vec<&str> = self.themes.iter().map(|t| t.id.as_str()).collect();
                ValidationError::with(
                    "themes",
                    "err-unknown-theme",
                    [("value", format!("{raw:?}")), ("choices", ids.join(", "))],
                )
            })
    }

    /// Parses a list of ids, dropping duplicates and keeping the configured
    /// order, so the stored list is canonical.
    pub fn parse_list<S: AsRef<str>>(&self, raw: &[S]) -> Result<Vec<Theme>, ValidationError> {
        let mut chosen = Vec::new();
        for r in raw
            .iter()
            .map(AsRef::as_ref)
            .filter(|r| !r.trim().is_empty())
        {
            chosen.push(self.parse(r)?);
        }
        Ok(self
            .themes
            .iter()
            .filter(|t| chosen.iter().any(|c| c.0 == t.id))
            .map(|t| Theme(t.id.clone()))
            .collect())
    }

    /// The label of `id` in `lang`; falls back to the id for themes
    /// removed from the configuration after proposals were stored with them.
    pub fn label(&self, lang: crate::i18n::Lang, id: &str) -> String {
        super::labels::label_of(&self.themes, lang, id)
    }
}

/// Where a proposal is in its life cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProposalStatus {
    /// Being written; only its author sees it.
    Draft,
    /// Public: can be co-sponsored, discussed and put in a round.
    Submitted,
    /// Taken back by its author; stays readable.
    Withdrawn,
    /// Recorded by a chair after a round.
    Adopted,
    /// Recorded by a chair after a round.
    NotAdopted,
}

impl ProposalStatus {
    /// Every status, in life-cycle order (the list filter offers them).
    pub const ALL: [ProposalStatus; 5] = [
        ProposalStatus::Draft,
        ProposalStatus::Submitted,
        ProposalStatus::Withdrawn,
        ProposalStatus::Adopted,
        ProposalStatus::NotAdopted,
    ];

    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            ProposalStatus::Draft => "draft",
            ProposalStatus::Submitted => "submitted",
            ProposalStatus::Withdrawn => "withdrawn",
            ProposalStatus::Adopted => "adopted",
            ProposalStatus::NotAdopted => "not_adopted",
        }
    }

    /// The label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            ProposalStatus::Draft => "Draft",
            ProposalStatus::Submitted => "Submitted",
            ProposalStatus::Withdrawn => "Withdrawn",
            ProposalStatus::Adopted => "Adopted",
            ProposalStatus::NotAdopted => "Not adopted",
        }
    }
}

impl fmt::Display for ProposalStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ProposalStatus {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, ValidationError> {
        ProposalStatus::ALL
            .into_iter()
            .find(|st| st.as_str() == s.trim())
            .ok_or_else(|| ValidationError::new("status", "err-proposal-status"))
    }
}

/// The eligibility rule for rounds (`PLENARY_MIN_COSPONSORS`,
/// `PLENARY_MIN_COSPONSOR_GROUPS`; 0 disables a half of it).
///
/// Only co-sponsors from stakeholder groups other than the author's count:
/// the rule exists to show support across groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EligibilityRule {
    /// Co-sponsors needed (from groups other than the author's).
    pub min_cosponsors: u32,
    /// Distinct groups other than the author's they must come from.
    pub min_groups: u32,
}

impl Default for EligibilityRule {
    fn default() -> Self {
        EligibilityRule {
            min_cosponsors: 2,
            min_groups: 2,
        }
    }
}

/// What a proposal still lacks before it can enter a round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// It is not submitted (a draft, withdrawn, or already decided).
    NotSubmitted(ProposalStatus),
    /// It needs `cosponsors` more co-sponsors from other groups, among them
    /// at least `groups` from groups not yet represented.
    Support {
        /// More co-sponsors needed.
        cosponsors: u32,
        /// More groups needed.
        groups: u32,
    },
}

impl Missing {
    /// What is missing as a catalogue message (ids `proposal-missing-*`),
    /// for pages and refusals in the reader's language; `Display` keeps
    /// the English of the API's `missing` field.
    pub fn message(self) -> crate::error::Msg {
        use crate::error::Msg;
        match self {
            Missing::NotSubmitted(ProposalStatus::Draft) => Msg::new("proposal-missing-submit"),
            Missing::NotSubmitted(ProposalStatus::Withdrawn) => {
                Msg::new("proposal-missing-withdrawn")
            }
            Missing::NotSubmitted(_) => Msg::new("proposal-missing-decided"),
            Missing::Support { cosponsors, groups } if groups >= cosponsors => {
                Msg::new("proposal-missing-groups").num("groups", i64::from(groups))
            }
            Missing::Support {
                cosponsors,
                groups: 0,
            } => Msg::new("proposal-missing-cosponsors").num("cosponsors", i64::from(cosponsors)),
            Missing::Support { cosponsors, groups } => Msg::new("proposal-missing-both")
                .num("cosponsors", i64::from(cosponsors))
                .num("groups", i64::from(groups)),
        }
    }
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Missing::NotSubmitted(ProposalStatus::Draft) => f.write_str("needs to be submitted"),
            Missing::NotSubmitted(ProposalStatus::Withdrawn) => {
                f.write_str("has been withdrawn by its author")
            }
            Missing::NotSubmitted(_) => f.write_str("has already been decided"),
            Missing::Support { cosponsors, groups } => {
                let more_groups = |n: u32| {
                    if n == 1 {
                        "one more stakeholder group".to_owned()
                    } else {
                        format!("{n} more stakeholder groups")
                    }
                };
                if groups >= cosponsors {
                    if groups == 1 {
                        write!(f, "needs a co-sponsor from {}", more_groups(1))
                    } else {
                        write!(f, "needs co-sponsors from {}", more_groups(groups))
                    }
                } else if groups == 0 {
                    if cosponsors == 1 {
                        f.write_str(
                            "needs one more co-sponsor from a stakeholder group other than the author's",
                        )
                    } else {
                        write!(
                            f,
                            "needs {cosponsors} more co-sponsors from stakeholder groups other than the author's"
                        )
                    }
                } else {
                    write!(
                        f,
                        "needs {cosponsors} more co-sponsors, from at least {}",
                        more_groups(groups)
                    )
                }
            }
        }
    }
}

/// Applies the rule. `support` is the number of co-sponsors from groups
/// other than the author's, `support_groups` how many such groups they
/// cover. `None` means eligible.
pub fn missing(
    rule: EligibilityRule,
    status: ProposalStatus,
    support: u32,
    support_groups: u32,
) -> Option<Missing> {
    if status != ProposalStatus::Submitted {
        return Some(Missing::NotSubmitted(status));
    }
    let groups = rule.min_groups.saturating_sub(support_groups);
    let cosponsors = rule.min_cosponsors.saturating_sub(support).max(groups);
    if cosponsors == 0 && groups == 0 {
        None
    } else {
        Some(Missing::Support { cosponsors, groups })
    }
}

#[cfg(test)]
mod tests;
