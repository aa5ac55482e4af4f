//! `serve --demo`: seeds a small panel into an empty database so a newcomer
//! can click around at once: accounts of every role (several organisations
//! with more than one delegate), proposals with co-sponsors and a
//! discussion, a closed ranking round and a closed adoption round with
//! results, a published outcome report over both, and an open round waiting
//! for ballots in which one delegate has given her vote to a colleague.
//! Everything goes through the same services as the pages, so the audit
//! trail records it all.

use crate::audit::Signer;
use crate::audit::store::Actor;
use crate::config::Settings;
use crate::db::{Db, users};
use crate::domain::proposal::CommentBody;
use crate::domain::round::{NewRound, RoundInput, candidate_id};
use crate::domain::user::{Role, User};
use crate::error::AppError;
use crate::services::accounts::{Registration, create_active};
use crate::services::proposals::{self, ProposalInput};
use crate::services::{comments, rounds};

/// One seeded login, printed at start.
#[derive(Debug, Clone)]
pub struct DemoLogin {
    /// Sign-in email.
    pub email: String,
    /// Their role.
    pub role: Role,
}

/// The demo accounts: (email, name, role, group, organisation).
const PEOPLE: &[(&str, &str, Role, &str, &str)] = &[
    (
        "admin@demo.plenary",
        "Ada Admin",
        Role::Admin,
        "intergovernmental",
        "Panel Secretariat",
    ),
    (
        "chair@demo.plenary",
        "Chidi Chair",
        Role::Chair,
        "member_state",
        "Kenya",
    ),
    (
        "auditor@demo.plenary",
        "Aurelia Auditor",
        Role::Auditor,
        "technical_community",
        "Independent Audit",
    ),
    (
        "france@demo.plenary",
        "Fleur Delegate",
        Role::Delegate,
        "member_state",
        "France",
    ),
    (
        "brazil@demo.plenary",
        "Bruno Delegate",
        Role::Delegate,
        "member_state",
        "Brazil",
    ),
    (
        "acme@demo.plenary",
        "Ines Industry",
        Role::Delegate,
        "industry",
        "Acme Networks",
    ),
    (
        "ngo@demo.plenary",
        "Omar Ngo",
        Role::Delegate,
        "civil_society",
        "Open Rights Forum",
    ),
    (
        "uni@demo.plenary",
        "Uma Academic",
        Role::Delegate,
        "academia",
        "University of Lisbon",
    ),
    (
        "acme2@demo.plenary",
        "Ivo Industry",
        Role::Delegate,
        "industry",
        "Acme Networks",
    ),
    (
        "ngo2@demo.plenary",
        "Nadia Ngo",
        Role::Delegate,
        "civil_society",
        "Refugee Connect",
    ),
    (
        "kenya@demo.plenary",
        "Kamau Delegate",
        Role::Delegate,
        "member_state",
        "Kenya",
    ),
    (
        "chair2@demo.plenary",
        "Sofia Chair",
        Role::Chair,
        "intergovernmental",
        "Panel Secretariat",
    ),
    (
        "auditor2@demo.plenary",
        "Arjun Auditor",
        Role::Auditor,
        "academia",
        "Open Audit Lab",
    ),
];

/// Demo proposals: (author index in PEOPLE, title, summary, themes).
const PROPOSALS: &[(usize, &str, &str, &[&str])] = &[
    (
        3,
        "Open fibre backbones for landlocked states",
        "Shared investment in cross-border fibre so that landlocked states reach submarine cables at cost.",
        &["connectivity"],
    ),
    (
        5,
        "A common incident-reporting template",
        "One form for reporting cyber incidents across borders, so that responders can compare like with like.",
        &["cybersecurity"],
    ),
    (
        6,
        "Public-interest audits of high-risk AI",
        "Independent audits, with civil society at the table, for AI systems used in public services.",
        &["ai_governance"],
    ),
    (
        7,
        "Digital skills for teachers first",
        "Train teachers before pupils: a shared curriculum and exchange programme for digital skills.",
        &["digital_skills"],
    ),
    (
        4,
        "Interoperable digital identity pilots",
        "Pilot mutual recognition of digital identity between willing states, with open standards.",
        &["digital_public_infrastructure", "data_governance"],
    ),
    (
        9,
        "Connectivity for refugees in transit",
        "Free, safe connectivity at reception centres and along transit routes, run with local operators.",
        &["connectivity"],
    ),
    (
        10,
        "Data-protection interoperability",
        "A common map of how national data-protection rules meet, so that data can cross borders lawfully.",
        &["data_governance"],
    ),
];

