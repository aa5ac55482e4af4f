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
            other => Err(ValidationError::with(
                "status",
                "err-round-status",
                [("value", format!("{other:?}"))],
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
            other => Err(ValidationError::with(
                "secrecy",
                "err-secrecy",
                [("value", format!("{other:?}"))],
            )),
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
        let group = groups.parse(g).map_err(|e| ValidationError {
            field: "group_weights",
            ..e
        })?;
        // Exact arithmetic on huge numbers is slow for every later step
        // (weights, tally, pages): a weight is short, like 2 or 3/7.
        if w.trim().len() > MAX_WEIGHT_CHARS {
            return Err(ValidationError::with(
                "group_weights",
                "err-weight-too-long",
                [("group", g.clone()), ("max", MAX_WEIGHT_CHARS.to_string())],
            ));
        }
        let value: Rational = w.trim().parse().map_err(|_| {
            ValidationError::with(
                "group_weights",
                "err-weight-not-number",
                [("group", g.clone()), ("value", format!("{w:?}"))],
            )
        })?;
        let weight = Weight::new(value).map_err(|_| {
            ValidationError::with(
                "group_weights",
                "err-weight-not-positive",
                [("group", g.clone())],
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
            ValidationError::with(
                "group_weights",
                "err-weights-syntax",
                [("value", format!("{item:?}"))],
            )
        })?;
        if out
            .insert(g.trim().to_owned(), w.trim().to_owned())
            .is_some()
        {
            return Err(ValidationError::with(
                "group_weights",
                "err-weight-twice",
                [("group", g.trim().to_owned())],
            ));
        }
    }
    Ok(out)
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
            return Err(ValidationError::with(
                "closes_at",
                "err-closes-leap-second",
                [("value", format!("{raw:?}"))],
            ));
        }
        return Ok(Some(dt));
    }
    Err(ValidationError::with(
        "closes_at",
        "err-closes-format",
        [("value", format!("{raw:?}"))],
    ))
}

impl NewRound {
    /// Checks every field; `now` decides whether a deadline is in the future.
    pub fn parse(
        input: &RoundInput,
        groups: &StakeholderGroups,
        now: NaiveDateTime,
    ) -> Result<NewRound, ValidationError> {
        let title = bounded_text("title", "title", &input.title, 3, 200)?;
        let description = if input.description.trim().is_empty() {
            String::new()
        } else {
            bounded_text("description", "description", &input.description, 0, 5000)?
        };
        let mut proposals = Vec::with_capacity(input.proposals.len());
        let mut seen = HashSet::with_capacity(input.proposals.len());
        for &p in &input.proposals {
            if !seen.insert(p) {
                return Err(ValidationError::with(
                    "proposals",
                    "err-proposal-listed-twice",
                    [("id", p.to_string())],
                ));
            }
            proposals.push(p);
        }
        if proposals.len() < 2 {
            return Err(ValidationError::new("proposals", "err-round-two-proposals"));
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
                "err-weights-only-equal-groups",
            ));
        }
        let weighting = Weighting::from_name(weighting_name, group_weights).map_err(|_| {
            ValidationError::with(
                "weighting",
                "err-weighting",
                [("value", format!("{weighting_name:?}"))],
            )
        })?;
        let secrecy = input.secrecy.parse::<Secrecy>()?;
        let closes_at = parse_deadline(&input.closes_at)?;
        if closes_at.is_some_and(|c| c <= now) {
            return Err(ValidationError::new("closes_at", "err-closes-past"));
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
        let rank: u32 = raw
            .parse()
            .ok()
            .filter(|n| (1..=10_000).contains(n))
            .ok_or_else(|| {
                ValidationError::with(
                    "ranking",
                    "err-rank-number",
                    [("value", format!("{raw:?}"))],
                )
            })?;
        by_rank.entry(rank).or_default().push(candidate.clone());
    }
    Ok(by_rank.into_values().collect())
}

/// A receipt as a voter pastes it: spaces and line breaks dropped (a
/// receipt copied from a narrow screen wraps), letters lower-cased; it must
/// then be 64 hexadecimal digits.
pub fn parse_receipt(raw: &str) -> Result<String, ValidationError> {
    let receipt: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if receipt.len() != 64 || !receipt.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(ValidationError::new("receipt", "err-receipt-format"));
    }
    Ok(receipt)
}

/// Who may read a closed round's documents (ballots and results files):
/// auditors and chairs, and the round's electors, who must be able to find
/// their own receipt in the published ballots. A secret round's documents
/// are anonymised for everyone, so an elector gets what an auditor gets.
pub fn may_read_documents(role: super::user::Role, is_elector: bool) -> bool {
    use super::user::Role;
    matches!(role, Role::Auditor | Role::Chair) || is_elector
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

/// How much the stakeholder groups agree on one proposal's place: one
/// minus the average distance between two groups' positions for it (over
/// every pair of groups), as a share of the largest possible distance,
/// `n − 1` places. 1 when every group ranks it at the same position, 0 when
/// two groups put it first and last. `positions` are
/// each group's 1-based position of the proposal among `n` candidates.
/// `None` with fewer than two groups.
///
/// (It used to be one minus the *range*, highest position minus lowest:
/// with six groups a single outlier set it, so nearly every proposal read
/// the same "33 % — divided"; the average over pairs counts every group.)
pub fn agreement(positions: &[usize], n: usize) -> Option<f64> {
    if positions.len() < 2 || n < 2 {
        return None;
    }
    let mut total = 0usize;
    let mut pairs = 0usize;
    for (i, a) in positions.iter().enumerate() {
        for b in &positions[i + 1..] {
            total += a.abs_diff(*b);
            pairs += 1;
        }
    }
    #[allow(clippy::cast_precision_loss)]
    let mean = total as f64 / pairs as f64;
    #[allow(clippy::cast_precision_loss)]
    Some((1.0 - mean / (n - 1) as f64).clamp(0.0, 1.0))
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

mod counting;
pub use counting::*;

#[cfg(test)]
mod tests;
