//! The account page and `/api/v1/me`: name and time zone, a password
//! change that revokes every other session, and an admin's reset to a
//! one-time code that must be changed before anything else.

use crate::common::{PASSWORD, RequestHelper, Session, TestApp, json};

both_backends!(
    name_and_time_zone_change_and_bad_zones_are_refused,
    a_password_change_revokes_every_other_session,
    an_admin_reset_forces_a_new_password_at_first_sign_in,
);

async fn name_and_time_zone_change_and_bad_zones_are_refused(app: &TestApp) {
    let d = app.delegate("france").await;
    let res = d
        .patch_json("/api/v1/me", json!({"time_zone": "Mars/Olympus"}))
        .await;
    assert_eq!(res.status, 422, "{}", res.text);
    assert!(res.error_message().contains("Unknown time zone"));
    let res = d
        .patch_json(
            "/api/v1/me",
            json!({"time_zone": "Europe/Paris", "display_name": "Marie"}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(res.json()["time_zone"], "Europe/Paris");
    assert_eq!(d.me().await["display_name"], "Marie");
    let entries = app.actions().await;
    assert!(entries.iter().any(|a| a == "user.profile_changed"));

    // The page: a bad zone is a 422 with the message; a good one is saved
    // and times show in it.
    let b = d.browser().await;
    let res = b
        .post_form(
            "/account",
            &[("display_name", "Marie"), ("time_zone", "Nowhere")],
        )
        .await;
    assert_eq!(res.status, 422);
    assert!(res.text.contains("Unknown time zone"));
    let res = b
        .post_form(
            "/account",
            &[("display_name", "Marie D."), ("time_zone", "Asia/Tokyo")],
        )
        .await;
    assert_eq!(res.status, 303);
    let page = b.get("/account?saved=profile").await;
    assert!(page.text.contains("Asia/Tokyo") && page.text.contains("are saved"));
    assert!(
        b.get("/")
            .await
            .text
            .contains("Times are shown in Asia/Tokyo")
    );
}

async fn a_password_change_revokes_every_other_session(app: &TestApp) {
    let d = app.delegate("france").await;
    let other_browser = d.browser().await;
    let old_token = d.token.clone();
    // The wrong current password changes nothing.
    let res = d
        .post_json(
            "/api/v1/me/password",
            json!({"current_password": "wrong password", "new_password": "a brand new secret"}),
        )
        .await;
    assert_eq!(res.status, 422, "{}", res.text);
    assert_eq!(d.get("/api/v1/me").await.status, 200);
    // Too short a new one: refused like at registration.
    let res = d
        .post_json(
            "/api/v1/me/password",
            json!({"current_password": PASSWORD, "new_password": "short"}),
        )
        .await;
    assert_eq!(res.status, 422);
    // Through the page: the browser stays signed in, everything else ends.
    let b = d.browser().await;
    let res = b
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a brand new secret"),
            ],
        )
        .await;
    assert_eq!(res.status, 303, "{}", res.text);
    assert_eq!(
        b.get("/account").await.status,
        200,
        "this session continues"
    );
    assert_eq!(
        app.with_token(&old_token).get("/api/v1/me").await.status,
        401
    );
    let res = other_browser.get("/account").await;
    assert_eq!(res.status, 303, "the other browser is signed out");
    assert_eq!(res.location(), "/login");
    assert!(
        app.actions()
            .await
            .iter()
            .any(|a| a == "user.password_changed")
    );
    // The new password works, the old one not.
    let fresh = Session::open(&app.addr).await;
    assert_eq!(fresh.login(d.email(), PASSWORD).await.status, 401);
    assert_eq!(
        fresh.login(d.email(), "a brand new secret").await.status,
        303
    );
}

async fn an_admin_reset_forces_a_new_password_at_first_sign_in(app: &TestApp) {
    let d = app.delegate("france").await;
    let admin = app.admin().await;
    // Only admins.
    let res = d
        .post(&format!("/api/v1/users/{}/reset-password", admin.id()))
        .await;
    assert_eq!(res.status, 403);
    let res = admin
        .post(&format!("/api/v1/users/{}/reset-password", d.id()))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    let code = res.json()["one_time_code"].as_str().unwrap().to_owned();
    assert!(
        app.actions()
            .await
            .iter()
            .any(|a| a == "user.password_reset")
    );
    assert!(
        !format!("{:?}", app.audit().await).contains(&code),
        "the code is never in the trail"
    );
    // Their old session ended.
    assert_eq!(d.get("/api/v1/me").await.status, 401);
    // Signed in with the code, every page leads to /account.
    let b = Session::open(&app.addr).await;
    assert_eq!(b.login(d.email(), &code).await.status, 303);
    for path in ["/", "/proposals", "/rounds"] {
        let res = b.get(path).await;
        assert_eq!(res.status, 303, "{path}");
        assert_eq!(res.location(), "/account", "{path}");
    }
    let page = b.get("/account").await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains("id=\"must-change\""));
    // The API says why.
    let res = app
        .anon()
        .post_json(
            "/api/v1/session",
            json!({"email": d.email(), "password": code}),
        )
        .await;
    let token = res.json()["token"].as_str().unwrap().to_owned();
    let res = app.with_token(&token).get("/api/v1/proposals").await;
    assert_eq!(res.status, 403);
    assert_eq!(res.json()["error"]["code"], "password_change_required");
    // Changing it lifts the gate.
    let res = b
        .post_form(
            "/account/password",
            &[
                ("current_password", &code),
                ("new_password", "my own new password"),
            ],
        )
        .await;
    assert_eq!(res.status, 303, "{}", res.text);
    assert_eq!(b.get("/proposals").await.status, 200);
    // The page form for admins works too and shows the code once.
    let ab = admin.browser().await;
    let res = ab
        .post_form(&format!("/admin/users/{}/reset-password", d.id()), &[])
        .await;
    assert_eq!(res.status, 200);
    assert!(res.text.contains("id=\"one-time-code\""));
}