/// Seeds the panel if the database has no users; returns the logins made
/// (empty when the database was not empty).
pub fn seed(
    conn: &mut Db,
    settings: &Settings,
    signer: &Signer,
    password: &str,
) -> Result<Vec<DemoLogin>, AppError> {
    let groups = &settings.groups;
    if users::count(conn)? > 0 {
        return Ok(Vec::new());
    }
    let fallback = groups
        .all()
        .first()
        .map(|g| g.id.clone())
        .unwrap_or_default();
    let mut out = Vec::new();
    let mut people: Vec<User> = Vec::new();
    for (email, name, role, group, org) in PEOPLE {
        // A custom group list may lack the default ids: use its first group.
        let group = if groups.parse(group).is_ok() {
            (*group).to_owned()
        } else {
            fallback.clone()
        };
        let reg = Registration::parse(groups, email, password, name, org, &group)?;
        people.push(create_active(conn, &reg, *role)?);
        out.push(DemoLogin {
            email: (*email).to_owned(),
            role: *role,
        });
    }
    seed_proposals_and_rounds(conn, settings, signer, &people)?;
    Ok(out)
}

/// Proposals, co-sponsors from other groups, a short discussion, one closed
/// round and one open round.
fn seed_proposals_and_rounds(
    conn: &mut Db,
    settings: &Settings,
    signer: &Signer,
    people: &[User],
) -> Result<(), AppError> {
    let rule = settings.eligibility;
    let mut ids = Vec::new();
    for (author, title, summary, themes) in PROPOSALS {
        let themes: Vec<&str> = themes
            .iter()
            .copied()
            .filter(|t| settings.themes.parse(t).is_ok())
            .collect();
        let body = format!(
            "## Why\n\n{summary}\n\n## What we propose\n\n1. Agree on the scope.\n2. Start with a pilot.\n3. Report back to the panel."
        );
        let input = ProposalInput::parse(settings, title, summary, &body, &themes)?;
        let view = proposals::create(conn, rule, &people[*author], &input, true)?;
        let id = view.id;
        // Co-sponsors from every other group, so each proposal is eligible.
        for (k, p) in people.iter().enumerate() {
            if k != *author && matches!(p.role, Role::Delegate) && p.group != people[*author].group
            {
                proposals::cosponsor(conn, rule, p, id)?;
            }
        }
        ids.push(view.id);
    }
    let first = ids[0];
    let c = comments::post(
        conn,
        0,
        &people[5],
        first,
        None,
        &CommentBody::parse("Would landing stations be shared too, or only the backbone?")?,
    )?;
    comments::post(
        conn,
        0,
        &people[3],
        first,
        Some(c.id),
        &CommentBody::parse("Both: the pilot covers one landing station per corridor.")?,
    )?;

    let chair = &people[1];
    let now = crate::db::users::now();
    let closed = NewRound::parse(
        &RoundInput {
            title: "Priorities for the first work programme".into(),
            description: "Rank the proposals the panel should take up first.".into(),
            proposals: ids[..4].to_vec(),
            method: "schulze".into(),
            weighting: "equal_groups".into(),
            secrecy: "secret".into(),
            ..RoundInput::default()
        },
        &settings.groups,
        now,
    )?;
    let round = rounds::create(conn, settings, chair, &closed)?;
    rounds::open(conn, settings, chair, round.id)?;
    let c = |k: usize| candidate_id(ids[k]);
    let ballots: [(usize, Vec<Vec<String>>); 6] = [
        (3, vec![vec![c(0)], vec![c(3)], vec![c(1), c(2)]]),
        (4, vec![vec![c(0)], vec![c(1)], vec![c(3)]]),
        (5, vec![vec![c(1)], vec![c(0)], vec![c(2)]]),
        (6, vec![vec![c(2)], vec![c(3)], vec![c(0)]]),
        (7, vec![vec![c(3)], vec![c(2), c(0)]]),
        (1, vec![vec![c(0)], vec![c(2)], vec![c(3)], vec![c(1)]]),
    ];
    for (voter, ranking) in &ballots {
        rounds::cast(
            conn,
            settings.ballot_key.expose(),
            round.id,
            &people[*voter],
            ranking,
        )?;
    }
    rounds::close(conn, signer, round.id, Actor::User(chair.id))?;

    let open = NewRound::parse(
        &RoundInput {
            title: "Which pilot should start next year?".into(),
            description: "Open now: rank the pilots.".into(),
            proposals: vec![ids[0], ids[4], ids[3]],
            method: "irv".into(),
            weighting: "per_delegate".into(),
            secrecy: "secret".into(),
            ..RoundInput::default()
        },
        &settings.groups,
        now,
    )?;
    let ranking_round = round_id_closed(conn)?;
    let adoption_round = seed_adoption(conn, settings, signer, people, &ids[5..])?;
    let round = rounds::create(conn, settings, chair, &open)?;
    rounds::open(conn, settings, chair, round.id)?;
    // Fleur cannot attend: Bruno, of her group, holds her vote.
    rounds::grant(
        conn,
        settings.max_proxies.max(1),
        round.id,
        &people[3],
        people[4].id,
    )?;
    seed_report(conn, settings, chair, &[ranking_round, adoption_round])?;
    Ok(())
}

