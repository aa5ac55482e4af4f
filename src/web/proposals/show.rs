//! The proposal page (sanitised Markdown, co-sponsors, eligibility,
//! revisions, discussion) and the diff between two revisions.

use super::*;
use crate::domain::proposal::CommentId;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::proposal::{ProposalId, ProposalStatus};
use crate::domain::user::{Role, User};
use crate::i18n::{self, Arg};
use crate::services::comments::CommentView;
use crate::services::proposals::{self};
use crate::state::AppState;
use crate::web::error::PageError;
use crate::web::extract::CurrentUser;
use crate::web::pages::{PageCtx, html};

/// A co-sponsor row.
pub(super) struct CosponsorItem {
    name: String,
    group: String,
    organisation: String,
}

/// A comment as the page shows it.
pub(super) struct CommentItem {
    id: CommentId,
    author: String,
    group: String,
    organisation: String,
    body_html: String,
    hidden: bool,
    reason: String,
    /// Posted (UTC); the page shows it in the reader's zone.
    posted: chrono::NaiveDateTime,
    edited: bool,
    editable: bool,
    replies: Vec<CommentItem>,
}

pub(super) fn comment_item(
    state: &AppState,
    lang: crate::i18n::Lang,
    c: &CommentView,
    viewer: &User,
) -> CommentItem {
    let now = crate::db::users::now();
    CommentItem {
        id: c.id,
        author: c.author.display_name.clone(),
        group: state.settings.groups.label(lang, &c.author.group),
        organisation: c.author.organisation.clone(),
        body_html: c.body_html.clone().unwrap_or_default(),
        hidden: c.hidden,
        reason: c.hidden_reason.clone().unwrap_or_default(),
        posted: c.created_at,
        edited: c.edited_at.is_some(),
        editable: c.editable_by(viewer, now),
        replies: c
            .replies
            .iter()
            .map(|r| comment_item(state, lang, r, viewer))
            .collect(),
    }
}

/// An action as the page shows it: a button (or the edit link) when it can
/// be taken now, its label and the reason otherwise.
pub(super) struct ActionItem {
    /// The catalogue id of its label.
    label: &'static str,
    /// The element id tests and scripts find it by.
    html_id: &'static str,
    /// The form's path after `/proposals/{id}/`.
    path: &'static str,
    /// A link (GET) rather than a form.
    is_link: bool,
    /// Why it is unavailable (a message id); empty when it is offered.
    refusal: &'static str,
}

fn action_item(o: &proposals::Offer) -> ActionItem {
    use proposals::ProposalAction as A;
    let (label, html_id, path, is_link) = match o.action {
        A::Edit => ("proposal-action-edit", "edit-proposal", "edit", true),
        A::Submit => ("proposal-submit", "submit-proposal", "submit", false),
        // A link: withdrawing asks first, on a page of its own.
        A::Withdraw => (
            "proposal-action-withdraw",
            "withdraw-proposal",
            "withdraw",
            true,
        ),
        A::Cosponsor => ("proposal-action-cosponsor", "cosponsor", "cosponsor", false),
        A::Uncosponsor => (
            "proposal-action-uncosponsor",
            "uncosponsor",
            "uncosponsor",
            false,
        ),
    };
    ActionItem {
        label,
        html_id,
        path,
        is_link,
        refusal: o.refusal.unwrap_or(""),
    }
}

#[derive(Template)]
#[template(path = "proposals/show.html")]
pub(super) struct ShowPage {
    ctx: PageCtx,
    id: ProposalId,
    title: String,
    summary: String,
    body_html: String,
    /// The catalogue id of its status label.
    status: &'static str,
    revision: i32,
    author: String,
    organisation: String,
    group: String,
    themes: Vec<String>,
    /// When it was submitted, in the reader's zone and language.
    submitted: Option<crate::web::when::When>,
    eligible: bool,
    /// What it lacks, in the reader's language.
    missing: String,
    cosponsors: Vec<CosponsorItem>,
    revisions: Vec<i32>,
    locked: bool,
    actions: Vec<ActionItem>,
    can_participate: bool,
    is_chair: bool,
    comments_open: bool,
    comments: Vec<CommentItem>,
}

impl ShowPage {
    fn previous_revision(&self) -> i32 {
        (self.revision - 1).max(1)
    }

