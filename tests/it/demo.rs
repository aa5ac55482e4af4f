//! `plenary serve --demo` from the real binary: it seeds a panel with
//! proposals and rounds, prints the logins, serves, and stops cleanly on
//! SIGTERM.
#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_demo_seeds_a_panel_prints_logins_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["serve", "--demo", "--bind", &format!("127.0.0.1:{port}")])
        .env("PLENARY_DATA_DIR", dir.path())
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
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
    assert!(printed.contains(&format!("http://127.0.0.1:{port}/")));
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

    let client = reqwest::Client::new();
    let base = format!("http://127.0.0.1:{port}");
    let login: Value = client
        .post(format!("{base}/api/v1/session"))
        .json(&json!({"email": "auditor@demo.plenary", "password": password}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = login["token"].as_str().unwrap();
    let rounds: Value = client
        .get(format!("{base}/api/v1/rounds"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
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
    let proposals: Value = client
        .get(format!("{base}/api/v1/proposals"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(proposals["total"], 5);
    assert!(
        proposals["proposals"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["eligible"] == true)
    );
    // The closed round has published results, and the trail verifies.
    let closed = rounds["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["status"] == "closed")
        .unwrap();
    let results: Value = client
        .get(format!("{base}/api/v1/rounds/{}/results", closed["id"]))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(results["inputs"]["ballots"], 6);

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
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut again = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["serve", "--demo", "--bind", &format!("127.0.0.1:{port}")])
        .env("PLENARY_DATA_DIR", dir.path())
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(again.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    assert!(first.contains("nothing was seeded"), "{first}");
    again.kill().unwrap();
    again.wait().unwrap();
}
