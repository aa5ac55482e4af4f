//! Adoption votes: each voter answers yes, no or abstain on every proposal,
//! and each proposal is adopted when the round's rule holds and its quorums
//! are met (docs/tally.md, "Adoption rounds"). Pure and exact: weights are
//! rationals, thresholds are compared as rationals, never floats.
//!
//! - [`rule`]: the rule language and its presets;
//! - [`result`]: the results document;
//! - [`input`]: reading an adoption `plenary-ballots/1` document.

pub mod input;
pub mod result;
pub mod rule;
pub mod text;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::tally::rational::{Rational, Weight};
use crate::tally::result::RESULTS_FORMAT;
use crate::tally::weighting::WeightingSummary;
use result::{
    ADOPTION_KIND, AdoptionInputs, AdoptionResults, Check, Decision, GroupQuorumCheck,
    GroupTurnout, QuorumCheck, Test, Totals, measured,
};
use rule::{Cmp, Houses, Over, ParsedRule, Rule, Scope};

/// One answer on one proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vote {
    /// For.
    Yes,
    /// Against.
    No,
    /// Neither (also a proposal left out of a ballot).
    Abstain,
}

impl Vote {
    /// The spelling in ballots and forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Vote::Yes => "yes",
            Vote::No => "no",
            Vote::Abstain => "abstain",
        }
    }
}

impl fmt::Display for Vote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a vote was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a vote; answer yes, no or abstain")]
pub struct UnknownVote(pub String);

impl FromStr for Vote {
    type Err = UnknownVote;
    fn from_str(s: &str) -> Result<Self, UnknownVote> {
        match s {
            "yes" => Ok(Vote::Yes),
            "no" => Ok(Vote::No),
            "abstain" => Ok(Vote::Abstain),
            other => Err(UnknownVote(other.to_owned())),
        }
    }
}

impl Serialize for Vote {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Vote {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// One weighted ballot: the voter's group and a vote per candidate, in
/// the election's candidate order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdoptionBallot {
    /// The voter's stakeholder group.
    pub group: String,
    /// The ballot's weight.
    pub weight: Weight,
    /// One vote per candidate.
    pub votes: Vec<Vote>,
}

/// Everything an adoption tally needs.
#[derive(Debug, Clone)]
pub struct AdoptionElection {
    /// Candidate ids, in the round's order.
    pub candidates: Vec<String>,
    /// The weighted ballots.
    pub ballots: Vec<AdoptionBallot>,
    /// Electors per group (the fixed electorate).
    pub electors: BTreeMap<String, u64>,
    /// The round's houses.
    pub houses: Houses,
    /// The rule.
    pub rule: ParsedRule,
    /// Overall turnout quorum, percent.
    pub quorum_percent: Option<u32>,
    /// Per-group turnout quorum, percent.
    pub group_quorum_percent: Option<u32>,
    /// How the weights came about.
    pub weighting: WeightingSummary,
}

/// Counts of one candidate in one group.
#[derive(Debug, Clone, Default)]
struct Count {
    yes: Rational,
    no: Rational,
    abstain: Rational,
    yes_ballots: u64,
    no_ballots: u64,
    abstain_ballots: u64,
}

impl Count {
    fn add(&mut self, other: &Count) {
        self.yes += &other.yes;
        self.no += &other.no;
        self.abstain += &other.abstain;
        self.yes_ballots += other.yes_ballots;
        self.no_ballots += other.no_ballots;
        self.abstain_ballots += other.abstain_ballots;
    }

    fn totals(&self) -> Totals {
        let d = |r: &Rational| r.to_display_decimal(result::DECIMAL_PLACES);
        Totals {
            yes_decimal: d(&self.yes),
            no_decimal: d(&self.no),
            abstain_decimal: d(&self.abstain),
            yes: self.yes.clone(),
            no: self.no.clone(),
            abstain: self.abstain.clone(),
            yes_ballots: self.yes_ballots,
            no_ballots: self.no_ballots,
            abstain_ballots: self.abstain_ballots,
        }
    }
}

/// Counts one candidate's votes per group. Ballots are summed per weight
/// (integers) and multiplied once, so a large round costs no rational
/// addition per ballot.
fn count_candidate(e: &AdoptionElection, k: usize) -> BTreeMap<String, Count> {
    let mut by: BTreeMap<(&str, Vote, &Weight), u64> = BTreeMap::new();
    for b in &e.ballots {
        let vote = b.votes.get(k).copied().unwrap_or(Vote::Abstain);
        *by.entry((b.group.as_str(), vote, &b.weight)).or_default() += 1;
    }
    let mut out: BTreeMap<String, Count> = BTreeMap::new();
    for ((group, vote, weight), n) in by {
        let c = out.entry(group.to_owned()).or_default();
        let w = weight.value() * &Rational::from_integer(n);
        match vote {
            Vote::Yes => {
                c.yes += &w;
                c.yes_ballots += n;
            }
            Vote::No => {
                c.no += &w;
                c.no_ballots += n;
            }
            Vote::Abstain => {
                c.abstain += &w;
                c.abstain_ballots += n;
            }
        }
    }
    out
}

/// What one candidate's conditions are measured on.
struct Scene<'a> {
    counts: &'a BTreeMap<String, Count>,
    /// Ballots per group (the same for every candidate).
    cast: &'a BTreeMap<String, u64>,
    electors: &'a BTreeMap<String, u64>,
    houses: &'a Houses,
    /// Every group seen: with electors or with ballots.
    all_groups: &'a BTreeSet<String>,
}

