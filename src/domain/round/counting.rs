//! What a round counts: a ranking method, or adoption votes under a rule
//! with houses and a group quorum — the kinds, their stored forms, and the
//! parsing of the round form's kind, rule, houses and quorums.

use std::str::FromStr;

use serde::Serialize;

use super::RoundInput;
use crate::domain::ValidationError;
use crate::domain::groups::StakeholderGroups;
use crate::tally::Method;
use crate::tally::adoption::rule::{self as adoption_rule, Houses, ParsedRule, RuleContext};

/// What a round asks voters for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundKind {
    /// Rank the proposals; a method orders them.
    Ranking,
    /// Yes, no or abstain on each proposal; a rule decides each.
    Adoption,
}

/// The stored method column: a ranking method, or `adoption` for adoption
/// rounds (which have no ranking method; their rule is stored beside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundMethod {
    /// A ranking round counted with this method.
    Ranking(Method),
    /// An adoption round.
    Adoption,
}

impl RoundMethod {
    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            RoundMethod::Ranking(m) => m.name(),
            RoundMethod::Adoption => "adoption",
        }
    }

    /// The round's kind.
    pub fn kind(self) -> RoundKind {
        match self {
            RoundMethod::Ranking(_) => RoundKind::Ranking,
            RoundMethod::Adoption => RoundKind::Adoption,
        }
    }

    /// The ranking method, for ranking rounds.
    pub fn ranking(self) -> Option<Method> {
        match self {
            RoundMethod::Ranking(m) => Some(m),
            RoundMethod::Adoption => None,
        }
    }
}

impl FromStr for RoundMethod {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, ValidationError> {
        if s == "adoption" {
            return Ok(RoundMethod::Adoption);
        }
        s.parse::<Method>()
            .map(RoundMethod::Ranking)
            .map_err(|e| ValidationError::new("method", e.to_string()))
    }
}

/// How an adoption round decides: the rule (presets expanded), its houses
/// and the per-group quorum.
#[derive(Debug, Clone)]
pub struct AdoptionSetup {
    /// The rule.
    pub rule: ParsedRule,
    /// The houses, in the order given.
    pub houses: Houses,
    /// Each group's turnout must reach this percentage.
    pub group_quorum_percent: Option<i32>,
}

impl AdoptionSetup {
    /// The stored form: canonical JSON of the rule (presets expanded), the
    /// preset's name, the houses in order and the group quorum.
    pub fn to_stored(&self) -> Result<String, crate::canonical::CanonicalError> {
        crate::canonical::to_canonical_string(&serde_json::json!({
            "rule": self.rule.rule.to_value(),
            "preset": self.rule.preset,
            "houses": self.houses.0,
            "group_quorum_percent": self.group_quorum_percent,
        }))
    }

    /// Reads the stored form back; a malformed one is a data error.
    pub fn from_stored(text: &str) -> Result<AdoptionSetup, String> {
        #[derive(serde::Deserialize)]
        struct Stored {
            rule: serde_json::Value,
            preset: Option<String>,
            houses: Vec<(String, Vec<String>)>,
            group_quorum_percent: Option<i32>,
        }
        let s: Stored = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let houses = Houses::parse(s.houses, None).map_err(|e| e.to_string())?;
        let mut rule = adoption_rule::parse(
            &s.rule,
            RuleContext {
                groups: None,
                houses: &houses,
            },
        )
        .map_err(|e| e.to_string())?;
        rule.preset = s.preset;
        Ok(AdoptionSetup {
            rule,
            houses,
            group_quorum_percent: s.group_quorum_percent,
        })
    }
}

/// How a round counts.
#[derive(Debug, Clone)]
pub enum Counting {
    /// Ranking with a method.
    Ranking(Method),
    /// Adoption votes under a rule.
    Adoption(AdoptionSetup),
}

impl Counting {
    /// The stored method column.
    pub fn method(&self) -> RoundMethod {
        match self {
            Counting::Ranking(m) => RoundMethod::Ranking(*m),
            Counting::Adoption(_) => RoundMethod::Adoption,
        }
    }
}

/// Reads the form's houses: one per line, `house: group, group`.
pub fn houses_from_text(text: &str) -> Result<Vec<(String, Vec<String>)>, ValidationError> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let (house, groups) = line.split_once(':').ok_or_else(|| {
                ValidationError::with(
                    "houses",
                    "err-house-syntax",
                    [("value", format!("{line:?}"))],
                )
            })?;
            Ok((
                house.trim().to_owned(),
                groups
                    .split(',')
                    .map(str::trim)
                    .filter(|g| !g.is_empty())
                    .map(str::to_owned)
                    .collect(),
            ))
        })
        .collect()
}

/// Reads an optional whole percentage from 0 to 100.
pub(super) fn percent(
    field: &'static str,
    raw: Option<&str>,
) -> Result<Option<i32>, ValidationError> {
    let message = if field == "quorum_percent" {
        "err-quorum-percent"
    } else {
        "err-group-quorum-percent"
    };
    match raw.map(str::trim) {
        None | Some("") => Ok(None),
        Some(q) => q
            .parse::<i32>()
            .ok()
            .filter(|n| (0..=100).contains(n))
            .map(Some)
            .ok_or_else(|| ValidationError::new(field, message)),
    }
}

/// Reads the kind and what it needs: a method for ranking rounds; a rule,
/// houses and a group quorum for adoption rounds.
pub(super) fn counting(
    input: &RoundInput,
    groups: &StakeholderGroups,
) -> Result<Counting, ValidationError> {
    match input.kind.trim() {
        "" | "ranking" => {
            if input.rule.is_some()
                || !input.houses.is_empty()
                || percent(
                    "group_quorum_percent",
                    input.group_quorum_percent.as_deref(),
                )?
                .is_some()
            {
                return Err(ValidationError::with(
                    "kind",
                    "err-adoption-only",
                    [("example", r#""kind": "adoption""#.to_owned())],
                ));
            }
            let method = if input.method.trim().is_empty() {
                Method::Schulze
            } else {
                input.method.trim().parse::<Method>().map_err(|_| {
                    ValidationError::with(
                        "method",
                        "err-method",
                        [("value", format!("{:?}", input.method.trim()))],
                    )
                })?
            };
            Ok(Counting::Ranking(method))
        }
        "adoption" => {
            if !input.method.trim().is_empty() {
                return Err(ValidationError::new("method", "err-adoption-no-method"));
            }
            let known: std::collections::BTreeSet<String> =
                groups.all().iter().map(|g| g.id.clone()).collect();
            let houses = Houses::parse(input.houses.clone(), Some(&known))
                .map_err(|e| ValidationError::new("houses", e.message))?;
            let raw = input.rule.as_ref().ok_or_else(|| {
                ValidationError::with(
                    "rule",
                    "err-adoption-needs-rule",
                    [("example", r#"{"preset": "two_thirds"}"#.to_owned())],
                )
            })?;
            let rule = adoption_rule::parse(
                raw,
                RuleContext {
                    groups: Some(&known),
                    houses: &houses,
                },
            )
            .map_err(|e| ValidationError::new("rule", e.to_string()))?;
            Ok(Counting::Adoption(AdoptionSetup {
                rule,
                houses,
                group_quorum_percent: percent(
                    "group_quorum_percent",
                    input.group_quorum_percent.as_deref(),
                )?,
            }))
        }
        other => Err(ValidationError::with(
            "kind",
            "err-round-kind",
            [("value", format!("{other:?}"))],
        )),
    }
}
