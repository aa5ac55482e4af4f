//! Search benchmark: seeds 10,000 submitted proposals into a fresh SQLite
//! file (and a fresh PostgreSQL database when `PLENARY_TEST_POSTGRES_URL`
//! is set) through the library, then times the same service function the
//! list handler calls (`services::proposals::list`).
//!
//! Run: `cargo bench --bench search`. The target is < 50 ms per search.
#![allow(clippy::unwrap_used, missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use diesel::{Connection, RunQueryDsl};
use plenary::db::proposal_list::{ListFilter, Sort};
use plenary::db::proposals::NewProposalRow;
use plenary::db::{self, DbPool};
use plenary::domain::groups::StakeholderGroups;
use plenary::domain::proposal::EligibilityRule;
use plenary::domain::user::{Role, UserId};
use plenary::services::accounts::{Registration, create_active};
use plenary::services::proposals::{self, ListQuery};

const N: usize = 10_000;

const WORDS: &[&str] = &[
    "connectivity",
    "fibre",
    "satellite",
    "spectrum",
    "rural",
    "broadband",
    "skills",
    "training",
    "teachers",
    "curriculum",
    "data",
    "governance",
    "privacy",
    "cross",
    "border",
    "flows",
    "cybersecurity",
    "incident",
    "response",
    "resilience",
    "standards",
    "artificial",
    "intelligence",
    "audit",
    "accountability",
    "identity",
    "payments",
    "registry",
    "open",
    "source",
    "public",
    "infrastructure",
    "funding",
    "pilot",
    "regional",
    "cooperation",
    "capacity",
    "building",
    "inclusion",
    "gender",
    "youth",
    "access",
    "affordability",
    "interoperability",
    "trust",
    "cloud",
    "sovereignty",
    "research",
    "evaluation",
    "metrics",
];

/// A deterministic word stream (no rand crate needed).
struct Lcg(u64);
impl Lcg {
    fn word(&mut self) -> &'static str {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        WORDS[((self.0 >> 33) as usize) % WORDS.len()]
    }
    fn text(&mut self, n: usize) -> String {
        (0..n).map(|_| self.word()).collect::<Vec<_>>().join(" ")
    }
}

fn seed(pool: &DbPool) -> UserId {
    let mut conn = pool.get().unwrap();
    let reg = Registration::parse(
        &StakeholderGroups::default(),
        "bench@example.org",
        "correct horse battery staple",
        "Bench",
        "Benchland",
        "member_state",
    )
    .unwrap();
    let user = create_active(&mut conn, &reg, Role::Delegate).unwrap();
    let mut rng = Lcg(42);
    let now = db::users::now();
    db::transaction(&mut conn, |tx| -> Result<(), diesel::result::Error> {
        for i in 0..N {
            let title = format!("{} {} proposal {i}", rng.word(), rng.word());
            let summary = rng.text(30);
            let body = rng.text(200);
            db::proposals::insert(
                tx,
                &NewProposalRow {
                    author_id: user.id.0,
                    author_group: "member_state",
                    title: &title,
                    summary: &summary,
                    body: &body,
                    body_html: &plenary::markdown::render(&body),
                    themes: "[\"connectivity\"]",
                    status: "submitted",
                    revision: 1,
                    created_at: now,
                    updated_at: now,
                    submitted_at: Some(now),
                },
            )?;
        }
        Ok(())
    })
    .unwrap();
    if let db::Db::Postgresql(c) = &mut *conn {
        diesel::sql_query("ANALYZE proposals").execute(c).unwrap();
    }
    user.id
}

fn query(words: &[&str], sort: Sort, eligible: Option<bool>) -> ListQuery {
    ListQuery {
        filter: ListFilter {
            words: words.iter().map(|w| (*w).to_owned()).collect(),
            sort,
            eligible,
            ..ListFilter::default()
        },
        page: 1,
        per_page: 25,
    }
}

fn bench_backend(c: &mut Criterion, name: &str, url: &str) {
    let pool = db::open_pool(url, 4).unwrap();
    let t = std::time::Instant::now();
    let viewer = seed(&pool);
    eprintln!("{name}: seeded {N} proposals in {:?}", t.elapsed());
    let rule = EligibilityRule::default();
    let cases = [
        ("one word (common)", query(&["fibre"], Sort::Newest, None)),
        (
            "two words",
            query(&["rural", "satellite"], Sort::Newest, None),
        ),
        (
            "prefix, by co-sponsors",
            query(&["interop"], Sort::Cosponsors, None),
        ),
        (
            "rare word",
            query(&["proposal", "4242"], Sort::Newest, None),
        ),
        (
            "no words, not eligible, by comments",
            query(&[], Sort::Comments, Some(false)),
        ),
    ];
    let mut group = c.benchmark_group(format!("search_10k_{name}"));
    group.sample_size(30);
    for (label, q) in &cases {
        let mut conn = pool.get().unwrap();
        let page = proposals::list(&mut conn, rule, viewer, q).unwrap();
        eprintln!("{name}/{label}: {} matches", page.total);
        group.bench_function(*label, |b| {
            b.iter(|| proposals::list(&mut conn, rule, viewer, q).unwrap())
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let url = plenary::config::sqlite_url(dir.path());
    bench_backend(c, "sqlite", &url);
    if let Ok(admin) = std::env::var("PLENARY_TEST_POSTGRES_URL") {
        let name = format!("plenary_bench_{}", std::process::id());
        let mut a = diesel::PgConnection::establish(&admin).unwrap();
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut a)
            .unwrap();
        let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
        bench_backend(c, "postgres", &format!("{base}/{name}"));
        diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&mut a)
            .unwrap();
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
