//! Weighting policies: how a ballot's stakeholder group and organisation turn
//! into its exact weight (DESIGN.md, "Weighting").
//!
//! * `per_delegate` — every ballot weighs 1.
//! * `equal_groups` — each group that voted totals 1, or its configured
//!   weight (e.g. `{"member_state": "2"}`), shared equally among its ballots.
//!   Groups without a configured weight total 1.
//! * `per_organisation` — each organisation that voted totals 1, shared
//!   equally among its ballots.

use crate::tally::ballot::{Ballot, BallotError, BallotProblem, FastBuild, Ranking};
use crate::tally::rational::{Rational, Weight};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;

/// A weighting policy. Exists so that the app and the `plenary tally`
/// command compute weights in exactly one way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Weighting {
    /// Every ballot weighs 1.
    PerDelegate,
    /// Each voting group totals its weight (default 1), shared equally.
    EqualGroups {
        /// Configured total weight per group id; missing groups total 1.
        group_weights: BTreeMap<String, Weight>,
    },
    /// Each voting organisation totals 1, shared equally.
    PerOrganisation,
}

/// Why a weighting policy name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown weighting {0:?} (expected per_delegate, equal_groups or per_organisation)")]
pub struct UnknownWeighting(pub String);

impl Weighting {
    /// The policy's name as written in files and documents.
    pub fn name(&self) -> &'static str {
        match self {
            Weighting::PerDelegate => "per_delegate",
            Weighting::EqualGroups { .. } => "equal_groups",
            Weighting::PerOrganisation => "per_organisation",
        }
    }

    /// Parses a policy name; `group_weights` is used by `equal_groups` only.
    pub fn from_name(
        name: &str,
        group_weights: BTreeMap<String, Weight>,
    ) -> Result<Self, UnknownWeighting> {
        match name {
            "per_delegate" => Ok(Weighting::PerDelegate),
            "equal_groups" => Ok(Weighting::EqualGroups { group_weights }),
            "per_organisation" => Ok(Weighting::PerOrganisation),
            other => Err(UnknownWeighting(other.to_string())),
        }
    }

    /// The weight of every ballot, in input order. `origins[k]` is ballot
    /// k's (group, organisation). Errors name the first ballot (1-based)
    /// that lacks what the policy needs.
    pub fn weights(&self, origins: &[Origin<'_>]) -> Result<Vec<Weight>, BallotError> {
        let (classes, of) = self.weight_classes(origins)?;
        Ok(of.iter().map(|&c| classes[c as usize].clone()).collect())
    }

    /// Like [`Weighting::weights`], but as distinct weights (one per group
    /// or organisation, in first-occurrence order, and 1 for ballots the
    /// policy weighs alike) and, per ballot, the index of its weight. No
    /// allocation per ballot, one exact division per group.
    pub fn weight_classes(
        &self,
        origins: &[Origin<'_>],
    ) -> Result<(Vec<Weight>, Vec<u32>), BallotError> {
        const ONE: u32 = u32::MAX;
        let err = |k: usize, problem| BallotError {
            ballot: k + 1,
            line: None,
            receipt: None,
            problem,
        };
        let mut ids: HashMap<&str, u32, FastBuild> = HashMap::default();
        let mut keys: Vec<(&str, u64)> = Vec::new();
        let mut of = Vec::with_capacity(origins.len());
        for (k, o) in origins.iter().enumerate() {
            let key = match self {
                Weighting::PerDelegate => None,
                Weighting::EqualGroups { .. } => {
                    Some(o.group.ok_or_else(|| err(k, BallotProblem::MissingGroup))?)
                }
                Weighting::PerOrganisation => Some(
                    o.organisation
                        .ok_or_else(|| err(k, BallotProblem::MissingOrganisation))?,
                ),
            };
            match key {
                None => of.push(ONE),
                Some(g) => {
                    let id = *ids.entry(g).or_insert_with(|| {
                        keys.push((g, 0));
                        keys.len() as u32 - 1
                    });
                    keys[id as usize].1 += 1;
                    of.push(id);
                }
            }
        }
        // One exact weight per group, computed once.
        let mut classes: Vec<Weight> = keys
            .iter()
            .map(|&(g, size)| {
                let total = match self {
                    Weighting::EqualGroups { group_weights } => group_weights
                        .get(g)
                        .map(|w| w.value().clone())
                        .unwrap_or_else(Rational::one),
                    _ => Rational::one(),
                };
                Weight::new(&total / &Rational::from_integer(size))
                    .unwrap_or_else(|_| Weight::one())
            })
            .collect();
        if of.contains(&ONE) {
            let one = classes.len() as u32;
            classes.push(Weight::one());
            for c in &mut of {
                if *c == ONE {
                    *c = one;
                }
            }
        }
        Ok((classes, of))
    }

    /// Weighs ballots cast in the app: each ranking with its voter's group and
    /// organisation.
    pub fn apply(&self, cast: Vec<CastBallot>) -> Result<Vec<Ballot>, BallotError> {
        let origins: Vec<Origin<'_>> = cast
            .iter()
            .map(|c| Origin {
                group: c.group.as_deref(),
                organisation: c.organisation.as_deref(),
            })
            .collect();
        let weights = self.weights(&origins)?;
        Ok(cast
            .into_iter()
            .zip(weights)
            .map(|(c, weight)| Ballot {
                ranking: c.ranking,
                weight,
            })
            .collect())
    }
}

impl fmt::Display for Weighting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Weighting {
    type Err = UnknownWeighting;
    /// Parses a name; `equal_groups` gets no group weights (all 1).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Weighting::from_name(s, BTreeMap::new())
    }
}

