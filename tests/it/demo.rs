//! `plenary serve --demo` from the real binary: it seeds a panel with
//! proposals and rounds, prints the logins, serves, and stops cleanly on
//! SIGTERM.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::cli::plenary_in;
use crate::common::{Caller, RequestHelper, Value, free_port, json};

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
    assert_eq!(proposals["total"], 7);
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
    assert_eq!(results["inputs"]["ballots"], 6);
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
