//! Voting rounds over HTTP on SQLite and PostgreSQL: creating, opening,
//! casting, closing, results, receipts, decisions, and the rules and
//! denials around them.

use std::time::Duration;

use crate::common::cli::run_tally;
use crate::common::internals::{AppState, receipt, round_status};
use crate::common::{Person, RequestHelper, Role, TestApp, Value, json, p, start};

both_backends!(
    a_round_runs_from_creation_to_results_and_the_cli_recomputes_them,
    only_chairs_create_open_and_close_rounds,
    bad_round_settings_are_refused_and_store_nothing,
    invalid_ballots_are_refused_and_store_nothing,
    nobody_votes_in_a_draft_or_closed_round_and_only_the_electorate_votes,
    the_electorate_is_fixed_when_the_round_opens,
    secret_ballots_do_not_name_the_voter_and_recorded_ones_do,
    receipts_say_whether_a_ballot_was_counted,
    a_round_below_quorum_is_tallied_and_marked,
    a_round_closes_itself_at_its_deadline,
    fifty_concurrent_voters_are_each_counted_exactly_once,
    a_close_racing_with_casts_counts_every_acknowledged_ballot,
    a_round_without_ballots_closes_with_every_proposal_tied,
    a_chair_records_decisions_once_the_round_has_closed,
);

/// `/api/v1/rounds/{id}` with `tail` appended.
fn api(id: i64, tail: &str) -> String {
    format!("/api/v1/rounds/{id}{tail}")
}

/// The chair, `n` eligible proposals, and a draft round of them.
async fn draft_round(app: &TestApp, n: usize, extra: Value) -> (Person, Vec<i64>, i64) {
    let chair = app.chair().await;
    let ids = app.proposals(n).await;
    let id = chair.create_round(&ids, extra).await;
    (chair, ids, id)
}

async fn a_round_runs_from_creation_to_results_and_the_cli_recomputes_them(app: &TestApp) {
    let (chair, ids, id) = draft_round(
        app,
        3,
        json!({"description": "Rank what matters.", "method": "schulze"}),
    )
    .await;
    let round = chair.get(&api(id, "")).await.json();
    assert_eq!(round["round"]["status"], "draft");
    assert_eq!(round["round"]["secrecy"], "secret");
    assert_eq!(round["round"]["proposals"].as_array().unwrap().len(), 3);

    let a = app.delegate_in("a", "industry", "Acme").await;
    let b = app.delegate_in("b", "civil_society", "Open Rights").await;
    let c = app.delegate_in("c", "academia", "Uni").await;
    chair.open(id).await;

    let (x, y, z) = (p(ids[0]), p(ids[1]), p(ids[2]));
    // Proposals in an open round are locked: no edit, no withdrawal.
    let author = app.with_token(&app.token(&app.author_email(ids[0]).await).await);
    let proposal = format!("/api/v1/proposals/{}", ids[0]);
    let res = author
        .patch_json(&proposal, json!({"title": "A changed title"}))
        .await;
    assert_eq!(res.status, 409);
    assert_eq!(
        author.post(&format!("{proposal}/withdraw")).await.status,
        409
    );
    let res = a.vote(id, json!([[y], [x]])).await;
    assert_eq!(res.status, 200);
    let first = res.json();
    assert_eq!(first["replaced"], false);
    assert_eq!(first["receipt"].as_str().unwrap().len(), 64);
    // Replacing: only the latest counts.
    let second = a.vote(id, json!([[x], [y, z]])).await.json();
    assert_eq!(second["replaced"], true);
    assert_eq!(b.vote(id, json!([[x], [z]])).await.status, 200);
    assert_eq!(c.vote(id, json!([[z, y]])).await.status, 200);
    // The voter sees their current ballot.
    let res = a.get(&api(id, "/ballot")).await;
    assert_eq!(res.status, 200);
    let own = res.json();
    assert_eq!(own["ballot"]["ranking"], json!([[x], [y, z]]));
    assert_eq!(own["ballot"]["receipt"], second["receipt"]);
    // No results while open.
    assert_eq!(a.get(&api(id, "/results")).await.status, 409);

    chair.close(id).await;
    let res = a.get(&api(id, "/results")).await;
    assert_eq!(res.status, 200);
    let results = res.json();
    assert_eq!(results["method"], "schulze");
    assert_eq!(results["winners"], json!([x]));
    assert_eq!(results["inputs"]["ballots"], 3);

    // Re-tally the stored ballots with the CLI: same ranking, same bytes.
    let file = app.published_ballots(id).await;
    let stored = app.stored_results(id).await;
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run_tally(dir.path(), "ballots.json", &file.to_json().unwrap(), &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("{stored}\n"));
    let cli: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(cli["ranking"], results["ranking"]);

    let actions = app.actions().await;
    for a in [
        "round.created",
        "round.opened",
        "ballot.cast",
        "round.closed",
        "results.published",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} missing");
    }
    app.verify_audit().await;
    let closed = app.entry("round.closed").await;
    assert_eq!(closed.details["ballot_digest"], json!(file.digest));
    assert_eq!(closed.details["ballots"], 3);
    // A second close is refused.
    assert_eq!(chair.round_action(id, "close").await.status, 409);
}

