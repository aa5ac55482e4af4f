//! Writing a new proposal and editing one (the same form).

use super::*;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::ValidationError;
use crate::domain::proposal::{Body, ProposalId, ProposalStatus, ProposalTitle, Summary};
use crate::services::proposals::{self, ProposalInput, ProposalPatch};
use crate::state::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::PageError;
use crate::web::extract::Participant;
use crate::web::extract::Require;
use crate::web::pages::{PageCtx, html, see_other};

/// What the write/edit form shows.
#[derive(Default)]
pub(super) struct FormValues {
    title: String,
    summary: String,
    body: String,
    themes: Vec<String>,
}

#[derive(Template)]
#[template(path = "proposals/form.html")]
pub(super) struct FormPage {
    ctx: PageCtx,
    /// `None` for a new proposal.
    id: Option<ProposalId>,
    /// Editing a draft (offers "Submit" too).
    draft: bool,
    form: FormValues,
    themes: Vec<Choice>,
    error: Option<String>,
}

impl FormPage {
    /// The title's length limits, written the reader's way.
    fn title_hint(&self) -> String {
        let (min, max) = (self.ctx.num(3), self.ctx.num(200));
        crate::i18n::t_args(
            self.ctx.lang,
            "proposal-field-title-hint",
            &[
                ("min", crate::i18n::Arg::Str(&min)),
                ("max", crate::i18n::Arg::Str(&max)),
            ],
        )
    }
}

pub(super) fn form_page(
    state: &AppState,
    ctx: PageCtx,
    id: Option<ProposalId>,
    draft: bool,
    form: FormValues,
    error: Option<String>,
) -> FormPage {
    let themes = state
        .settings
        .themes
        .all()
        .iter()
        .map(|t| Choice {
            id: t.id.clone(),
            label: t.label_in(ctx.lang),
            selected: form.themes.contains(&t.id),
        })
        .collect();
    FormPage {
        ctx,
        id,
        draft,
        form,
        themes,
        error,
    }
}

pub(super) async fn new_form(
    state: web::Data<AppState>,
    _user: Require<Participant>,
    ctx: PageCtx,
) -> Result<HttpResponse, PageError> {
    html(
        StatusCode::OK,
        &form_page(&state, ctx, None, true, FormValues::default(), None),
    )
}

pub(super) fn values(pairs: &Pairs) -> FormValues {
    FormValues {
        title: field(pairs, "title"),
        summary: field(pairs, "summary"),
        body: field(pairs, "body"),
        themes: fields(pairs, "themes"),
    }
}

pub(super) async fn create(
    state: web::Data<AppState>,
    user: Require<Participant>,
    ctx: PageCtx,
    form: CsrfForm<Pairs>,
) -> Result<HttpResponse, PageError> {
    let pairs = form.0;
    let v = values(&pairs);
    let submit = field(&pairs, "action") == "submit";
    let input =
        match ProposalInput::parse(&state.settings, &v.title, &v.summary, &v.body, &v.themes) {
            Ok(i) => i,
            Err(e) => {
                return html(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &form_page(&state, ctx, None, true, v, Some(e.to_string())),
                );
            }
        };
    let rule = state.settings.eligibility;
    let author = user.user.0;
    let view = state
        .db(move |c| proposals::create(c, rule, &author, &input, submit))
        .await?;
    Ok(see_other(&format!("/proposals/{}", view.id)))
}

pub(super) async fn edit_form(
    state: web::Data<AppState>,
    user: Require<Participant>,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let id = ProposalId(id.into_inner());
    let rule = state.settings.eligibility;
    let author = user.user.0;
    let p = state
        .db(move |c| proposals::for_editing(c, rule, &author, id))
        .await?;
    let draft = p.status == ProposalStatus::Draft;
    let form = FormValues {
        title: p.title,
        summary: p.summary,
        body: p.body,
        themes: p.themes,
    };
    html(
        StatusCode::OK,
        &form_page(&state, ctx, Some(p.id), draft, form, None),
    )
}

pub(super) fn parse_patch(
    state: &AppState,
    v: &FormValues,
) -> Result<ProposalPatch, ValidationError> {
    Ok(ProposalPatch {
        title: Some(ProposalTitle::parse(&v.title)?),
        summary: Some(Summary::parse(&v.summary)?),
        body: Some(Body::parse(&v.body)?),
        themes: Some(state.settings.themes.parse_list(&v.themes)?),
    })
}

pub(super) async fn edit(
    state: web::Data<AppState>,
    user: Require<Participant>,
    ctx: PageCtx,
    id: web::Path<i64>,
    form: CsrfForm<Pairs>,
) -> Result<HttpResponse, PageError> {
    let pairs = form.0;
    let v = values(&pairs);
    let id = ProposalId(id.into_inner());
    let rule = state.settings.eligibility;
    let author = user.user.0;
    let patch = match parse_patch(&state, &v) {
        Ok(p) => p,
        Err(e) => {
            // Check who may edit first: a stranger learns nothing from a
            // validation message, and gets the same 403/404 as without it.
            let p = state
                .db(move |c| proposals::for_editing(c, rule, &author, id))
                .await?;
            let draft = p.status == ProposalStatus::Draft;
            return html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&state, ctx, Some(id), draft, v, Some(e.to_string())),
            );
        }
    };
    let after = if field(&pairs, "action") == "submit" {
        proposals::AfterEdit::Submit
    } else {
        proposals::AfterEdit::Keep
    };
    state
        .db(move |c| proposals::edit(c, rule, &author, id, &patch, after))
        .await?;
    Ok(see_other(&format!("/proposals/{id}")))
}
