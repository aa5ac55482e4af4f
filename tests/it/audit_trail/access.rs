//! Who reads the audit trail, and where: delegates, chairs and strangers are
//! refused on the API and the page alike and change nothing, and the audit
//! page lists, filters and pages the trail newest first and signs the head
//! from a form.

use crate::common::{Person, RequestHelper, Role, TestApp, send};

both_backends!(
    audit_routes_are_denied_to_delegates_chairs_and_strangers,
    the_audit_page_lists_filters_and_paginates_the_trail_newest_first,
);

/// GETs `path` with `who`'s token as the session cookie, as a browser would.
async fn with_cookie(app: &TestApp, who: &Person, path: &str) -> crate::common::Response {
    send(
        app.anon()
            .request(reqwest::Method::GET, path)
            .header("cookie", format!("plenary_session={}", who.token)),
    )
    .await
}

async fn audit_routes_are_denied_to_delegates_chairs_and_strangers(app: &TestApp) {
    let delegate = app.delegate("delegate").await;
    let chair = app.chair().await;
    let before = app.audit().await.len();
    let gets = [
        "/api/v1/audit/log",
        "/api/v1/audit/head",
        "/api/v1/audit/public-key",
    ];
    for who in [&delegate, &chair] {
        for path in gets {
            let res = who.get(path).await;
            assert_eq!(res.status, 403, "{path}");
            assert_eq!(res.json()["error"]["code"], "forbidden", "{path}");
        }
        assert_eq!(who.post("/api/v1/audit/checkpoints").await.status, 403);
        let res = with_cookie(app, who, "/audit").await;
        assert_eq!(res.status, 403);
        assert!(res.text.contains("Only auditors and administrators"));
        // No Audit link for them either.
        let home = with_cookie(app, who, "/").await.text;
        assert!(!home.contains("href=\"/audit\""));
    }
    let anon = app.anon();
    for path in gets {
        let res = anon.get(path).await;
        assert_eq!(res.status, 401, "{path}");
        assert_eq!(res.json()["error"]["code"], "unauthenticated");
    }
    assert_eq!(anon.post("/api/v1/audit/checkpoints").await.status, 401);
    let res = anon.get("/audit").await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), "/login");
    // Denials write nothing: no download recorded, no checkpoint made.
    assert_eq!(app.audit().await.len(), before);
    let head = app.admin().await.get("/api/v1/audit/head").await.json();
    assert!(head["checkpoint"].is_null());
}

async fn the_audit_page_lists_filters_and_paginates_the_trail_newest_first(app: &TestApp) {
    let auditor = app
        .user("auditor@example.org", Role::Auditor, "academia", "Uni")
        .await;
    app.append_entries(55, "test.filler", "thing:1").await;
    app.append_entries(3, "round.opened", "round:7").await;
    app.append_entries(2, "round.opened", "round:8").await;

    // Sign in through the form, as a browser does.
    let b = app.browser_as(&auditor.email).await;
    let page = |path: &'static str| {
        let b = b.clone();
        async move {
            let res = b.get(path).await;
            assert_eq!(res.status, 200, "{path}");
            res.text
        }
    };
    let rows = |html: &str| html.matches("<th scope=\"row\">").count();
    let html = page("/audit").await;
    let trail = app.audit().await;
    let head = trail.last().unwrap();
    assert!(html.contains("href=\"/audit\""), "the nav shows Audit");
    assert!(html.contains(&head.hash), "the head is shown");
    assert!(html.contains("href=\"/api/v1/audit/log\""));
    assert!(html.contains("href=\"/api/v1/audit/public-key\""));
    assert!(html.contains("None yet."), "no checkpoint yet");
    assert_eq!(rows(&html), 50);
    let first_row = html.find("<th scope=\"row\">").unwrap();
    assert!(
        html[first_row..].starts_with(&format!("<th scope=\"row\">{}</th>", head.seq)),
        "newest first"
    );
    assert!(html.contains("Page 1 of 2"));
    assert!(html.contains("rel=\"next\""));
    let html2 = page("/audit?page=2").await;
    assert_eq!(rows(&html2), trail.len() - 50);
    assert!(html2.contains("<th scope=\"row\">1</th>"));
    assert!(html2.contains("rel=\"prev\""));

    // Filters: by round, by action, by actor.
    let html = page("/audit?round=7").await;
    assert_eq!(rows(&html), 3);
    assert!(html.contains("round:7") && !html.contains("<code>round:8</code>"));
    assert_eq!(rows(&page("/audit?action=round.opened").await), 5);
    let html = page("/audit?actor=system&action=round.opened&round=8").await;
    assert_eq!(rows(&html), 2);
    let html = page("/audit?action=nothing.like.this").await;
    assert!(html.contains("No entries match this filter"));
    assert_eq!(b.get("/audit?round=abc").await.status, 400);

    // Sign the head from the page (a CSRF-protected form), then see it.
    assert_eq!(b.post_form("/audit/checkpoints", &[]).await.status, 303);
    let html = page("/audit").await;
    assert_eq!(
        app.audit().await.last().unwrap().action,
        "audit.checkpointed"
    );
    assert!(html.contains("(covers the current head)"), "{html}");
    // The log link works with the session cookie, as a plain link would.
    assert_eq!(b.get("/api/v1/audit/log").await.status, 200);
    // A form without a token is refused and signs nothing.
    let before = app.audit().await.len();
    let res = b
        .post_form_without_csrf("/audit/checkpoints", &[("x", "1")])
        .await;
    assert_eq!(res.status, 403);
    assert_eq!(app.audit().await.len(), before);
}
