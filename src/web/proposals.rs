//! Proposal pages: the searchable list, the form to write or edit, the
//! proposal page (sanitised Markdown, co-sponsors, eligibility, revisions,
//! discussion), the revision diff, and the comment edit form. Every form
//! works without JavaScript and carries a CSRF token; handlers call the same
//! services as the API.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::web::csrf::CsrfForm;
use crate::web::extract::{Chair, Participant};
use crate::web::extract::{CurrentUser, Require};
use crate::domain::ValidationError;
use crate::domain::proposal::{
    Body, CommentBody, CommentId, HideReason, ProposalId, ProposalStatus, ProposalTitle, Summary,
};
use crate::domain::user::{Role, User};
use crate::markdown;
use crate::services::comments::{self, CommentView};
use crate::services::proposals::{
    self, ListParams, ListQuery, ProposalDetail, ProposalInput, ProposalPatch, ProposalView,
};
use crate::state::AppState;
use crate::web::error::{AppError, PageError};
use crate::web::pages::{PageCtx, html, see_other};

/// Page routes for proposals and comments.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/proposals", web::get().to(list))
        .route("/proposals", web::post().to(create))
        .route("/proposals/new", web::get().to(new_form))
        .route("/proposals/{id}", web::get().to(show))
        .route("/proposals/{id}/edit", web::get().to(edit_form))
        .route("/proposals/{id}/edit", web::post().to(edit))
        .route("/proposals/{id}/diff", web::get().to(diff))
        .route("/proposals/{id}/submit", web::post().to(submit))
        .route("/proposals/{id}/withdraw", web::post().to(withdraw))
        .route("/proposals/{id}/cosponsor", web::post().to(cosponsor))
        .route("/proposals/{id}/uncosponsor", web::post().to(uncosponsor))
        .route("/proposals/{id}/comments", web::post().to(post_comment))
        .route("/comments/{id}/edit", web::get().to(comment_form))
        .route("/comments/{id}/edit", web::post().to(edit_comment))
        .route("/comments/{id}/hide", web::post().to(hide_comment));
}

/// Form fields as pairs: checkboxes repeat a name, which a struct cannot
/// hold with `serde_urlencoded`.
type Pairs = Vec<(String, String)>;

fn field(pairs: &Pairs, name: &str) -> String {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

fn fields(pairs: &Pairs, name: &str) -> Vec<String> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .collect()
}

/// A choice in a select box or checkbox list.
struct Choice {
    id: String,
    label: String,
    selected: bool,
}

/// A proposal as a row of the list.
struct ListItem {
    id: i64,
    title: String,
    summary: String,
    status: &'static str,
    author: String,
    organisation: String,
    group: String,
    themes: Vec<String>,
    cosponsors: i32,
    comments: i32,
    eligible: bool,
    missing: String,
}

fn list_item(state: &AppState, p: &ProposalView) -> ListItem {
    ListItem {
        id: p.id,
        title: p.title.clone(),
        summary: p.summary.clone(),
        status: p.status.label(),
        author: p.author.display_name.clone(),
        organisation: p.author.organisation.clone(),
        group: state.settings.groups.label(&p.author.group).to_owned(),
        themes: p
            .themes
            .iter()
            .map(|t| state.settings.themes.label(t).to_owned())
            .collect(),
        cosponsors: p.cosponsor_count,
        comments: p.comment_count,
        eligible: p.eligible,
        missing: p.missing.clone().unwrap_or_default(),
    }
}

#[derive(Template)]
#[template(path = "proposals/list.html")]
struct ListPage {
    ctx: PageCtx,
    can_author: bool,
    q: String,
    statuses: Vec<Choice>,
    themes: Vec<Choice>,
    groups: Vec<Choice>,
    eligible: Vec<Choice>,
    sorts: Vec<Choice>,
    items: Vec<ListItem>,
    total: i64,
    page: i64,
    pages: i64,
    prev: Option<String>,
    next: Option<String>,
    error: Option<String>,
}

fn choices(options: &[(&str, &str)], current: &str) -> Vec<Choice> {
    options
        .iter()
        .map(|(id, label)| Choice {
            id: (*id).to_owned(),
            label: (*label).to_owned(),
            selected: *id == current,
        })
        .collect()
}

fn can_author(user: &User) -> bool {
    matches!(user.role, Role::Delegate | Role::Chair)
}

