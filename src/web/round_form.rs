//! A chair's form for a new round, in two steps that work without
//! JavaScript: `GET /rounds/new` asks which kind of round (two links,
//! `?kind=ranking` and `?kind=adoption`, each with what it is for), then
//! `GET /rounds/new?kind=…` shows only that kind's fields. Adoption rules
//! are presets chosen by name, each with a plain-language description; the
//! rule language's JSON is an advanced option inside `<details>`. Group
//! weights and houses are one input per group, labelled with the group's
//! name (`weight_<group>`, `house_<group>`), turned here into the same
//! text the form always sent (`group_weights`, `houses`, still accepted),
//! so the round created is exactly what it was. A refused field is named
//! by its label, and the field points at the message (`aria-invalid`,
//! `aria-describedby`).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::ValidationError;
use crate::domain::groups::GroupDef;
use crate::domain::proposal::ProposalId;
use crate::domain::round::{NewRound, RoundInput, group_weights_from_text, houses_from_text};
use crate::services::rounds;
use crate::state::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::{AppError, PageError};
use crate::web::extract::{Chair, Require};
use crate::web::pages::{PageCtx, html};
use crate::web::round_words as words;

/// A proposal a chair may pick.
struct Choice {
    id: ProposalId,
    title: String,
    missing: Option<String>,
    checked: bool,
}

/// One stakeholder group's own inputs: its weight and its house.
struct GroupInputs {
    id: String,
    label: String,
    weight: String,
    house: String,
}

#[derive(Template)]
#[template(path = "rounds/new_kind.html")]
struct KindPage {
    ctx: PageCtx,
}

#[derive(Template)]
#[template(path = "rounds/new.html")]
struct NewPage {
    ctx: PageCtx,
    choices: Vec<Choice>,
    groups: Vec<GroupInputs>,
    /// The refusal's sentence (in the reader's language), its field's
    /// label id and its field, when the form was refused.
    error: Option<String>,
    error_label: Option<&'static str>,
    error_field: String,
    title: String,
    description: String,
    method: String,
    weighting: String,
    secrecy: String,
    closes_at: String,
    quorum: String,
    kind: String,
    /// (form value, catalogue id) of each choice.
    presets: &'static [(&'static str, &'static str)],
    methods: &'static [(&'static str, &'static str)],
    weightings: &'static [(&'static str, &'static str)],
    preset: String,
    rule: String,
    group_quorum: String,
}

impl NewPage {
    /// The form as it was sent (or empty), to show again.
    fn with(
        ctx: PageCtx,
        kind: &str,
        choices: Vec<Choice>,
        groups: &[GroupDef],
        form: &[(String, String)],
        error: Option<(&str, String)>,
    ) -> Self {
        let or = |name: &str, default: &str| {
            let v = field(form, name);
            if v.is_empty() {
                default.to_owned()
            } else {
                v.to_owned()
            }
        };
        let typed_weights = group_weights_from_text(field(form, "group_weights")).ok();
        let groups = groups
            .iter()
            .map(|g| {
                let id = g.id.clone();
                let mut weight = field(form, &format!("weight_{id}")).to_owned();
                if weight.is_empty()
                    && let Some(w) = typed_weights.as_ref().and_then(|t| t.get(&id))
                {
                    weight.clone_from(w);
                }
                GroupInputs {
                    house: field(form, &format!("house_{id}")).to_owned(),
                    label: crate::domain::labels::label_of(groups, ctx.lang, &id),
                    weight,
                    id,
                }
            })
            .collect();
        NewPage {
            ctx,
            choices,
            groups,
            error_label: error.as_ref().and_then(|(f, _)| label_of(f)),
            error_field: error
                .as_ref()
                .map(|(f, _)| (*f).to_owned())
                .unwrap_or_default(),
            error: error.map(|(_, sentence)| sentence),
            title: field(form, "title").to_owned(),
            description: field(form, "description").to_owned(),
            method: or("method", "schulze"),
            weighting: or("weighting", "per_delegate"),
            secrecy: or("secrecy", "secret"),
            closes_at: field(form, "closes_at").to_owned(),
            quorum: field(form, "quorum_percent").to_owned(),
            kind: kind.to_owned(),
            presets: &words::PRESETS,
            methods: &words::METHODS,
            weightings: &words::WEIGHTINGS,
            preset: or("preset", "two_thirds"),
            rule: field(form, "rule").to_owned(),
            group_quorum: field(form, "group_quorum_percent").to_owned(),
        }
    }

