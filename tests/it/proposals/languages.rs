//! The proposal page in the reader's language: French and Arabic from
//! `Accept-Language` (Arabic right to left), with the proposal's own title
//! and the comments untranslated, and times in the reader's zone with the
//! UTC time on hover.

use reqwest::Method;

use super::{api, create_id, people};
use crate::common::{RequestHelper, Response, Session, TestApp, json, send};

both_backends!(a_proposal_page_is_served_in_french_and_in_arabic_with_local_times,);

const TITLE: &str = "Open fibre backbone for landlocked states";

/// `path` as `browser` sees it when the browser asks for `language`.
async fn page_in(browser: &Session, path: &str, language: &str) -> Response {
    let res = send(
        browser
            .request(Method::GET, path)
            .header("Accept-Language", language),
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.text);
    res
}

async fn a_proposal_page_is_served_in_french_and_in_arabic_with_local_times(app: &TestApp) {
    let p = people(app).await;
    let id = create_id(&p.author, true).await;
    // The reader lives in Tokyo (UTC+9, no daylight saving time).
    let res = p
        .industry
        .patch_json("/api/v1/me", json!({"time_zone": "Asia/Tokyo"}))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    let res = p
        .industry
        .post_json(
            &api(id, "/comments"),
            json!({"body": "Which **landlocked** states?"}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let raw = res.json()["comment"]["created_at"]
        .as_str()
        .unwrap()
        .to_owned();
    let posted = chrono::NaiveDateTime::parse_from_str(&raw, "%Y-%m-%dT%H:%M:%S%.f")
        .unwrap_or_else(|e| panic!("{raw}: {e}"));
    let utc_title = format!(r#"title="{}""#, posted.format("%Y-%m-%d %H:%M UTC"));
    let tokyo = (posted + chrono::Duration::hours(9))
        .format("%H:%M JST")
        .to_string();
    let browser = p.industry.browser().await;
    let path = format!("/proposals/{id}");

    // French.
    let fr = page_in(&browser, &path, "fr-CH, fr;q=0.9, en;q=0.5")
        .await
        .text;
    assert!(fr.contains(r#"<html lang="fr" dir="ltr">"#), "{fr}");
    assert!(
        fr.contains(&format!(
            r#"<h1 id="proposal-title" dir="auto">{TITLE}</h1>"#
        )),
        "{fr}"
    );
    assert!(fr.contains(r#"<span id="status">Soumise</span>"#), "{fr}");
    assert!(fr.contains("<strong>Pas encore éligible</strong>"), "{fr}");
    assert!(
        fr.contains("il lui faut des coparrains de 2 groupes de parties prenantes supplémentaires"),
        "{fr}"
    );
    assert!(fr.contains(">Coparrainer</button>"), "{fr}");
    assert!(
        fr.contains("Coparrains (0)") && fr.contains("Ajouter un commentaire"),
        "{fr}"
    );
    assert!(
        fr.contains("Which <strong>landlocked</strong> states?"),
        "the comment is not translated"
    );
    for english in [
        "Not yet eligible",
        "Co-sponsors (",
        "Add a comment",
        "Post comment",
    ] {
        assert!(
            !fr.contains(english),
            "English left on the French page: {english}"
        );
    }
    // The comment's time: in Tokyo, with UTC on hover.
    let time = fr
        .split("<time ")
        .find(|t| t.contains(&utc_title))
        .unwrap_or_else(|| panic!("no <time> with {utc_title}: {fr}"));
    let shown = &time[..time.find("</time>").unwrap()];
    assert!(
        shown.contains(&tokyo),
        "shown in the reader's zone ({tokyo}): {shown}"
    );

    // The list agrees, with the French plural.
    let list = page_in(&browser, "/proposals", "fr").await.text;
    assert!(
        list.contains(r#"<p id="result-count" role="status">1 proposition trouvée.</p>"#),
        "{list}"
    );
    assert!(list.contains(&format!("><bdi>{TITLE}</bdi></a>")), "{list}");

    // Arabic, right to left.
    let ar = page_in(&browser, &path, "ar").await.text;
    assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#), "{ar}");
    assert!(
        ar.contains(&format!(
            r#"<h1 id="proposal-title" dir="auto">{TITLE}</h1>"#
        )),
        "{ar}"
    );
    assert!(ar.contains(&format!("<title>{TITLE} · ")), "{ar}");
    assert!(ar.contains(r#"<span id="status">مقدَّم</span>"#), "{ar}");
    assert!(
        ar.contains("الرعاة المشاركون") && ar.contains("إضافة تعليق"),
        "{ar}"
    );
    assert!(
        !ar.contains("Co-sponsors") && !ar.contains("Discussion"),
        "{ar}"
    );
    let time = ar
        .split("<time ")
        .find(|t| t.contains(&utc_title))
        .unwrap_or_else(|| panic!("no <time> with {utc_title}: {ar}"));
    assert!(
        time[..time.find("</time>").unwrap()].contains(&tokyo),
        "{time}"
    );

    // Without a language asked for, the page stays English.
    let en = browser.get(&path).await.text;
    assert!(
        en.contains(r#"<html lang="en" dir="ltr">"#) && en.contains("Co-sponsors (0)"),
        "{en}"
    );
}
