//! Voting rounds over HTTP on SQLite and PostgreSQL: creating, opening,
//! casting, closing, results, receipts, and the rules and denials around them.
#![allow(clippy::unwrap_used)]


use std::time::Duration;

use crate::common::{PASSWORD, TestApp};
use plenary::domain::round::RoundId;
use plenary::domain::user::Role;
use serde_json::{Value, json};

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

async fn get_json(app: &TestApp, token: &str, path: &str) -> (u16, Value) {
    let res = app
        .api_client()
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

fn p(id: i64) -> String {
    format!("p{id}")
}

async fn a_round_runs_from_creation_to_results_and_the_cli_recomputes_them(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let ids = app.proposals(3).await;
    let id = app
        .create_round(
            &chair,
            &ids,
            json!({"description": "Rank what matters.", "method": "schulze"}),
        )
        .await;
    let (_, round) = get_json(app, &chair, &format!("/api/v1/rounds/{id}")).await;
    assert_eq!(round["round"]["status"], "draft");
    assert_eq!(round["round"]["secrecy"], "secret");
    assert_eq!(round["round"]["proposals"].as_array().unwrap().len(), 3);

    let a = app.voter("a@example.org", "industry", "Acme").await;
    let b = app
        .voter("b@example.org", "civil_society", "Open Rights")
        .await;
    let c = app.voter("c@example.org", "academia", "Uni").await;
    assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);

    let (x, y, z) = (p(ids[0]), p(ids[1]), p(ids[2]));
    // Proposals in an open round are locked: no edit, no withdrawal.
    let author_token = app
        .token(
            &app.state
                .db({
                    let first = ids[0];
                    move |c| {
                        use diesel::{QueryDsl, RunQueryDsl};
                        use plenary::db::schema::{proposals as pr, users as u};
                        Ok(pr::table
                            .inner_join(u::table)
                            .filter(diesel::ExpressionMethods::eq(pr::id, first))
                            .select(u::email)
                            .first::<String>(c)?)
                    }
                })
                .await
                .unwrap(),
        )
        .await;
    let res = app
        .api_client()
        .patch(app.url(&format!("/api/v1/proposals/{}", ids[0])))
        .bearer_auth(&author_token)
        .json(&json!({"title": "A changed title"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    let res = app
        .api_client()
        .post(app.url(&format!("/api/v1/proposals/{}/withdraw", ids[0])))
        .bearer_auth(&author_token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    let res = app.vote(&a, id, json!([[y], [x]])).await;
    assert_eq!(res.status(), 200);
    let first: Value = res.json().await.unwrap();
    assert_eq!(first["replaced"], false);
    assert_eq!(first["receipt"].as_str().unwrap().len(), 64);
    // Replacing: only the latest counts.
    let res = app.vote(&a, id, json!([[x], [y, z]])).await;
    let second: Value = res.json().await.unwrap();
    assert_eq!(second["replaced"], true);
    assert_eq!(app.vote(&b, id, json!([[x], [z]])).await.status(), 200);
    assert_eq!(app.vote(&c, id, json!([[z, y]])).await.status(), 200);
    // The voter sees their current ballot.
    let (s, own) = get_json(app, &a, &format!("/api/v1/rounds/{id}/ballot")).await;
    assert_eq!(s, 200);
    assert_eq!(own["ballot"]["ranking"], json!([[x], [y, z]]));
    assert_eq!(own["ballot"]["receipt"], second["receipt"]);
    // No results while open.
    let (s, _) = get_json(app, &a, &format!("/api/v1/rounds/{id}/results")).await;
    assert_eq!(s, 409);

    let res = app.round_action(&chair, id, "close").await;
    assert_eq!(res.status(), 200);
    let (s, results) = get_json(app, &a, &format!("/api/v1/rounds/{id}/results")).await;
    assert_eq!(s, 200);
    assert_eq!(results["method"], "schulze");
    assert_eq!(results["winners"], json!([x]));
    assert_eq!(results["inputs"]["ballots"], 3);

    // Re-tally the stored ballots with the CLI: same ranking, same bytes.
    let file = app
        .state
        .db(move |c| plenary::services::rounds::published_ballots(c, RoundId(id)))
        .await
        .unwrap();
    let stored = app
        .state
        .db(move |c| plenary::services::rounds::results(c, RoundId(id)))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) =
        crate::common::run_tally(dir.path(), "ballots.json", &file.to_json().unwrap(), &[]);
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
    let trail = app.audit().await;
    plenary::audit::verify(&trail).unwrap();
    let closed = trail.iter().find(|e| e.action == "round.closed").unwrap();
    assert_eq!(closed.details["ballot_digest"], json!(file.digest));
    assert_eq!(closed.details["ballots"], 3);
    // A second close is refused.
    assert_eq!(app.round_action(&chair, id, "close").await.status(), 409);
}

async fn only_chairs_create_open_and_close_rounds(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let ids = app.proposals(2).await;
    let id = app.create_round(&chair, &ids, json!({})).await;
    let body = json!({"title": "Another round", "proposals": ids});
    for role in [Role::Delegate, Role::Auditor, Role::Admin] {
        let token = app.signed_in(&format!("{role}@example.org"), role).await;
        let res = app
            .api_client()
            .post(app.url("/api/v1/rounds"))
            .bearer_auth(&token)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403, "{role} create");
        for action in ["open", "close"] {
            assert_eq!(
                app.round_action(&token, id, action).await.status(),
                403,
                "{role} {action}"
            );
        }
    }
    let res = app
        .api_client()
        .post(app.url("/api/v1/rounds"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let res = app
        .api_client()
        .post(app.url(&format!("/api/v1/rounds/{id}/open")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let (_, r) = get_json(app, &chair, &format!("/api/v1/rounds/{id}")).await;
    assert_eq!(r["round"]["status"], "draft");
    let (s, list) = get_json(app, &chair, "/api/v1/rounds").await;
    assert_eq!(s, 200);
    assert_eq!(list["rounds"].as_array().unwrap().len(), 1);
}

async fn bad_round_settings_are_refused_and_store_nothing(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let ids = app.proposals(2).await;
    let author = app
        .user("lone@example.org", Role::Delegate, "academia", "Uni")
        .await;
    let st = app.state.clone();
    let lone = app
        .state
        .db(move |c| {
            use plenary::services::proposals as ps;
            let settings = &st.settings;
            let input = ps::ProposalInput::parse::<&str>(
                settings,
                "Lonely idea",
                "Summary.",
                "Body.",
                &[],
            )?;
            Ok(ps::create(c, settings.eligibility, &author, &input, true)?.id)
        })
        .await
        .unwrap();
    let audit_before = app.audit().await.len();
    let cases = vec![
        (json!({"title": "x", "proposals": ids}), 422, "title"),
        (
            json!({"title": "Round", "proposals": [ids[0]]}),
            422,
            "at least two",
        ),
        (
            json!({"title": "Round", "proposals": [ids[0], ids[0], ids[1]]}),
            422,
            "twice",
        ),
        (
            json!({"title": "Round", "proposals": [ids[0], 99999]}),
            422,
            "no proposal 99999",
        ),
        (
            json!({"title": "Round", "proposals": ids, "method": "dictator"}),
            422,
            "Unknown method",
        ),
        (
            json!({"title": "Round", "proposals": ids, "weighting": "by_height"}),
            422,
            "Unknown weighting",
        ),
        (
            json!({"title": "Round", "proposals": ids, "secrecy": "whispered"}),
            422,
            "secrecy",
        ),
        (
            json!({"title": "Round", "proposals": ids, "closes_at": "2001-01-01T00:00:00Z"}),
            422,
            "future",
        ),
        (
            json!({"title": "Round", "proposals": ids, "quorum_percent": 101}),
            422,
            "quorum",
        ),
        (
            json!({"title": "Round", "proposals": ids, "weighting": "equal_groups", "group_weights": {"martians": "2"}}),
            422,
            "martians",
        ),
        (
            json!({"title": "Round", "proposals": ids, "colour": "red"}),
            400,
            "unknown field",
        ),
        (
            json!({"title": "Round", "proposals": "all"}),
            400,
            "invalid type",
        ),
    ];
    for (body, status, needle) in cases {
        let res = app
            .api_client()
            .post(app.url("/api/v1/rounds"))
            .bearer_auth(&chair)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), status, "{body}");
        let err: Value = res.json().await.unwrap();
        let msg = err["error"]["message"].as_str().unwrap();
        assert!(msg.contains(needle), "{msg:?} lacks {needle:?}");
    }
    // A proposal without co-sponsors from two other groups is not eligible.
    let res = app
        .api_client()
        .post(app.url("/api/v1/rounds"))
        .bearer_auth(&chair)
        .json(&json!({"title": "Round", "proposals": [ids[0], lone]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let text = res.text().await.unwrap();
    assert!(
        text.contains("not eligible yet")
            && text.contains("needs co-sponsors from 2 more stakeholder groups"),
        "{text}"
    );
    // A withdrawn proposal cannot be put to a vote.
    let withdrawn = ids[1];
    app.state
        .db(move |c| {
            use diesel::{ExpressionMethods, QueryDsl, RunQueryDsl};
            use plenary::db::schema::proposals as pr;
            diesel::update(pr::table.find(withdrawn))
                .set(pr::status.eq("withdrawn"))
                .execute(c)?;
            Ok(())
        })
        .await
        .unwrap();
    let res = app
        .api_client()
        .post(app.url("/api/v1/rounds"))
        .bearer_auth(&chair)
        .json(&json!({"title": "Round", "proposals": ids}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("withdrawn"));
    let (_, list) = get_json(app, &chair, "/api/v1/rounds").await;
    assert_eq!(list["rounds"].as_array().unwrap().len(), 0);
    assert_eq!(app.audit().await.len(), audit_before);
}

async fn invalid_ballots_are_refused_and_store_nothing(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let ids = app.proposals(3).await;
    let outside = app.proposals(1).await[0];
    let id = app.create_round(&chair, &ids[..2], json!({})).await;
    let v = app.voter("v@example.org", "industry", "Acme").await;
    assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);
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
        let res = app.vote(&v, id, ranking.clone()).await;
        assert_eq!(res.status(), 422, "{ranking}");
        let err: Value = res.json().await.unwrap();
        let msg = err["error"]["message"].as_str().unwrap();
        assert!(msg.contains(needle), "{msg:?} lacks {needle:?}");
    }
    for body in [
        json!({"ranking": "p1"}),
        json!({"ranked": []}),
        json!([1, 2]),
    ] {
        let res = app
            .api_client()
            .put(app.url(&format!("/api/v1/rounds/{id}/ballot")))
            .bearer_auth(&v)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400, "{body}");
    }
    assert_eq!(app.audit().await.len(), audit_before, "nothing recorded");
    let (s, _) = get_json(app, &v, &format!("/api/v1/rounds/{id}/ballot")).await;
    assert_eq!(s, 404, "nothing stored");
}

async fn nobody_votes_in_a_draft_or_closed_round_and_only_the_electorate_votes(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let ids = app.proposals(2).await;
    let id = app.create_round(&chair, &ids, json!({})).await;
    let v = app.voter("v@example.org", "industry", "Acme").await;
    let auditor = app.signed_in("auditor@example.org", Role::Auditor).await;
    let ranking = json!([[p(ids[0])]]);

    let res = app.vote(&v, id, ranking.clone()).await;
    assert_eq!(res.status(), 409);
    let err: Value = res.json().await.unwrap();
    assert_eq!(err["error"]["code"], "round_closed");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not open")
    );

    assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);
    // The auditor never votes.
    assert_eq!(app.vote(&auditor, id, ranking.clone()).await.status(), 403);
    // Chairs are in the electorate.
    assert_eq!(app.vote(&chair, id, ranking.clone()).await.status(), 200);
    assert_eq!(app.vote(&v, id, ranking.clone()).await.status(), 200);
    // Nobody signed in.
    let res = app
        .api_client()
        .put(app.url(&format!("/api/v1/rounds/{id}/ballot")))
        .json(&json!({"ranking": ranking}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);

    assert_eq!(app.round_action(&chair, id, "close").await.status(), 200);
    let res = app.vote(&v, id, ranking.clone()).await;
    assert_eq!(res.status(), 409);
    let err: Value = res.json().await.unwrap();
    assert_eq!(err["error"]["code"], "round_closed");
    assert_eq!(app.round_action(&chair, id, "open").await.status(), 409);
    let (_, results) = get_json(app, &v, &format!("/api/v1/rounds/{id}/results")).await;
    assert_eq!(results["inputs"]["ballots"], 2);
}

async fn the_electorate_is_fixed_when_the_round_opens(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let admin = app.signed_in("admin@example.org", Role::Admin).await;
    let ids = app.proposals(2).await;
    let id = app
        .create_round(
            &chair,
            &ids,
            json!({"weighting": "equal_groups", "secrecy": "recorded"}),
        )
        .await;
    let early = app
        .user("early@example.org", Role::Delegate, "industry", "Acme")
        .await;
    let early_token = app.token("early@example.org").await;
    assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);
    // Joined after the opening: not in the electorate.
    let late = app.voter("late@example.org", "industry", "Acme").await;
    let res = app.vote(&late, id, json!([[p(ids[0])]])).await;
    assert_eq!(res.status(), 403);
    assert!(res.text().await.unwrap().contains("electorate"));
    // A group change after opening does not alter the ballot's group.
    let res = app
        .api_client()
        .patch(app.url(&format!("/api/v1/users/{}", early.id)))
        .bearer_auth(&admin)
        .json(&json!({"group": "academia", "organisation": "Uni"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        app.vote(&early_token, id, json!([[p(ids[1])]]))
            .await
            .status(),
        200
    );
    assert_eq!(app.round_action(&chair, id, "close").await.status(), 200);
    let file = app
        .state
        .db(move |c| plenary::services::rounds::published_ballots(c, RoundId(id)))
        .await
        .unwrap();
    assert_eq!(file.ballots.len(), 1);
    assert_eq!(file.ballots[0].group, "industry");
    assert_eq!(file.ballots[0].organisation.as_deref(), Some("Acme"));
}

async fn secret_ballots_do_not_name_the_voter_and_recorded_ones_do(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let ids = app.proposals(2).await;
    let secret = app
        .create_round(&chair, &ids, json!({"secrecy": "secret"}))
        .await;
    let recorded = app
        .create_round(&chair, &ids, json!({"secrecy": "recorded"}))
        .await;
    let voter = app
        .user(
            "ines@example.org",
            Role::Delegate,
            "industry",
            "Acme Networks",
        )
        .await;
    let v = app.token("ines@example.org").await;
    for id in [secret, recorded] {
        assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);
        assert_eq!(
            app.vote(&v, id, json!([[p(ids[1])], [p(ids[0])]]))
                .await
                .status(),
            200
        );
        assert_eq!(app.round_action(&chair, id, "close").await.status(), 200);
    }
    let rows = app
        .state
        .db(|c| {
            use diesel::{QueryDsl, RunQueryDsl};
            use plenary::db::schema::ballots as b;
            Ok(b::table
                .select((b::round_id, b::user_id, b::voter_key))
                .load::<(i64, Option<i64>, String)>(c)?)
        })
        .await
        .unwrap();
    let s = rows.iter().find(|r| r.0 == secret).unwrap();
    let r = rows.iter().find(|r| r.0 == recorded).unwrap();
    assert_eq!(s.1, None, "a secret ballot row holds no user id");
    assert_eq!(r.1, Some(voter.id.0));
    // The voter key is a keyed hash (64 hex characters), equal in both
    // rounds' rows only by chance, so rows cannot be joined across rounds.
    assert_eq!(s.2.len(), 64);
    assert_ne!(s.2, r.2);
    // The trail says that Ines voted, never what or with which receipt.
    let trail = app.audit().await;
    let file = app
        .state
        .db(move |c| plenary::services::rounds::published_ballots(c, RoundId(secret)))
        .await
        .unwrap();
    let receipt = &file.ballots[0].receipt;
    for e in trail.iter().filter(|e| e.action == "ballot.cast") {
        assert_eq!(e.actor, voter.id.0.to_string());
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
    let rec = app
        .state
        .db(move |c| plenary::services::rounds::published_ballots(c, RoundId(recorded)))
        .await
        .unwrap();
    assert_eq!(rec.ballots[0].voter.as_ref().unwrap().name, "ines");
    assert_eq!(
        rec.ballots[0].organisation.as_deref(),
        Some("Acme Networks")
    );
}

async fn receipts_say_whether_a_ballot_was_counted(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let ids = app.proposals(2).await;
    let id = app.create_round(&chair, &ids, json!({})).await;
    let v = app.voter("v@example.org", "industry", "Acme").await;
    assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);
    let first: Value = app
        .vote(&v, id, json!([[p(ids[0])]]))
        .await
        .json()
        .await
        .unwrap();
    let second: Value = app
        .vote(&v, id, json!([[p(ids[1])]]))
        .await
        .json()
        .await
        .unwrap();
    let r1 = first["receipt"].as_str().unwrap();
    let r2 = second["receipt"].as_str().unwrap();
    let (s, _) = get_json(app, &v, &format!("/api/v1/rounds/{id}/receipts/{r2}")).await;
    assert_eq!(s, 409, "not before the close");
    assert_eq!(app.round_action(&chair, id, "close").await.status(), 200);
    let (s, c2) = get_json(app, &v, &format!("/api/v1/rounds/{id}/receipts/{r2}")).await;
    assert_eq!(s, 200);
    assert_eq!(c2["counted"], true);
    assert_eq!(c2["ranking"], json!([[p(ids[1])]]));
    let (_, c1) = get_json(app, &v, &format!("/api/v1/rounds/{id}/receipts/{r1}")).await;
    assert_eq!(c1["counted"], false);
    assert!(c1["reason"].as_str().unwrap().contains("replaced"));
    let (_, none) = get_json(
        app,
        &v,
        &format!("/api/v1/rounds/{id}/receipts/{}", "a".repeat(64)),
    )
    .await;
    assert_eq!(none["counted"], false);
    let (s, _) = get_json(app, &v, &format!("/api/v1/rounds/{id}/receipts/nothex")).await;
    assert_eq!(s, 422);
    // The receipt is in the published ballots, and it binds the nonce.
    let file = app
        .state
        .db(move |c| plenary::services::rounds::published_ballots(c, RoundId(id)))
        .await
        .unwrap();
    assert!(file.ballots.iter().any(|b| b.receipt == r2));
    let recomputed = plenary::domain::ballots_file::receipt(
        &id.to_string(),
        &[vec![p(ids[1])]],
        second["nonce"].as_str().unwrap(),
    )
    .unwrap();
    assert_eq!(recomputed, r2);
}

async fn a_round_below_quorum_is_tallied_and_marked(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let ids = app.proposals(2).await;
    let id = app
        .create_round(&chair, &ids, json!({"quorum_percent": 75}))
        .await;
    let v = app.voter("v@example.org", "industry", "Acme").await;
    app.voter("w@example.org", "industry", "Acme").await;
    assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);
    assert_eq!(app.vote(&v, id, json!([[p(ids[1])]])).await.status(), 200);
    assert_eq!(app.round_action(&chair, id, "close").await.status(), 200);
    let (_, r) = get_json(app, &v, &format!("/api/v1/rounds/{id}")).await;
    assert_eq!(r["round"]["quorum_met"], false);
    let (_, results) = get_json(app, &v, &format!("/api/v1/rounds/{id}/results")).await;
    assert_eq!(results["winners"], json!([p(ids[1])]));
}

async fn a_round_closes_itself_at_its_deadline(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let ids = app.proposals(2).await;
    // Generous margin: the deadline must not pass before the vote, even on a
    // loaded machine.
    let deadline = (chrono::Utc::now() + chrono::Duration::seconds(6)).to_rfc3339();
    let id = app
        .create_round(&chair, &ids, json!({"closes_at": deadline}))
        .await;
    let v = app.voter("v@example.org", "industry", "Acme").await;
    assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);
    assert_eq!(app.vote(&v, id, json!([[p(ids[0])]])).await.status(), 200);
    let mut status = Value::Null;
    for _ in 0..80 {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let (_, r) = get_json(app, &v, &format!("/api/v1/rounds/{id}")).await;
        status = r["round"]["status"].clone();
        if status == "closed" {
            break;
        }
    }
    assert_eq!(status, "closed");
    let trail = app.audit().await;
    let closed = trail.iter().find(|e| e.action == "round.closed").unwrap();
    assert_eq!(closed.actor, "system");
    let (_, results) = get_json(app, &v, &format!("/api/v1/rounds/{id}/results")).await;
    assert_eq!(results["inputs"]["ballots"], 1);

    // A server restarted after a deadline closes the round at start.
    let deadline = chrono::Utc::now() + chrono::Duration::seconds(3);
    let id2 = app
        .create_round(&chair, &ids, json!({"closes_at": deadline.to_rfc3339()}))
        .await;
    assert_eq!(app.round_action(&chair, id2, "open").await.status(), 200);
    let mut settings = app.state.settings.clone();
    settings.close_check_every = Duration::from_secs(3600);
    let state = actix_web::web::Data::new(plenary::startup::AppState::new(settings).unwrap());
    while chrono::Utc::now() <= deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let restarted = plenary::startup::Application::with_state(state.clone()).unwrap();
    let handle = restarted.handle();
    tokio::spawn(restarted.run_until_stopped());
    let mut status = Value::Null;
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let r = state
            .db(move |c| plenary::services::rounds::get(c, RoundId(id2)))
            .await
            .unwrap();
        status = json!(r.status);
        if status == "closed" {
            break;
        }
    }
    handle.stop(false).await;
    assert_eq!(status, "closed");
}

async fn fifty_concurrent_voters_are_each_counted_exactly_once(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let ids = app.proposals(3).await;
    let id = app.create_round(&chair, &ids, json!({})).await;
    let groups = [
        "industry",
        "academia",
        "civil_society",
        "member_state",
        "technical_community",
    ];
    let mut tokens = Vec::new();
    for i in 0..50 {
        tokens.push(
            app.voter(
                &format!("v{i}@example.org"),
                groups[i % 5],
                &format!("Org {}", i % 7),
            )
            .await,
        );
    }
    assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);
    let mut tasks = Vec::new();
    for (i, t) in tokens.into_iter().enumerate() {
        let client = app.api_client();
        let url = app.url(&format!("/api/v1/rounds/{id}/ballot"));
        let ranking = json!([[p(ids[i % 3])], [p(ids[(i + 1) % 3])]]);
        tasks.push(tokio::spawn(async move {
            let res = client
                .put(url)
                .bearer_auth(t)
                .json(&json!({"ranking": ranking}))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200);
            let v: Value = res.json().await.unwrap();
            v["receipt"].as_str().unwrap().to_owned()
        }));
    }
    let mut receipts = Vec::new();
    for t in tasks {
        receipts.push(t.await.unwrap());
    }
    assert_eq!(app.round_action(&chair, id, "close").await.status(), 200);
    let file = app
        .state
        .db(move |c| plenary::services::rounds::published_ballots(c, RoundId(id)))
        .await
        .unwrap();
    assert_eq!(file.ballots.len(), 50);
    let mut published: Vec<&str> = file.ballots.iter().map(|b| b.receipt.as_str()).collect();
    published.sort_unstable();
    receipts.sort();
    assert_eq!(
        published,
        receipts.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert_eq!(
        app.actions()
            .await
            .iter()
            .filter(|a| *a == "ballot.cast")
            .count(),
        50
    );
    plenary::audit::verify(&app.audit().await).unwrap();
}

