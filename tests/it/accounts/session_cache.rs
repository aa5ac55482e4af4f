//! The short-lived cache of signed-in users: a change to the user — a
//! suspension, a new role, a sign-out — applies from the very next request,
//! however warm the cache is.

use crate::common::{RequestHelper, TestApp, json};

both_backends!(a_cached_session_follows_suspension_role_change_and_sign_out_at_once);

async fn a_cached_session_follows_suspension_role_change_and_sign_out_at_once(app: &TestApp) {
    let admin = app.admin().await;
    let d = app.delegate("d").await;
    let id = d.me().await["id"].as_i64().unwrap();
    let draft =
        json!({"title": "A cached proposal", "summary": "Summary text.", "body": "Body text."});
    // Warm: several requests in a row are served from the cache.
    for _ in 0..3 {
        assert_eq!(d.get("/api/v1/me").await.status, 200);
    }
    assert_eq!(
        d.post_json("/api/v1/proposals", draft.clone()).await.status,
        201
    );

    // A new role applies at once: auditors do not author proposals.
    let res = admin
        .patch_json(&format!("/api/v1/users/{id}"), json!({"role": "auditor"}))
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(d.me().await["role"], "auditor");
    assert_eq!(
        d.post_json("/api/v1/proposals", draft.clone()).await.status,
        403
    );

    // Suspension refuses the warm session on the next request.
    let res = admin
        .patch_json(
            &format!("/api/v1/users/{id}"),
            json!({"status": "suspended"}),
        )
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(d.get("/api/v1/me").await.status, 401);
    assert_eq!(
        d.get("/proposals").await.status,
        303,
        "pages send it to sign in"
    );

    // Signing out revokes a session that was just served from the cache.
    let e = app.delegate("e").await;
    for _ in 0..3 {
        assert_eq!(e.get("/api/v1/me").await.status, 200);
    }
    assert_eq!(e.delete("/api/v1/session").await.status, 204);
    assert_eq!(e.get("/api/v1/me").await.status, 401);
}
