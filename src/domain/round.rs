//! Voting rounds: the settings a chair chooses, parsed into types that are
//! valid by construction, and the ballot a voter fills in.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;

use super::groups::StakeholderGroups;
use super::proposal::ProposalId;
use super::{ValidationError, bounded_text};
use crate::tally::Method;
use crate::tally::adoption::rule::{self as adoption_rule, Houses, ParsedRule, RuleContext};
use crate::tally::rational::{Rational, Weight};
use crate::tally::weighting::Weighting;

/// A round's id; its own type so it can never be mixed up with another id.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct RoundId(pub i64);

impl fmt::Display for RoundId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Where a round stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundStatus {
    /// Being prepared; nobody votes yet.
    Draft,
    /// Accepting ballots from its electorate.
    Open,
    /// Closed and tallied; results published.
    Closed,
}

impl RoundStatus {
    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            RoundStatus::Draft => "draft",
            RoundStatus::Open => "open",
            RoundStatus::Closed => "closed",
        }
    }
}

impl FromStr for RoundStatus {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, ValidationError> {
        match s {
            "draft" => Ok(RoundStatus::Draft),
            "open" => Ok(RoundStatus::Open),
            "closed" => Ok(RoundStatus::Closed),
            other => Err(ValidationError::new(
                "status",
                format!("Unknown round status {other:?}."),
            )),
        }
    }
}

/// Whether ballots are published with the voter's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Secrecy {
    /// No ballot row or export links a ballot to a voter.
    Secret,
    /// Ballots are published with the voter's name and organisation.
    Recorded,
}

/// In a secret round, a stakeholder group with fewer ballots than this is
/// not shown apart: its own ranking would reveal how its few voters voted.
pub const MIN_GROUP_BALLOTS_SECRET: usize = 3;

impl Secrecy {
    /// The fewest ballots a group must hold before its own results are
    /// shown: [`MIN_GROUP_BALLOTS_SECRET`] in secret rounds, one otherwise.
    pub fn min_group_ballots_shown(self) -> usize {
        match self {
            Secrecy::Secret => MIN_GROUP_BALLOTS_SECRET,
            Secrecy::Recorded => 1,
        }
    }

    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Secrecy::Secret => "secret",
            Secrecy::Recorded => "recorded",
        }
    }
}

impl FromStr for Secrecy {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, ValidationError> {
        match s.trim() {
            "" | "secret" => Ok(Secrecy::Secret),
            "recorded" => Ok(Secrecy::Recorded),
            other => Err(ValidationError::new(
                "secrecy",
                format!("Unknown secrecy {other:?}; choose secret or recorded."),
            )),
        }
    }
}

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

/// The candidate id of a proposal in ballots and results: `p` + its id.
pub fn candidate_id(proposal_id: ProposalId) -> String {
    format!("p{proposal_id}")
}

/// The proposal id inside a candidate id, if it is one.
pub fn proposal_of(candidate: &str) -> Option<ProposalId> {
    candidate
        .strip_prefix('p')?
        .parse()
        .ok()
        .filter(|n: &i64| *n > 0)
        .map(ProposalId)
}

/// The longest spelling of a group weight (`123456/654321`).
pub const MAX_WEIGHT_CHARS: usize = 20;

