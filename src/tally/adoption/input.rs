//! Reading an adoption round's `plenary-ballots/1` document (docs/formats.md,
//! "Adoption rounds"): the round states `"kind": "adoption"`, its rule,
//! houses, electors per group and quorums; each ballot holds `votes`
//! instead of `ranking`. Weights are recomputed from the stated weighting
//! and checked against the weights the file states, as for ranking rounds.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde_json::Value;

use super::rule::{self, Houses, RuleContext};
use super::{AdoptionBallot, AdoptionElection, Vote};
use crate::tally::input::{BALLOTS_FORMAT, InputError};
use crate::tally::rational::Weight;
use crate::tally::weighting::{Origin, Weighting, WeightingSummary};

/// The round kind that marks an adoption document.
pub const KIND: &str = "adoption";

/// Whether a JSON text is an adoption ballots document: reads up to the
/// `round` object's `kind` and stops there, so a large ranking document is
/// not read twice.
pub fn is_adoption_document(text: &str) -> bool {
    #[derive(Deserialize)]
    struct KindOnly {
        #[serde(default)]
        kind: Option<String>,
    }
    struct Sniff<'a>(&'a mut Option<String>);
    impl<'de> Visitor<'de> for Sniff<'_> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<String>()? {
                if key == "round" {
                    let r: KindOnly = map.next_value()?;
                    *self.0 = r.kind;
                    // Stop reading: the rest is not needed.
                    return Err(serde::de::Error::custom("kind found"));
                }
                map.next_value::<IgnoredAny>()?;
            }
            Ok(())
        }
    }
    let mut kind = None;
    let mut de = serde_json::Deserializer::from_str(text);
    let _ = serde::Deserializer::deserialize_map(&mut de, Sniff(&mut kind));
    kind.as_deref() == Some(KIND)
}

/// A map that keeps the order its keys were written in (houses: the
/// presets over two houses take them in the order given).
#[derive(Debug, Clone, Default)]
pub struct OrderedHouses(pub Vec<(String, Vec<String>)>);

impl<'de> Deserialize<'de> for OrderedHouses {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OrderedHouses;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of house id → list of group ids")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedHouses, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Vec<String>>()? {
                    out.push((k, v));
                }
                Ok(OrderedHouses(out))
            }
        }
        d.deserialize_map(V)
    }
}

#[derive(Deserialize)]
struct Doc {
    format: String,
    round: Round,
    candidates: Vec<Candidate>,
    ballots: Vec<Ballot>,
}