/// The ranking round closed above (the newest closed round).
fn round_id_closed(conn: &mut Db) -> Result<i64, AppError> {
    crate::db::rounds::closed(conn)?
        .first()
        .map(|(id, _)| id.0)
        .ok_or_else(|| AppError::internal("the demo's closed round is missing"))
}

/// A closed adoption round: concurrent majority (a majority in each group
/// with electors), with yes / no / abstain from most of the panel.
fn seed_adoption(
    conn: &mut Db,
    settings: &Settings,
    signer: &Signer,
    people: &[User],
    ids: &[crate::domain::proposal::ProposalId],
) -> Result<i64, AppError> {
    let chair = &people[1];
    let input = RoundInput {
        title: "Adopt the recommendations on refugees and data".into(),
        description:
            "Yes, no or abstain: each proposal needs a majority in every stakeholder group.".into(),
        proposals: ids.to_vec(),
        kind: "adoption".into(),
        rule: Some(serde_json::json!({"preset": "concurrent_majority"})),
        weighting: "per_delegate".into(),
        secrecy: "secret".into(),
        ..RoundInput::default()
    };
    let new = NewRound::parse(&input, &settings.groups, crate::db::users::now())?;
    let round = rounds::create(conn, settings, chair, &new)?;
    rounds::open(conn, settings, chair, round.id)?;
    let (a, b) = (candidate_id(ids[0]), candidate_id(ids[1]));
    // Every voting group says yes to the first; industry says no to the second.
    let votes: [(usize, &str, &str); 10] = [
        (1, "yes", "yes"),
        (3, "yes", "yes"),
        (4, "yes", "abstain"),
        (5, "yes", "no"),
        (6, "yes", "yes"),
        (7, "yes", "yes"),
        (8, "abstain", "no"),
        (9, "yes", "yes"),
        (10, "yes", "yes"),
        (11, "yes", "no"),
    ];
    for (voter, on_a, on_b) in votes {
        let choice = rounds::BallotChoice::Votes(
            [(a.clone(), on_a.to_owned()), (b.clone(), on_b.to_owned())].into(),
        );
        rounds::cast_choice(
            conn,
            settings.ballot_key.expose(),
            round.id,
            &people[voter],
            &choice,
        )?;
    }
    rounds::close(conn, signer, round.id, Actor::User(chair.id))?;
    Ok(round.id.0)
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
        "The panel met in two sessions. It **ranked** its first work programme and **adopted** two recommendations by a majority in every stakeholder group.\n\nThis report lists what it agreed, with the evidence for each decision.",
        rounds,
    )?;
    let report = reports::create(conn, chair, &input, None)?;
    reports::publish(conn, &settings.groups, chair, report.id)?;
    Ok(())
}
