//! What a report says about proposals that were only ranked (ranked, no
//! decision recorded — never "not adopted"), exact numbers written short,
//! and publishing through a confirmation page of its own: the GET shows
//! the facts and changes nothing, the POST publishes and the page says so.

use super::{create_report, panel};
use crate::common::{RequestHelper, TestApp, json, p};

both_backends!(
    a_ranking_round_without_a_decision_is_reported_as_ranked_not_as_not_adopted,
    report_md_and_the_page_write_vote_counts_short_and_exact,
    the_publish_confirmation_lists_undecided_proposals_and_changes_nothing,
    publishing_after_confirmation_says_so_and_only_chairs_reach_the_confirmation,
);

async fn a_ranking_round_without_a_decision_is_reported_as_ranked_not_as_not_adopted(
    app: &TestApp,
) {
    let chair = app.chair().await;
    let ids = app.proposals(3).await;
    let round = chair
        .create_round(&ids, json!({"title": "Priorities"}))
        .await;
    chair.open(round).await;
    let res = chair
        .vote(round, json!([[p(ids[0])], [p(ids[1])], [p(ids[2])]]))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    chair.close(round).await;
    let id = create_report(&chair, &[round]).await;
    let view = chair.get(&format!("/api/v1/reports/{id}")).await;
    assert_eq!(view.status, 200, "{}", view.text);
    let doc = &view.json()["document"];
    assert_eq!(doc["not_adopted"], json!([]), "{doc}");
    assert_eq!(doc["adopted"], json!([]), "{doc}");
    assert_eq!(doc["undecided"][0]["proposal"], ids[0], "{doc}");
    assert_eq!(doc["undecided"].as_array().map(Vec::len), Some(3));
    let page = chair.browser().await.get(&format!("/reports/{id}")).await;
    assert_eq!(page.status, 200, "{}", page.text);
    let text = &page.text;
    assert!(!text.contains("No proposal was adopted"), "{text}");
    assert!(text.contains("Ranked, no decision recorded"), "{text}");
    assert!(
        text.contains("Ranked 1 of 3 in Priorities (round"),
        "{text}"
    );
    // The winner is not listed under "not adopted".
    let not_adopted = text
        .split("<section class=\"not-adopted\">")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .unwrap_or_default();
    assert!(!not_adopted.contains("Proposal number 1"), "{not_adopted}");
    let md = chair
        .get(&format!("/api/v1/reports/{id}/export/report.md"))
        .await;
    assert!(
        md.text.contains("## Ranked, no decision recorded"),
        "{}",
        md.text
    );
    assert!(md.text.contains("no decision recorded"), "{}", md.text);
    assert!(!md.text.contains("No proposal was adopted"), "{}", md.text);
}

async fn report_md_and_the_page_write_vote_counts_short_and_exact(app: &TestApp) {
    let (chair, _, (ranking, adoption)) = panel(app).await;
    let id = create_report(&chair, &[adoption, ranking]).await;
    let md = chair
        .get(&format!("/api/v1/reports/{id}/export/report.md"))
        .await;
    assert_eq!(md.status, 200, "{}", md.text);
    assert!(md.text.contains("yes 3, no 0, abstain 0"), "{}", md.text);
    assert!(!md.text.contains(".0000"), "{}", md.text);
    let page = chair.browser().await.get(&format!("/reports/{id}")).await;
    assert!(
        page.text.contains("yes 3, no 0, abstain 0"),
        "{}",
        page.text
    );
    assert!(!page.text.contains(".0000"), "{}", page.text);
}

async fn the_publish_confirmation_lists_undecided_proposals_and_changes_nothing(app: &TestApp) {
    let (chair, ids, (ranking, adoption)) = panel(app).await;
    let id = create_report(&chair, &[adoption, ranking]).await;
    let b = chair.browser().await;
    let before = app.changes().await;
    let page = b.get(&format!("/reports/{id}/publish")).await;
    assert_eq!(page.status, 200, "{}", page.text);
    let text = &page.text;
    assert!(text.contains("cannot be undone"), "{text}");
    assert!(text.contains("Rounds covered: 2"), "{text}");
    assert!(text.contains("Proposals covered: 4"), "{text}");
    assert!(text.contains("Adopted: 2"), "{text}");
    let warning = text
        .split("id=\"undecided-warning\"")
        .nth(1)
        .and_then(|s| s.split("</div>").next())
        .unwrap_or_default();
    assert!(warning.contains("Proposal number 2"), "{text}");
    assert!(!warning.contains("Proposal number 1"), "{text}");
    assert!(text.contains("name=\"csrf_token\""), "{text}");
    assert!(
        text.contains(&format!("action=\"/reports/{id}/publish\"")),
        "{text}"
    );
    // Looking at the confirmation publishes nothing.
    assert_eq!(app.changes().await, before);
    let view = chair.get(&format!("/api/v1/reports/{id}")).await;
    assert_eq!(view.json()["report"]["status"], "draft");
    assert_eq!(app.count_action("report.published").await, 0);
    // The draft's page links to the confirmation, it does not publish.
    let draft = b.get(&format!("/reports/{id}")).await;
    assert!(
        draft
            .text
            .contains(&format!("href=\"/reports/{id}/publish\"")),
        "{}",
        draft.text
    );
    assert!(
        !draft
            .text
            .contains(&format!("action=\"/reports/{id}/publish\"")),
        "{}",
        draft.text
    );
    let _ = ids;
}

async fn publishing_after_confirmation_says_so_and_only_chairs_reach_the_confirmation(
    app: &TestApp,
) {
    let (chair, _, (ranking, adoption)) = panel(app).await;
    let id = create_report(&chair, &[adoption, ranking]).await;
    let path = format!("/reports/{id}/publish");
    let delegate = app.delegate("france").await.browser().await;
    assert_eq!(delegate.get(&path).await.status, 403);
    let auditor = app.auditor().await.browser().await;
    assert_eq!(auditor.get(&path).await.status, 403);
    let b = chair.browser().await;
    // Without the CSRF token nothing is published.
    let res = b.post_form_without_csrf(&path, &[]).await;
    assert!(res.status >= 400, "{}", res.text);
    assert_eq!(app.count_action("report.published").await, 0);
    let res = b.post_form(&path, &[]).await;
    assert_eq!(res.status, 303, "{}", res.text);
    assert_eq!(res.location(), format!("/reports/{id}?published=1"));
    let page = b.get(res.location()).await;
    assert!(page.text.contains("role=\"status\""), "{}", page.text);
    assert!(
        page.text.contains("The report is published."),
        "{}",
        page.text
    );
    assert_eq!(app.count_action("report.published").await, 1);
    // A published report has nothing left to confirm.
    assert_eq!(b.get(&path).await.status, 409);
}