impl Scene<'_> {
    fn sum(&self, groups: &[String]) -> (Count, u64, u64) {
        let mut c = Count::default();
        let (mut cast, mut electors) = (0, 0);
        for g in groups {
            if let Some(x) = self.counts.get(g) {
                c.add(x);
            }
            cast += self.cast.get(g).copied().unwrap_or(0);
            electors += self.electors.get(g).copied().unwrap_or(0);
        }
        (c, cast, electors)
    }

    /// The concrete scopes a scope stands for: one for `all`, a group or a
    /// house; one per group with electors or per house for `each_*`.
    fn expand(&self, scope: &Scope) -> Vec<(String, Vec<String>)> {
        match scope {
            Scope::All => vec![("all".to_owned(), self.all_groups.iter().cloned().collect())],
            Scope::Group(g) => vec![(format!("group:{g}"), vec![g.clone()])],
            Scope::House(h) => vec![(
                format!("house:{h}"),
                self.houses
                    .groups(h)
                    .map(<[String]>::to_vec)
                    .unwrap_or_default(),
            )],
            Scope::EachGroup => self
                .electors
                .iter()
                .filter(|(_, n)| **n > 0)
                .map(|(g, _)| (format!("group:{g}"), vec![g.clone()]))
                .collect(),
            Scope::EachHouse => self
                .houses
                .0
                .iter()
                .map(|(h, gs)| (format!("house:{h}"), gs.clone()))
                .collect(),
        }
    }

    fn eval(&self, rule: &Rule) -> Check {
        match rule {
            Rule::All(parts) | Rule::Any(parts) => {
                let is_all = matches!(rule, Rule::All(_));
                let mut check = Check::new(if is_all { Test::All } else { Test::Any });
                check.parts = parts.iter().map(|p| self.eval(p)).collect();
                check.met = if is_all {
                    check.parts.iter().all(|c| c.met)
                } else {
                    check.parts.iter().any(|c| c.met)
                };
                check
            }
            Rule::Support { scope, .. }
            | Rule::Against { scope, .. }
            | Rule::YesVoters { scope, .. }
            | Rule::Turnout { scope, .. } => {
                let concrete = self.expand(scope);
                if matches!(scope, Scope::EachGroup | Scope::EachHouse) {
                    let mut check = header(rule, scope.spelling());
                    check.parts = concrete
                        .into_iter()
                        .map(|(name, groups)| self.atom(rule, name, &groups))
                        .collect();
                    check.met = !check.parts.is_empty() && check.parts.iter().all(|c| c.met);
                    if check.parts.is_empty() {
                        check.note = Some("no group has electors in this round".to_owned());
                    }
                    check
                } else {
                    let (name, groups) = concrete.into_iter().next().unwrap_or_default();
                    self.atom(rule, name, &groups)
                }
            }
        }
    }

    /// Measures an atomic condition in one concrete scope.
    fn atom(&self, rule: &Rule, scope: String, groups: &[String]) -> Check {
        let mut check = header(rule, scope);
        let (c, cast, electors) = self.sum(groups);
        match rule {
            Rule::Support { cmp, threshold, .. } => {
                let decided = &c.yes + &c.no;
                if decided.is_zero() {
                    check.note = Some("no yes or no votes: support is undefined".to_owned());
                } else {
                    let share = &c.yes / &decided;
                    check.met = match cmp {
                        Cmp::AtLeast => share >= *threshold,
                        Cmp::MoreThan => share > *threshold,
                    };
                    (check.measured, check.measured_decimal) = measured(&share);
                }
            }
            Rule::Against { at_most, over, .. } => {
                let denominator = match over {
                    Over::Cast => &(&c.yes + &c.no) + &c.abstain,
                    Over::YesNo => &c.yes + &c.no,
                };
                let share = if denominator.is_zero() {
                    check.note = Some("no votes: the share against counts as 0".to_owned());
                    Rational::zero()
                } else {
                    &c.no / &denominator
                };
                check.met = share <= *at_most;
                (check.measured, check.measured_decimal) = measured(&share);
            }
            Rule::YesVoters { at_least, .. } => {
                check.met = c.yes_ballots >= *at_least;
                check.measured = Some(c.yes_ballots.to_string());
            }
            Rule::Turnout { at_least, .. } => {
                if electors == 0 {
                    check.note = Some("no electors: turnout is undefined".to_owned());
                } else {
                    let share = Rational::new(cast, electors).unwrap_or_else(Rational::zero);
                    check.met = share >= *at_least;
                    (check.measured, check.measured_decimal) = measured(&share);
                }
            }
            Rule::All(_) | Rule::Any(_) => {}
        }
        check
    }
}

