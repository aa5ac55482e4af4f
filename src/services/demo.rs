//! `serve --demo`: seeds a small panel into an empty database so a newcomer
//! can click around at once: accounts of every role, proposals with
//! co-sponsors and a discussion, a closed round with results and an open
//! round waiting for ballots. Everything goes through the same services as
//! the pages, so the audit trail records it all.

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
    let round = rounds::create(conn, settings, chair, &open)?;
    rounds::open(conn, settings, chair, round.id)?;
    Ok(())
}
