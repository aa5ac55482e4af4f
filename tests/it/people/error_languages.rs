//! Refusals that carry what was typed, in the reader's language: the
//! sentence comes from the catalogues with its arguments (a length, a time
//! zone, a group weight) when the answer is rendered, whatever thread built
//! the error; without `Accept-Language` the words are today's English. The
//! JSON message is `field: sentence`, the field name untranslated.

use reqwest::Method;
use serde_json::Value;

use crate::common::{RequestHelper, Response, TestApp, json, send};

both_backends!(
    refusals_with_arguments_speak_the_readers_language,
    refusals_naming_a_thing_speak_the_readers_language,
);

/// Arabic wraps each argument in first-strong isolates so that a Latin
/// value keeps its place in a right-to-left sentence.
fn isolated(s: &str) -> String {
    format!("\u{2068}{s}\u{2069}")
}

async fn call_in(
    who: &impl RequestHelper,
    method: Method,
    path: &str,
    body: &Value,
    accept: Option<&str>,
) -> Response {
    let mut req = who.request(method, path).json(body);
    if let Some(lang) = accept {
        req = req.header("Accept-Language", lang);
    }
    send(req).await
}

async fn refusals_with_arguments_speak_the_readers_language(app: &TestApp) {
    let d = app.delegate("france").await;
    let chair = app.chair().await;
    let ids = app.proposals(2).await;

    let long_title = json!({
        "title": "x".repeat(201),
        "summary": "A summary.",
        "body": "A body.",
        "themes": ["connectivity"],
    });
    let bad_zone = json!({"time_zone": "Mars/Olympus"});
    let bad_weight = json!({
        "title": "Priorities for 2027",
        "proposals": ids,
        "weighting": "equal_groups",
        "group_weights": {"industry": "abc"},
    });

    let cases: [(Option<&str>, [String; 3]); 4] = [
        (
            None,
            [
                "The title must be at most 200 characters (it has 201).".to_owned(),
                r#"Unknown time zone "Mars/Olympus"; use an IANA name such as Europe/Paris, America/New_York or UTC."#.to_owned(),
                r#"The weight of industry must be a whole number or a fraction like 1/2, not "abc"."#.to_owned(),
            ],
        ),
        (
            Some("fr-FR, fr;q=0.9"),
            [
                "Le titre ne doit pas dépasser 200 caractères (actuellement : 201).".to_owned(),
                r#"Fuseau horaire inconnu "Mars/Olympus" ; utilisez un nom IANA tel que Europe/Paris, America/New_York ou UTC."#.to_owned(),
                r#"Le poids de industry doit être un nombre entier ou une fraction comme 1/2, et non "abc"."#.to_owned(),
            ],
        ),
        (
            Some("ar"),
            [
                format!(
                    "يجب ألا يزيد عدد أحرف العنوان على {} (عددها الآن {}).",
                    isolated("200"),
                    isolated("201")
                ),
                format!(
                    "منطقة زمنية غير معروفة {}؛ استخدم اسمًا وفق IANA مثل Europe/Paris أو America/New_York أو UTC.",
                    isolated(r#""Mars/Olympus""#)
                ),
                format!(
                    "يجب أن يكون وزن {} عددًا صحيحًا أو كسرًا مثل 1/2، لا {}.",
                    isolated("industry"),
                    isolated(r#""abc""#)
                ),
            ],
        ),
        (
            Some("ru-RU"),
            [
                "Длина поля «Заголовок» — не более 200 символов (сейчас 201).".to_owned(),
                r#"Неизвестный часовой пояс "Mars/Olympus"; укажите название по IANA, например Europe/Paris, America/New_York или UTC."#.to_owned(),
                r#"Вес группы industry должен быть целым числом или дробью вида 1/2, а не "abc"."#.to_owned(),
            ],
        ),
    ];

    for (accept, [title, zone, weight]) in cases {
        let res = call_in(&d, Method::POST, "/api/v1/proposals", &long_title, accept).await;
        assert_eq!(res.status, 422, "{}", res.text);
        assert_eq!(res.json()["error"]["field"], "title", "{}", res.text);
        assert_eq!(res.error_message(), format!("title: {title}"), "{accept:?}");

        let res = call_in(&d, Method::PATCH, "/api/v1/me", &bad_zone, accept).await;
        assert_eq!(res.status, 422, "{}", res.text);
        assert_eq!(res.json()["error"]["field"], "time_zone", "{}", res.text);
        assert_eq!(
            res.error_message(),
            format!("time_zone: {zone}"),
            "{accept:?}"
        );

        let res = call_in(&chair, Method::POST, "/api/v1/rounds", &bad_weight, accept).await;
        assert_eq!(res.status, 422, "{}", res.text);
        assert_eq!(
            res.json()["error"]["field"],
            "group_weights",
            "{}",
            res.text
        );
        assert_eq!(
            res.error_message(),
            format!("group_weights: {weight}"),
            "{accept:?}"
        );
    }
    // Nothing was stored by any of the refusals.
    assert_eq!(d.me().await["time_zone"], "UTC");
    let rounds = chair.get("/api/v1/rounds").await;
    assert_eq!(rounds.status, 200, "{}", rounds.text);
    assert!(
        !rounds.text.contains("Priorities for 2027"),
        "{}",
        rounds.text
    );
}

/// `AppError`s that name what is missing or in the way (`error::Msg`): the
/// id and count travel with the error and the sentence, plural forms
/// included, is written in the reader's language.
async fn refusals_naming_a_thing_speak_the_readers_language(app: &TestApp) {
    let d = app.delegate("france").await;
    let get_in = |accept: Option<&'static str>| {
        let d = d.clone();
        async move {
            let mut req = d.request(Method::GET, "/api/v1/rounds/987654");
            if let Some(lang) = accept {
                req = req.header("Accept-Language", lang);
            }
            send(req).await
        }
    };
    let en = get_in(None).await;
    assert_eq!(en.status, 404);
    assert_eq!(en.error_message(), "There is no round 987654.");
    let fr = get_in(Some("fr")).await;
    assert_eq!(fr.error_message(), "Le scrutin 987654 n’existe pas.");
    let zh = get_in(Some("zh")).await;
    assert_eq!(zh.error_message(), "不存在投票轮次 987654。");

    // A count selects the plural form: an auditor asks for a tree larger
    // than the trail.
    let auditor = app.auditor().await;
    let size = app.audit_seq().await;
    let path = format!("/api/v1/audit/consistency?from=1&to={}", size + 5);
    let en = auditor.get(&path).await;
    assert_eq!(en.status, 404, "{}", en.text);
    assert!(
        en.error_message()
            .contains(&format!("there is no tree of size {}", size + 5))
    );
    let ru = send(
        auditor
            .request(Method::GET, &path)
            .header("Accept-Language", "ru"),
    )
    .await;
    assert!(ru.error_message().starts_with("В журнале "), "{}", ru.text);
    assert!(
        ru.error_message()
            .contains(&format!("дерева размера {} нет", size + 5))
    );

    // A message inside a message: what an ineligible proposal still lacks
    // is worded in the reader's language inside the refusal.
    let chair = app.chair().await;
    let author = app.find_user(d.email()).await.unwrap();
    let lone = app
        .submitted_proposal(&author, "Lonely idea", "Summary.", "Body.")
        .await;
    let eligible = app.proposals(1).await;
    let body = json!({"title": "Round", "proposals": [eligible[0], lone]});
    let en = chair.post_json("/api/v1/rounds", &body).await;
    assert_eq!(en.status, 422, "{}", en.text);
    assert!(
        en.error_message()
            .contains("is not eligible yet: needs co-sponsors from 2 more stakeholder groups"),
        "{}",
        en.text
    );
    let fr = send(
        chair
            .request(Method::POST, "/api/v1/rounds")
            .json(&body)
            .header("Accept-Language", "fr"),
    )
    .await;
    assert_eq!(fr.status, 422);
    let msg = fr.error_message();
    assert!(
        msg.contains(
            "(Lonely idea) n’est pas encore éligible : il lui faut des coparrains de 2 groupes"
        ),
        "{msg}"
    );
}