fn page_link(params: &ListParams, page: i64) -> String {
    let mut p = params.clone();
    p.page = Some(page.to_string());
    let pairs: Vec<(&str, &str)> = [
        ("q", &p.q),
        ("status", &p.status),
        ("theme", &p.theme),
        ("group", &p.group),
        ("eligible", &p.eligible),
        ("sort", &p.sort),
        ("per_page", &p.per_page),
        ("page", &p.page),
    ]
    .iter()
    .filter_map(|(k, v)| v.as_deref().filter(|s| !s.is_empty()).map(|s| (*k, s)))
    .collect();
    format!(
        "/proposals?{}",
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    )
}

async fn list(
    state: web::Data<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, PageError> {
    let params = params.into_inner();
    let parsed = ListQuery::parse(&state.settings, &params);
    let (status, error, query) = match parsed {
        Ok(q) => (StatusCode::OK, None, q),
        Err(e) => {
            let fallback = ListQuery::parse(&state.settings, &ListParams::default())
                .map_err(AppError::from)?;
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(e.to_string()),
                fallback,
            )
        }
    };
    let rule = state.settings.eligibility;
    let viewer = user.id;
    let page = state
        .db(move |c| proposals::list(c, rule, viewer, &query))
        .await?;
    let cur = |v: &Option<String>| v.clone().unwrap_or_default();
    let mut status_opts: Vec<(&str, &str)> = vec![("", "Any status")];
    status_opts.extend(ProposalStatus::ALL.iter().map(|s| (s.as_str(), s.label())));
    let mut theme_opts: Vec<(&str, &str)> = vec![("", "Any theme")];
    theme_opts.extend(
        state
            .settings
            .themes
            .all()
            .iter()
            .map(|t| (t.id.as_str(), t.label.as_str())),
    );
    let mut group_opts: Vec<(&str, &str)> = vec![("", "Any group")];
    group_opts.extend(
        state
            .settings
            .groups
            .all()
            .iter()
            .map(|g| (g.id.as_str(), g.label.as_str())),
    );
    let pages = page.pages();
    let items = page
        .proposals
        .iter()
        .map(|p| list_item(&state, p))
        .collect();
    html(
        status,
        &ListPage {
            can_author: can_author(&user),
            q: cur(&params.q),
            statuses: choices(&status_opts, &cur(&params.status)),
            themes: choices(&theme_opts, &cur(&params.theme)),
            groups: choices(&group_opts, &cur(&params.group)),
            eligible: choices(
                &[
                    ("", "Eligible or not"),
                    ("true", "Eligible for a round"),
                    ("false", "Not yet eligible"),
                ],
                &cur(&params.eligible),
            ),
            sorts: choices(
                &[
                    ("newest", "Newest first"),
                    ("cosponsors", "Most co-sponsored"),
                    ("comments", "Most discussed"),
                ],
                &cur(&params.sort),
            ),
            items,
            total: page.total,
            page: page.page,
            pages,
            prev: (page.page > 1).then(|| page_link(&params, page.page - 1)),
            next: (page.page < pages).then(|| page_link(&params, page.page + 1)),
            error,
            ctx,
        },
    )
}

/// What the write/edit form shows.
#[derive(Default)]
struct FormValues {
    title: String,
    summary: String,
    body: String,
    themes: Vec<String>,
}

#[derive(Template)]
#[template(path = "proposals/form.html")]
struct FormPage {
    ctx: PageCtx,
    /// `None` for a new proposal.
    id: Option<i64>,
    /// Editing a draft (offers "Submit" too).
    draft: bool,
    form: FormValues,
    themes: Vec<Choice>,
    error: Option<String>,
}

