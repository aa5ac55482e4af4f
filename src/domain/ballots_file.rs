//! The `plenary-ballots/1` document: what a closed round's ballots look like
//! when published, and the byte-level rules around it — the ballot digest,
//! the tie-break order and the receipt. Pure functions: the server uses them
//! at close and for exports, an auditor's `plenary tally` reads the result.
//! docs/formats.md states every rule byte for byte.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::canonical::{CanonicalError, to_canonical_string};
use crate::domain::round::MIN_GROUP_BALLOTS_SECRET;
use crate::tally::adoption::Vote;
use crate::tally::adoption::input::read_adoption_json;
use crate::tally::input::{BALLOTS_FORMAT, InputError, Overrides, read_plenary_json};
use crate::tally::weighting::{Origin, Weighting};
use crate::tally::{Method, tally};

/// The round as the ballots file describes it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RoundInfo {
    /// The round id, as a decimal string.
    pub id: String,
    /// Its title.
    pub title: String,
    /// `adoption` for adoption rounds; absent for ranking rounds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The tally method (ranking rounds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Method>,
    /// The adoption rule, presets expanded (adoption rounds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<serde_json::Value>,
    /// The preset the rule was written as (adoption rounds, display only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// The houses: id → groups (adoption rounds).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub houses: BTreeMap<String, Vec<String>>,
    /// Electors per group, for turnout and quorums (adoption rounds).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub electors: BTreeMap<String, u64>,
    /// Turnout quorum in percent (adoption rounds, when set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum_percent: Option<u32>,
    /// Per-group turnout quorum in percent (adoption rounds, when set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_quorum_percent: Option<u32>,
    /// The weighting policy's name.
    pub weighting: String,
    /// Configured group weights (`equal_groups` only), e.g. `{"member_state":"2"}`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub group_weights: BTreeMap<String, String>,
    /// `secret` or `recorded`.
    pub secrecy: String,
    /// When the round closed (RFC 3339 UTC, microseconds).
    pub closed_at: String,
    /// The tie-break order derived at close.
    pub tiebreak: Vec<String>,
}

/// A candidate: the proposal's candidate id and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateInfo {
    /// `p` + proposal id.
    pub id: String,
    /// The proposal's title at close.
    pub title: String,
}

/// Who cast a ballot, published in recorded rounds only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoterInfo {
    /// Display name.
    pub name: String,
    /// Organisation.
    pub organisation: String,
}

/// One published ballot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotEntry {
    /// The receipt the voter was given.
    pub receipt: String,
    /// The voter's stakeholder group (fixed when the round opened).
    pub group: String,
    /// The voter's organisation: present only when the weighting needs it
    /// (`per_organisation`) or the round is recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The ballot's weight under the round's weighting, e.g. `"1/3"`.
    pub weight: String,
    /// Ranking rounds: tiers best first; candidates left out rank below
    /// all ranked ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranking: Option<Vec<Vec<String>>>,
    /// Adoption rounds: a vote on every candidate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<BTreeMap<String, Vote>>,
    /// Recorded rounds only: who cast it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voter: Option<VoterInfo>,
}

/// The whole document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BallotsFile {
    /// Always `plenary-ballots/1`.
    pub format: String,
    /// The round.
    pub round: RoundInfo,
    /// Candidates in the round's order.
    pub candidates: Vec<CandidateInfo>,
    /// Ballots, sorted by receipt.
    pub ballots: Vec<BallotEntry>,
    /// [`digest`] of the ballots.
    pub digest: String,
}

/// A stored ballot before publication.
#[derive(Debug, Clone)]
pub struct StoredBallot {
    /// Its receipt.
    pub receipt: String,
    /// Voter's group (from the electorate).
    pub group: String,
    /// Voter's organisation (from the electorate).
    pub organisation: String,
    /// Tiers of candidate ids (ranking rounds).
    pub ranking: Vec<Vec<String>>,
    /// A vote per candidate (adoption rounds; then `ranking` is unused).
    pub votes: Option<BTreeMap<String, Vote>>,
    /// Recorded rounds: the voter.
    pub voter: Option<VoterInfo>,
}