async fn a_close_racing_with_casts_counts_every_acknowledged_ballot(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let ids = app.proposals(2).await;
    let id = app.create_round(&chair, &ids, json!({})).await;
    let mut tokens = Vec::new();
    for i in 0..30 {
        tokens.push(
            app.voter(&format!("v{i}@example.org"), "industry", "Acme")
                .await,
        );
    }
    assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);
    let mut tasks = Vec::new();
    for (i, t) in tokens.into_iter().enumerate() {
        let client = app.api_client();
        let url = app.url(&format!("/api/v1/rounds/{id}/ballot"));
        let ranking = json!([[p(ids[i % 2])]]);
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis((i as u64 % 10) * 15)).await;
            let res = client
                .put(url)
                .bearer_auth(t)
                .json(&json!({"ranking": ranking}))
                .send()
                .await
                .unwrap();
            let status = res.status().as_u16();
            let v: Value = res.json().await.unwrap();
            (status, v)
        }));
    }
    tokio::time::sleep(Duration::from_millis(60)).await;
    assert_eq!(app.round_action(&chair, id, "close").await.status(), 200);
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
    let file = app
        .state
        .db(move |c| plenary::services::rounds::published_ballots(c, RoundId(id)))
        .await
        .unwrap();
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
    let casts = app
        .actions()
        .await
        .iter()
        .filter(|a| *a == "ballot.cast")
        .count();
    assert_eq!(casts, acknowledged.len());
}