/// Where a ballot comes from, as far as weighting cares.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Origin<'a> {
    /// The voter's stakeholder group id.
    pub group: Option<&'a str>,
    /// The voter's organisation.
    pub organisation: Option<&'a str>,
}

/// A ballot as the app holds it before weighting: the ranking and the
/// voter's group and organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CastBallot {
    /// The voter's ranking.
    pub ranking: Ranking,
    /// The voter's stakeholder group id.
    pub group: Option<String>,
    /// The voter's organisation.
    pub organisation: Option<String>,
}

/// How the weights of an election were obtained, as reported in the results
/// document's `inputs`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeightingSummary {
    /// `per_delegate`, `equal_groups`, `per_organisation`, or `explicit`
    /// when the weights were given directly.
    pub policy: String,
    /// Configured group weights (`equal_groups` only; omitted when none).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub group_weights: BTreeMap<String, Weight>,
}

impl WeightingSummary {
    /// Summary for weights that were given directly rather than computed.
    pub fn explicit() -> Self {
        WeightingSummary {
            policy: "explicit".into(),
            group_weights: BTreeMap::new(),
        }
    }
}

impl From<&Weighting> for WeightingSummary {
    fn from(w: &Weighting) -> Self {
        WeightingSummary {
            policy: w.name().into(),
            group_weights: match w {
                Weighting::EqualGroups { group_weights } => group_weights.clone(),
                _ => BTreeMap::new(),
            },
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn o<'a>(g: Option<&'a str>, org: Option<&'a str>) -> Origin<'a> {
        Origin {
            group: g,
            organisation: org,
        }
    }

    fn strs(ws: Vec<Weight>) -> Vec<String> {
        ws.into_iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn equal_groups_share_each_groups_weight() {
        let mut gw = BTreeMap::new();
        gw.insert("ms".to_string(), "2".parse().unwrap());
        let w = Weighting::EqualGroups { group_weights: gw };
        let origins = [
            o(Some("ms"), None),
            o(Some("ind"), None),
            o(Some("ms"), None),
            o(Some("ind"), None),
            o(Some("ind"), None),
            o(Some("cs"), None),
        ];
        assert_eq!(
            strs(w.weights(&origins).unwrap()),
            ["1", "1/3", "1", "1/3", "1/3", "1"]
        );
    }

    #[test]
    fn per_organisation_needs_an_organisation() {
        let w = Weighting::PerOrganisation;
        let err = w
            .weights(&[o(None, Some("Acme")), o(Some("x"), None)])
            .unwrap_err();
        assert_eq!(err.ballot, 2);
        assert_eq!(err.problem, BallotProblem::MissingOrganisation);
        assert_eq!(
            strs(
                w.weights(&[o(None, Some("A")), o(None, Some("A")), o(None, Some("B"))])
                    .unwrap()
            ),
            ["1/2", "1/2", "1"]
        );
    }

    #[test]
    fn per_delegate_ignores_origin() {
        assert_eq!(
            strs(
                Weighting::PerDelegate
                    .weights(&[o(None, None), o(Some("g"), None)])
                    .unwrap()
            ),
            ["1", "1"]
        );
    }
}
