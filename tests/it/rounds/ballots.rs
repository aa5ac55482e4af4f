//! Ballots: what a valid ballot is, who may vote and when, the electorate
//! fixed at the opening, secret and recorded ballots, receipts, and
//! concurrent voters (also racing with the close) each counted once.

use std::time::Duration;

use super::{api, draft_round};
use crate::common::internals::receipt;
use crate::common::{RequestHelper, TestApp, json, p};

both_backends!(
    invalid_ballots_are_refused_and_store_nothing,
    nobody_votes_in_a_draft_or_closed_round_and_only_the_electorate_votes,
    the_electorate_is_fixed_when_the_round_opens,
    secret_ballots_do_not_name_the_voter_and_recorded_ones_do,
    receipts_say_whether_a_ballot_was_counted,
    fifty_concurrent_voters_are_each_counted_exactly_once,
    a_close_racing_with_casts_counts_every_acknowledged_ballot,
);

async fn invalid_ballots_are_refused_and_store_nothing(app: &TestApp) {
    let chair = app.chair().await;
    let ids = app.proposals(3).await;
    let outside = app.proposals(1).await[0];
    let id = chair.create_round(&ids[..2], json!({})).await;
    let v = app.delegate_in("v", "industry", "Acme").await;
    chair.open(id).await;
    let audit_before = app.audit().await.len();
    let cases = vec![
        (json!([["p999999"]]), "Unknown proposal"),
        (json!([["banana"]]), "Unknown proposal"),
        (json!([[p(ids[0])], [p(ids[0])]]), "more than once"),
        (json!([[p(ids[0]), p(ids[0])]]), "more than once"),
        // A proposal outside the round gets the same answer as one that
        // does not exist: a ballot must not reveal which ids exist.
        (json!([[p(outside)]]), "Unknown proposal"),
        (json!([[p(ids[2])]]), "Unknown proposal"),
        (json!([[p(ids[0])], []]), "Tier 2"),
    ];
    for (ranking, needle) in cases {
        let res = v.vote(id, ranking.clone()).await;
        assert_eq!(res.status, 422, "{ranking}");
        let msg = res.error_message();
        assert!(msg.contains(needle), "{msg:?} lacks {needle:?}");
    }
    for body in [
        json!({"ranking": "p1"}),
        json!({"ranked": []}),
        json!([1, 2]),
    ] {
        let res = v.put_json(&api(id, "/ballot"), &body).await;
        assert_eq!(res.status, 400, "{body}");
    }
    assert_eq!(app.audit().await.len(), audit_before, "nothing recorded");
    assert_eq!(
        v.get(&api(id, "/ballot")).await.status,
        404,
        "nothing stored"
    );
}

async fn nobody_votes_in_a_draft_or_closed_round_and_only_the_electorate_votes(app: &TestApp) {
    let (chair, ids, id) = draft_round(app, 2, json!({})).await;
    let v = app.delegate_in("v", "industry", "Acme").await;
    let auditor = app.auditor().await;
    let ranking = json!([[p(ids[0])]]);

    let res = v.vote(id, ranking.clone()).await;
    assert_eq!(res.status, 409);
    assert_eq!(res.json()["error"]["code"], "round_closed");
    assert!(res.error_message().contains("not open"));

    chair.open(id).await;
    // The auditor never votes.
    assert_eq!(auditor.vote(id, ranking.clone()).await.status, 403);
    // Chairs are in the electorate.
    assert_eq!(chair.vote(id, ranking.clone()).await.status, 200);
    assert_eq!(v.vote(id, ranking.clone()).await.status, 200);
    // Nobody signed in.
    let res = app
        .anon()
        .put_json(&api(id, "/ballot"), json!({"ranking": ranking}))
        .await;
    assert_eq!(res.status, 401);

    chair.close(id).await;
    let res = v.vote(id, ranking.clone()).await;
    assert_eq!(res.status, 409);
    assert_eq!(res.json()["error"]["code"], "round_closed");
    assert_eq!(chair.round_action(id, "open").await.status, 409);
    let results = v.get(&api(id, "/results")).await.json();
    assert_eq!(results["inputs"]["ballots"], 2);
}

