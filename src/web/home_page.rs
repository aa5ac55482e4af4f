//! `GET /`: for visitors, what Plenary is; for a signed-in user, what to
//! do next (one read model, `services::home::page`), times in their zone.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::services::home::{self, CLOSED_DAYS, COMMENT_DAYS, Home};
use crate::state::AppState;
use crate::web::error::PageError;
use crate::web::pages::{PageCtx, html};
use crate::web::when::{When, when, when_text};

/// Routes of this module.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home));
}

/// A round line: its deadline or closing time, in the viewer's zone.
struct RoundLine {
    id: i64,
    title: String,
    closes: Option<When>,
    closed: Option<When>,
}

/// A group label for a proposal line.
struct ProposalLine {
    id: i64,
    title: String,
    missing: String,
    group: String,
}

struct CommentLine {
    id: i64,
    title: String,
    count: i64,
    latest: When,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: PageCtx,
    is_participant: bool,
    is_chair: bool,
    is_auditor: bool,
    is_admin: bool,
    time_zone: String,
    to_vote: Vec<RoundLine>,
    drafts: Vec<ProposalLine>,
    lacking: Vec<ProposalLine>,
    to_cosponsor: Vec<ProposalLine>,
    comments: Vec<CommentLine>,
    comment_days: i64,
    to_open: Vec<RoundLine>,
    to_close: Vec<RoundLine>,
    eligible: Vec<ProposalLine>,
    recently_closed: Vec<RoundLine>,
    closed_days: i64,
    head: Option<(i64, i64, String, Option<When>)>,
    pending: i64,
}

async fn home(state: web::Data<AppState>, ctx: PageCtx) -> Result<HttpResponse, PageError> {
    let Some(user) = ctx.user.clone() else {
        return html(StatusCode::OK, &page(ctx, Home::default(), &state));
    };
    let rule = state.settings.eligibility;
    let st = state.clone();
    let now = crate::db::users::now();
    let data = state
        .db(move |c| home::page(c, rule, st.settings.ballot_key.expose(), &user, now))
        .await?;
    html(StatusCode::OK, &page(ctx, data, &state))
}

fn page(ctx: PageCtx, h: Home, state: &AppState) -> HomePage {
    use crate::domain::user::Role;
    let now = crate::db::users::now();
    let role = ctx.user.as_ref().map(|u| u.role);
    let zone = ctx.zone();
    let lang = ctx.lang;
    let groups = &state.settings.groups;
    let round = |r: home::HomeRound| RoundLine {
        id: r.id.0,
        title: r.title,
        closes: r.closes_at.map(|t| when(lang, zone, t, now)),
        closed: r
            .closed_at
            .as_deref()
            .and_then(|t| when_text(lang, zone, t, now)),
    };
    let proposal = |p: home::HomeProposal| ProposalLine {
        id: p.id.0,
        title: p.title,
        missing: p.missing.unwrap_or_default(),
        group: groups.label(&p.group).to_owned(),
    };
    HomePage {
        is_participant: matches!(role, Some(Role::Delegate | Role::Chair)),
        is_chair: role == Some(Role::Chair),
        is_auditor: matches!(role, Some(Role::Auditor | Role::Admin)),
        is_admin: role == Some(Role::Admin),
        time_zone: zone.name().to_owned(),
        to_vote: h.to_vote.into_iter().map(round).collect(),
        drafts: h.drafts.into_iter().map(proposal).collect(),
        lacking: h.lacking.into_iter().map(proposal).collect(),
        to_cosponsor: h.to_cosponsor.into_iter().map(proposal).collect(),
        comments: h
            .comments
            .into_iter()
            .map(|c| CommentLine {
                id: c.proposal.0,
                title: c.title,
                count: c.count,
                latest: when(lang, zone, c.latest, now),
            })
            .collect(),
        comment_days: COMMENT_DAYS,
        to_open: h.to_open.into_iter().map(round).collect(),
        to_close: h.to_close.into_iter().map(round).collect(),
        eligible: h.eligible.into_iter().map(proposal).collect(),
        recently_closed: h.recently_closed.into_iter().map(round).collect(),
        closed_days: CLOSED_DAYS,
        head: h
            .head
            .map(|s| (s.number, s.size, s.root, when_text(lang, zone, &s.at, now))),
        pending: h.pending,
        ctx,
    }
}
