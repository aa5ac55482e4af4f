//! A closed round's page is built once and revalidated cheaply: it carries
//! an `ETag` and `Cache-Control: private, no-cache`, a matching
//! `If-None-Match` gets `304 Not Modified`, a decision recorded afterwards
//! changes the tag (and the page), and a revoked session gets no 304.

use crate::common::{RequestHelper, TestApp, json, send};

both_backends!(a_closed_round_page_is_revalidated_with_its_etag);

async fn a_closed_round_page_is_revalidated_with_its_etag(app: &TestApp) {
    let chair = app.chair().await;
    let voter = app.delegate_in("v", "industry", "Acme").await;
    let ids = app.proposals(2).await;
    let id = chair.create_round(&ids, json!({})).await;
    chair.open(id).await;
    let page = format!("/rounds/{id}");

    // An open round's page is not cached at all.
    let b = voter.browser().await;
    let open = b.get(&page).await;
    assert_eq!(open.status, 200);
    assert_eq!(open.header("cache-control"), "no-store");
    assert!(open.headers.get("etag").is_none());

    let res = voter
        .vote(
            id,
            json!([[format!("p{}", ids[1])], [format!("p{}", ids[0])]]),
        )
        .await;
    assert_eq!(res.status, 200);
    chair.close(id).await;

    let first = b.get(&page).await;
    assert_eq!(first.status, 200);
    assert_eq!(first.header("cache-control"), "private, no-cache");
    let tag = first.header("etag").to_owned();
    assert!(tag.starts_with('"') && tag.len() > 10, "{tag}");
    assert!(first.text.contains("Results"));
    // The same page again, from the cache, is the same page.
    let again = b.get(&page).await;
    assert_eq!((again.status, again.header("etag")), (200, tag.as_str()));
    assert_eq!(again.text, first.text);

    let conditional = |tag: String| {
        let req = b
            .request(reqwest::Method::GET, &page)
            .header("if-none-match", tag);
        send(req)
    };
    let not_modified = conditional(tag.clone()).await;
    assert_eq!(not_modified.status, 304);
    assert!(not_modified.bytes.is_empty());
    assert_eq!(not_modified.header("etag"), tag);
    assert_eq!(conditional("\"something-else\"".into()).await.status, 200);

    // A decision recorded after the close changes the page and its tag.
    let res = chair
        .post_json(
            &format!("/api/v1/proposals/{}/decision", ids[1]),
            json!({"decision": "adopted"}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    let decided = conditional(tag.clone()).await;
    assert_eq!(decided.status, 200);
    assert_ne!(decided.header("etag"), tag);
    assert!(decided.text.contains("Adopted"));

    // Another viewer's page has its own tag.
    let other = chair.browser().await.get(&page).await;
    assert_ne!(other.header("etag"), decided.header("etag"));

    // A revoked session is sent to sign in, not told "not modified".
    let fresh = decided.header("etag").to_owned();
    assert_eq!(voter.delete("/api/v1/session").await.status, 204);
    let revoked = conditional(fresh).await;
    assert_eq!(revoked.status, 303);
}