/// Why a ballots file could not be built or tallied.
#[derive(Debug, thiserror::Error)]
pub enum BallotsFileError {
    /// A value had no canonical form.
    #[error(transparent)]
    Canonical(#[from] CanonicalError),
    /// The weighting could not weigh a ballot.
    #[error("{0}")]
    Weighting(String),
    /// The document did not read back (a bug, if it happens).
    #[error("the ballots document does not read back: {0}")]
    Input(#[from] Box<InputError>),
    /// Serialising failed.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

/// The part of each ballot the digest covers: receipt, group, ranking,
/// organisation when the weighting depends on it, and the weight when the
/// label it is derived from is withheld (secret rounds, see [`build`]).
/// Other weights are derived from these and voter names are display only,
/// so neither is covered.
#[derive(Serialize)]
struct DigestItem<'a> {
    receipt: &'a str,
    group: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    organisation: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ranking: Option<&'a [Vec<String>]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    votes: Option<&'a BTreeMap<String, Vote>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    weight: Option<&'a str>,
}

/// Lower-case hex SHA-256 of the canonical JSON array of the ballots'
/// `{receipt, group, ranking}` objects (`votes` instead of `ranking` in
/// adoption rounds) (plus `organisation` when
/// `with_organisation`, plus `weight` when the ballot's weighting label —
/// its group, or its organisation under `per_organisation` — is withheld,
/// i.e. empty), in the file's order (sorted by receipt).
pub fn digest(ballots: &[BallotEntry], with_organisation: bool) -> Result<String, CanonicalError> {
    let items: Vec<DigestItem<'_>> = ballots
        .iter()
        .map(|b| {
            let label_withheld = if with_organisation {
                b.organisation.as_deref() == Some("")
            } else {
                b.group.is_empty()
            };
            DigestItem {
                receipt: &b.receipt,
                group: &b.group,
                organisation: if with_organisation {
                    b.organisation.as_deref()
                } else {
                    None
                },
                ranking: b.ranking.as_deref(),
                votes: b.votes.as_ref(),
                weight: label_withheld.then_some(b.weight.as_str()),
            }
        })
        .collect();
    Ok(hex::encode(Sha256::digest(
        to_canonical_string(&items)?.as_bytes(),
    )))
}

/// The tie-break order: candidates sorted by the hex SHA-256 of the UTF-8
/// concatenation `round_id ‖ digest ‖ candidate_id`, ascending (ties, which
/// would need a hash collision, by id). Fixed only once voting has closed,
/// reproducible by anyone.
pub fn tiebreak_order(round_id: &str, digest: &str, candidates: &[String]) -> Vec<String> {
    let mut keyed: Vec<(String, &String)> = candidates
        .iter()
        .map(|c| {
            let mut h = Sha256::new();
            h.update(round_id.as_bytes());
            h.update(digest.as_bytes());
            h.update(c.as_bytes());
            (hex::encode(h.finalize()), c)
        })
        .collect();
    keyed.sort();
    keyed.into_iter().map(|(_, c)| c.clone()).collect()
}

/// A ballot receipt: lower-case hex SHA-256 of the UTF-8 text
/// `plenary-receipt/1\n{round_id}\n{canonical ranking JSON}\n{nonce}`, the
/// nonce being 64 hex characters of fresh randomness given to the voter.
/// In adoption rounds the votes object stands where the ranking does.
pub fn receipt<T: Serialize>(
    round_id: &str,
    ranking: &T,
    nonce: &str,
) -> Result<String, CanonicalError> {
    let text = format!(
        "plenary-receipt/1\n{round_id}\n{}\n{nonce}",
        to_canonical_string(ranking)?
    );
    Ok(hex::encode(Sha256::digest(text.as_bytes())))
}

/// How a secret round's labels are published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Labels {
    /// The secrecy rule (docs/formats.md, "Secret rounds"): a group label
    /// only where at least [`MIN_GROUP_BALLOTS_SECRET`] ballots share it,
    /// organisations as per-round pseudonyms under the same threshold,
    /// otherwise empty.
    Withheld,
    /// Every label as stored: rounds closed before the rule existed, whose
    /// trail entries bind that form (and recorded rounds).
    AsStored,
}

/// Builds the published document from a closed round's stored ballots,
/// sorted by receipt (random), which is the only order published.
/// Recorded rounds keep each voter's name and organisation; secret rounds
/// publish receipt, group, weight and ranking only, plus the organisation
/// when the weighting is `per_organisation` (it is needed to recompute the
/// weights) — with their labels withheld under [`Labels::Withheld`].
pub fn build(
    mut round: RoundInfo,
    weighting: &Weighting,
    recorded: bool,
    labels: Labels,
    candidates: Vec<CandidateInfo>,
    mut ballots: Vec<StoredBallot>,
) -> Result<BallotsFile, BallotsFileError> {
    ballots.sort_by(|a, b| a.receipt.cmp(&b.receipt));
    let per_org = matches!(weighting, Weighting::PerOrganisation);
    let origins: Vec<Origin<'_>> = ballots
        .iter()
        .map(|b| Origin {
            group: Some(b.group.as_str()),
            organisation: Some(b.organisation.as_str()),
        })
        .collect();
    let weights = weighting
        .weights(&origins)
        .map_err(|e| BallotsFileError::Weighting(e.to_string()))?;
    let mut entries: Vec<BallotEntry> = ballots
        .into_iter()
        .zip(weights)
        .map(|(b, w)| BallotEntry {
            receipt: b.receipt,
            group: b.group,
            organisation: (per_org || recorded).then_some(b.organisation),
            weight: w.value().to_string(),
            ranking: b.votes.is_none().then_some(b.ranking),
            votes: b.votes,
            voter: if recorded { b.voter } else { None },
        })
        .collect();
    if !recorded && labels == Labels::Withheld {
        // Adoption rules count per group, so groups stay (see docs/formats.md).
        let keep_groups = round.kind.is_some();
        withhold_labels(&mut entries, keep_groups);
    }
    let digest = digest(&entries, per_org)?;
    let ids: Vec<String> = candidates.iter().map(|c| c.id.clone()).collect();
    round.tiebreak = tiebreak_order(&round.id, &digest, &ids);
    round.weighting = weighting.name().to_owned();
    Ok(BallotsFile {
        format: BALLOTS_FORMAT.to_owned(),
        round,
        candidates,
        ballots: entries,
        digest,
    })
}

/// Applies the secrecy rule to a secret round's ballots (sorted by
/// receipt): a group shared by fewer than [`MIN_GROUP_BALLOTS_SECRET`]
/// ballots becomes `""`; organisations become `org-1`, `org-2`, … numbered
/// in the order of their first ballot (receipt order, so the numbers say
/// nothing about names) or `""` under the same threshold.
/// In adoption rounds (`keep_groups`) group labels are kept: the rule is
/// measured per group and must be recomputable from the file.
fn withhold_labels(entries: &mut [BallotEntry], keep_groups: bool) {
    let mut groups: BTreeMap<String, usize> = BTreeMap::new();
    let mut orgs: BTreeMap<String, usize> = BTreeMap::new();
    for e in entries.iter() {
        *groups.entry(e.group.clone()).or_default() += 1;
        if let Some(o) = &e.organisation {
            *orgs.entry(o.clone()).or_default() += 1;
        }
    }
    let mut pseudonyms: BTreeMap<String, String> = BTreeMap::new();
    for e in entries.iter_mut() {
        if !keep_groups && groups.get(&e.group).copied().unwrap_or(0) < MIN_GROUP_BALLOTS_SECRET {
            e.group = String::new();
        }
        if let Some(o) = e.organisation.take() {
            e.organisation = Some(
                if orgs.get(&o).copied().unwrap_or(0) < MIN_GROUP_BALLOTS_SECRET {
                    String::new()
                } else {
                    let next = format!("org-{}", pseudonyms.len() + 1);
                    pseudonyms.entry(o).or_insert(next).clone()
                },
            );
        }
    }
}

impl BallotsFile {
    /// The file's bytes: pretty-printed JSON and a final newline (readable;
    /// the digest does not depend on formatting).
    pub fn to_json(&self) -> Result<String, BallotsFileError> {
        let mut s = serde_json::to_string_pretty(self)?;
        s.push('\n');
        Ok(s)
    }