async fn only_chairs_create_open_and_close_rounds(app: &TestApp) {
    let (chair, ids, id) = draft_round(app, 2, json!({})).await;
    let body = json!({"title": "Another round", "proposals": ids});
    for role in [Role::Delegate, Role::Auditor, Role::Admin] {
        let someone = app.someone(role).await;
        let res = someone.post_json("/api/v1/rounds", &body).await;
        assert_eq!(res.status, 403, "{role} create");
        for action in ["open", "close"] {
            assert_eq!(
                someone.round_action(id, action).await.status,
                403,
                "{role} {action}"
            );
        }
    }
    assert_eq!(
        app.anon().post_json("/api/v1/rounds", &body).await.status,
        401
    );
    assert_eq!(app.anon().post(&api(id, "/open")).await.status, 401);
    let r = chair.get(&api(id, "")).await.json();
    assert_eq!(r["round"]["status"], "draft");
    let res = chair.get("/api/v1/rounds").await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["rounds"].as_array().unwrap().len(), 1);
}

async fn bad_round_settings_are_refused_and_store_nothing(app: &TestApp) {
    let chair = app.chair().await;
    let ids = app.proposals(2).await;
    let author = app
        .user("lone@example.org", Role::Delegate, "academia", "Uni")
        .await;
    let lone = app
        .submitted_proposal(&author, "Lonely idea", "Summary.", "Body.")
        .await;
    let audit_before = app.audit().await.len();
    let round = |extra: Value| {
        let mut body = json!({"title": "Round", "proposals": ids});
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        body
    };
    let cases = vec![
        (json!({"title": "x", "proposals": ids}), 422, "title"),
        (round(json!({"proposals": [ids[0]]})), 422, "at least two"),
        (
            round(json!({"proposals": [ids[0], ids[0], ids[1]]})),
            422,
            "twice",
        ),
        (
            round(json!({"proposals": [ids[0], 99999]})),
            422,
            "no proposal 99999",
        ),
        (round(json!({"method": "dictator"})), 422, "Unknown method"),
        (
            round(json!({"weighting": "by_height"})),
            422,
            "Unknown weighting",
        ),
        (round(json!({"secrecy": "whispered"})), 422, "secrecy"),
        (
            round(json!({"closes_at": "2001-01-01T00:00:00Z"})),
            422,
            "future",
        ),
        (round(json!({"quorum_percent": 101})), 422, "quorum"),
        (
            round(json!({"weighting": "equal_groups", "group_weights": {"martians": "2"}})),
            422,
            "martians",
        ),
        (round(json!({"colour": "red"})), 400, "unknown field"),
        (round(json!({"proposals": "all"})), 400, "invalid type"),
    ];
    for (body, status, needle) in cases {
        let res = chair.post_json("/api/v1/rounds", &body).await;
        assert_eq!(res.status, status, "{body}");
        let msg = res.error_message();
        assert!(msg.contains(needle), "{msg:?} lacks {needle:?}");
    }
    // A proposal without co-sponsors from two other groups is not eligible.
    let res = chair
        .post_json(
            "/api/v1/rounds",
            round(json!({"proposals": [ids[0], lone]})),
        )
        .await;
    assert_eq!(res.status, 422);
    assert!(
        res.text.contains("not eligible yet")
            && res
                .text
                .contains("needs co-sponsors from 2 more stakeholder groups"),
        "{}",
        res.text
    );
    // A withdrawn proposal cannot be put to a vote.
    app.set_proposal_status(ids[1], "withdrawn").await;
    let res = chair.post_json("/api/v1/rounds", round(json!({}))).await;
    assert_eq!(res.status, 422);
    assert!(res.text.contains("withdrawn"));
    let list = chair.get("/api/v1/rounds").await.json();
    assert_eq!(list["rounds"].as_array().unwrap().len(), 0);
    assert_eq!(app.audit().await.len(), audit_before);
}

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
        (json!([[p(outside)]]), "not in this round"),
        (json!([[p(ids[2])]]), "not in this round"),
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

async fn a_round_below_quorum_is_tallied_and_marked(app: &TestApp) {
    let (chair, ids, id) = draft_round(app, 2, json!({"quorum_percent": 75})).await;
    let v = app.delegate_in("v", "industry", "Acme").await;
    app.delegate_in("w", "industry", "Acme").await;
    chair.open(id).await;
    assert_eq!(v.vote(id, json!([[p(ids[1])]])).await.status, 200);
    chair.close(id).await;
    let r = v.get(&api(id, "")).await.json();
    assert_eq!(r["round"]["quorum_met"], false);
    let results = v.get(&api(id, "/results")).await.json();
    assert_eq!(results["winners"], json!([p(ids[1])]));
}

