//! Criterion benchmark of closing a round of 100,000 ballots (10 proposals,
//! `equal_groups` weighting, secret): building the ballots document and its
//! digest, the tally, storing the results and the trail entries, in one
//! transaction — what `POST /rounds/{id}/close` does. SQLite always; also
//! PostgreSQL when `PLENARY_BENCH_POSTGRES_URL` names a server where a
//! fresh database may be created (e.g. postgres://postgres@127.0.0.1:5432/postgres).
//! Each sample reopens the round (a direct update) and closes it again.
//! Run with `cargo bench --bench close`.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use diesel::prelude::*;
use plenary::audit::store::Actor;
use plenary::config::Settings;
use plenary::db::ballot_batch;
use plenary::db::rounds::NewBallotRow;
use plenary::db::schema::rounds;
use plenary::domain::proposal::ProposalId;
use plenary::domain::round::{Counting, NewRound, RoundId, Secrecy};
use plenary::domain::user::Role;
use plenary::services::accounts::{Registration, create_active};
use plenary::services::{proposals as ps, rounds as rs};
use plenary::state::AppState;
use plenary::tally::Method;
use plenary::tally::weighting::Weighting;

const BALLOTS: usize = 100_000;
const PROPOSALS: usize = 10;

/// A server state on a fresh database with one open round of `BALLOTS`
/// ballots; returns the state, the round and what must outlive them.
fn setup(pg_admin: Option<&str>) -> (AppState, RoundId, tempfile::TempDir, Option<String>) {
    let dir = tempfile::tempdir().unwrap();
    let db_name = format!("plenary_bench_{}", std::process::id());
    let url = pg_admin.map(|admin| {
        let mut c = plenary::db::connect(admin).unwrap();
        diesel::sql_query(format!("CREATE DATABASE {db_name}"))
            .execute(&mut c)
            .unwrap();
        let base = admin.rsplit_once('/').map_or(admin, |(b, _)| b);
        format!("{base}/{db_name}")
    });
    let mut settings = Settings::load(dir.path(), url.as_deref(), "127.0.0.1:0").unwrap();
    settings.eligibility.min_cosponsors = 0;
    settings.eligibility.min_groups = 0;
    let state = AppState::new(settings).unwrap();
    let mut conn = state.pool.get().unwrap();
    let reg = Registration::parse(
        &state.settings.groups,
        "chair@bench.example",
        "bench-password-123",
        "Chair",
        "Secretariat",
        "intergovernmental",
    )
    .unwrap();
    let chair = create_active(&mut conn, &reg, Role::Chair).unwrap();
    let mut ids = Vec::new();
    for k in 0..PROPOSALS {
        let input = ps::ProposalInput::parse::<&str>(
            &state.settings,
            &format!("Bench proposal {k}"),
            "A summary long enough.",
            "A body.",
            &[],
        )
        .unwrap();
        let p = ps::create(&mut conn, state.settings.eligibility, &chair, &input, true).unwrap();
        ids.push(p.id);
    }
    let new = NewRound {
        title: "Bench round".into(),
        description: String::new(),
        proposals: ids.clone(),
        counting: Counting::Ranking(Method::Schulze),
        weighting: Weighting::EqualGroups {
            group_weights: Default::default(),
        },
        secrecy: Secrecy::Secret,
        closes_at: None,
        quorum_percent: None,
    };
    let round = rs::create(&mut conn, &state.settings, &chair, &new).unwrap();
    rs::open(&mut conn, &state.settings, &chair, round.id).unwrap();
    insert_ballots(&mut conn, round.id, &ids);
    drop(conn);
    (state, round.id, dir, url.map(|_| db_name))
}

/// `BALLOTS` random-looking ballots (a fixed sequence), in chunks.
fn insert_ballots(conn: &mut plenary::db::Db, round: RoundId, ids: &[ProposalId]) {
    let groups = [
        "member_state",
        "industry",
        "civil_society",
        "academia",
        "technical_community",
    ];
    let now = plenary::db::users::now();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut rows = Vec::new();
    for i in 0..BALLOTS {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let mut order: Vec<String> = ids.iter().map(|p| format!("p{}", p.0)).collect();
        let r = x as usize;
        order.rotate_left(r % PROPOSALS);
        order.truncate(3 + (r >> 8) % (PROPOSALS - 2));
        let tiers: Vec<Vec<String>> = order.into_iter().map(|c| vec![c]).collect();
        rows.push((
            format!("voter-{i}"),
            groups[i % groups.len()],
            format!("Org {}", (r >> 16) % 50),
            serde_json::to_string(&tiers).unwrap(),
            format!(
                "{:064x}",
                (i as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835)
            ),
        ));
    }
    for chunk in rows.chunks(1000) {
        let batch: Vec<NewBallotRow<'_>> = chunk
            .iter()
            .map(|(key, group, org, ranking, receipt)| NewBallotRow {
                round_id: round.0,
                voter_key: key,
                user_id: None,
                stakeholder_group: group,
                organisation: org,
                ranking,
                receipt,
                is_current: true,
                cast_at: now,
            })
            .collect();
        ballot_batch::insert(conn, &batch).unwrap();
    }
}

fn reopen(state: &AppState, id: RoundId) {
    let mut conn = state.pool.get().unwrap();
    diesel::update(rounds::table.find(id.0))
        .set(rounds::status.eq("open"))
        .execute(&mut conn)
        .unwrap();
}

fn close_round(c: &mut Criterion, label: &str, pg_admin: Option<&str>) {
    let (state, id, _dir, db_name) = setup(pg_admin);
    let mut g = c.benchmark_group(format!("close_100k_ballots_{label}"));
    g.sample_size(10).measurement_time(Duration::from_secs(30));
    g.bench_function("close", |b| {
        b.iter_batched(
            || reopen(&state, id),
            |()| {
                let mut conn = state.pool.get().unwrap();
                rs::close(&mut conn, &state.signer, id, Actor::System).unwrap()
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
    drop(state);
    if let (Some(admin), Some(name)) = (pg_admin, db_name) {
        let mut c = plenary::db::connect(admin).unwrap();
        let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&mut c);
    }
}

fn benches(c: &mut Criterion) {
    close_round(c, "sqlite", None);
    if let Ok(url) = std::env::var("PLENARY_BENCH_POSTGRES_URL") {
        close_round(c, "postgres", Some(&url));
    }
}

criterion_group!(close, benches);
criterion_main!(close);
