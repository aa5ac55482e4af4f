//! Stakeholder groups and themes are shown in the reader's language (the
//! catalogue's `group-…` / `theme-…` messages for the defaults, labels per
//! language from the settings otherwise), everywhere a page names one,
//! the secrecy note included; exports and the API keep the ids.

use reqwest::Method;

use crate::common::internals::Lang;
use crate::common::{Backend, RequestHelper, Session, TestApp, json, send};

both_backends!(
    group_and_theme_labels_follow_the_readers_language_and_the_api_keeps_ids,
    the_secrecy_note_names_small_groups_by_their_label,
);

/// `path` as a browser asking for `lang`.
async fn page_in(b: &Session, lang: &str, path: &str) -> String {
    let res = send(b.request(Method::GET, path).header("accept-language", lang)).await;
    assert_eq!(res.status, 200, "{path}: {}", res.text);
    res.text
}

async fn group_and_theme_labels_follow_the_readers_language_and_the_api_keeps_ids(app: &TestApp) {
    let author = app.delegate_in("cs", "civil_society", "Oxfam").await;
    let res = author
        .post_json(
            "/api/v1/proposals",
            json!({"title": "Skills for all", "summary": "Training.", "body": "Text.",
                   "themes": ["digital_skills"], "submit": true}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let id = res.json()["proposal"]["id"].as_i64().unwrap();
    let reader = app.delegate("france").await.browser().await;

    let fr = page_in(&reader, "fr", &format!("/proposals/{id}")).await;
    assert!(fr.contains("Société civile"), "{fr}");
    assert!(fr.contains("Compétences numériques"), "{fr}");
    assert!(!fr.contains("Civil society") && !fr.contains("Digital skills"));
    let list = page_in(&reader, "fr", "/proposals").await;
    assert!(list.contains("Société civile") && list.contains("Compétences numériques"));
    let ar = page_in(&reader, "ar", &format!("/proposals/{id}")).await;
    assert!(ar.contains("المجتمع المدني"), "{ar}");
    let en = page_in(&reader, "en", &format!("/proposals/{id}")).await;
    assert!(en.contains("Civil society") && en.contains("Digital skills"));
    let register = page_in(&app.browser().await, "fr", "/register").await;
    assert!(register.contains(r#"<option value="civil_society">Société civile</option>"#));

    let api = author.get(&format!("/api/v1/proposals/{id}")).await.json();
    assert_eq!(api["proposal"]["themes"], json!(["digital_skills"]));
    assert_eq!(api["proposal"]["author"]["group"], "civil_society");
}

async fn the_secrecy_note_names_small_groups_by_their_label(app: &TestApp) {
    let chair = app.chair().await;
    let ids = app.proposals(2).await;
    let lone = app
        .delegate_in("uma", "intergovernmental", "Lone Union")
        .await;
    let id = chair
        .create_round(
            &ids,
            json!({"method": "borda", "weighting": "equal_groups", "secrecy": "secret"}),
        )
        .await;
    chair.open(id).await;
    let b = lone.browser().await;
    for path in [format!("/rounds/{id}"), format!("/rounds/{id}/ballot")] {
        let fr = page_in(&b, "fr", &path).await;
        assert!(
            fr.contains("Organisations intergouvernementales (1 "),
            "{path}: {fr}"
        );
        assert!(!fr.contains("intergovernmental ("), "{path}");
        let en = page_in(&b, "en", &path).await;
        assert!(
            en.contains("Intergovernmental organisations (1 voter)"),
            "{path}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn labels_set_per_language_in_the_settings_win_over_the_catalogue() {
    let app = TestApp::spawn_with(Backend::Sqlite, |s| {
        s.groups
            .translate(Lang::Fr, "civil_society=ONG et associations")
            .unwrap();
        s.themes
            .translate(Lang::Fr, "connectivity=Accès au réseau")
            .unwrap();
    })
    .await
    .unwrap();
    let author = app.delegate_in("cs", "civil_society", "Oxfam").await;
    let res = author
        .post_json(
            "/api/v1/proposals",
            json!({"title": "Rural links", "summary": "Cables.", "body": "Text.",
                   "themes": ["connectivity"], "submit": true}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let id = res.json()["proposal"]["id"].as_i64().unwrap();
    let b = author.browser().await;
    let fr = page_in(&b, "fr", &format!("/proposals/{id}")).await;
    assert!(
        fr.contains("ONG et associations") && fr.contains("Accès au réseau"),
        "{fr}"
    );
    let es = page_in(&b, "es", &format!("/proposals/{id}")).await;
    assert!(
        es.contains("Sociedad civil") && es.contains("Conectividad"),
        "{es}"
    );
}