async fn the_electorate_is_fixed_when_the_round_opens(app: &TestApp) {
    let chair = app.chair().await;
    let admin = app.admin().await;
    let ids = app.proposals(2).await;
    let id = chair
        .create_round(
            &ids,
            json!({"weighting": "equal_groups", "secrecy": "recorded"}),
        )
        .await;
    let early = app.delegate_in("early", "industry", "Acme").await;
    chair.open(id).await;
    // Joined after the opening: not in the electorate.
    let late = app.delegate_in("late", "industry", "Acme").await;
    let res = late.vote(id, json!([[p(ids[0])]])).await;
    assert_eq!(res.status, 403);
    assert!(res.text.contains("electorate"));
    // A group change after opening does not alter the ballot's group.
    let res = admin
        .patch_json(
            &format!("/api/v1/users/{}", early.id()),
            json!({"group": "academia", "organisation": "Uni"}),
        )
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(early.vote(id, json!([[p(ids[1])]])).await.status, 200);
    chair.close(id).await;
    let file = app.published_ballots(id).await;
    assert_eq!(file.ballots.len(), 1);
    assert_eq!(file.ballots[0].group, "industry");
    assert_eq!(file.ballots[0].organisation.as_deref(), Some("Acme"));
}

async fn secret_ballots_do_not_name_the_voter_and_recorded_ones_do(app: &TestApp) {
    let chair = app.chair().await;
    let ids = app.proposals(2).await;
    let secret = chair.create_round(&ids, json!({"secrecy": "secret"})).await;
    let recorded = chair
        .create_round(&ids, json!({"secrecy": "recorded"}))
        .await;
    let ines = app.delegate_in("ines", "industry", "Acme Networks").await;
    for id in [secret, recorded] {
        chair.open(id).await;
        let res = ines.vote(id, json!([[p(ids[1])], [p(ids[0])]])).await;
        assert_eq!(res.status, 200);
        chair.close(id).await;
    }
    let rows = app.ballot_rows().await;
    let s = rows.iter().find(|r| r.0 == secret).unwrap();
    let r = rows.iter().find(|r| r.0 == recorded).unwrap();
    assert_eq!(s.1, None, "a secret ballot row holds no user id");
    assert_eq!(r.1, Some(ines.id()));
    // The voter key is a keyed hash (64 hex characters), equal in both
    // rounds' rows only by chance, so rows cannot be joined across rounds.
    assert_eq!(s.2.len(), 64);
    assert_ne!(s.2, r.2);
    // The trail says that Ines voted, never what or with which receipt.
    let file = app.published_ballots(secret).await;
    let receipt = &file.ballots[0].receipt;
    for e in app.entries("ballot.cast").await {
        assert_eq!(e.actor, ines.id().to_string());
        let text = e.details.to_string();
        assert!(
            !text.contains(receipt) && !text.contains(&p(ids[1])),
            "{text}"
        );
    }
    let json = file.to_json().unwrap();
    for needle in ["ines@example.org", "Acme Networks", "\"voter\"", "ines"] {
        assert!(!json.contains(needle), "secret export contains {needle}");
    }
    let rec = app.published_ballots(recorded).await;
    assert_eq!(rec.ballots[0].voter.as_ref().unwrap().name, "ines");
    assert_eq!(
        rec.ballots[0].organisation.as_deref(),
        Some("Acme Networks")
    );
}