async fn a_round_without_ballots_closes_with_every_proposal_tied(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let ids = app.proposals(3).await;
    for method in ["schulze", "irv", "plurality"] {
        let id = app
            .create_round(
                &chair,
                &ids,
                json!({"method": method, "quorum_percent": 10}),
            )
            .await;
        assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);
        assert_eq!(
            app.round_action(&chair, id, "close").await.status(),
            200,
            "{method}"
        );
        let (s, results) = get_json(app, &chair, &format!("/api/v1/rounds/{id}/results")).await;
        assert_eq!(s, 200);
        assert_eq!(results["inputs"]["ballots"], 0);
        let ranked: usize = results["ranking"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_array().unwrap().len())
            .sum();
        assert_eq!(ranked, 3, "{method}: {results}");
        let (_, r) = get_json(app, &chair, &format!("/api/v1/rounds/{id}")).await;
        assert_eq!(r["round"]["quorum_met"], false);
        // The results page renders too.
        let page = app.browser_client();
        let csrf = app.csrf(&page, "/login").await;
        page.post(app.url("/login"))
            .form(&[
                ("email", "chair@example.org"),
                ("password", PASSWORD),
                ("csrf_token", csrf.as_str()),
            ])
            .send()
            .await
            .unwrap();
        let res = page
            .get(app.url(&format!("/rounds/{id}")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{method}");
    }
}

async fn a_chair_records_decisions_once_the_round_has_closed(app: &TestApp) {
    let chair = app.signed_in("chair@example.org", Role::Chair).await;
    let delegate = app.signed_in("d@example.org", Role::Delegate).await;
    let ids = app.proposals(3).await;
    let id = app.create_round(&chair, &ids[..2], json!({})).await;
    let decide = |token: String, proposal: i64, decision: &'static str| {
        let client = app.api_client();
        let url = app.url(&format!("/api/v1/proposals/{proposal}/decision"));
        async move {
            client
                .post(url)
                .bearer_auth(token)
                .json(&json!({ "decision": decision }))
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(app.round_action(&chair, id, "open").await.status(), 200);
    let res = decide(chair.clone(), ids[0], "adopted").await;
    assert_eq!(res.status(), 409, "not while the round is open");
    assert_eq!(app.round_action(&chair, id, "close").await.status(), 200);
    assert_eq!(
        decide(delegate.clone(), ids[0], "adopted").await.status(),
        403
    );
    let res = app
        .api_client()
        .post(app.url(&format!("/api/v1/proposals/{}/decision", ids[0])))
        .json(&json!({"decision": "adopted"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    assert_eq!(decide(chair.clone(), ids[0], "maybe").await.status(), 422);
    assert_eq!(
        decide(chair.clone(), ids[0], "withdrawn").await.status(),
        422
    );
    assert_eq!(
        decide(chair.clone(), ids[2], "adopted").await.status(),
        409,
        "never in a closed round"
    );
    let res = decide(chair.clone(), ids[0], "adopted").await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["proposal"]["status"], "adopted");
    assert_eq!(
        decide(chair.clone(), ids[0], "not_adopted").await.status(),
        409,
        "a decision is final"
    );
    let decided: Vec<_> = app
        .audit()
        .await
        .into_iter()
        .filter(|e| e.action == "proposal.decided")
        .collect();
    assert_eq!(decided.len(), 1);
    assert_eq!(decided[0].details, json!({"decision": "adopted"}));
    // The chair's form on the results page records the other one.
    let client = app.browser_client();
    let csrf = app.csrf(&client, "/login").await;
    client
        .post(app.url("/login"))
        .form(&[
            ("email", "chair@example.org"),
            ("password", PASSWORD),
            ("csrf_token", csrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    let page = client
        .get(app.url(&format!("/rounds/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(&format!("/rounds/{id}/proposals/{}/decision", ids[1])));
    let res = client
        .post(app.url(&format!("/rounds/{id}/proposals/{}/decision", ids[1])))
        .form(&[("csrf_token", csrf.as_str()), ("decision", "not_adopted")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let page = client
        .get(app.url(&format!("/rounds/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("\nAdopted</td>"), "shows the decision");
    assert!(page.contains("\nNot adopted</td>"));
    assert!(
        !page.contains(&format!("/rounds/{id}/proposals/{}/decision", ids[1])),
        "no form once decided"
    );
}
