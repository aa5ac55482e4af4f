//! Round pages over HTTP (as a browser without JavaScript would use them):
//! forms, CSRF, denials, validation and the results page.

mod charts;
mod form;

use crate::common::{RequestHelper, Role, TestApp, json};

both_backends!(
    round_pages_refuse_the_wrong_roles_and_forged_forms,
    a_chair_runs_a_round_through_the_pages_and_voters_use_the_plain_form,
);

async fn round_pages_refuse_the_wrong_roles_and_forged_forms(app: &TestApp) {
    let chair = app.chair().await;
    let d = app.delegate_in("d", "industry", "Acme").await;
    let auditor = app.auditor().await;
    let ids = app.proposals(2).await;
    let id = chair.create_round(&ids, json!({})).await;
    let (first, second) = (ids[0].to_string(), ids[1].to_string());

    // Nobody signed in: sent to sign in.
    let anon = app.browser().await;
    for path in [
        "/rounds",
        "/rounds/new",
        &format!("/rounds/{id}"),
        &format!("/rounds/{id}/ballot"),
    ] {
        let res = anon.get(path).await;
        assert_eq!(res.status, 303, "{path}");
        assert_eq!(res.location(), "/login");
    }
    // A delegate may not create, open or close.
    let d = d.browser().await;
    assert_eq!(d.get("/rounds/new").await.status, 403);
    let res = d
        .post_form(
            "/rounds",
            &[
                ("title", "Sneaky round"),
                ("proposals", &first),
                ("proposals", &second),
            ],
        )
        .await;
    assert_eq!(res.status, 403);
    for action in ["open", "close"] {
        let res = d.post_form(&format!("/rounds/{id}/{action}"), &[]).await;
        assert_eq!(res.status, 403, "{action}");
    }
    // An auditor never gets a ballot.
    let res = auditor
        .browser()
        .await
        .get(&format!("/rounds/{id}/ballot"))
        .await;
    assert_eq!(res.status, 403);
    // A chair's form without its CSRF token is refused and creates nothing.
    let c = chair.browser().await;
    let res = c
        .post_form_without_csrf(
            "/rounds",
            &[
                ("title", "Forged round"),
                ("proposals", &first),
                ("proposals", &second),
            ],
        )
        .await;
    assert_eq!(res.status, 403);
    assert_eq!(c.post(&format!("/rounds/{id}/open")).await.status, 403);
    let list = chair.get("/api/v1/rounds").await.json();
    assert_eq!(list["rounds"].as_array().unwrap().len(), 1);
    assert_eq!(list["rounds"][0]["status"], "draft");
}

async fn a_chair_runs_a_round_through_the_pages_and_voters_use_the_plain_form(app: &TestApp) {
    app.user("chair@example.org", Role::Chair, "member_state", "Kenya")
        .await;
    for (email, organisation) in [
        ("v1@example.org", "Acme"),
        ("v2@example.org", "Beta"),
        ("v3@example.org", "Gamma"),
    ] {
        app.user(email, Role::Delegate, "industry", organisation)
            .await;
    }
    let author = app
        .user("author@example.org", Role::Delegate, "academia", "Uni")
        .await;
    let evil = app
        .proposal(&author, "<script>alert(1)</script> & more")
        .await;
    let plain = app.proposal(&author, "Open data for all").await;
    let c = app.browser_as("chair@example.org").await;
    let (evil_rank, plain_rank) = (format!("rank_p{evil}"), format!("rank_p{plain}"));

    // A bad form re-renders with the reason and what was typed.
    let res = c
        .post_form(
            "/rounds",
            &[
                ("title", "Q1 priorities"),
                ("proposals", &evil.to_string()),
                ("method", "irv"),
            ],
        )
        .await;
    assert_eq!(res.status, 422);
    let html = res.text;
    assert!(html.contains("at least two proposals"), "{html}");
    assert!(html.contains("value=\"Q1 priorities\""));
    assert!(!html.contains("<script>alert(1)</script>"));

    let res = c
        .post_form(
            "/rounds",
            &[
                ("title", "Q1 priorities"),
                ("proposals", &evil.to_string()),
                ("proposals", &plain.to_string()),
                ("method", "borda"),
                ("weighting", "equal_groups"),
                ("group_weights", "industry=2"),
                ("secrecy", "secret"),
                ("quorum_percent", "40"),
            ],
        )
        .await;
    assert_eq!(res.status, 303);
    let id: i64 = res.location().rsplit('/').next().unwrap().parse().unwrap();
    let res = c.post_form(&format!("/rounds/{id}/open"), &[]).await;
    assert_eq!(res.status, 303);

    // Voters use the plain rank-number form.
    let ballot = format!("/rounds/{id}/ballot");
    let v1 = app.browser_as("v1@example.org").await;
    let page = v1.text(&ballot).await;
    assert!(page.contains(&format!("name=\"{evil_rank}\"")));
    assert!(page.contains("&lt;script&gt;") || page.contains("&#60;script&#62;"));
    assert!(!page.contains("<script>alert(1)</script>"));
    let res = v1.post_form(&ballot, &[(&evil_rank, "first")]).await;
    assert_eq!(res.status, 422);
    assert!(res.text.contains("not a whole number"));
    let res = v1
        .post_form(&ballot, &[(&evil_rank, "1"), (&plain_rank, "2")])
        .await;
    assert_eq!(res.status, 200);
    assert!(
        res.text.contains("Your ballot was cast") && res.text.contains("id=\"receipt\""),
        "{}",
        res.text
    );
    for email in ["v2@example.org", "v3@example.org"] {
        let v = app.browser_as(email).await;
        let res = v.post_form(&ballot, &[(&plain_rank, "1")]).await;
        assert_eq!(res.status, 200);
    }
    // Replacing shows it replaced the earlier one.
    let res = v1
        .post_form(&ballot, &[(&evil_rank, "1"), (&plain_rank, "1")])
        .await;
    assert!(res.text.contains("replaced the earlier one"));

    let res = c.post_form(&format!("/rounds/{id}/close"), &[]).await;
    assert_eq!(res.status, 303);
    let page = c.text(&format!("/rounds/{id}")).await;
    assert!(page.contains("id=\"results-heading\""));
    assert!(page.contains("Open data for all"));
    assert!(
        page.contains("<svg") && page.contains("role=\"img\""),
        "the score chart is drawn"
    );
    assert!(
        !page.contains("<script>alert(1)</script>"),
        "titles are escaped in tables and charts"
    );
    assert!(page.contains("Quorum met"));
    // Three industry ballots: the group is shown, with its own ranking.
    assert!(page.contains("Industry") && !page.contains("Too few voters"));
    assert!(page.contains("ballots.json"), "chairs get the downloads");
    let page = app
        .browser_as("v2@example.org")
        .await
        .text(&format!("/rounds/{id}"))
        .await;
    assert!(
        page.contains("id=\"results-heading\"") && page.contains("export/ballots.json"),
        "electors see results and the round's documents"
    );
}
