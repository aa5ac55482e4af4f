//! The auditors' home page lists the closed rounds they have not downloaded
//! since the round closed; the page speaks the reader's language, Arabic
//! right to left.

use crate::common::{RequestHelper, TestApp, json};

both_backends!(
    an_auditor_sees_a_closed_round_until_they_download_its_ballots,
    the_home_page_in_arabic_is_right_to_left_with_an_arabic_heading,
);

/// The auditors' list on the home page (empty text when the section is
/// absent).
fn to_download(page: &str) -> &str {
    page.split("id=\"home-audit\"")
        .nth(1)
        .and_then(|s| s.split("id=\"signed-head\"").next())
        .unwrap_or("")
}

async fn an_auditor_sees_a_closed_round_until_they_download_its_ballots(app: &TestApp) {
    let other = app.delegate_in("acme", "industry", "Acme").await;
    let delegate = app.delegate("france").await;
    let chair = app.chair().await;
    let a = app
        .proposal(&other.user, "Submarine cable resilience")
        .await;
    let b = app.proposal(&other.user, "E-waste take-back schemes").await;
    let round = chair
        .create_round(&[a, b], json!({"title": "Cables or e-waste first"}))
        .await;
    chair.open(round).await;
    let res = delegate.vote(round, json!([[format!("p{a}")]])).await;
    assert_eq!(res.status, 200, "{}", res.text);
    let auditor = app.auditor().await;
    let page = auditor.browser().await.get("/").await.text;
    assert!(
        !to_download(&page).contains("Cables or e-waste first"),
        "an open round is not listed: {page}"
    );
    chair.close(round).await;

    let page = auditor.browser().await.get("/").await.text;
    let list = to_download(&page);
    assert!(
        list.contains("Cables or e-waste first") && list.contains(&format!("/rounds/{round}")),
        "{page}"
    );
    assert!(list.contains("closed <time"), "{list}");
    // A delegate never sees the auditors' section.
    let page = delegate.browser().await.get("/").await.text;
    assert!(!page.contains("home-audit"), "{page}");
    assert!(!page.contains("To verify"), "{page}");

    // The auditor downloads the ballots: the round leaves their list, and
    // the download is recorded.
    let res = auditor
        .get(&format!("/api/v1/rounds/{round}/export/ballots.json"))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    let page = auditor.browser().await.get("/").await.text;
    assert!(
        !to_download(&page).contains("Cables or e-waste first"),
        "{page}"
    );
    assert!(page.contains("No closed round waits for you"), "{page}");
    assert_eq!(app.count_action("export.downloaded").await, 1);
    // Another auditor has not downloaded it: it stays on their page.
    let second = app
        .person(
            "auditor2@example.org",
            plenary::domain::user::Role::Auditor,
            "academia",
            "Audit Lab",
        )
        .await;
    let page = second.browser().await.get("/").await.text;
    assert!(
        to_download(&page).contains("Cables or e-waste first"),
        "{page}"
    );
    assert_eq!(app.verify_audit().await, app.audit().await.len());
}

async fn the_home_page_in_arabic_is_right_to_left_with_an_arabic_heading(app: &TestApp) {
    let auditor = app.auditor().await;
    let res = auditor
        .patch_json("/api/v1/me", json!({"language": "ar"}))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    let page = auditor.browser().await.get("/").await.text;
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#), "{page}");
    assert!(page.contains("<h1>مرحبًا"), "Arabic welcome heading: {page}");
    assert!(page.contains("للتحقق"), "Arabic auditors' heading: {page}");
    assert!(!page.contains("To verify"), "{page}");
}