/// Parses `member_state=2, industry=1` or a JSON-style map into exact group
/// weights, each group checked against the configured list.
pub fn parse_group_weights(
    groups: &StakeholderGroups,
    pairs: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, Weight>, ValidationError> {
    let mut out = BTreeMap::new();
    for (g, w) in pairs {
        let group = groups
            .parse(g)
            .map_err(|e| ValidationError::new("group_weights", e.message))?;
        // Exact arithmetic on huge numbers is slow for every later step
        // (weights, tally, pages): a weight is short, like 2 or 3/7.
        if w.trim().len() > MAX_WEIGHT_CHARS {
            return Err(ValidationError::new(
                "group_weights",
                format!(
                    "The weight of {g} is too long: write it with at most {MAX_WEIGHT_CHARS} characters, like 2 or 3/7."
                ),
            ));
        }
        let value: Rational = w.trim().parse().map_err(|_| {
            ValidationError::new(
                "group_weights",
                format!(
                    "The weight of {g} must be a whole number or a fraction like 1/2, not {w:?}."
                ),
            )
        })?;
        let weight = Weight::new(value).map_err(|_| {
            ValidationError::new(
                "group_weights",
                format!("The weight of {g} must be positive."),
            )
        })?;
        out.insert(group.as_str().to_owned(), weight);
    }
    Ok(out)
}

/// Reads the form's text spelling of group weights: `id=weight` pairs
/// separated by commas or new lines.
pub fn group_weights_from_text(text: &str) -> Result<BTreeMap<String, String>, ValidationError> {
    let mut out = BTreeMap::new();
    for item in text
        .split([',', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let (g, w) = item.split_once('=').ok_or_else(|| {
            ValidationError::new(
                "group_weights",
                format!("Write group weights as group=weight, e.g. member_state=2 (got {item:?})."),
            )
        })?;
        if out
            .insert(g.trim().to_owned(), w.trim().to_owned())
            .is_some()
        {
            return Err(ValidationError::new(
                "group_weights",
                format!("Group {} has two weights.", g.trim()),
            ));
        }
    }
    Ok(out)
}

/// Reads the form's houses: one per line, `house: group, group`.
pub fn houses_from_text(text: &str) -> Result<Vec<(String, Vec<String>)>, ValidationError> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let (house, groups) = line.split_once(':').ok_or_else(|| {
                ValidationError::new(
                    "houses",
                    format!("Write each house as name: group, group (got {line:?})."),
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

/// A round as a chair asks for it, fully checked except for the proposals'
/// eligibility (which needs the database).
#[derive(Debug, Clone)]
pub struct NewRound {
    /// 3–200 characters.
    pub title: String,
    /// Up to 5,000 characters; may be empty.
    pub description: String,
    /// Distinct proposal ids, at least two, in the chair's order.
    pub proposals: Vec<ProposalId>,
    /// Ranking with a method, or adoption under a rule.
    pub counting: Counting,
    /// The weighting policy (with group weights for `equal_groups`).
    pub weighting: Weighting,
    /// Secret or recorded.
    pub secrecy: Secrecy,
    /// When the server closes the round by itself.
    pub closes_at: Option<NaiveDateTime>,
    /// Minimum turnout, in percent of the electorate.
    pub quorum_percent: Option<i32>,
}

/// The raw fields of a round, as they arrive from a form or JSON.
#[derive(Debug, Clone, Default)]
pub struct RoundInput {
    /// Title text.
    pub title: String,
    /// Description text.
    pub description: String,
    /// Proposal ids.
    pub proposals: Vec<ProposalId>,
    /// `ranking` (also when empty) or `adoption`.
    pub kind: String,
    /// Method name; empty means schulze (ranking rounds only).
    pub method: String,
    /// The adoption rule, in the rule language or `{"preset": NAME}`.
    pub rule: Option<serde_json::Value>,
    /// The houses, in the order given: house id → group ids.
    pub houses: Vec<(String, Vec<String>)>,
    /// Per-group quorum in percent; empty for none.
    pub group_quorum_percent: Option<String>,
    /// Weighting name; empty means per_delegate.
    pub weighting: String,
    /// Group id → weight, for equal_groups.
    pub group_weights: BTreeMap<String, String>,
    /// `secret` (default) or `recorded`.
    pub secrecy: String,
    /// RFC 3339, or `YYYY-MM-DDTHH:MM` (a browser's datetime-local) read as UTC; empty for none.
    pub closes_at: String,
    /// Percent, 0–100; empty for none.
    pub quorum_percent: Option<String>,
}

/// Reads a deadline: RFC 3339 with an offset, or a `datetime-local` value
/// (taken as UTC, as the form says).
pub fn parse_deadline(raw: &str) -> Result<Option<NaiveDateTime>, ValidationError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let parsed = DateTime::parse_from_rfc3339(raw)
        .map(|dt| dt.with_timezone(&Utc).naive_utc())
        .ok()
        .or_else(|| {
            let naive = raw.strip_suffix('Z').unwrap_or(raw);
            ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]
                .iter()
                .find_map(|fmt| NaiveDateTime::parse_from_str(naive, fmt).ok())
        });
    if let Some(dt) = parsed {
        // A leap second (…:60) has no spelling both databases store alike.
        if dt.and_utc().timestamp_subsec_nanos() >= 1_000_000_000 {
            return Err(ValidationError::new(
                "closes_at",
                format!(
                    "The closing time {raw:?} names a leap second; choose a time with seconds 00–59."
                ),
            ));
        }
        return Ok(Some(dt));
    }
    Err(ValidationError::new(
        "closes_at",
        format!("The closing time {raw:?} is not a date and time like 2026-12-01T17:00Z."),
    ))
}

impl NewRound {
    /// Checks every field; `now` decides whether a deadline is in the future.
    pub fn parse(
        input: &RoundInput,
        groups: &StakeholderGroups,
        now: NaiveDateTime,
    ) -> Result<NewRound, ValidationError> {
        let title = bounded_text("title", "The title", &input.title, 3, 200)?;
        let description = if input.description.trim().is_empty() {
            String::new()
        } else {
            bounded_text(
                "description",
                "The description",
                &input.description,
                0,
                5000,
            )?
        };
        let mut proposals = Vec::with_capacity(input.proposals.len());
        let mut seen = HashSet::with_capacity(input.proposals.len());
        for &p in &input.proposals {
            if !seen.insert(p) {
                return Err(ValidationError::new(
                    "proposals",
                    format!("Proposal {p} is listed twice."),
                ));
            }
            proposals.push(p);
        }
        if proposals.len() < 2 {
            return Err(ValidationError::new(
                "proposals",
                "Choose at least two proposals for the round.",
            ));
        }
        let counting = counting(input, groups)?;
        let weighting_name = match input.weighting.trim() {
            "" => "per_delegate",
            w => w,
        };
        let group_weights = parse_group_weights(groups, &input.group_weights)?;
        if !group_weights.is_empty() && weighting_name != "equal_groups" {
            return Err(ValidationError::new(
                "group_weights",
                "Group weights apply only to the equal_groups weighting.",
            ));
        }
        let weighting = Weighting::from_name(weighting_name, group_weights).map_err(|_| {
            ValidationError::new(
                "weighting",
                format!("Unknown weighting {weighting_name:?}; choose per_delegate, equal_groups or per_organisation."),
            )
        })?;
        let secrecy = input.secrecy.parse::<Secrecy>()?;
        let closes_at = parse_deadline(&input.closes_at)?;
        if closes_at.is_some_and(|c| c <= now) {
            return Err(ValidationError::new(
                "closes_at",
                "The closing time must be in the future.",
            ));
        }
        let quorum_percent = percent("quorum_percent", input.quorum_percent.as_deref())?;
        Ok(NewRound {
            title,
            description,
            proposals,
            counting,
            weighting,
            secrecy,
            closes_at,
            quorum_percent,
        })
    }
}

/// Reads an optional whole percentage from 0 to 100.
fn percent(field: &'static str, raw: Option<&str>) -> Result<Option<i32>, ValidationError> {
    let what = if field == "quorum_percent" {
        "The quorum"
    } else {
        "The group quorum"
    };
    match raw.map(str::trim) {
        None | Some("") => Ok(None),
        Some(q) => q
            .parse::<i32>()
            .ok()
            .filter(|n| (0..=100).contains(n))
            .map(Some)
            .ok_or_else(|| {
                ValidationError::new(
                    field,
                    format!("{what} is a whole percentage from 0 to 100."),
                )
            }),
    }
}

/// Reads the kind and what it needs: a method for ranking rounds; a rule,
/// houses and a group quorum for adoption rounds.
fn counting(input: &RoundInput, groups: &StakeholderGroups) -> Result<Counting, ValidationError> {
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
                return Err(ValidationError::new(
                    "kind",
                    "A rule, houses and a group quorum apply to adoption rounds only: set \"kind\": \"adoption\".",
                ));
            }
            let method = if input.method.trim().is_empty() {
                Method::Schulze
            } else {
                input.method.trim().parse::<Method>().map_err(|_| {
                    ValidationError::new(
                        "method",
                        format!(
                            "Unknown method {:?}; choose schulze, ranked_pairs, borda, irv, copeland or plurality.",
                            input.method.trim()
                        ),
                    )
                })?
            };
            Ok(Counting::Ranking(method))
        }
        "adoption" => {
            if !input.method.trim().is_empty() {
                return Err(ValidationError::new(
                    "method",
                    "An adoption round has no ranking method: each proposal is decided by the rule.",
                ));
            }
            let known: std::collections::BTreeSet<String> =
                groups.all().iter().map(|g| g.id.clone()).collect();
            let houses = Houses::parse(input.houses.clone(), Some(&known))
                .map_err(|e| ValidationError::new("houses", e.message))?;
            let raw = input.rule.as_ref().ok_or_else(|| {
                ValidationError::new(
                    "rule",
                    "An adoption round needs a rule, e.g. {\"preset\": \"two_thirds\"}.",
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
        other => Err(ValidationError::new(
            "kind",
            format!("Unknown round kind {other:?}; choose ranking or adoption."),
        )),
    }
}

/// Turns the no-JavaScript ballot form (a rank number per proposal; equal
/// numbers tie, blank leaves it unranked) into tiers of candidate ids, best
/// first. `entries` pairs each candidate id with what was typed.
pub fn tiers_from_rank_numbers(
    entries: &[(String, String)],
) -> Result<Vec<Vec<String>>, ValidationError> {
    let mut by_rank: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    for (candidate, raw) in entries {
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        let rank: u32 = raw.parse().ok().filter(|n| (1..=10_000).contains(n)).ok_or_else(|| {
            ValidationError::new(
                "ranking",
                format!("Rank {raw:?} is not a whole number from 1 up; leave a proposal blank to leave it unranked."),
            )
        })?;
        by_rank.entry(rank).or_default().push(candidate.clone());
    }
    Ok(by_rank.into_values().collect())
}

/// Whether `ballots` reach `quorum_percent` of an electorate of `electorate`
/// voters, compared exactly in integers.
pub fn quorum_met(ballots: u64, electorate: u64, quorum_percent: Option<i32>) -> bool {
    match quorum_percent {
        None => true,
        Some(q) => {
            u128::from(ballots) * 100
                >= u128::from(electorate) * u128::try_from(q.max(0)).unwrap_or(0)
        }
    }
}

/// How much the stakeholder groups agree on one proposal's place: 1 when
/// every group ranks it at the same position, 0 when one group puts it first
/// and another last. `positions` are each group's 1-based position of the
/// proposal among `n` candidates. `None` with fewer than two groups.
pub fn agreement(positions: &[usize], n: usize) -> Option<f64> {
    if positions.len() < 2 || n < 2 {
        return None;
    }
    let lo = positions.iter().copied().min()?;
    let hi = positions.iter().copied().max()?;
    #[allow(clippy::cast_precision_loss)]
    Some(1.0 - (hi - lo) as f64 / (n - 1) as f64)
}

/// A word for an agreement score, for people and screen readers.
pub fn agreement_label(score: f64) -> &'static str {
    if score >= 0.75 {
        "broad agreement"
    } else if score >= 0.4 {
        "mixed"
    } else {
        "divided"
    }
}

#[cfg(test)]
mod tests;
