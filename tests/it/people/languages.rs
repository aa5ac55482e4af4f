//! Six languages: the request's language comes from the saved preference,
//! else the switcher's cookie, else `Accept-Language`, else English; the
//! switcher works without JavaScript and goes back only to local pages;
//! error pages and JSON error messages speak the reader's language.

use reqwest::Method;

use crate::common::{RequestHelper, Session, TestApp, json, send};

both_backends!(
    accept_language_chooses_the_page_language_and_arabic_is_right_to_left,
    the_switcher_sets_a_cookie_and_goes_back_only_to_local_pages,
    a_saved_preference_wins_over_the_browser,
    errors_speak_the_readers_language,
);

async fn get_in(s: &impl RequestHelper, path: &str, accept: &str) -> crate::common::Response {
    send(
        s.request(Method::GET, path)
            .header("Accept-Language", accept),
    )
    .await
}

async fn accept_language_chooses_the_page_language_and_arabic_is_right_to_left(app: &TestApp) {
    let anon = app.anon();
    let page = get_in(&anon, "/login", "de-DE, fr;q=0.8, en;q=0.5").await;
    assert_eq!(page.status, 200);
    assert!(
        page.text.contains(r#"<html lang="fr" dir="ltr">"#),
        "{}",
        page.text
    );
    assert!(page.text.contains("S’inscrire"), "French navigation");
    assert!(page.header("vary").contains("Accept-Language"));

    let page = get_in(&anon, "/login", "ar").await;
    assert!(page.text.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(page.text.contains("إنشاء حساب"), "Arabic navigation");

    // Nothing we speak, or no header: English.
    let page = get_in(&anon, "/login", "de, ja;q=0.5").await;
    assert!(page.text.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(app.anon().get("/login").await.text.contains(r#"lang="en""#));
    // The switcher lists the six languages in their own names.
    for name in [
        "English",
        "Français",
        "Español",
        "العربية",
        "中文",
        "Русский",
    ] {
        assert!(page.text.contains(name), "switcher offers {name}");
    }
}

async fn the_switcher_sets_a_cookie_and_goes_back_only_to_local_pages(app: &TestApp) {
    let s = Session::open(&app.addr).await;
    let res = s
        .post_form("/language", &[("lang", "ru"), ("back", "/register?x=1")])
        .await;
    assert_eq!(res.status, 303, "{}", res.text);
    assert_eq!(res.location(), "/register?x=1");
    // The cookie now speaks for the browser, over its Accept-Language.
    let page = get_in(&s, "/login", "fr").await;
    assert!(page.text.contains(r#"<html lang="ru" dir="ltr">"#));
    assert!(page.text.contains("Зарегистрироваться"));

    for back in ["https://evil.example/", "//evil.example/x", "/\\evil"] {
        let res = s
            .post_form("/language", &[("lang", "es"), ("back", back)])
            .await;
        assert_eq!(res.status, 303);
        assert_eq!(res.location(), "/", "{back}");
    }
    // An unknown language is refused and changes nothing.
    let res = s
        .post_form("/language", &[("lang", "de"), ("back", "/")])
        .await;
    assert_eq!(res.status, 422);
    assert!(res.text.contains("es"), "the message names the languages");
    assert!(
        get_in(&s, "/login", "en")
            .await
            .text
            .contains(r#"lang="es""#)
    );
    // Without a CSRF token: refused.
    let res = s
        .post_form_without_csrf("/language", &[("lang", "zh"), ("back", "/")])
        .await;
    assert_eq!(res.status, 403);
    assert!(
        get_in(&s, "/login", "en")
            .await
            .text
            .contains(r#"lang="es""#)
    );
}

async fn a_saved_preference_wins_over_the_browser(app: &TestApp) {
    let d = app.delegate("france").await;
    let res = d
        .patch_json("/api/v1/me", json!({"language": "klingon"}))
        .await;
    assert_eq!(res.status, 422, "{}", res.text);
    assert!(d.me().await["language"].is_null());

    let res = d.patch_json("/api/v1/me", json!({"language": "zh"})).await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(res.json()["language"], "zh");
    let entry = app.entry("user.profile_changed").await;
    assert_eq!(entry.details["language"]["to"], "zh");

    let b = d.browser().await;
    let page = get_in(&b, "/account", "fr").await;
    assert!(page.text.contains(r#"<html lang="zh" dir="ltr">"#));
    assert!(page.text.contains("我的账户"));
    // The switcher, signed in, saves the preference too.
    let res = b
        .post_form("/language", &[("lang", "ar"), ("back", "/account")])
        .await;
    assert_eq!(res.status, 303);
    assert_eq!(d.me().await["language"], "ar");
    let page = get_in(&b, "/account", "en").await;
    assert!(page.text.contains(r#"dir="rtl""#));
    // The account form's choice reads back selected.
    assert!(
        page.text
            .contains(r#"<option value="ar" lang="ar" selected>"#)
    );
}

async fn errors_speak_the_readers_language(app: &TestApp) {
    let d = app.delegate("france").await;
    let res = send(
        d.request(Method::GET, "/api/v1/proposals/987654")
            .header("Accept-Language", "es"),
    )
    .await;
    assert_eq!(res.status, 404);
    assert_eq!(res.error_message(), "No existe esa propuesta.");
    // Without the header, English (what API clients have always had).
    let res = d.get("/api/v1/proposals/987654").await;
    assert_eq!(res.error_message(), "There is no such proposal.");

    let b = d.browser().await;
    let page = get_in(&b, "/proposals/987654", "fr").await;
    assert_eq!(page.status, 404);
    assert!(
        page.text.contains("Cette proposition n’existe pas."),
        "{}",
        page.text
    );
    assert!(page.text.contains("Page introuvable"));
    assert!(page.text.contains(r#"<html lang="fr""#));
}
