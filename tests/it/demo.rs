//! `plenary serve --demo` from the real binary: it seeds a panel with
//! proposals and rounds, prints the logins, serves, and stops cleanly on
//! SIGTERM. And the panel it seeds, on both backends: every role and group,
//! proposals in every state, rounds closed with results, a published
//! report, an open round with a proxy, French and Arabic, and an audit
//! trail that verifies.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::cli::plenary_in;
use diesel::prelude::*;
use plenary::db::schema::{ballots, comments, cosponsors, proposals, proxies, rounds};
use plenary::domain::user::{Role, UserStatus};
use plenary::i18n::Lang;

use crate::common::cli::audit_verify;
use crate::common::{Caller, RequestHelper, TestApp, Value, free_port, json};

/// `plenary serve --demo` on the data in `dir`, its standard output piped;
/// returns the process and its address.
fn serve_demo(dir: &Path) -> (Child, String) {
    let port = free_port();
    let child = plenary_in(dir)
        .args(["serve", "--demo", "--bind", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    (child, format!("http://127.0.0.1:{port}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_demo_seeds_a_panel_prints_logins_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, base) = serve_demo(dir.path());
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    let mut printed = String::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !printed.contains("Plenary is running at") {
        let line = rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap();
        printed.push_str(&line);
        printed.push('\n');
    }
    assert!(printed.contains(&format!("{base}/")));
    assert!(printed.contains("chair@demo.plenary"));
    let password = printed
        .split("password is: ")
        .nth(1)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .trim()
        .to_owned();

    let login = Caller::new(&base, None)
        .post_json(
            "/api/v1/session",
            json!({"email": "auditor@demo.plenary", "password": password}),
        )
        .await
        .json();
    let auditor = Caller::new(&base, login["token"].as_str());
    let rounds = auditor.get("/api/v1/rounds").await.json();
    let statuses: Vec<&str> = rounds["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert!(
        statuses.contains(&"open") && statuses.contains(&"closed"),
        "{statuses:?}"
    );
    let proposals = auditor.get("/api/v1/proposals").await.json();
    // Fifteen proposals, two of them drafts that only their authors see.
    assert_eq!(proposals["total"], 13);
    let statuses: Vec<&str> = proposals["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["status"].as_str().unwrap())
        .collect();
    assert!(
        statuses.contains(&"adopted") && statuses.contains(&"not_adopted"),
        "{statuses:?}"
    );
    // The closed ranking round has published results, and so has the
    // adoption round.
    let closed: Vec<&Value> = rounds["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "closed")
        .collect();
    assert_eq!(closed.len(), 2);
    let adoption = closed.iter().find(|r| r["kind"] == "adoption").unwrap();
    let ranking = closed.iter().find(|r| r["kind"] == "ranking").unwrap();
    let results = auditor
        .get(&format!("/api/v1/rounds/{}/results", ranking["id"]))
        .await
        .json();
    assert_eq!(results["inputs"]["ballots"], 15);
    let decided = auditor
        .get(&format!("/api/v1/rounds/{}/results", adoption["id"]))
        .await
        .json();
    assert_eq!(decided["adopted"].as_array().unwrap().len(), 1);
    // A published report covers both.
    let reports = auditor.get("/api/v1/reports").await.json();
    let text = reports.to_string();
    assert!(text.contains("\"published\""), "{text}");

    // SIGTERM: a graceful stop with exit status 0.
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(20);
    let exit = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            Instant::now() < deadline,
            "the server did not stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(exit.success(), "{exit:?}");
    // A second start with --demo on the same data seeds nothing more.
    let (mut again, _) = serve_demo(dir.path());
    let mut lines = BufReader::new(again.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    assert!(first.contains("nothing was seeded"), "{first}");
    again.kill().unwrap();
    again.wait().unwrap();
}

both_backends!(
    the_demo_panel_shows_every_role_state_round_and_language,
    the_demos_french_and_arabic_proposals_are_written_in_their_language,
);

async fn the_demos_french_and_arabic_proposals_are_written_in_their_language(app: &TestApp) {
    let st = app.state.clone();
    app.state
        .db(move |c| plenary::services::demo::seed(c, &st.settings, &st.signer, DEMO_PASSWORD))
        .await
        .unwrap();
    let bodies: Vec<(String, String)> = app
        .state
        .db(|c| {
            Ok(proposals::table
                .select((proposals::title, proposals::body))
                .load(c)?)
        })
        .await
        .unwrap();
    let body_of = |start: &str| {
        bodies
            .iter()
            .find(|(t, _)| t.starts_with(start))
            .map(|(_, b)| b.clone())
            .unwrap_or_else(|| panic!("no demo proposal {start}"))
    };
    let english_steps = "Start with a pilot in willing countries.";
    let fr = body_of("Priorité au logiciel libre");
    assert!(
        fr.starts_with("## Pourquoi") && fr.contains("## Ce que nous proposons"),
        "{fr}"
    );
    assert!(
        !fr.contains("## Why") && !fr.contains(english_steps),
        "{fr}"
    );
    let ar = body_of("إنترنت متعدد اللغات");
    assert!(
        ar.starts_with("## لماذا") && ar.contains("## ما نقترحه"),
        "{ar}"
    );
    assert!(
        !ar.contains("What we propose") && !ar.contains(english_steps),
        "{ar}"
    );
    // The English ones keep their English outline.
    let en = body_of("A registry of digital public goods");
    assert!(en.starts_with("## Why"), "{en}");
}

const DEMO_PASSWORD: &str = "demo-password-for-tests";

/// Signs a demo account in through the API.
async fn demo_caller(app: &TestApp, email: &str) -> Caller {
    let res = app
        .anon()
        .post_json(
            "/api/v1/session",
            json!({"email": email, "password": DEMO_PASSWORD}),
        )
        .await;
    assert_eq!(res.status, 200, "{email}: {}", res.text);
    app.with_token(res.json()["token"].as_str().unwrap())
}

async fn the_demo_panel_shows_every_role_state_round_and_language(app: &TestApp) {
    let st = app.state.clone();
    let started = Instant::now();
    let logins = app
        .state
        .db(move |c| plenary::services::demo::seed(c, &st.settings, &st.signer, DEMO_PASSWORD))
        .await
        .unwrap();
    let took = started.elapsed();
    // Seeding is quick enough to do at every `serve --demo` (one argon2
    // hash for all accounts; a debug build stays well under this).
    assert!(took < Duration::from_secs(20), "seeding took {took:?}");
    assert_eq!(logins.len(), 25);

    // People: every role, twenty delegates over five groups, organisations
    // with more than one delegate, pending registrations, saved languages.
    let users = app
        .state
        .db(|c| {
            Ok(plenary::db::users::list(c, None)?
                .iter()
                .map(plenary::db::users::UserRow::to_user)
                .collect::<Vec<_>>())
        })
        .await
        .unwrap();
    let active = |role: Role| {
        users
            .iter()
            .filter(|u| u.role == role && u.status == UserStatus::Active)
            .count()
    };
    assert_eq!(
        (
            active(Role::Admin),
            active(Role::Chair),
            active(Role::Auditor),
            active(Role::Delegate)
        ),
        (1, 2, 2, 20)
    );
    let pending = users
        .iter()
        .filter(|u| u.status == UserStatus::Pending)
        .count();
    assert_eq!(pending, 3);
    let delegates: Vec<_> = users
        .iter()
        .filter(|u| u.role == Role::Delegate && u.status == UserStatus::Active)
        .collect();
    for group in [
        "member_state",
        "industry",
        "civil_society",
        "academia",
        "technical_community",
    ] {
        let n = delegates.iter().filter(|u| u.group == group).count();
        assert!(n >= 3, "{group}: {n} delegates");
    }
    let mut orgs: HashMap<&str, usize> = HashMap::new();
    for u in &delegates {
        *orgs.entry(u.organisation.as_str()).or_default() += 1;
    }
    assert!(orgs.values().filter(|n| **n > 1).count() >= 4, "{orgs:?}");
    let speaking = |lang: Lang| users.iter().filter(|u| u.language == Some(lang)).count();
    assert!(speaking(Lang::Fr) >= 3 && speaking(Lang::Ar) >= 3);

    // Proposals in every state, co-sponsored and discussed.
    let (states, cosponsored, bodies, replies) = app
        .state
        .db(|c| {
            let states: Vec<(String, i64)> = proposals::table
                .group_by(proposals::status)
                .select((proposals::status, diesel::dsl::count(proposals::id)))
                .load(c)?;
            let cosponsored: i64 = cosponsors::table.count().get_result(c)?;
            let bodies: Vec<String> = comments::table.select(comments::body).load(c)?;
            let replies: i64 = comments::table
                .filter(comments::parent_id.is_not_null())
                .count()
                .get_result(c)?;
            Ok((states, cosponsored, bodies, replies))
        })
        .await
        .unwrap();
    let states: HashMap<String, i64> = states.into_iter().collect();
    let state = |s: &str| states.get(s).copied().unwrap_or(0);
    assert_eq!(
        [
            state("draft"),
            state("submitted"),
            state("withdrawn"),
            state("adopted"),
            state("not_adopted")
        ],
        [2, 9, 1, 2, 1],
        "{states:?}"
    );
    assert!(cosponsored >= 30, "{cosponsored} co-sponsorships");
    assert!(
        bodies.len() >= 12 && replies >= 4,
        "{} comments, {replies} replies",
        bodies.len()
    );
    let arabic = |t: &str| t.chars().any(|ch| ('\u{0600}'..='\u{06FF}').contains(&ch));
    assert!(
        bodies.iter().filter(|b| arabic(b)).count() >= 3,
        "Arabic comments"
    );
    assert!(
        bodies
            .iter()
            .filter(|b| b.contains("Tout à fait") || b.contains("Excellente"))
            .count()
            >= 2,
        "French comments"
    );

    // Rounds: two closed with results, one open with a deadline, a proxy
    // and some ballots; a published report.
    let auditor = demo_caller(app, "auditor@demo.plenary").await;
    let list = auditor.get("/api/v1/proposals?per_page=50").await.json();
    let titles = list.to_string();
    assert!(titles.contains("logiciel libre"), "a French proposal");
    assert!(arabic(&titles), "an Arabic proposal");
    let listed = auditor.get("/api/v1/rounds").await.json();
    let all = listed["rounds"].as_array().unwrap();
    let closed: Vec<&Value> = all.iter().filter(|r| r["status"] == "closed").collect();
    assert_eq!(closed.len(), 2);
    for r in &closed {
        let res = auditor
            .get(&format!("/api/v1/rounds/{}/results", r["id"]))
            .await;
        assert_eq!(res.status, 200, "{}", res.text);
    }
    let ranking = closed.iter().find(|r| r["kind"] == "ranking").unwrap();
    let results = auditor
        .get(&format!("/api/v1/rounds/{}/results", ranking["id"]))
        .await
        .json();
    assert_eq!(results["inputs"]["ballots"], 15);
    let open: Vec<&Value> = all.iter().filter(|r| r["status"] == "open").collect();
    assert_eq!(open.len(), 1);
    let open_id = open[0]["id"].as_i64().unwrap();
    let (granted, cast, deadline) = app
        .state
        .db(move |c| {
            let granted: i64 = proxies::table
                .filter(proxies::round_id.eq(open_id))
                .count()
                .get_result(c)?;
            let cast: i64 = ballots::table
                .filter(ballots::round_id.eq(open_id))
                .filter(ballots::is_current.eq(true))
                .count()
                .get_result(c)?;
            let deadline: Option<chrono::NaiveDateTime> = rounds::table
                .find(open_id)
                .select(rounds::closes_at)
                .first(c)?;
            Ok((granted, cast, deadline))
        })
        .await
        .unwrap();
    assert_eq!((granted, cast), (1, 5));
    assert!(deadline.is_some());
    let reports = auditor.get("/api/v1/reports").await.json().to_string();
    assert!(reports.contains("\"published\""), "{reports}");

    // The auditor's home page lists both closed rounds to download; a
    // French delegate reads the page in French, an Arabic one right to left.
    let browser = app.browser().await;
    assert_eq!(
        browser
            .login("auditor@demo.plenary", DEMO_PASSWORD)
            .await
            .status,
        303
    );
    let home = browser.get("/").await.text;
    for r in &closed {
        assert!(home.contains(&format!("/rounds/{}\"", r["id"])), "{home}");
    }
    let browser = app.browser().await;
    assert_eq!(
        browser
            .login("france@demo.plenary", DEMO_PASSWORD)
            .await
            .status,
        303
    );
    assert!(browser.get("/").await.text.contains("Bienvenue, Fleur"));
    let browser = app.browser().await;
    assert_eq!(
        browser
            .login("egypt@demo.plenary", DEMO_PASSWORD)
            .await
            .status,
        303
    );
    assert!(
        browser
            .get("/")
            .await
            .text
            .contains(r#"<html lang="ar" dir="rtl">"#)
    );

    // The whole trail verifies, in the database and offline with the CLI.
    assert_eq!(app.verify_audit().await, app.audit().await.len());
    let log = auditor.text("/api/v1/audit/log").await;
    let key = auditor.text("/api/v1/audit/public-key").await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("audit.jsonl"), &log).unwrap();
    std::fs::write(dir.path().join("key.pub"), &key).unwrap();
    let ran = audit_verify(
        &dir.path().join("audit.jsonl"),
        &dir.path().join("key.pub"),
        None,
    );
    assert_eq!(ran.code, 0, "{}", ran.stdout);
}