/// A condition's test, scope and threshold, not yet measured.
fn header(rule: &Rule, scope: String) -> Check {
    let mut c = match rule {
        Rule::Support { cmp, threshold, .. } => {
            let mut c = Check::new(Test::Support);
            match cmp {
                Cmp::AtLeast => c.at_least = Some(threshold.to_string()),
                Cmp::MoreThan => c.more_than = Some(threshold.to_string()),
            }
            c
        }
        Rule::Against { at_most, over, .. } => {
            let mut c = Check::new(Test::Against);
            c.at_most = Some(at_most.to_string());
            c.over = Some(
                match over {
                    Over::Cast => "cast",
                    Over::YesNo => "yes_no",
                }
                .to_owned(),
            );
            c
        }
        Rule::YesVoters { at_least, .. } => {
            let mut c = Check::new(Test::YesVoters);
            c.at_least = Some(at_least.to_string());
            c
        }
        Rule::Turnout { at_least, .. } => {
            let mut c = Check::new(Test::Turnout);
            c.at_least = Some(at_least.to_string());
            c
        }
        Rule::All(_) => Check::new(Test::All),
        Rule::Any(_) => Check::new(Test::Any),
    };
    c.scope = Some(scope);
    c
}

/// `ballots × 100 ≥ electors × percent`, in integers.
fn reaches(ballots: u64, electors: u64, percent: u32) -> bool {
    u128::from(ballots) * 100 >= u128::from(electors) * u128::from(percent)
}

/// Decides every proposal of an adoption election.
pub fn decide(e: &AdoptionElection) -> AdoptionResults {
    let mut cast: BTreeMap<String, u64> = BTreeMap::new();
    let mut total_weight = Rational::zero();
    for b in &e.ballots {
        *cast.entry(b.group.clone()).or_default() += 1;
        total_weight += b.weight.value();
    }
    let all_groups: BTreeSet<String> = e.electors.keys().chain(cast.keys()).cloned().collect();
    let ballots = e.ballots.len() as u64;
    let electorate: u64 = e.electors.values().sum();
    let quorum = e.quorum_percent.map(|percent| QuorumCheck {
        percent,
        ballots,
        electorate,
        met: reaches(ballots, electorate, percent),
    });
    let group_quorum = e.group_quorum_percent.map(|percent| {
        let groups: BTreeMap<String, GroupTurnout> = e
            .electors
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(g, &electors)| {
                let b = cast.get(g).copied().unwrap_or(0);
                (
                    g.clone(),
                    GroupTurnout {
                        ballots: b,
                        electors,
                        met: reaches(b, electors, percent),
                    },
                )
            })
            .collect();
        GroupQuorumCheck {
            percent,
            met: groups.values().all(|g| g.met),
            groups,
        }
    });
    let quorums_met =
        quorum.as_ref().is_none_or(|q| q.met) && group_quorum.as_ref().is_none_or(|q| q.met);
    let mut decisions = Vec::with_capacity(e.candidates.len());
    for (k, id) in e.candidates.iter().enumerate() {
        let counts = count_candidate(e, k);
        let scene = Scene {
            counts: &counts,
            cast: &cast,
            electors: &e.electors,
            houses: &e.houses,
            all_groups: &all_groups,
        };
        let conditions = scene.eval(&e.rule.rule);
        let all: Vec<String> = all_groups.iter().cloned().collect();
        let totals = scene.sum(&all).0.totals();
        let groups = all_groups
            .iter()
            .map(|g| {
                (
                    g.clone(),
                    counts.get(g).cloned().unwrap_or_default().totals(),
                )
            })
            .collect();
        let houses = e
            .houses
            .0
            .iter()
            .map(|(h, gs)| (h.clone(), scene.sum(gs).0.totals()))
            .collect();
        decisions.push(Decision {
            id: id.clone(),
            adopted: conditions.met && quorums_met,
            rule_met: conditions.met,
            totals,
            groups,
            houses,
            conditions,
        });
    }
    AdoptionResults {
        format: RESULTS_FORMAT.to_owned(),
        kind: ADOPTION_KIND.to_owned(),
        inputs: AdoptionInputs {
            candidates: e.candidates.clone(),
            ballots,
            total_weight,
            weighting: e.weighting.clone(),
            electors: e.electors.clone(),
            houses: e
                .houses
                .0
                .iter()
                .map(|(h, g)| (h.clone(), g.clone()))
                .collect(),
        },
        rule: e.rule.rule.to_value(),
        preset: e.rule.preset.clone(),
        quorum,
        group_quorum,
        adopted: decisions
            .iter()
            .filter(|d| d.adopted)
            .map(|d| d.id.clone())
            .collect(),
        decisions,
    }
}

#[cfg(test)]
mod tests;