fn form_page(
    state: &AppState,
    ctx: PageCtx,
    id: Option<i64>,
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
            label: t.label.clone(),
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

async fn new_form(
    state: web::Data<AppState>,
    _user: Require<Participant>,
    ctx: PageCtx,
) -> Result<HttpResponse, PageError> {
    html(
        StatusCode::OK,
        &form_page(&state, ctx, None, true, FormValues::default(), None),
    )
}

fn values(pairs: &Pairs) -> FormValues {
    FormValues {
        title: field(pairs, "title"),
        summary: field(pairs, "summary"),
        body: field(pairs, "body"),
        themes: fields(pairs, "themes"),
    }
}

async fn create(
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

async fn edit_form(
    state: web::Data<AppState>,
    user: Require<Participant>,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let id = ProposalId(id.into_inner());
    let rule = state.settings.eligibility;
    let viewer = user.id;
    let d = state
        .db(move |c| proposals::get(c, rule, viewer, id))
        .await?;
    check_editable(&d, &user)?;
    let p = d.proposal;
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

/// The same checks the service makes, so the form is not even offered.
fn check_editable(d: &ProposalDetail, user: &User) -> Result<(), AppError> {
    if !d.proposal.is_author(user) {
        return Err(AppError::Forbidden(crate::messages::ONLY_AUTHOR.to_owned()));
    }
    if d.locked {
        return Err(AppError::Conflict(
            crate::messages::LOCKED_BY_ROUND.to_owned(),
        ));
    }
    if !matches!(
        d.proposal.status,
        ProposalStatus::Draft | ProposalStatus::Submitted
    ) {
        return Err(AppError::Conflict(crate::messages::NOT_EDITABLE.to_owned()));
    }
    Ok(())
}

fn parse_patch(state: &AppState, v: &FormValues) -> Result<ProposalPatch, ValidationError> {
    Ok(ProposalPatch {
        title: Some(ProposalTitle::parse(&v.title)?),
        summary: Some(Summary::parse(&v.summary)?),
        body: Some(Body::parse(&v.body)?),
        themes: Some(state.settings.themes.parse_list(&v.themes)?),
    })
}

async fn edit(
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
            let a = author.clone();
            let d = state.db(move |c| proposals::get(c, rule, a.id, id)).await?;
            check_editable(&d, &author)?;
            let draft = d.proposal.status == ProposalStatus::Draft;
            return html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&state, ctx, Some(id.0), draft, v, Some(e.to_string())),
            );
        }
    };
    let submit = field(&pairs, "action") == "submit";
    state
        .db(move |c| {
            let view = proposals::edit(c, rule, &author, id, &patch)?;
            if submit && view.status == ProposalStatus::Draft {
                proposals::submit(c, rule, &author, id)?;
            }
            Ok(())
        })
        .await?;
    Ok(see_other(&format!("/proposals/{id}")))
}

/// A lifecycle button on the proposal page.
#[derive(Clone, Copy)]
enum Step {
    Submit,
    Withdraw,
    Cosponsor,
    Uncosponsor,
}

async fn step(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: i64,
    step: Step,
) -> Result<HttpResponse, PageError> {
    let id = ProposalId(id);
    let rule = state.settings.eligibility;
    let user = user.user.0;
    state
        .db(move |c| match step {
            Step::Submit => proposals::submit(c, rule, &user, id),
            Step::Withdraw => proposals::withdraw(c, rule, &user, id),
            Step::Cosponsor => proposals::cosponsor(c, rule, &user, id),
            Step::Uncosponsor => proposals::uncosponsor(c, rule, &user, id),
        })
        .await?;
    Ok(see_other(&format!("/proposals/{id}")))
}

async fn submit(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    step(state, user, id.into_inner(), Step::Submit).await
}

async fn withdraw(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    step(state, user, id.into_inner(), Step::Withdraw).await
}

async fn cosponsor(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    step(state, user, id.into_inner(), Step::Cosponsor).await
}

async fn uncosponsor(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    step(state, user, id.into_inner(), Step::Uncosponsor).await
}

/// A co-sponsor row.
struct CosponsorItem {
    name: String,
    group: String,
    organisation: String,
}

/// A comment as the page shows it.
struct CommentItem {
    id: i64,
    author: String,
    group: String,
    organisation: String,
    body_html: String,
    hidden: bool,
    reason: String,
    posted: String,
    edited: bool,
    editable: bool,
    replies: Vec<CommentItem>,
}

fn comment_item(state: &AppState, c: &CommentView, viewer: &User) -> CommentItem {
    let now = crate::db::users::now();
    CommentItem {
        id: c.id,
        author: c.author.display_name.clone(),
        group: state.settings.groups.label(&c.author.group).to_owned(),
        organisation: c.author.organisation.clone(),
        body_html: c.body.as_deref().map(markdown::render).unwrap_or_default(),
        hidden: c.hidden,
        reason: c.hidden_reason.clone().unwrap_or_default(),
        posted: c.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        edited: c.edited_at.is_some(),
        editable: c.editable_by(viewer, now),
        replies: c
            .replies
            .iter()
            .map(|r| comment_item(state, r, viewer))
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "proposals/show.html")]
struct ShowPage {
    ctx: PageCtx,
    id: i64,
    title: String,
    summary: String,
    body_html: String,
    status: ProposalStatus,
    revision: i32,
    author: String,
    organisation: String,
    group: String,
    themes: Vec<String>,
    submitted: String,
    eligible: bool,
    missing: String,
    cosponsors: Vec<CosponsorItem>,
    revisions: Vec<i32>,
    locked: bool,
    is_author: bool,
    can_participate: bool,
    is_cosponsor: bool,
    is_chair: bool,
    comments_open: bool,
    comments: Vec<CommentItem>,
}

