//! Assembling a report's `plenary-report/1` document from the covered
//! rounds' stored results: which proposals were adopted (by an adoption
//! round's rule, or recorded as adopted by a chair after a ranking round),
//! the evidence of every round that held each one, in the rounds' results
//! order.
//!
//! A proposal counts as adopted by a chair's decision when its status is
//! `adopted` and no covered adoption round adopted it; the deciding round is
//! then the first covered ranking round that held it. A proposal is *not
//! adopted* when a covered adoption round refused it or a chair recorded it
//! as `not_adopted`; one that was only ranked, with no decision recorded, is
//! *undecided*: a ranking is not a decision.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use crate::db::Db;
use crate::db::reports as q;
use crate::db::rounds as rq;
use crate::domain::ValidationError;
use crate::domain::proposal::ProposalId;
use crate::domain::report::{
    CoveredRound, Decider, Evidence, REPORT_FORMAT, ReportDocument, ReportEntry, ReportHeader,
    ReportPerson,
};
use crate::domain::round::{RoundId, RoundKind, RoundStatus, proposal_of};
use crate::error::AppError;
use crate::services::rounds::{self, ClosedResults};

/// One covered round's results, read from its stored documents.
struct RoundOutcome {
    info: CoveredRound,
    /// Proposals in results order, each with its evidence from this round.
    entries: Vec<(ProposalId, Evidence)>,
}