async fn receipts_say_whether_a_ballot_was_counted(app: &TestApp) {
    let (chair, ids, id) = draft_round(app, 2, json!({})).await;
    let v = app.delegate_in("v", "industry", "Acme").await;
    chair.open(id).await;
    let first = v.vote(id, json!([[p(ids[0])]])).await.json();
    let second = v.vote(id, json!([[p(ids[1])]])).await.json();
    let r1 = first["receipt"].as_str().unwrap();
    let r2 = second["receipt"].as_str().unwrap();
    let check = |r: String| {
        let (v, path) = (v.clone(), api(id, &format!("/receipts/{r}")));
        async move { v.get(&path).await }
    };
    let res = check(r2.to_owned()).await;
    assert_eq!(res.status, 409, "not before the close");
    chair.close(id).await;
    let res = check(r2.to_owned()).await;
    assert_eq!(res.status, 200);
    let c2 = res.json();
    assert_eq!(c2["counted"], true);
    assert_eq!(c2["ranking"], json!([[p(ids[1])]]));
    let c1 = check(r1.to_owned()).await.json();
    assert_eq!(c1["counted"], false);
    assert!(c1["reason"].as_str().unwrap().contains("replaced"));
    let none = check("a".repeat(64)).await.json();
    assert_eq!(none["counted"], false);
    assert_eq!(check("nothex".to_owned()).await.status, 422);
    // The receipt is in the published ballots, and it binds the nonce.
    let file = app.published_ballots(id).await;
    assert!(file.ballots.iter().any(|b| b.receipt == r2));
    let recomputed = receipt(
        &id.to_string(),
        &[vec![p(ids[1])]],
        second["nonce"].as_str().unwrap(),
    )
    .unwrap();
    assert_eq!(recomputed, r2);
}

async fn fifty_concurrent_voters_are_each_counted_exactly_once(app: &TestApp) {
    let (chair, ids, id) = draft_round(app, 3, json!({})).await;
    let groups = [
        "industry",
        "academia",
        "civil_society",
        "member_state",
        "technical_community",
    ];
    let mut voters = Vec::new();
    for i in 0..50 {
        voters.push(
            app.delegate_in(&format!("v{i}"), groups[i % 5], &format!("Org {}", i % 7))
                .await,
        );
    }
    chair.open(id).await;
    let mut tasks = Vec::new();
    for (i, v) in voters.into_iter().enumerate() {
        let ranking = json!([[p(ids[i % 3])], [p(ids[(i + 1) % 3])]]);
        tasks.push(tokio::spawn(async move {
            let res = v.vote(id, ranking).await;
            assert_eq!(res.status, 200);
            res.json()["receipt"].as_str().unwrap().to_owned()
        }));
    }
    let mut receipts = Vec::new();
    for t in tasks {
        receipts.push(t.await.unwrap());
    }
    chair.close(id).await;
    let file = app.published_ballots(id).await;
    assert_eq!(file.ballots.len(), 50);
    let mut published: Vec<&str> = file.ballots.iter().map(|b| b.receipt.as_str()).collect();
    published.sort_unstable();
    receipts.sort();
    assert_eq!(
        published,
        receipts.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert_eq!(app.count_action("ballot.cast").await, 50);
    app.verify_audit().await;
}

async fn a_close_racing_with_casts_counts_every_acknowledged_ballot(app: &TestApp) {
    let (chair, ids, id) = draft_round(app, 2, json!({})).await;
    let mut voters = Vec::new();
    for i in 0..30 {
        voters.push(app.delegate_in(&format!("v{i}"), "industry", "Acme").await);
    }
    chair.open(id).await;
    let mut tasks = Vec::new();
    for (i, v) in voters.into_iter().enumerate() {
        let ranking = json!([[p(ids[i % 2])]]);
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis((i as u64 % 10) * 15)).await;
            let res = v.vote(id, ranking).await;
            (res.status, res.json())
        }));
    }
    tokio::time::sleep(Duration::from_millis(60)).await;
    chair.close(id).await;
    let mut acknowledged = Vec::new();
    let mut refused = 0;
    for t in tasks {
        let (status, v) = t.await.unwrap();
        match status {
            200 => acknowledged.push(v["receipt"].as_str().unwrap().to_owned()),
            409 => {
                assert_eq!(v["error"]["code"], "round_closed", "{v}");
                assert!(v["error"]["message"].as_str().unwrap().contains("closed"));
                refused += 1;
            }
            other => panic!("unexpected {other}: {v}"),
        }
    }
    assert_eq!(acknowledged.len() + refused, 30);
    let file = app.published_ballots(id).await;
    assert_eq!(
        file.ballots.len(),
        acknowledged.len(),
        "no half-stored or lost ballot"
    );
    for r in &acknowledged {
        assert!(
            file.ballots.iter().any(|b| &b.receipt == r),
            "acknowledged {r} not counted"
        );
    }
    assert_eq!(app.count_action("ballot.cast").await, acknowledged.len());
}