#[derive(Deserialize)]
struct Round {
    #[serde(default)]
    rule: Option<Value>,
    #[serde(default)]
    preset: Option<String>,
    #[serde(default)]
    houses: OrderedHouses,
    #[serde(default)]
    electors: BTreeMap<String, u64>,
    #[serde(default)]
    quorum_percent: Option<u32>,
    #[serde(default)]
    group_quorum_percent: Option<u32>,
    #[serde(default)]
    weighting: Option<String>,
    #[serde(default)]
    group_weights: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Candidate {
    Id(String),
    Object { id: String },
}

#[derive(Deserialize)]
struct Ballot {
    #[serde(default)]
    receipt: Option<String>,
    group: String,
    #[serde(default)]
    organisation: Option<String>,
    #[serde(default)]
    weight: Option<String>,
    votes: BTreeMap<String, Vote>,
}

/// An adoption document read: the election, and the candidates' titles.
#[derive(Debug, Clone)]
pub struct LoadedAdoption {
    /// What to decide.
    pub election: AdoptionElection,
}

fn structure(msg: impl Into<String>) -> InputError {
    InputError::Structure(msg.into())
}

/// Reads an adoption ballots document.
pub fn read_adoption_json(text: &str) -> Result<LoadedAdoption, InputError> {
    let doc: Doc = serde_json::from_str(text)
        .map_err(|e| structure(format!("not an adoption ballots document: {e}")))?;
    if doc.format != BALLOTS_FORMAT {
        return Err(structure(format!(
            "format is {:?}, expected {BALLOTS_FORMAT:?}",
            doc.format
        )));
    }
    let candidates: Vec<String> = doc
        .candidates
        .into_iter()
        .map(|c| match c {
            Candidate::Id(id) | Candidate::Object { id } => id,
        })
        .collect();
    let mut index = BTreeMap::new();
    for (k, c) in candidates.iter().enumerate() {
        if index.insert(c.clone(), k).is_some() {
            return Err(structure(format!("candidate {c:?} is listed twice")));
        }
    }
    if candidates.is_empty() {
        return Err(structure("the document lists no candidates"));
    }
    let houses = Houses::parse(doc.round.houses.0, None)
        .map_err(|e| structure(format!("round.houses: {e}")))?;
    let rule_value = doc
        .round
        .rule
        .ok_or_else(|| structure("an adoption round states its \"rule\""))?;
    let mut rule = rule::parse(
        &rule_value,
        RuleContext {
            groups: None,
            houses: &houses,
        },
    )
    .map_err(|e| structure(e.to_string()))?;
    // The name of the preset an expanded rule came from (display only).
    if rule.preset.is_none() {
        rule.preset = doc.round.preset;
    }
    let mut group_weights = BTreeMap::new();
    for (g, w) in &doc.round.group_weights {
        let w: Weight = w
            .parse()
            .map_err(|e| InputError::Weighting(format!("round.group_weights.{g}: {e}")))?;
        group_weights.insert(g.clone(), w);
    }
    let policy = Weighting::from_name(
        doc.round.weighting.as_deref().unwrap_or("per_delegate"),
        group_weights,
    )?;
    // A withheld organisation (`""`, secret rounds) counts with its stated
    // weight, which the digest covers; the others are weighed by the policy.
    let withheld = |b: &Ballot| {
        matches!(policy, Weighting::PerOrganisation) && b.organisation.as_deref() == Some("")
    };
    let labelled: Vec<usize> = (0..doc.ballots.len())
        .filter(|&k| !withheld(&doc.ballots[k]))
        .collect();
    let origins: Vec<Origin<'_>> = labelled
        .iter()
        .map(|&k| Origin {
            group: Some(doc.ballots[k].group.as_str()),
            organisation: doc.ballots[k].organisation.as_deref(),
        })
        .collect();
    let computed = policy
        .weights(&origins)
        .map_err(|e| InputError::Weighting(e.to_string()))?;
    let mut weights: Vec<Option<Weight>> = vec![None; doc.ballots.len()];
    for (&k, w) in labelled.iter().zip(computed) {
        weights[k] = Some(w);
    }
    let mut ballots = Vec::with_capacity(doc.ballots.len());
    for (k, (b, computed)) in doc.ballots.into_iter().zip(weights).enumerate() {
        let name = || match &b.receipt {
            Some(r) => format!("ballot {} (receipt {r})", k + 1),
            None => format!("ballot {}", k + 1),
        };
        let stated: Option<Weight> = match &b.weight {
            Some(s) => Some(
                s.parse()
                    .map_err(|e| InputError::Weighting(format!("{}: weight {s:?}: {e}", name())))?,
            ),
            None => None,
        };
        let weight = match (computed, stated) {
            (Some(c), Some(s)) if c != s => {
                return Err(InputError::Weighting(format!(
                    "{}: states weight {s} but the {} weighting gives {c}",
                    name(),
                    policy.name()
                )));
            }
            (Some(c), _) => c,
            (None, Some(s)) => s,
            (None, None) => {
                return Err(InputError::Weighting(format!(
                    "{}: its organisation is withheld, so it must state its weight",
                    name()
                )));
            }
        };
        let mut votes = vec![Vote::Abstain; candidates.len()];
        for (c, v) in b.votes {
            let i = index.get(&c).ok_or_else(|| {
                structure(format!("{}: votes on unknown candidate {c:?}", name()))
            })?;
            votes[*i] = v;
        }
        ballots.push(AdoptionBallot {
            group: b.group,
            weight,
            votes,
        });
    }
    Ok(LoadedAdoption {
        election: AdoptionElection {
            candidates,
            ballots,
            electors: doc.round.electors,
            houses,
            rule,
            quorum_percent: doc.round.quorum_percent,
            group_quorum_percent: doc.round.group_quorum_percent,
            weighting: WeightingSummary::from(&policy),
        },
    })
}