impl ShowPage {
    fn can_edit(&self) -> bool {
        self.is_author
            && !self.locked
            && matches!(
                self.status,
                ProposalStatus::Draft | ProposalStatus::Submitted
            )
    }
    fn is_draft(&self) -> bool {
        self.status == ProposalStatus::Draft
    }
    fn is_submitted(&self) -> bool {
        self.status == ProposalStatus::Submitted
    }
    fn previous_revision(&self) -> i32 {
        (self.revision - 1).max(1)
    }
}

async fn show(
    state: web::Data<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let id = ProposalId(id.into_inner());
    let rule = state.settings.eligibility;
    let viewer = user.0.clone();
    let (d, thread) = state
        .db(move |c| {
            let d = proposals::get(c, rule, viewer.id, id)?;
            let t = comments::thread(c, &viewer, id)?;
            Ok((d, t))
        })
        .await?;
    let user = user.0;
    let is_cosponsor = d.is_cosponsor(&user);
    let p = &d.proposal;
    let settings = &state.settings;
    let page = ShowPage {
        id: p.id,
        title: p.title.clone(),
        summary: p.summary.clone(),
        body_html: markdown::render(&p.body),
        status: p.status,
        revision: p.revision,
        author: p.author.display_name.clone(),
        organisation: p.author.organisation.clone(),
        group: settings.groups.label(&p.author.group).to_owned(),
        themes: p
            .themes
            .iter()
            .map(|t| settings.themes.label(t).to_owned())
            .collect(),
        submitted: p
            .submitted_at
            .map(|t| t.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        eligible: p.eligible,
        missing: p.missing.clone().unwrap_or_default(),
        cosponsors: d
            .cosponsors
            .iter()
            .map(|c| CosponsorItem {
                name: c.display_name.clone(),
                group: settings.groups.label(&c.group).to_owned(),
                organisation: c.organisation.clone(),
            })
            .collect(),
        revisions: d.revisions.iter().map(|r| r.revision).collect(),
        locked: d.locked,
        is_author: p.is_author(&user),
        can_participate: can_author(&user),
        is_cosponsor,
        is_chair: user.role == Role::Chair,
        comments_open: p.status == ProposalStatus::Submitted,
        comments: thread
            .iter()
            .map(|c| comment_item(&state, c, &user))
            .collect(),
        ctx,
    };
    html(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct DiffQuery {
    from: Option<i32>,
    to: Option<i32>,
}

/// One line of a diff.
struct DiffLine {
    /// `del`, `ins` or `same`.
    kind: &'static str,
    old: String,
    new: String,
    text: String,
}

#[derive(Template)]
#[template(path = "proposals/diff.html")]
struct DiffPage {
    ctx: PageCtx,
    id: i64,
    title: String,
    from: i32,
    to: i32,
    revisions: Vec<i32>,
    lines: Vec<DiffLine>,
}

fn revision_text(state: &AppState, r: &proposals::RevisionView) -> String {
    let themes: Vec<&str> = r
        .themes
        .iter()
        .map(|t| state.settings.themes.label(t))
        .collect();
    format!(
        "Title: {}\nSummary: {}\nThemes: {}\n\n{}\n",
        r.title,
        r.summary,
        themes.join(", "),
        r.body
    )
}

async fn diff(
    state: web::Data<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    id: web::Path<i64>,
    q: web::Query<DiffQuery>,
) -> Result<HttpResponse, PageError> {
    let id = ProposalId(id.into_inner());
    let rule = state.settings.eligibility;
    let viewer = user.id;
    let d = state
        .db(move |c| proposals::get(c, rule, viewer, id))
        .await?;
    let last = d.proposal.revision;
    let to = q.to.unwrap_or(last);
    let from = q.from.unwrap_or((to - 1).max(1));
    let old = revision_text(&state, proposals::revision(&d, from)?);
    let new = revision_text(&state, proposals::revision(&d, to)?);
    let td = similar::TextDiff::from_lines(&old, &new);
    let lines = td
        .iter_all_changes()
        .map(|ch| {
            let num = |n: Option<usize>| n.map(|n| (n + 1).to_string()).unwrap_or_default();
            DiffLine {
                kind: match ch.tag() {
                    similar::ChangeTag::Delete => "del",
                    similar::ChangeTag::Insert => "ins",
                    similar::ChangeTag::Equal => "same",
                },
                old: num(ch.old_index()),
                new: num(ch.new_index()),
                text: ch.value().trim_end_matches('\n').to_owned(),
            }
        })
        .collect();
    html(
        StatusCode::OK,
        &DiffPage {
            ctx,
            id: id.0,
            title: d.proposal.title.clone(),
            from,
            to,
            revisions: d.revisions.iter().map(|r| r.revision).collect(),
            lines,
        },
    )
}

async fn post_comment(
    state: web::Data<AppState>,
    user: Require<Participant>,
    id: web::Path<i64>,
    form: CsrfForm<Pairs>,
) -> Result<HttpResponse, PageError> {
    let pairs = form.0;
    let body = CommentBody::parse(&field(&pairs, "body")).map_err(AppError::from)?;
    let parent = match field(&pairs, "parent_id").trim() {
        "" => None,
        s => Some(CommentId(s.parse::<i64>().map_err(|_| {
            AppError::from(ValidationError::new(
                "parent_id",
                crate::messages::COMMENT_NOT_FOUND,
            ))
        })?)),
    };
    let id = ProposalId(id.into_inner());
    let user = user.user.0;
    let view = state
        .db(move |c| comments::post(c, &user, id, parent, &body))
        .await?;
    Ok(see_other(&format!("/proposals/{id}#comment-{}", view.id)))
}

#[derive(Template)]
#[template(path = "proposals/comment_edit.html")]
struct CommentEditPage {
    ctx: PageCtx,
    id: i64,
    proposal_id: i64,
    body: String,
    error: Option<String>,
}

/// Finds a comment the user may edit now, for the edit form.
async fn editable_comment(
    state: &AppState,
    user: &User,
    id: CommentId,
) -> Result<CommentView, AppError> {
    let viewer = user.clone();
    let found = state
        .db(move |c| {
            let row = crate::db::comments::find(c, id)?
                .ok_or_else(|| AppError::NotFound(crate::messages::COMMENT_NOT_FOUND.to_owned()))?;
            let thread = comments::thread(c, &viewer, ProposalId(row.proposal_id))
                .map_err(|_| AppError::NotFound(crate::messages::COMMENT_NOT_FOUND.to_owned()))?;
            Ok(thread
                .into_iter()
                .flat_map(|t| {
                    let mut all = t.replies.clone();
                    all.push(t);
                    all
                })
                .find(|c| c.id == id.0))
        })
        .await?
        .ok_or_else(|| AppError::NotFound(crate::messages::COMMENT_NOT_FOUND.to_owned()))?;
    if found.author.id != user.id.0 {
        return Err(AppError::Forbidden(
            crate::messages::ONLY_COMMENT_AUTHOR.to_owned(),
        ));
    }
    if !found.editable_by(user, crate::db::users::now()) {
        return Err(AppError::Conflict(
            crate::messages::EDIT_WINDOW_CLOSED.to_owned(),
        ));
    }
    Ok(found)
}

async fn comment_form(
    state: web::Data<AppState>,
    user: Require<Participant>,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let c = editable_comment(&state, &user, CommentId(id.into_inner())).await?;
    html(
        StatusCode::OK,
        &CommentEditPage {
            ctx,
            id: c.id,
            proposal_id: c.proposal_id,
            body: c.body.unwrap_or_default(),
            error: None,
        },
    )
}

#[derive(Deserialize)]
struct CommentForm {
    #[serde(default)]
    body: String,
}

async fn edit_comment(
    state: web::Data<AppState>,
    user: Require<Participant>,
    ctx: PageCtx,
    id: web::Path<i64>,
    form: CsrfForm<CommentForm>,
) -> Result<HttpResponse, PageError> {
    let id = CommentId(id.into_inner());
    let raw = form.0.body;
    let body = match CommentBody::parse(&raw) {
        Ok(b) => b,
        Err(e) => {
            let c = editable_comment(&state, &user, id).await?;
            return html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &CommentEditPage {
                    ctx,
                    id: c.id,
                    proposal_id: c.proposal_id,
                    body: raw,
                    error: Some(e.to_string()),
                },
            );
        }
    };
    let user = user.user.0;
    let view = state
        .db(move |c| comments::edit(c, &user, id, &body))
        .await?;
    Ok(see_other(&format!(
        "/proposals/{}#comment-{}",
        view.proposal_id, view.id
    )))
}

#[derive(Deserialize)]
struct HideForm {
    #[serde(default)]
    reason: String,
}

async fn hide_comment(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    id: web::Path<i64>,
    form: CsrfForm<HideForm>,
) -> Result<HttpResponse, PageError> {
    let reason = HideReason::parse(&form.0.reason).map_err(AppError::from)?;
    let id = CommentId(id.into_inner());
    let chair = chair.user.0;
    let view = state
        .db(move |c| comments::hide(c, &chair, id, &reason))
        .await?;
    Ok(see_other(&format!(
        "/proposals/{}#comment-{}",
        view.proposal_id, view.id
    )))
}
