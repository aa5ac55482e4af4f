//! Round pages in other languages: a closed round's results read right to
//! left in Arabic (mirrored charts) and in French; the cached page and its
//! `ETag` follow the reader's language; a Chinese ballot works without
//! JavaScript.

use crate::common::{RequestHelper, Response, Session, TestApp, json, p, send};

both_backends!(
    a_closed_adoption_round_reads_right_to_left_in_arabic_and_in_french,
    a_closed_round_page_has_one_etag_per_language,
    a_ballot_page_in_chinese_works_without_javascript,
);

/// GET `path` asking for `lang`, optionally revalidating `etag`.
async fn get_in(b: &Session, path: &str, lang: &str, etag: Option<&str>) -> Response {
    let mut req = b
        .request(reqwest::Method::GET, path)
        .header("accept-language", lang);
    if let Some(tag) = etag {
        req = req.header("if-none-match", tag);
    }
    send(req).await
}

/// The first `<svg …>…</svg>` of a page.
fn first_svg(page: &str) -> &str {
    let start = page.find("<svg").expect("a chart");
    let end = page[start..].find("</svg>").expect("a closed chart") + start;
    &page[start..end]
}

async fn a_closed_adoption_round_reads_right_to_left_in_arabic_and_in_french(app: &TestApp) {
    let chair = app.chair().await;
    let voter = app.delegate_in("v", "industry", "Acme").await;
    let ids = app.proposals(2).await;
    let id = chair
        .create_round(
            &ids,
            json!({"kind": "adoption", "rule": {"preset": "majority"}}),
        )
        .await;
    chair.open(id).await;
    let res = voter
        .put_json(
            &format!("/api/v1/rounds/{id}/ballot"),
            json!({"votes": {p(ids[0]): "yes", p(ids[1]): "no"}}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    chair.close(id).await;
    let b = voter.browser().await;
    let page = format!("/rounds/{id}");

    let ar = get_in(&b, &page, "ar", None).await;
    assert_eq!(ar.status, 200);
    assert!(
        ar.text.contains(r#"<html lang="ar" dir="rtl">"#),
        "{}",
        ar.text
    );
    assert!(
        ar.text.contains("القرارات"),
        "the Decisions heading in Arabic"
    );
    assert!(ar.text.contains("اعتُمد") && ar.text.contains("لم يُعتمد"));
    assert!(!ar.text.contains("Decisions") && !ar.text.contains("Not adopted"));
    let svg = first_svg(&ar.text);
    // The legend speaks Arabic and stands on the right: its first box
    // hugs the right edge of the 640-wide chart (640 - 4 - 14).
    assert!(svg.contains(r#"direction="rtl""#), "{svg}");
    assert!(
        svg.contains(">نعم</text>") && svg.contains(">امتناع</text>"),
        "{svg}"
    );
    assert!(svg.contains(r#"<rect x="622" y="6""#), "{svg}");
    assert!(!svg.contains(r#"<rect x="4" y="6""#), "{svg}");
    // The one yes vote fills the overall bar from the right edge.
    assert!(
        svg.contains(r#"<rect x="4.0" y="46.0" width="632.0""#),
        "{svg}"
    );
    // The checklist is Arabic too.
    assert!(ar.text.contains("القيمة المقيسة"), "{}", ar.text);

    let fr = get_in(&b, &page, "fr", None).await;
    assert_eq!(fr.status, 200);
    assert!(fr.text.contains(r#"<html lang="fr" dir="ltr">"#));
    assert!(fr.text.contains("Décisions") && fr.text.contains("Non adoptée"));
    assert!(
        fr.text.contains("Participation\u{a0}: 1 sur "),
        "{}",
        fr.text
    );
    let svg = first_svg(&fr.text);
    assert!(!svg.contains("direction="), "{svg}");
    assert!(
        svg.contains(">oui</text>") && svg.contains(r#"<rect x="4" y="6""#),
        "{svg}"
    );
    assert!(
        svg.contains(r#"<rect x="4.0" y="46.0" width="632.0""#),
        "{svg}"
    );
}

async fn a_closed_round_page_has_one_etag_per_language(app: &TestApp) {
    let chair = app.chair().await;
    let voter = app.delegate_in("v", "industry", "Acme").await;
    let ids = app.proposals(2).await;
    let id = chair.create_round(&ids, json!({"method": "borda"})).await;
    chair.open(id).await;
    let res = voter.vote(id, json!([[p(ids[1])], [p(ids[0])]])).await;
    assert_eq!(res.status, 200, "{}", res.text);
    chair.close(id).await;
    let b = voter.browser().await;
    let page = format!("/rounds/{id}");

    let en = get_in(&b, &page, "en", None).await;
    let fr = get_in(&b, &page, "fr", None).await;
    let ar = get_in(&b, &page, "ar", None).await;
    assert_eq!((en.status, fr.status, ar.status), (200, 200, 200));
    let (en_tag, fr_tag) = (en.header("etag").to_owned(), fr.header("etag").to_owned());
    assert_ne!(en_tag, fr_tag);
    assert_ne!(fr_tag, ar.header("etag"));
    assert!(en.text.contains("Final ranking") && fr.text.contains("Classement final"));

    // An English tag does not make a French page "not modified".
    let switched = get_in(&b, &page, "fr", Some(&en_tag)).await;
    assert_eq!(switched.status, 200);
    assert!(
        switched.text.contains("Classement final"),
        "{}",
        switched.text
    );
    assert_eq!(switched.header("etag"), fr_tag);
    // The same language revalidates.
    assert_eq!(get_in(&b, &page, "fr", Some(&fr_tag)).await.status, 304);
    assert_eq!(get_in(&b, &page, "en", Some(&en_tag)).await.status, 304);
    // And the cached English results stay English after a French read.
    let again = get_in(&b, &page, "en", None).await;
    assert_eq!(again.text, en.text);

    // The score bars mirror in Arabic: titles on the right (x = 480 - 4).
    let svg = first_svg(&ar.text);
    assert!(
        svg.contains(r#"direction="rtl""#) && svg.contains(r#"<text x="476" y="17.0""#),
        "{svg}"
    );
    let svg = first_svg(&en.text);
    assert!(svg.contains(r#"<text x="4" y="17.0""#), "{svg}");
}

async fn a_ballot_page_in_chinese_works_without_javascript(app: &TestApp) {
    let chair = app.chair().await;
    let voter = app.delegate_in("v", "industry", "Acme").await;
    let ids = app.proposals(2).await;
    let id = chair.create_round(&ids, json!({})).await;
    chair.open(id).await;
    let b = voter.browser().await;
    // The footer's switcher: the choice is kept for the signed-in voter.
    let res = b
        .post_form("/language", &[("lang", "zh"), ("back", "/")])
        .await;
    assert_eq!(res.status, 303);

    let form = b.get(&format!("/rounds/{id}/ballot")).await;
    assert_eq!(form.status, 200);
    assert!(form.text.contains(r#"<html lang="zh" dir="ltr">"#));
    assert!(form.text.contains("您的选票") && form.text.contains("为每项提案填写名次"));
    assert!(!form.text.contains("Cast ballot") && !form.text.contains("Your rank"));
    // The plain form is all there: rank inputs and a submit button; the
    // script's words ride along for when it runs.
    let (a, c) = (p(ids[0]), p(ids[1]));
    assert!(form.text.contains(&format!(r#"name="rank_{a}""#)));
    assert!(
        form.text.contains(r#"<button type="submit">投票</button>"#),
        "{}",
        form.text
    );
    assert!(form.text.contains(r#"data-t-up="上移""#));

    let res = b
        .post_form(
            &format!("/rounds/{id}/ballot"),
            &[(&format!("rank_{a}"), "2"), (&format!("rank_{c}"), "1")],
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert!(res.text.contains("您的选票已投出"), "{}", res.text);
    assert!(res.text.contains(r#"id="receipt""#));
    let own = voter
        .get(&format!("/api/v1/rounds/{id}/ballot"))
        .await
        .json();
    assert_eq!(own["ballot"]["ranking"], json!([[c], [a]]));

    // A bad rank comes back in Chinese, with nothing stored changed.
    let res = b
        .post_form(
            &format!("/rounds/{id}/ballot"),
            &[(&format!("rank_{a}"), "x")],
        )
        .await;
    assert_eq!(res.status, 422);
    assert!(res.text.contains(r#"lang="zh""#) && res.text.contains("您的选票"));
    let own = voter
        .get(&format!("/api/v1/rounds/{id}/ballot"))
        .await
        .json();
    assert_eq!(own["ballot"]["ranking"], json!([[c], [a]]));
}
