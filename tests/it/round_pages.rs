//! Round pages over HTTP (as a browser without JavaScript would use them):
//! forms, CSRF, denials, validation and the results page.
#![allow(clippy::unwrap_used)]


use crate::common::{PASSWORD, TestApp};
use plenary::domain::user::Role;
use serde_json::json;

both_backends!(
    round_pages_refuse_the_wrong_roles_and_forged_forms,
    a_chair_runs_a_round_through_the_pages_and_voters_use_the_plain_form,
);

async fn browser_as(app: &TestApp, email: &str) -> (reqwest::Client, String) {
    let client = app.browser_client();
    let csrf = app.csrf(&client, "/login").await;
    let res = client
        .post(app.url("/login"))
        .form(&[
            ("email", email),
            ("password", PASSWORD),
            ("csrf_token", csrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "sign-in of {email}");
    (client, csrf)
}

async fn round_pages_refuse_the_wrong_roles_and_forged_forms(app: &TestApp) {
    let chair_token = app.signed_in("chair@example.org", Role::Chair).await;
    app.user("d@example.org", Role::Delegate, "industry", "Acme")
        .await;
    app.user("aud@example.org", Role::Auditor, "academia", "Uni")
        .await;
    let ids = app.proposals(2).await;
    let id = app.create_round(&chair_token, &ids, json!({})).await;

    // Nobody signed in: sent to sign in.
    let anon = app.browser_client();
    for path in [
        "/rounds",
        "/rounds/new",
        &format!("/rounds/{id}"),
        &format!("/rounds/{id}/ballot"),
    ] {
        let res = anon.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 303, "{path}");
        assert_eq!(res.headers()["location"], "/login");
    }
    // A delegate may not create, open or close.
    let (d, csrf) = browser_as(app, "d@example.org").await;
    assert_eq!(
        d.get(app.url("/rounds/new")).send().await.unwrap().status(),
        403
    );
    let res = d
        .post(app.url("/rounds"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("title", "Sneaky round"),
            ("proposals", &ids[0].to_string()),
            ("proposals", &ids[1].to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    for action in ["open", "close"] {
        let res = d
            .post(app.url(&format!("/rounds/{id}/{action}")))
            .form(&[("csrf_token", csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403, "{action}");
    }
    // An auditor never gets a ballot.
    let (a, _) = browser_as(app, "aud@example.org").await;
    assert_eq!(
        a.get(app.url(&format!("/rounds/{id}/ballot")))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
    // A chair's form without its CSRF token is refused and creates nothing.
    let (c, _) = browser_as(app, "chair@example.org").await;
    let res = c
        .post(app.url("/rounds"))
        .form(&[
            ("title", "Forged round"),
            ("proposals", &ids[0].to_string()),
            ("proposals", &ids[1].to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let res = c
        .post(app.url(&format!("/rounds/{id}/open")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let list: serde_json::Value = app
        .api_client()
        .get(app.url("/api/v1/rounds"))
        .bearer_auth(&chair_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["rounds"].as_array().unwrap().len(), 1);
    assert_eq!(list["rounds"][0]["status"], "draft");
}

async fn a_chair_runs_a_round_through_the_pages_and_voters_use_the_plain_form(app: &TestApp) {
    app.user("chair@example.org", Role::Chair, "member_state", "Kenya")
        .await;
    app.user("v1@example.org", Role::Delegate, "industry", "Acme")
        .await;
    app.user("v2@example.org", Role::Delegate, "industry", "Beta")
        .await;
    app.user("v3@example.org", Role::Delegate, "industry", "Gamma")
        .await;
    let author = app
        .user("author@example.org", Role::Delegate, "academia", "Uni")
        .await;
    let evil = app
        .proposal(&author, "<script>alert(1)</script> & more")
        .await;
    let plain = app.proposal(&author, "Open data for all").await;
    let (c, csrf) = browser_as(app, "chair@example.org").await;

    // A bad form re-renders with the reason and what was typed.
    let res = c
        .post(app.url("/rounds"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("title", "Q1 priorities"),
            ("proposals", &evil.to_string()),
            ("method", "irv"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("at least two proposals"), "{html}");
    assert!(html.contains("value=\"Q1 priorities\""));
    assert!(!html.contains("<script>alert(1)</script>"));

    let res = c
        .post(app.url("/rounds"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("title", "Q1 priorities"),
            ("proposals", &evil.to_string()),
            ("proposals", &plain.to_string()),
            ("method", "borda"),
            ("weighting", "equal_groups"),
            ("group_weights", "industry=2"),
            ("secrecy", "secret"),
            ("quorum_percent", "40"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let id: i64 = location.rsplit('/').next().unwrap().parse().unwrap();
    let res = c
        .post(app.url(&format!("/rounds/{id}/open")))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    // Voters use the plain rank-number form.
    let (v1, csrf1) = browser_as(app, "v1@example.org").await;
    let page = v1
        .get(app.url(&format!("/rounds/{id}/ballot")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(&format!("name=\"rank_p{evil}\"")));
    assert!(page.contains("&lt;script&gt;") || page.contains("&#60;script&#62;"));
    assert!(!page.contains("<script>alert(1)</script>"));
    let res = v1
        .post(app.url(&format!("/rounds/{id}/ballot")))
        .form(&[
            ("csrf_token", csrf1.as_str()),
            (&format!("rank_p{evil}"), "first"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("not a whole number"));
    let res = v1
        .post(app.url(&format!("/rounds/{id}/ballot")))
        .form(&[
            ("csrf_token", csrf1.as_str()),
            (&format!("rank_p{evil}"), "1"),
            (&format!("rank_p{plain}"), "2"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Your ballot was cast") && html.contains("id=\"receipt\""),
        "{html}"
    );
    for (email, first) in [("v2@example.org", plain), ("v3@example.org", plain)] {
        let (v, csrf) = browser_as(app, email).await;
        let res = v
            .post(app.url(&format!("/rounds/{id}/ballot")))
            .form(&[
                ("csrf_token", csrf.as_str()),
                (&format!("rank_p{first}"), "1"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
    }
    // Replacing shows it replaced the earlier one.
    let res = v1
        .post(app.url(&format!("/rounds/{id}/ballot")))
        .form(&[
            ("csrf_token", csrf1.as_str()),
            (&format!("rank_p{evil}"), "1"),
            (&format!("rank_p{plain}"), "1"),
        ])
        .send()
        .await
        .unwrap();
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("replaced the earlier one")
    );

    let res = c
        .post(app.url(&format!("/rounds/{id}/close")))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let page = c
        .get(app.url(&format!("/rounds/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
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
    let (v, _) = browser_as(app, "v2@example.org").await;
    let page = v
        .get(app.url(&format!("/rounds/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("id=\"results-heading\"") && !page.contains("export/ballots.json"),
        "delegates see results, not downloads"
    );
}
