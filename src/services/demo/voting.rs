//! The demo's rounds and report: a closed ranking round (Schulze, equal
//! weight per group) and a closed adoption round (a majority in every
//! group) with results, a chair's decision after the ranking, the report
//! over both, published, and an open round with a deadline in which one
//! delegate has given her vote to a colleague and a few have voted.

use chrono::Duration;

use super::content::{Ids, slot};
use crate::audit::Signer;
use crate::audit::store::Actor;
use crate::config::Settings;
use crate::db::{Db, users};
use crate::domain::proposal::{ProposalId, ProposalStatus};
use crate::domain::round::{NewRound, RoundId, RoundInput, candidate_id};
use crate::domain::user::User;
use crate::error::AppError;
use crate::services::{proposals, rounds};

/// Rankings in the closed ranking round: (voter index, ranking of the
/// [`slot::RANKED`] positions, best first, ties in one tier).
const RANKINGS: &[(usize, &[&[usize]])] = &[
    (1, &[&[0], &[2], &[3], &[1]]),
    (5, &[&[0], &[3], &[1, 2]]),
    (7, &[&[0], &[1], &[3]]),
    (8, &[&[3], &[0], &[2]]),
    (9, &[&[0], &[2]]),
    (11, &[&[0], &[1], &[2], &[3]]),
    (13, &[&[0], &[3]]),
    (14, &[&[1], &[0], &[2]]),
    (15, &[&[2], &[3], &[0]]),
    (16, &[&[2], &[0], &[1]]),
    (18, &[&[3], &[2], &[0]]),
    (19, &[&[1], &[2], &[0], &[3]]),
    (20, &[&[2], &[1]]),
    (22, &[&[0], &[1], &[2, 3]]),
    (24, &[&[1], &[0]]),
];

/// Votes in the closed adoption round: (voter, on the first, on the second).
/// Everyone backs connectivity for refugees; industry votes down the
/// data-protection map, so it lacks a majority in one group.
const VOTES: &[(usize, &str, &str)] = &[
    (1, "yes", "yes"),
    (2, "yes", "abstain"),
    (5, "yes", "yes"),
    (6, "yes", "abstain"),
    (7, "yes", "yes"),
    (9, "yes", "yes"),
    (11, "yes", "no"),
    (12, "abstain", "no"),
    (13, "yes", "no"),
    (15, "yes", "yes"),
    (16, "yes", "yes"),
    (17, "yes", "yes"),
    (19, "yes", "yes"),
    (21, "yes", "abstain"),
    (22, "yes", "yes"),
    (23, "yes", "yes"),
];

/// Ballots already in the open round: (voter, ranking of [`slot::OPEN`]).
const OPEN_BALLOTS: &[(usize, &[&[usize]])] = &[
    (7, &[&[0], &[2], &[1]]),
    (11, &[&[0], &[1]]),
    (15, &[&[1], &[2], &[0]]),
    (19, &[&[1], &[0]]),
    (23, &[&[2], &[1], &[0]]),
];

/// Seeds the rounds and the report; `people` and `ids` come from the
/// accounts and `content`.
pub fn seed(
    conn: &mut Db,
    settings: &Settings,
    signer: &Signer,
    people: &[User],
    ids: &Ids,
) -> Result<(), AppError> {
    let chair = &people[1];
    let ranked: Vec<ProposalId> = slot::RANKED.iter().map(|s| ids[*s]).collect();
    let ranking = new_round(
        conn,
        settings,
        chair,
        RoundInput {
            title: "Priorities for the first work programme".into(),
            description: "Rank the proposals the panel should take up first.".into(),
            proposals: ranked.clone(),
            method: "schulze".into(),
            weighting: "equal_groups".into(),
            secrecy: "secret".into(),
            ..RoundInput::default()
        },
    )?;
    for (voter, tiers) in RANKINGS {
        let tiers = to_tiers(&ranked, tiers);
        rounds::cast(
            conn,
            settings.ballot_key.expose(),
            ranking,
            &people[*voter],
            &tiers,
        )?;
    }
    rounds::close(conn, signer, ranking, Actor::User(chair.id))?;
    // The chair records the panel's decision on the ranking's winner.
    proposals::decide(
        conn,
        settings.eligibility,
        chair,
        ranked[0],
        ProposalStatus::Adopted,
    )?;

    let adoption = seed_adoption(conn, settings, signer, people, ids)?;
    seed_report(conn, settings, &people[2], &[ranking.0, adoption.0])?;

    let open: Vec<ProposalId> = slot::OPEN.iter().map(|s| ids[*s]).collect();
    let closes = (users::now() + Duration::days(5))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let round = new_round(
        conn,
        settings,
        &people[2],
        RoundInput {
            title: "Which pilot should start next year?".into(),
            description:
                "Open now: rank the pilots, best first. You may leave out those you do not support."
                    .into(),
            proposals: open.clone(),
            method: "irv".into(),
            weighting: "per_delegate".into(),
            secrecy: "secret".into(),
            closes_at: closes,
            ..RoundInput::default()
        },
    )?;
    // Fleur cannot attend: Étienne, of her delegation, holds her vote.
    rounds::grant(
        conn,
        settings.max_proxies.max(1),
        round,
        &people[5],
        people[6].id,
    )?;
    for (voter, tiers) in OPEN_BALLOTS {
        let tiers = to_tiers(&open, tiers);
        rounds::cast(
            conn,
            settings.ballot_key.expose(),
            round,
            &people[*voter],
            &tiers,
        )?;
    }
    Ok(())
}