/// Refuses a list of rounds that names a round that does not exist or has
/// not closed (a report covers published results only).
pub(super) fn check_rounds(conn: &mut Db, ids: &[RoundId]) -> Result<(), AppError> {
    for id in ids {
        match rq::find(conn, *id)? {
            None => {
                return Err(ValidationError::with(
                    "rounds",
                    "err-no-round",
                    [("id", id.to_string())],
                )
                .into());
            }
            Some(r) if r.status != RoundStatus::Closed => {
                return Err(ValidationError::with(
                    "rounds",
                    "err-report-round-open",
                    [("id", id.to_string()), ("title", r.title.clone())],
                )
                .into());
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// Candidate id → (1-based position, shares its tier).
type Positions = BTreeMap<String, (usize, bool)>;

/// 1-based positions of each candidate in a ranking's tiers.
fn positions(ranking: &[Vec<String>]) -> Positions {
    let mut out = BTreeMap::new();
    let mut pos = 1;
    for tier in ranking {
        for id in tier {
            out.insert(id.clone(), (pos, tier.len() > 1));
        }
        pos += tier.len();
    }
    out
}

fn outcome(conn: &mut Db, id: RoundId) -> Result<RoundOutcome, AppError> {
    let row = rq::find(conn, id)?
        .ok_or_else(|| ValidationError::with("rounds", "err-no-round", [("id", id.to_string())]))?;
    let stored = rounds::results(conn, id)?;
    let info = CoveredRound {
        id,
        title: row.title.clone(),
        kind: match row.method.kind() {
            RoundKind::Ranking => "ranking",
            RoundKind::Adoption => "adoption",
        }
        .to_owned(),
        method: row.method.as_str().to_owned(),
        closed_at: row.closed_at.clone().unwrap_or_default(),
        results_sha256: hex::encode(Sha256::digest(stored.as_bytes())),
    };
    let mut entries = Vec::new();
    match rounds::results_document(conn, id)? {
        ClosedResults::Adoption(doc) => {
            for d in doc.decisions {
                if let Some(p) = proposal_of(&d.id) {
                    entries.push((
                        p,
                        Evidence::Adoption {
                            round: id,
                            adopted: d.adopted,
                            totals: d.totals,
                            groups: d.groups,
                        },
                    ));
                }
            }
        }
        ClosedResults::Ranking(doc) => {
            let overall = positions(&doc.ranking);
            let min = row.secrecy.min_group_ballots_shown();
            let groups: Vec<(String, Positions)> = rounds::published_ballots(conn, id)?
                .group_results()
                .map_err(AppError::internal)?
                .into_iter()
                .filter(|g| g.ballots >= min)
                .map(|g| (g.group, positions(&g.results.ranking)))
                .collect();
            let of = doc.order.len();
            for cid in &doc.order {
                let (Some(p), Some(&(position, tied))) = (proposal_of(cid), overall.get(cid))
                else {
                    continue;
                };
                let per_group = groups
                    .iter()
                    .filter_map(|(g, pos)| pos.get(cid).map(|(n, _)| (g.clone(), *n)))
                    .collect();
                entries.push((
                    p,
                    Evidence::Ranking {
                        round: id,
                        position,
                        of,
                        tied,
                        groups: per_group,
                    },
                ));
            }
        }
    }
    Ok(RoundOutcome { info, entries })
}

/// Builds the document for `header` over `round_ids` (in that order).
pub(super) fn document(
    conn: &mut Db,
    header: ReportHeader,
    round_ids: &[RoundId],
) -> Result<ReportDocument, AppError> {
    let mut outcomes = Vec::with_capacity(round_ids.len());
    for id in round_ids {
        outcomes.push(outcome(conn, *id)?);
    }
    let mut all: Vec<ProposalId> = Vec::new();
    let mut evidence: BTreeMap<ProposalId, Vec<Evidence>> = BTreeMap::new();
    let mut decider: BTreeMap<ProposalId, Decider> = BTreeMap::new();
    for o in &outcomes {
        for (p, e) in &o.entries {
            if !evidence.contains_key(p) {
                all.push(*p);
            }
            evidence.entry(*p).or_default().push(e.clone());
            if let Evidence::Adoption { adopted: true, .. } = e {
                decider.entry(*p).or_insert(Decider {
                    round: o.info.id,
                    how: "adoption_round".to_owned(),
                });
            }
        }
    }
    let props = q::proposals_with_authors(conn, &all)?;
    let mut cosponsors = q::cosponsors_of(conn, &all)?;
    // Recorded as adopted by a chair: the first covered ranking round holding it.
    for o in outcomes.iter().filter(|o| o.info.kind == "ranking") {
        for (p, _) in &o.entries {
            if props.get(p).is_some_and(|r| r.status == "adopted") {
                decider.entry(*p).or_insert(Decider {
                    round: o.info.id,
                    how: "chair_decision".to_owned(),
                });
            }
        }
    }
    let mut adopted = Vec::new();
    let mut not_adopted = Vec::new();
    let mut undecided = Vec::new();
    let mut placed = std::collections::BTreeSet::new();
    for o in &outcomes {
        for (p, _) in &o.entries {
            let d = decider.get(p);
            let here = d.is_none_or(|d| d.round == o.info.id);
            if !here || placed.contains(p) {
                continue;
            }
            let Some(row) = props.get(p) else { continue };
            placed.insert(*p);
            let results = evidence.remove(p).unwrap_or_default();
            let refused = row.status == "not_adopted"
                || results
                    .iter()
                    .any(|e| matches!(e, Evidence::Adoption { .. }));
            let entry = ReportEntry {
                proposal: p.0,
                title: row.title.clone(),
                summary: row.summary.clone(),
                body: row.body.clone(),
                revision: row.revision,
                author: ReportPerson {
                    name: row.author_name.clone(),
                    group: row.author_group.clone(),
                    organisation: row.author_organisation.clone(),
                },
                cosponsors: cosponsors
                    .remove(p)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(name, group, organisation)| ReportPerson {
                        name,
                        group,
                        organisation,
                    })
                    .collect(),
                decided_by: d.cloned(),
                results,
            };
            if d.is_some() {
                adopted.push(entry);
            } else if refused {
                not_adopted.push(entry);
            } else {
                undecided.push(entry);
            }
        }
    }
    Ok(ReportDocument {
        format: REPORT_FORMAT.to_owned(),
        report: header,
        rounds: outcomes.into_iter().map(|o| o.info).collect(),
        adopted,
        not_adopted,
        undecided,
    })
}
