//! The header's unread count, the list page (newest first, paginated) and
//! marking read, one or all; someone else's notice is a 404 and stays
//! unread.

use crate::common::{RequestHelper, TestApp, json};

both_backends!(
    the_header_counts_unread_notices_and_the_list_marks_them_read,
    someone_elses_notice_cannot_be_marked_and_stays_unread,
    the_list_is_newest_first_in_pages_of_twenty_in_the_readers_language,
);

/// The header's unread count on `/`, if shown.
fn header_count(html: &str) -> Option<String> {
    let re = regex::Regex::new(r#"id="unread-count"[^>]*>([^<]+)<"#).unwrap();
    re.captures(html).map(|c| c[1].to_owned())
}

/// The notice ids on a list page, top to bottom.
fn notice_ids(html: &str) -> Vec<i64> {
    let re = regex::Regex::new(r#"<li id="notification-(\d+)""#).unwrap();
    re.captures_iter(html)
        .map(|c| c[1].parse().unwrap())
        .collect()
}

async fn the_header_counts_unread_notices_and_the_list_marks_them_read(app: &TestApp) {
    let chair = app.chair().await;
    let d = app.delegate("france").await;
    let b = d.browser().await;
    let home = b.get("/").await;
    assert!(home.text.contains(r#"href="/notifications""#));
    assert_eq!(header_count(&home.text), None, "nothing unread: no count");

    let ids = app.proposals(2).await;
    let round = chair
        .create_round(&ids, json!({"title": "Budget 2027"}))
        .await;
    chair.open(round).await;
    assert_eq!(header_count(&b.get("/").await.text).as_deref(), Some("1"));
    // Cached pages see the change at once, and the count stays right on
    // the next page too.
    assert_eq!(
        header_count(&b.get("/proposals").await.text).as_deref(),
        Some("1")
    );

    let list = b.get("/notifications").await;
    assert_eq!(list.status, 200);
    assert!(
        list.text
            .contains("Voting round “Budget 2027” is open, and you may vote in it."),
        "{}",
        list.text
    );
    assert!(list.text.contains(&format!(r#"href="/rounds/{round}""#)));
    assert!(list.text.contains("You have one unread notification."));
    let opened = notice_ids(&list.text);
    assert_eq!(opened.len(), 1);

    let res = b
        .post_form(&format!("/notifications/{}/read", opened[0]), &[])
        .await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), "/notifications");
    assert_eq!(header_count(&b.get("/").await.text), None);
    let list = b.get("/notifications").await;
    assert!(list.text.contains("You have no unread notifications."));
    assert!(list.text.contains(r#"class="read""#));
    // Marking it again is harmless.
    let again = b
        .post_form(&format!("/notifications/{}/read", opened[0]), &[])
        .await;
    assert_eq!(again.status, 303);

    chair.close(round).await;
    let other = chair.create_round(&ids, json!({})).await;
    chair.open(other).await;
    assert_eq!(header_count(&b.get("/").await.text).as_deref(), Some("2"));
    let res = b.post_form("/notifications/read-all", &[]).await;
    assert_eq!(res.status, 303);
    assert_eq!(header_count(&b.get("/").await.text), None);
    assert!(
        b.get("/notifications")
            .await
            .text
            .contains("You have no unread notifications.")
    );
    // Without the CSRF token nothing is marked.
    chair.close(other).await;
    let res = b
        .post_form_without_csrf("/notifications/read-all", &[])
        .await;
    assert_eq!(res.status, 403);
    assert_eq!(header_count(&b.get("/").await.text).as_deref(), Some("1"));
}

async fn someone_elses_notice_cannot_be_marked_and_stays_unread(app: &TestApp) {
    let chair = app.chair().await;
    let owner = app.delegate("france").await;
    let intruder = app.delegate("brazil").await;
    let ids = app.proposals(2).await;
    let round = chair.create_round(&ids, json!({})).await;
    chair.open(round).await;
    let theirs = app.latest_notice_of(owner.id()).await;
    let mine_before = app.notices_of(intruder.id()).await;

    let b = intruder.browser().await;
    let res = b
        .post_form(&format!("/notifications/{theirs}/read"), &[])
        .await;
    assert_eq!(res.status, 404, "{}", res.text);
    let res = b.post_form("/notifications/999999/read", &[]).await;
    assert_eq!(res.status, 404);
    let res = b.post_form("/notifications/abc/read", &[]).await;
    assert_eq!(res.status, 404);
    // The owner's notice is still unread; the intruder's are untouched.
    assert_eq!(
        header_count(&owner.browser().await.get("/").await.text).as_deref(),
        Some("1")
    );
    assert_eq!(app.notices_of(intruder.id()).await, mine_before);
    // Not signed in: to the sign-in page.
    let anon = app.browser().await;
    let res = anon.get("/notifications").await;
    assert_eq!(res.status, 303);
    assert!(res.location().starts_with("/login"));
}

async fn the_list_is_newest_first_in_pages_of_twenty_in_the_readers_language(app: &TestApp) {
    let chair = app.chair().await;
    let d = app.delegate("france").await;
    let ids = app.proposals(2).await;
    let mut rounds = Vec::new();
    for i in 0..11 {
        let r = chair
            .create_round(&ids, json!({"title": format!("Round {i}")}))
            .await;
        chair.open(r).await;
        chair.close(r).await;
        rounds.push(r);
    }
    // 22 notices: 20 on the first page, 2 on the second.
    let b = d.browser().await;
    let first = b.get("/notifications").await;
    let second = b.get("/notifications?page=2").await;
    let (one, two) = (notice_ids(&first.text), notice_ids(&second.text));
    assert_eq!((one.len(), two.len()), (20, 2));
    let mut all = one.clone();
    all.extend(&two);
    let mut sorted = all.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(all, sorted, "newest first");
    assert!(first.text.contains("Page 1 of 2") && first.text.contains(r#"rel="next""#));
    assert!(second.text.contains(r#"rel="prev""#));
    assert!(
        first
            .text
            .contains("The results of voting round “Round 10” are published.")
    );
    assert!(second.text.contains("Voting round “Round 0” is open"));
    assert!(
        b.get("/notifications?page=9")
            .await
            .text
            .contains(r#"id="no-notifications""#)
    );

    // Marking from page 2 comes back to page 2.
    let res = b
        .post_form(&format!("/notifications/{}/read", two[0]), &[("page", "2")])
        .await;
    assert_eq!(res.location(), "/notifications?page=2");

    // In the reader's saved language.
    let res = d.patch_json("/api/v1/me", json!({"language": "fr"})).await;
    assert_eq!(res.status, 200, "{}", res.text);
    let fr = b.get("/notifications").await.text;
    assert!(
        fr.contains("Les résultats du scrutin «\u{a0}Round 10\u{a0}» sont publiés."),
        "{fr}"
    );
    assert!(fr.contains("Page 1 sur 2"));
}