    /// The comment form's hint: the length limit and how long a comment
    /// stays editable (the minutes select the plural form).
    fn comment_hint(&self) -> String {
        let max = self.ctx.num(5000);
        let minutes = crate::services::comments::EDIT_WINDOW.num_minutes();
        i18n::t_args(
            self.ctx.lang,
            "comment-add-hint",
            &[("max", Arg::Str(&max)), ("minutes", Arg::Num(minutes))],
        )
    }
}

pub(super) async fn show(
    state: web::Data<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let id = ProposalId(id.into_inner());
    let data = state.proposal_page(user.0.clone(), id).await?;
    let proposals::ProposalPageData {
        detail: d,
        body_html,
        thread,
    } = &*data;
    let user = user.0;
    let actions = d.offers(&user).iter().map(action_item).collect();
    let p = &d.proposal;
    let settings = &state.settings;
    let page = ShowPage {
        id: p.id,
        title: p.title.clone(),
        summary: p.summary.clone(),
        body_html: body_html.clone(),
        status: status_label_id(p.status),
        revision: p.revision,
        author: p.author.display_name.clone(),
        organisation: p.author.organisation.clone(),
        group: settings.groups.label(ctx.lang, &p.author.group),
        themes: p
            .themes
            .iter()
            .map(|t| settings.themes.label(ctx.lang, t))
            .collect(),
        submitted: p.submitted_at.map(|t| ctx.when(t)),
        eligible: p.eligible,
        missing: p
            .lack
            .map(|m| missing_text(ctx.lang, m))
            .unwrap_or_default(),
        cosponsors: d
            .cosponsors
            .iter()
            .map(|c| CosponsorItem {
                name: c.display_name.clone(),
                group: settings.groups.label(ctx.lang, &c.group),
                organisation: c.organisation.clone(),
            })
            .collect(),
        revisions: d.revisions.iter().map(|r| r.revision).collect(),
        locked: d.locked,
        actions,
        can_participate: can_author(&user),
        is_chair: user.role == Role::Chair,
        comments_open: p.status == ProposalStatus::Submitted,
        comments: thread
            .iter()
            .map(|c| comment_item(&state, ctx.lang, c, &user))
            .collect(),
        ctx,
    };
    html(StatusCode::OK, &page)
}

#[derive(Deserialize)]
pub(super) struct DiffQuery {
    from: Option<i32>,
    to: Option<i32>,
}

#[derive(Template)]
#[template(path = "proposals/diff.html")]
pub(super) struct DiffPage {
    ctx: PageCtx,
    id: ProposalId,
    title: String,
    from: i32,
    to: i32,
    revisions: Vec<i32>,
    lines: Vec<proposals::DiffLine>,
    truncated: bool,
}

impl DiffPage {
    /// The table's caption, naming both revisions.
    fn caption(&self) -> String {
        let (from, to) = (self.ctx.num(self.from), self.ctx.num(self.to));
        i18n::t_args(
            self.ctx.lang,
            "proposal-diff-caption",
            &[("from", Arg::Str(&from)), ("to", Arg::Str(&to))],
        )
    }

    /// Says how many rows a cut comparison shows.
    fn truncated_notice(&self) -> String {
        let n = i64::try_from(self.lines.len()).unwrap_or(i64::MAX);
        i18n::t_args(
            self.ctx.lang,
            "proposal-diff-truncated",
            &[("n", Arg::Num(n))],
        )
    }
}

pub(super) async fn diff(
    state: web::Data<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    id: web::Path<i64>,
    q: web::Query<DiffQuery>,
) -> Result<HttpResponse, PageError> {
    let id = ProposalId(id.into_inner());
    let rule = state.settings.eligibility;
    let viewer = user.id;
    let (from, to) = (q.from, q.to);
    let lang = ctx.lang;
    let st = state.clone();
    let d = state
        .db(move |c| proposals::diff(c, rule, (&st.settings.themes, lang), viewer, id, from, to))
        .await?;
    html(
        StatusCode::OK,
        &DiffPage {
            ctx,
            id,
            title: d.title,
            from: d.from,
            to: d.to,
            revisions: d.revisions,
            lines: d.lines,
            truncated: d.truncated,
        },
    )
}
