//! The new-round form as a chair without JavaScript meets it: first the
//! kind (two links), then only that kind's fields; rule presets by name
//! with a description each and the JSON rule behind "Advanced"; group
//! weights and houses as one input per group; a refusal that names the
//! field by its label and points the field at the message.

use crate::common::{RequestHelper, TestApp, json};

both_backends!(
    the_form_asks_the_kind_first_and_the_ranking_form_has_no_adoption_field,
    the_adoption_form_creates_a_round_from_a_preset_and_per_group_weights_and_houses,
    a_refused_form_names_the_field_by_its_label_and_marks_it_invalid,
);

async fn the_form_asks_the_kind_first_and_the_ranking_form_has_no_adoption_field(app: &TestApp) {
    let chair = app.chair().await.browser().await;
    let step = chair.get("/rounds/new").await;
    assert_eq!(step.status, 200, "{}", step.text);
    assert!(
        step.text.contains("href=\"/rounds/new?kind=ranking\""),
        "{}",
        step.text
    );
    assert!(
        step.text.contains("href=\"/rounds/new?kind=adoption\""),
        "{}",
        step.text
    );
    assert!(
        !step
            .text
            .contains("<form method=\"post\" action=\"/rounds\""),
        "{}",
        step.text
    );
    let form = chair.get("/rounds/new?kind=ranking").await;
    assert_eq!(form.status, 200, "{}", form.text);
    let text = &form.text;
    assert!(text.contains("name=\"method\""), "{text}");
    assert!(text.contains("name=\"kind\" value=\"ranking\""), "{text}");
    for adoption_only in [
        "name=\"preset\"",
        "name=\"rule\"",
        "name=\"house_",
        "name=\"group_quorum_percent\"",
    ] {
        assert!(!text.contains(adoption_only), "{adoption_only} in {text}");
    }
    for jargon in [
        "docs/tally.md",
        "JSON in the rule language",
        "member_state=2",
    ] {
        assert!(!text.contains(jargon), "{jargon} in {text}");
    }
    // One weight input per group, labelled with the group's name.
    assert!(
        text.contains("<label for=\"weight_industry\">Industry</label>"),
        "{text}"
    );
    // An unknown kind asks again.
    let again = chair.get("/rounds/new?kind=lottery").await;
    assert!(
        again.text.contains("href=\"/rounds/new?kind=adoption\""),
        "{}",
        again.text
    );
}

async fn the_adoption_form_creates_a_round_from_a_preset_and_per_group_weights_and_houses(
    app: &TestApp,
) {
    let chair = app.chair().await;
    let b = chair.browser().await;
    let ids = app.proposals(2).await;
    let form = b.get("/rounds/new?kind=adoption").await;
    assert_eq!(form.status, 200, "{}", form.text);
    let text = &form.text;
    assert!(!text.contains("name=\"method\""), "{text}");
    assert!(text.contains("id=\"preset-majority\""), "{text}");
    assert!(text.contains("more voters say yes than no"), "{text}");
    assert!(text.contains("<details"), "{text}");
    assert!(
        text.contains("<label for=\"house_member_state\">"),
        "{text}"
    );
    let (a, c) = (ids[0].to_string(), ids[1].to_string());
    let fields = [
        ("title", "Adopt by two houses"),
        ("kind", "adoption"),
        ("preset", "two_houses"),
        ("house_member_state", "governments"),
        ("house_industry", "stakeholders"),
        ("house_civil_society", "stakeholders"),
        ("weighting", "equal_groups"),
        ("weight_member_state", "2"),
        ("weight_industry", "1"),
        ("secrecy", "secret"),
        ("proposals", &a),
        ("proposals", &c),
    ];
    let res = b.post_form("/rounds", &fields).await;
    assert_eq!(res.status, 303, "{}", res.text);
    let id = res
        .location()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    let round = chair.get(&format!("/api/v1/rounds/{id}")).await.json();
    let round = &round["round"];
    assert_eq!(round["kind"], "adoption", "{round}");
    assert_eq!(round["adoption"]["preset"], "two_houses", "{round}");
    assert_eq!(
        round["adoption"]["houses"],
        json!([
            ["governments", ["member_state"]],
            ["stakeholders", ["industry", "civil_society"]]
        ]),
        "{round}"
    );
    assert_eq!(round["weighting"], "equal_groups", "{round}");
    assert_eq!(
        round["group_weights"],
        json!({"member_state": "2", "industry": "1"}),
        "{round}"
    );
}

async fn a_refused_form_names_the_field_by_its_label_and_marks_it_invalid(app: &TestApp) {
    let chair = app.chair().await;
    let b = chair.browser().await;
    let ids = app.proposals(2).await;
    let one = ids[0].to_string();
    let before = app.changes().await;
    let res = b
        .post_form(
            "/rounds",
            &[
                ("title", "Too small"),
                ("kind", "ranking"),
                ("method", "schulze"),
                ("weighting", "per_delegate"),
                ("secrecy", "secret"),
                ("proposals", &one),
            ],
        )
        .await;
    assert_eq!(res.status, 422, "{}", res.text);
    assert!(!res.text.contains("proposals:"), "{}", res.text);
    assert!(
        res.text.contains("Proposals on the ballot: "),
        "{}",
        res.text
    );
    assert!(res.text.contains("aria-invalid=\"true\""), "{}", res.text);
    assert!(
        res.text.contains("aria-describedby=\"form-error\""),
        "{}",
        res.text
    );
    // A bad weight names the weights by their label, in the kind's form.
    let two = ids[1].to_string();
    let res = b
        .post_form(
            "/rounds",
            &[
                ("title", "Bad weight"),
                ("kind", "ranking"),
                ("method", "schulze"),
                ("weighting", "equal_groups"),
                ("weight_industry", "heavy"),
                ("secrecy", "secret"),
                ("proposals", &one),
                ("proposals", &two),
            ],
        )
        .await;
    assert_eq!(res.status, 422, "{}", res.text);
    assert!(!res.text.contains("group_weights:"), "{}", res.text);
    assert!(
        res.text
            .contains("Group weights for equal weight per group: "),
        "{}",
        res.text
    );
    assert!(
        res.text
            .contains("name=\"weight_industry\" value=\"heavy\""),
        "{}",
        res.text
    );
    assert_eq!(app.changes().await, before);
}
