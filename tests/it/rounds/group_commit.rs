//! The group commit of ballots: many casts at once share transactions, yet
//! each is answered as if cast alone — refused ballots do not sink the
//! others, a voter's two simultaneous casts replace one another in order,
//! and every stored ballot has its receipt and its `ballot.cast` entry.

use std::collections::HashSet;

use super::draft_round;
use crate::common::{TestApp, json, p};

both_backends!(concurrent_casts_with_refusals_and_replacements_are_each_recorded_once);

async fn concurrent_casts_with_refusals_and_replacements_are_each_recorded_once(app: &TestApp) {
    let (chair, ids, id) = draft_round(app, 3, json!({})).await;
    let mut voters = Vec::new();
    for i in 0..40 {
        voters.push(
            app.delegate_in(&format!("g{i}"), "industry", &format!("Org {}", i % 4))
                .await,
        );
    }
    chair.open(id).await;
    // Registered after the opening: outside the electorate.
    let outsider = app.delegate("outsider").await;
    let mut tasks = Vec::new();
    for (i, v) in voters.iter().enumerate() {
        let good = json!([[p(ids[i % 3])], [p(ids[(i + 1) % 3])]]);
        let v1 = v.clone();
        tasks.push(tokio::spawn(async move {
            ("valid", i, v1.vote(id, good).await)
        }));
        if i % 4 == 0 {
            // The same voter again, at the same moment: one replaces the other.
            let again = json!([[p(ids[(i + 2) % 3])]]);
            let v2 = v.clone();
            tasks.push(tokio::spawn(async move {
                ("again", i, v2.vote(id, again).await)
            }));
        }
        if i % 5 == 0 {
            let bad = json!([["p999999"]]);
            let v3 = v.clone();
            tasks.push(tokio::spawn(async move {
                ("invalid", i, v3.vote(id, bad).await)
            }));
        }
    }
    let o = outsider.clone();
    let r = json!([[p(ids[0])]]);
    tasks.push(tokio::spawn(
        async move { ("outsider", 0, o.vote(id, r).await) },
    ));

    let mut receipts = HashSet::new();
    let mut replaced = 0;
    let mut stored = 0;
    for t in tasks {
        let (kind, i, res) = t.await.unwrap();
        match kind {
            "valid" | "again" => {
                assert_eq!(res.status, 200, "{kind} {i}: {}", res.text);
                let v = res.json();
                assert!(receipts.insert(v["receipt"].as_str().unwrap().to_owned()));
                stored += 1;
                if v["replaced"] == json!(true) {
                    replaced += 1;
                }
            }
            "invalid" => assert_eq!(res.status, 422, "{}", res.text),
            _ => assert_eq!(res.status, 403, "{}", res.text),
        }
    }
    // 40 voters, 10 of whom cast twice: exactly one of each pair replaced.
    assert_eq!((stored, replaced), (50, 10));
    assert_eq!(app.count_action("ballot.cast").await, 50);
    let entries = app.entries("ballot.cast").await;
    let flagged = entries
        .iter()
        .filter(|e| e.details["replaced"] == json!(true))
        .count();
    assert_eq!(flagged, 10);
    assert!(entries.iter().all(|e| e.subject == format!("round:{id}")));
    let actors: HashSet<&str> = entries.iter().map(|e| e.actor.as_str()).collect();
    assert_eq!(actors.len(), 40);
    app.verify_audit().await;

    chair.close(id).await;
    let file = app.published_ballots(id).await;
    assert_eq!(file.ballots.len(), 40, "one current ballot per voter");
    assert!(file.ballots.iter().all(|b| receipts.contains(&b.receipt)));
}