    /// The attributes that tie a refused field to the message.
    fn invalid(&self, name: &str) -> &'static str {
        if self.error.is_some() && self.error_field == name {
            r#" aria-invalid="true" aria-describedby="form-error""#
        } else {
            ""
        }
    }

    /// The catalogue id of a preset's plain-language description.
    fn preset_help(&self, value: &str) -> &'static str {
        match value {
            "majority" => "rounds-preset-help-majority",
            "two_thirds" => "rounds-preset-help-two-thirds",
            "concurrent_majority" => "rounds-preset-help-concurrent-majority",
            "concurrent_two_thirds" => "rounds-preset-help-concurrent-two-thirds",
            "two_houses" => "rounds-preset-help-two-houses",
            "house_supermajority" => "rounds-preset-help-house-supermajority",
            _ => "rounds-preset-help-custom",
        }
    }
}

/// The label (catalogue id) of a form field, to name it in a refusal.
fn label_of(field: &str) -> Option<&'static str> {
    Some(match field {
        "title" => "rounds-new-field-title",
        "description" => "rounds-new-field-description",
        "proposals" => "rounds-new-field-proposals",
        "kind" => "rounds-new-kind-legend",
        "method" => "rounds-new-method",
        "rule" | "preset" => "rounds-new-rule",
        "houses" => "rounds-new-houses",
        "group_quorum_percent" => "rounds-new-group-quorum",
        "weighting" => "rounds-new-weighting",
        "group_weights" => "rounds-new-group-weights",
        "secrecy" => "rounds-new-secrecy-legend",
        "closes_at" => "rounds-new-closes-at",
        "quorum_percent" => "rounds-new-quorum",
        _ => return None,
    })
}

/// The adoption rule as the form gives it: a preset, or custom JSON.
fn rule_from_form(form: &[(String, String)]) -> Result<Option<serde_json::Value>, ValidationError> {
    if field(form, "kind") != "adoption" {
        return Ok(None);
    }
    match field(form, "preset") {
        "custom" => serde_json::from_str(field(form, "rule"))
            .map(Some)
            .map_err(|e| {
                ValidationError::with("rule", "err-rule-json", [("detail", e.to_string())])
            }),
        "" => Ok(None),
        preset => Ok(Some(serde_json::json!({"preset": preset}))),
    }
}

/// The group weights as text (`group=weight, …`): from the per-group
/// inputs when any is filled in, else the text field as sent.
fn weights_text(form: &[(String, String)], groups: &[GroupDef]) -> String {
    let per_group: Vec<String> = groups
        .iter()
        .filter_map(|g| {
            let w = field(form, &format!("weight_{}", g.id)).trim();
            (!w.is_empty()).then(|| format!("{}={w}", g.id))
        })
        .collect();
    if per_group.is_empty() {
        field(form, "group_weights").to_owned()
    } else {
        per_group.join(", ")
    }
}

/// The houses as text (`house: group, group` per line): from the
/// per-group inputs (groups naming the same house sit in it, houses in the
/// order first named) when any is filled in, else the text field as sent.
fn houses_text(form: &[(String, String)], groups: &[GroupDef]) -> String {
    let mut houses: Vec<(String, Vec<&str>)> = Vec::new();
    for g in groups {
        let house = field(form, &format!("house_{}", g.id)).trim();
        if house.is_empty() {
            continue;
        }
        match houses.iter_mut().find(|(h, _)| h == house) {
            Some((_, members)) => members.push(g.id.as_str()),
            None => houses.push((house.to_owned(), vec![g.id.as_str()])),
        }
    }
    if houses.is_empty() {
        return field(form, "houses").to_owned();
    }
    houses
        .iter()
        .map(|(h, members)| format!("{h}: {}", members.join(", ")))
        .collect::<Vec<_>>()
        .join("\n")
}