/// Creates and opens a round.
fn new_round(
    conn: &mut Db,
    settings: &Settings,
    chair: &User,
    input: RoundInput,
) -> Result<RoundId, AppError> {
    let new = NewRound::parse(&input, &settings.groups, users::now())?;
    let round = rounds::create(conn, settings, chair, &new)?;
    rounds::open(conn, settings, chair, round.id)?;
    Ok(round.id)
}

/// Positions in `proposals` to candidate ids, tier by tier.
fn to_tiers(proposals: &[ProposalId], tiers: &[&[usize]]) -> Vec<Vec<String>> {
    tiers
        .iter()
        .map(|tier| tier.iter().map(|k| candidate_id(proposals[*k])).collect())
        .collect()
}

/// A closed adoption round: concurrent majority (a majority in each group
/// with electors), with yes / no / abstain from most of the panel.
fn seed_adoption(
    conn: &mut Db,
    settings: &Settings,
    signer: &Signer,
    people: &[User],
    ids: &Ids,
) -> Result<RoundId, AppError> {
    let chair = &people[2];
    let decided: Vec<ProposalId> = slot::DECIDED.iter().map(|s| ids[*s]).collect();
    let round = new_round(
        conn,
        settings,
        chair,
        RoundInput {
            title: "Adopt the recommendations on refugees and data".into(),
            description:
                "Yes, no or abstain: each proposal needs a majority in every stakeholder group."
                    .into(),
            proposals: decided.clone(),
            kind: "adoption".into(),
            rule: Some(serde_json::json!({"preset": "concurrent_majority"})),
            weighting: "per_delegate".into(),
            secrecy: "secret".into(),
            ..RoundInput::default()
        },
    )?;
    let (a, b) = (candidate_id(decided[0]), candidate_id(decided[1]));
    for (voter, on_a, on_b) in VOTES {
        let choice = rounds::BallotChoice::Votes(
            [
                (a.clone(), (*on_a).to_owned()),
                (b.clone(), (*on_b).to_owned()),
            ]
            .into(),
        );
        rounds::cast_choice(
            conn,
            settings.ballot_key.expose(),
            round,
            &people[*voter],
            &choice,
        )?;
    }
    rounds::close(conn, signer, round, Actor::User(chair.id))?;
    Ok(round)
}

/// The panel's report over both closed rounds, published.
fn seed_report(
    conn: &mut Db,
    settings: &Settings,
    chair: &User,
    rounds: &[i64],
) -> Result<(), AppError> {
    use crate::domain::report::ReportInput;
    use crate::services::reports;
    let input = ReportInput::parse(
        "Recommendations of the first session",
        "The panel met in two sessions. It **ranked** its first work programme, with the cross-border incident-response playbook first, and **adopted** the recommendation on connectivity for refugees by a majority in every stakeholder group; the data-protection map lacked a majority among industry.\n\nThis report lists what it agreed, with the evidence for each decision.",
        rounds,
    )?;
    let report = reports::create(conn, chair, &input, None)?;
    reports::publish(conn, &settings.groups, chair, report.id)?;
    Ok(())
}
