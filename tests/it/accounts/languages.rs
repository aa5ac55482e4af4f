//! The sign-in, registration and audit pages in the reader's language: the
//! browser's Accept-Language for visitors, the saved preference for a
//! signed-in user; `<html lang>` says which. A report's frozen data stays
//! as published while the words around it follow the reader.

use plenary::i18n::{self, Lang};

use crate::common::{RequestHelper, TestApp, extract_csrf, json, p};

both_backends!(
    the_sign_in_page_speaks_russian_to_a_russian_browser,
    the_registration_page_speaks_spanish_to_a_spanish_browser,
    a_failed_sign_in_is_explained_in_french_to_a_french_browser,
    the_audit_page_follows_an_auditors_saved_chinese,
    a_report_page_words_its_evidence_in_a_chairs_saved_russian,
    the_receipt_page_and_its_script_speak_a_voters_saved_arabic,
);

/// `path` fetched by a fresh cookie-keeping browser asking for `accept`.
async fn page(app: &TestApp, path: &str, accept: &str) -> (u16, String) {
    let res = app
        .browser_client()
        .get(app.url(path))
        .header("Accept-Language", accept)
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn the_sign_in_page_speaks_russian_to_a_russian_browser(app: &TestApp) {
    let (status, html) = page(app, "/login", "ru-RU, ru;q=0.9, en;q=0.5").await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="ru" dir="ltr">"#), "{html}");
    assert!(html.contains("<h1>Войти</h1>"), "{html}");
    assert!(html.contains("Ещё нет учётной записи?"), "{html}");
    assert!(html.contains(">Пароль</label>"), "{html}");
    assert!(!html.contains("No account yet?"), "{html}");
}

async fn the_registration_page_speaks_spanish_to_a_spanish_browser(app: &TestApp) {
    let (status, html) = page(app, "/register", "es-ES,es;q=0.9").await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="es" dir="ltr">"#), "{html}");
    assert!(html.contains("<h1>Registrarse</h1>"), "{html}");
    assert!(
        html.contains(">Grupo de partes interesadas</label>"),
        "{html}"
    );
    assert!(html.contains("(al menos 10 caracteres)"), "{html}");
    assert!(!html.contains("Stakeholder group"), "{html}");
}

async fn a_failed_sign_in_is_explained_in_french_to_a_french_browser(app: &TestApp) {
    app.delegate("france").await;
    let browser = app.browser_client();
    let form = browser
        .get(app.url("/login"))
        .header("Accept-Language", "fr-CH, fr;q=0.9")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = extract_csrf(&form).unwrap();
    let res = browser
        .post(app.url("/login"))
        .header("Accept-Language", "fr-CH, fr;q=0.9")
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "france@example.org"),
            ("password", "not the password"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 401);
    let html = res.text().await.unwrap();
    assert!(html.contains(r#"<html lang="fr" dir="ltr">"#), "{html}");
    assert!(html.contains("<h1>Se connecter</h1>"), "{html}");
    assert!(html.contains("Pas encore de compte ?"), "{html}");
    // The refusal is the core catalogue's French sentence, in the alert.
    let refusal = i18n::t(Lang::Fr, plenary::messages::LOGIN_FAILED);
    assert!(
        html.contains(&format!(r#"id="form-error"><p>{refusal}</p>"#)),
        "{html}"
    );
    if i18n::message_ids(Lang::Fr).contains(plenary::messages::LOGIN_FAILED) {
        assert!(!html.contains("Sign-in failed"), "{html}");
    }
    // The email typed is kept; nobody is signed in.
    assert!(html.contains(r#"value="france@example.org""#), "{html}");
}

async fn the_audit_page_follows_an_auditors_saved_chinese(app: &TestApp) {
    let auditor = app.auditor().await;
    let res = auditor
        .patch_json("/api/v1/me", json!({"language": "zh"}))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    // The browser asks for English; the saved choice wins.
    let browser = auditor.browser().await;
    let res = browser.get("/audit").await;
    assert_eq!(res.status, 200);
    let html = res.text;
    assert!(html.contains(r#"<html lang="zh" dir="ltr">"#), "{html}");
    assert!(html.contains("<h1>审计记录</h1>"), "{html}");
    assert!(html.contains("当前头部"), "{html}");
    assert!(
        html.contains("<dd>暂无。</dd>"),
        "no checkpoint yet: {html}"
    );
    assert!(html.contains("立即签名当前头部"), "{html}");
    assert!(html.contains("第 1 页，共 1 页"), "{html}");
    assert!(!html.contains("Audit trail"), "{html}");
    // Times: local text, UTC on hover.
    assert!(
        html.contains(r#"<time datetime=""#) && html.contains(r#" title=""#),
        "{html}"
    );
}

async fn a_report_page_words_its_evidence_in_a_chairs_saved_russian(app: &TestApp) {
    let (chair, _, (ranking, adoption)) = crate::reports::panel(app).await;
    let id = crate::reports::create_report(&chair, &[adoption, ranking]).await;
    let res = chair
        .patch_json("/api/v1/me", json!({"language": "ru"}))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    let html = chair
        .browser()
        .await
        .get(&format!("/reports/{id}"))
        .await
        .text;
    assert!(html.contains(r#"<html lang="ru" dir="ltr">"#), "{html}");
    // The document's own words (title, introduction) are as written…
    assert!(
        html.contains("<h1><bdi>Outcome of the 2027 session</bdi></h1>"),
        "{html}"
    );
    assert!(html.contains("<strong>met</strong>"), "{html}");
    // …the page's words are Russian, built when the page is shown, and
    // the frozen decimals are written the Russian way.
    assert!(html.contains(">черновик</span>"), "{html}");
    assert!(
        html.contains("Принято — за 3, против 0, воздержались 0"),
        "{html}"
    );
    assert!(html.contains("Место 1 из 2"), "{html}");
    assert!(
        html.contains(
            "Председатель зафиксировал принятие после голосования «Priorities (голосование"
        ),
        "{html}"
    );
    assert!(html.contains("<h2>Непринятые предложения</h2>"), "{html}");
    assert!(!html.contains("Recommendation 1"), "{html}");
}

async fn the_receipt_page_and_its_script_speak_a_voters_saved_arabic(app: &TestApp) {
    let chair = app.chair().await;
    let ids = app.proposals(2).await;
    let round = chair.create_round(&ids, json!({"secrecy": "secret"})).await;
    let voter = app.delegate("egypt").await;
    chair.open(round).await;
    let cast = voter.vote(round, json!([[p(ids[1])], [p(ids[0])]])).await;
    assert_eq!(cast.status, 200, "{}", cast.text);
    let receipt = cast.json()["receipt"].as_str().unwrap().to_owned();
    chair.close(round).await;
    let res = voter
        .patch_json("/api/v1/me", json!({"language": "ar"}))
        .await;
    assert_eq!(res.status, 200, "{}", res.text);
    let html = voter
        .browser()
        .await
        .get(&format!("/rounds/{round}/receipts/{receipt}"))
        .await
        .text;
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#), "{html}");
    assert!(html.contains("تحقّق بنفسك"), "{html}");
    // One ballot counted: the Arabic singular, not a number.
    assert!(html.contains("من بطاقة اقتراع واحدة محسوبة"), "{html}");
    // The script's sentences come from the page, in Arabic.
    assert!(
        html.contains(
            r#"data-all-hold="جميع الخطوات صحيحة: بطاقة اقتراعك موجودة في السجل الموقّع.""#
        ),
        "{html}"
    );
    assert!(html.contains(">تحقّق في هذا المتصفح</button>"), "{html}");
    assert!(!html.contains("Check it yourself"), "{html}");
}