async fn a_round_closes_itself_at_its_deadline(app: &TestApp) {
    let chair = app.chair().await;
    let ids = app.proposals(2).await;
    // Generous margin: the deadline must not pass before the vote, even on a
    // loaded machine.
    let deadline = (chrono::Utc::now() + chrono::Duration::seconds(6)).to_rfc3339();
    let id = chair
        .create_round(&ids, json!({"closes_at": deadline}))
        .await;
    let v = app.delegate_in("v", "industry", "Acme").await;
    chair.open(id).await;
    assert_eq!(v.vote(id, json!([[p(ids[0])]])).await.status, 200);
    let mut status = Value::Null;
    for _ in 0..80 {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let r = v.get(&api(id, "")).await.json();
        status = r["round"]["status"].clone();
        if status == "closed" {
            break;
        }
    }
    assert_eq!(status, "closed");
    let closed = app.entry("round.closed").await;
    assert_eq!(closed.actor, "system");
    let results = v.get(&api(id, "/results")).await.json();
    assert_eq!(results["inputs"]["ballots"], 1);

    // A server restarted after a deadline closes the round at start.
    let deadline = chrono::Utc::now() + chrono::Duration::seconds(3);
    let id2 = chair
        .create_round(&ids, json!({"closes_at": deadline.to_rfc3339()}))
        .await;
    chair.open(id2).await;
    let mut settings = app.state.settings.clone();
    settings.close_check_every = Duration::from_secs(3600);
    let state = actix_web::web::Data::new(AppState::new(settings).unwrap());
    while chrono::Utc::now() <= deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (_, handle) = start(state.clone());
    let mut status = String::new();
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        status = round_status(&state, id2).await;
        if status == "closed" {
            break;
        }
    }
    handle.stop(false).await;
    assert_eq!(status, "closed");
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

async fn a_round_without_ballots_closes_with_every_proposal_tied(app: &TestApp) {
    let chair = app.chair().await;
    let ids = app.proposals(3).await;
    for method in ["schulze", "irv", "plurality"] {
        let id = chair
            .create_round(&ids, json!({"method": method, "quorum_percent": 10}))
            .await;
        chair.open(id).await;
        assert_eq!(
            chair.round_action(id, "close").await.status,
            200,
            "{method}"
        );
        let res = chair.get(&api(id, "/results")).await;
        assert_eq!(res.status, 200);
        let results = res.json();
        assert_eq!(results["inputs"]["ballots"], 0);
        let ranked: usize = results["ranking"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_array().unwrap().len())
            .sum();
        assert_eq!(ranked, 3, "{method}: {results}");
        let r = chair.get(&api(id, "")).await.json();
        assert_eq!(r["round"]["quorum_met"], false);
        // The results page renders too.
        let res = chair.browser().await.get(&format!("/rounds/{id}")).await;
        assert_eq!(res.status, 200, "{method}");
    }
}

async fn a_chair_records_decisions_once_the_round_has_closed(app: &TestApp) {
    let chair = app.chair().await;
    let delegate = app.delegate("d").await;
    let ids = app.proposals(3).await;
    let id = chair.create_round(&ids[..2], json!({})).await;
    let decide = |who: &Person, proposal: i64, decision: &'static str| {
        let (who, path) = (
            who.clone(),
            format!("/api/v1/proposals/{proposal}/decision"),
        );
        async move {
            who.post_json(&path, json!({ "decision": decision }))
                .await
                .status
        }
    };
    chair.open(id).await;
    assert_eq!(
        decide(&chair, ids[0], "adopted").await,
        409,
        "not while the round is open"
    );
    chair.close(id).await;
    assert_eq!(decide(&delegate, ids[0], "adopted").await, 403);
    let res = app
        .anon()
        .post_json(
            &format!("/api/v1/proposals/{}/decision", ids[0]),
            json!({"decision": "adopted"}),
        )
        .await;
    assert_eq!(res.status, 401);
    assert_eq!(decide(&chair, ids[0], "maybe").await, 422);
    assert_eq!(decide(&chair, ids[0], "withdrawn").await, 422);
    assert_eq!(
        decide(&chair, ids[2], "adopted").await,
        409,
        "never in a closed round"
    );
    let res = chair
        .post_json(
            &format!("/api/v1/proposals/{}/decision", ids[0]),
            json!({"decision": "adopted"}),
        )
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["proposal"]["status"], "adopted");
    assert_eq!(
        decide(&chair, ids[0], "not_adopted").await,
        409,
        "a decision is final"
    );
    let decided = app.entries("proposal.decided").await;
    assert_eq!(decided.len(), 1);
    assert_eq!(decided[0].details, json!({"decision": "adopted"}));
    // The chair's form on the results page records the other one.
    let browser = chair.browser().await;
    let form = format!("/rounds/{id}/proposals/{}/decision", ids[1]);
    assert!(browser.text(&format!("/rounds/{id}")).await.contains(&form));
    let res = browser
        .post_form(&form, &[("decision", "not_adopted")])
        .await;
    assert_eq!(res.status, 303);
    let page = browser.text(&format!("/rounds/{id}")).await;
    assert!(page.contains("\nAdopted</td>"), "shows the decision");
    assert!(page.contains("\nNot adopted</td>"));
    assert!(!page.contains(&form), "no form once decided");
}
