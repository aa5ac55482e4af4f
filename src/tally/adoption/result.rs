//! The results document of an adoption round: per proposal the verdict,
//! the yes / no / abstain totals overall, per group and per house, and every
//! condition of the rule with what was measured, so a reader sees which
//! condition failed and by how much. Exact fractions are strings (`"2/3"`);
//! each has a 4-place decimal beside it for people.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::canonical::{CanonicalError, to_canonical_string};
use crate::tally::rational::Rational;
use crate::tally::result::{MalformedResults, RESULTS_FORMAT};
use crate::tally::weighting::WeightingSummary;

/// The `kind` of an adoption results document.
pub const ADOPTION_KIND: &str = "adoption";

/// Decimal places of the display decimals.
pub const DECIMAL_PLACES: usize = 4;

/// The whole document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdoptionResults {
    /// Always `plenary-results/1`.
    pub format: String,
    /// Always `adoption`.
    pub kind: String,
    /// What was counted.
    pub inputs: AdoptionInputs,
    /// The rule, presets expanded.
    pub rule: Value,
    /// The preset the rule was written as, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// The round's turnout quorum, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum: Option<QuorumCheck>,
    /// The round's per-group turnout quorum, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_quorum: Option<GroupQuorumCheck>,
    /// The candidate ids adopted, in the round's order.
    pub adopted: Vec<String>,
    /// One decision per candidate, in the round's order.
    pub decisions: Vec<Decision>,
}

/// What was counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdoptionInputs {
    /// Candidate ids in the round's order.
    pub candidates: Vec<String>,
    /// Number of ballots.
    pub ballots: u64,
    /// Sum of the ballot weights.
    pub total_weight: Rational,
    /// How the weights came about.
    pub weighting: WeightingSummary,
    /// Electors per group (the electorate fixed at opening).
    pub electors: BTreeMap<String, u64>,
    /// The houses, each a list of groups.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub houses: BTreeMap<String, Vec<String>>,
}

/// The round's turnout quorum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuorumCheck {
    /// Required turnout in percent.
    pub percent: u32,
    /// Ballots cast.
    pub ballots: u64,
    /// Electors.
    pub electorate: u64,
    /// Whether `ballots × 100 ≥ electorate × percent`.
    pub met: bool,
}

/// The round's per-group turnout quorum: each group with electors must reach it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupQuorumCheck {
    /// Required turnout in percent, in every group.
    pub percent: u32,
    /// Per group with electors: its ballots, electors and whether it reached it.
    pub groups: BTreeMap<String, GroupTurnout>,
    /// Whether every group reached it.
    pub met: bool,
}

/// One group's turnout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupTurnout {
    /// Ballots cast by the group.
    pub ballots: u64,
    /// The group's electors.
    pub electors: u64,
    /// Whether it reached the percentage.
    pub met: bool,
}

/// Yes, no and abstain in one scope: weights (exact and decimal) and ballots.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    /// Summed weight of yes.
    pub yes: Rational,
    /// Summed weight of no.
    pub no: Rational,
    /// Summed weight of abstain.
    pub abstain: Rational,
    /// `yes` to 4 places.
    pub yes_decimal: String,
    /// `no` to 4 places.
    pub no_decimal: String,
    /// `abstain` to 4 places.
    pub abstain_decimal: String,
    /// Ballots saying yes.
    pub yes_ballots: u64,
    /// Ballots saying no.
    pub no_ballots: u64,
    /// Ballots abstaining (or leaving the proposal out).
    pub abstain_ballots: u64,
}

/// The verdict on one proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The candidate id, e.g. `p3`.
    pub id: String,
    /// Whether the rule holds and the quorums are met.
    pub adopted: bool,
    /// Whether the rule alone holds.
    pub rule_met: bool,
    /// Over every ballot.
    pub totals: Totals,
    /// Per group that cast a ballot or has electors.
    pub groups: BTreeMap<String, Totals>,
    /// Per house.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub houses: BTreeMap<String, Totals>,
    /// The rule's conditions, evaluated.
    pub conditions: Check,
}

/// What a condition is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Test {
    /// `support`.
    Support,
    /// `against`.
    Against,
    /// `yes_voters`.
    YesVoters,
    /// `turnout`.
    Turnout,
    /// `all`.
    All,
    /// `any`.
    Any,
}

/// One evaluated condition: its test, scope and threshold as in the rule,
/// what was measured and whether it is met. A condition over `each_group`
/// or `each_house` holds one part per group or house; `all` and `any` hold
/// their conditions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// The test.
    pub test: Test,
    /// The scope, as written (`group:x` in the parts of `each_group`).
    #[serde(rename = "in", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Threshold (`support`, `yes_voters`, `turnout`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<String>,
    /// Threshold (`support`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub more_than: Option<String>,
    /// Cap (`against`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<String>,
    /// Denominator (`against`): `cast` or `yes_no`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub over: Option<String>,
    /// The measured fraction (or count, for `yes_voters`); absent when it
    /// is undefined (no yes or no votes, no electors) — then `note` says why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measured: Option<String>,
    /// `measured` to 4 places (fractions only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measured_decimal: Option<String>,
    /// Why nothing was measured, or how an empty denominator was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Whether the condition holds.
    pub met: bool,
    /// The per-group or per-house parts, or the combined conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Check>,
}

impl Check {
    /// An empty check of `test` (filled in by the evaluator).
    pub(super) fn new(test: Test) -> Self {
        Check {
            test,
            scope: None,
            at_least: None,
            more_than: None,
            at_most: None,
            over: None,
            measured: None,
            measured_decimal: None,
            note: None,
            met: false,
            parts: Vec::new(),
        }
    }
}

/// A fraction as the document writes it, exact and to 4 places.
pub(super) fn measured(r: &Rational) -> (Option<String>, Option<String>) {
    (
        Some(r.to_string()),
        Some(r.to_display_decimal(DECIMAL_PLACES)),
    )
}

impl AdoptionResults {
    /// Reads a stored document back, refusing anything that is not exactly
    /// what [`Self::to_canonical_json`] writes.
    pub fn from_stored(json: &str) -> Result<AdoptionResults, MalformedResults> {
        let doc: AdoptionResults =
            serde_json::from_str(json).map_err(|e| MalformedResults(e.to_string()))?;
        if doc.format != RESULTS_FORMAT || doc.kind != ADOPTION_KIND {
            return Err(MalformedResults(
                "it is not an adoption results document".to_owned(),
            ));
        }
        let decided: Vec<&String> = doc.decisions.iter().map(|d| &d.id).collect();
        let adopted: Vec<&String> = doc
            .decisions
            .iter()
            .filter(|d| d.adopted)
            .map(|d| &d.id)
            .collect();
        if decided != doc.inputs.candidates.iter().collect::<Vec<_>>()
            || adopted != doc.adopted.iter().collect::<Vec<_>>()
        {
            return Err(MalformedResults(
                "its decisions do not match its candidates or its adopted list".to_owned(),
            ));
        }
        let again = doc
            .to_canonical_json()
            .map_err(|e| MalformedResults(e.to_string()))?;
        if again != json {
            return Err(MalformedResults(
                "it is not in the canonical form the server writes".to_owned(),
            ));
        }
        Ok(doc)
    }

    /// The document as canonical JSON (no trailing newline).
    pub fn to_canonical_json(&self) -> Result<String, CanonicalError> {
        to_canonical_string(self)
    }
}