async fn choices(
    state: &web::Data<AppState>,
    checked: Vec<ProposalId>,
) -> Result<Vec<Choice>, AppError> {
    let st = state.clone();
    let all = state
        .db(move |c| rounds::proposal_choices(c, &st.settings))
        .await?;
    Ok(all
        .into_iter()
        .map(|p| Choice {
            checked: checked.contains(&p.id),
            id: p.id,
            title: p.title,
            missing: p.missing,
        })
        .collect())
}

/// `?kind=ranking` or `?kind=adoption`; anything else asks first.
#[derive(Deserialize)]
pub(crate) struct KindQuery {
    kind: Option<String>,
}

/// Step one (which kind), or step two (that kind's form).
pub(crate) async fn new_form(
    state: web::Data<AppState>,
    _chair: Require<Chair>,
    ctx: PageCtx,
    query: web::Query<KindQuery>,
) -> Result<HttpResponse, PageError> {
    let kind = match query.kind.as_deref() {
        Some(k @ ("ranking" | "adoption")) => k,
        _ => return html(StatusCode::OK, &KindPage { ctx }),
    };
    let choices = choices(&state, Vec::new()).await?;
    html(
        StatusCode::OK,
        &NewPage::with(ctx, kind, choices, state.settings.groups.all(), &[], None),
    )
}

fn field<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

pub(crate) async fn create(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    ctx: PageCtx,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let groups = state.settings.groups.all();
    let proposals: Vec<ProposalId> = form
        .iter()
        .filter(|(k, _)| k == "proposals")
        .filter_map(|(_, v)| v.trim().parse().ok().map(ProposalId))
        .collect();
    let adoption = field(&form, "kind") == "adoption";
    let parsed = group_weights_from_text(&weights_text(&form, groups)).and_then(|gw| {
        let input = RoundInput {
            kind: field(&form, "kind").to_owned(),
            rule: rule_from_form(&form)?,
            houses: houses_from_text(&houses_text(&form, groups))?,
            group_quorum_percent: Some(field(&form, "group_quorum_percent").to_owned()),
            title: field(&form, "title").to_owned(),
            description: field(&form, "description").to_owned(),
            proposals: proposals.clone(),
            // The form always sends a method; it applies to ranking rounds.
            method: if adoption {
                String::new()
            } else {
                field(&form, "method").to_owned()
            },
            weighting: field(&form, "weighting").to_owned(),
            group_weights: gw,
            secrecy: field(&form, "secrecy").to_owned(),
            closes_at: field(&form, "closes_at").to_owned(),
            quorum_percent: Some(field(&form, "quorum_percent").to_owned()),
        };
        NewRound::parse(&input, &state.settings.groups, crate::db::users::now())
    });
    let result = match parsed {
        Ok(new) => {
            let chair = chair.user.0.clone();
            let st = state.clone();
            state
                .db(move |c| rounds::create(c, &st.settings, &chair, &new))
                .await
        }
        Err(e) => Err(e.into()),
    };
    let kind = if adoption { "adoption" } else { "ranking" };
    match result {
        Ok(round) => Ok(crate::web::flash::see_other_done(
            state.settings.secure_cookies,
            &format!("/rounds/{}", round.id),
            crate::web::flash::Done::RoundCreated,
        )),
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            let status = e.status();
            // A conflict names no field: shown as a refusal of the form.
            let (name, sentence) = crate::i18n::scope(ctx.lang, async {
                match &e {
                    AppError::Invalid(v) => (v.field, v.sentence()),
                    other => ("", other.to_string()),
                }
            })
            .await;
            let choices = choices(&state, proposals).await?;
            html(
                status,
                &NewPage::with(ctx, kind, choices, groups, &form, Some((name, sentence))),
            )
        }
        Err(e) => Err(e.into()),
    }
}