    /// Tallies the document exactly as `plenary tally ballots.json` does
    /// (same reader, same defaults) and returns the canonical results
    /// document, without the newline the command prints.
    pub fn tally(&self) -> Result<String, BallotsFileError> {
        let text = self.to_json()?;
        if self.is_adoption() {
            let loaded = read_adoption_json(&text).map_err(Box::new)?;
            return Ok(crate::tally::adoption::decide(&loaded.election).to_canonical_json()?);
        }
        let loaded = read_plenary_json(&text, &Overrides::default()).map_err(Box::new)?;
        Ok(tally(&loaded.election, loaded.method).to_canonical_json()?)
    }

    /// Whether this is an adoption round's document.
    pub fn is_adoption(&self) -> bool {
        self.round.kind.as_deref() == Some(crate::tally::adoption::input::KIND)
    }
}

#[cfg(test)]
mod tests;

/// One stakeholder group's own ranking: the round's method run on that
/// group's ballots alone, one vote per delegate, with the round's tie-break.
#[derive(Debug, Clone)]
pub struct GroupResult {
    /// The group id.
    pub group: String,
    /// Its number of ballots.
    pub ballots: usize,
    /// The group's results.
    pub results: crate::tally::result::ResultsDocument,
}

impl BallotsFile {
    /// Every group's own results, groups in id order (ranking rounds; an
    /// adoption round's results already hold each group's totals).
    pub fn group_results(&self) -> Result<Vec<GroupResult>, BallotsFileError> {
        let Some(method) = self.round.method else {
            return Ok(Vec::new());
        };
        use crate::tally::ballot::{Ballot, Candidates, Ranking};
        use crate::tally::rational::Weight;
        use crate::tally::{Election, Tiebreak};
        let ids: Vec<&str> = self.candidates.iter().map(|c| c.id.as_str()).collect();
        let bad = |e: String| BallotsFileError::Weighting(e);
        let mut by_group: BTreeMap<&str, Vec<&BallotEntry>> = BTreeMap::new();
        // A withheld label ("") is no group: those ballots are left out.
        for b in self.ballots.iter().filter(|b| !b.group.is_empty()) {
            by_group.entry(b.group.as_str()).or_default().push(b);
        }
        let mut out = Vec::new();
        for (group, ballots) in by_group {
            let candidates =
                Candidates::new(ids.iter().copied()).map_err(|e| bad(e.to_string()))?;
            let tiebreak =
                Tiebreak::new(&candidates, &self.round.tiebreak).map_err(|e| bad(e.to_string()))?;
            let mut weighted = Vec::with_capacity(ballots.len());
            for b in &ballots {
                let tiers = b.ranking.as_deref().unwrap_or_default();
                let ranking = Ranking::parse(&candidates, tiers).map_err(|e| bad(e.to_string()))?;
                weighted.push(Ballot {
                    ranking,
                    weight: Weight::one(),
                });
            }
            let election = Election::new(
                candidates,
                weighted,
                tiebreak,
                (&Weighting::PerDelegate).into(),
            );
            out.push(GroupResult {
                group: group.to_owned(),
                ballots: ballots.len(),
                results: tally(&election, method),
            });
        }
        Ok(out)
    }
}
