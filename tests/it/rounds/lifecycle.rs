//! A round's life: from creation to results (re-tallied by the CLI), who
//! may create, open and close it, bad settings, quorum, closing at the
//! deadline (also after a restart), a round without ballots, and the
//! chair's decisions once it has closed.

use std::time::Duration;

use super::{api, draft_round};
use crate::common::cli::run_tally;
use crate::common::internals::{AppState, round_status};
use crate::common::{Person, RequestHelper, Role, TestApp, Value, json, p, start};

both_backends!(
    a_round_runs_from_creation_to_results_and_the_cli_recomputes_them,
    only_chairs_create_open_and_close_rounds,
    bad_round_settings_are_refused_and_store_nothing,
    a_round_below_quorum_is_tallied_and_marked,
    a_round_closes_itself_at_its_deadline,
    a_round_without_ballots_closes_with_every_proposal_tied,
    a_chair_records_decisions_once_the_round_has_closed,
);

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
