//! `GET /`: for visitors, what Plenary is; for a signed-in user, what to
//! do next (one read model, `services::home::page`), times in their zone.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::proposal::{Missing, ProposalStatus};
use crate::domain::user::Role;
use crate::i18n::{Arg, Lang, format_number, t, t_args};
use crate::services::home::{self, COMMENT_DAYS, Home};
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

/// The latest signed checkpoint, its time in the viewer's zone.
struct HeadLine {
    text: String,
    root: String,
    at: Option<When>,
}

/// A comment-news line: how many new comments, the latest one's time.
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
    signed_in: String,
    /// Which zone times are shown in, in words.
    times_in: String,
    to_vote: Vec<RoundLine>,
    voted: Vec<RoundLine>,
    drafts: Vec<ProposalLine>,
    lacking: Vec<ProposalLine>,
    to_cosponsor: Vec<ProposalLine>,
    comments: Vec<CommentLine>,
    comment_days: i64,
    to_open: Vec<RoundLine>,
    to_close: Vec<RoundLine>,
    eligible: Vec<ProposalLine>,
    to_download: Vec<RoundLine>,
    head: Option<HeadLine>,
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

/// The "signed in as" sentence for a role (one message per role, so each
/// language can decline the role as it needs).
fn signed_in_id(role: Option<Role>) -> &'static str {
    match role {
        Some(Role::Chair) => "home-signed-in-chair",
        Some(Role::Auditor) => "home-signed-in-auditor",
        Some(Role::Admin) => "home-signed-in-admin",
        _ => "home-signed-in-delegate",
    }
}

/// What a proposal lacks before it may enter a round, in `lang`.
fn missing_text(lang: Lang, m: Missing) -> String {
    let n = |x: u32| Arg::Num(i64::from(x));
    match m {
        Missing::NotSubmitted(ProposalStatus::Draft) => t(lang, "home-missing-submit"),
        Missing::NotSubmitted(ProposalStatus::Withdrawn) => t(lang, "home-missing-withdrawn"),
        Missing::NotSubmitted(_) => t(lang, "home-missing-decided"),
        Missing::Support { cosponsors, groups } if groups >= cosponsors => {
            t_args(lang, "home-missing-groups", &[("n", n(groups))])
        }
        Missing::Support {
            cosponsors,
            groups: 0,
        } => t_args(lang, "home-missing-cosponsors", &[("n", n(cosponsors))]),
        Missing::Support { cosponsors, groups } => t_args(
            lang,
            "home-missing-both",
            &[("n", n(cosponsors)), ("groups", n(groups))],
        ),
    }
}

fn page(ctx: PageCtx, h: Home, state: &AppState) -> HomePage {
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
        missing: p.missing.map(|m| missing_text(lang, m)).unwrap_or_default(),
        group: groups.label(lang, &p.group),
    };
    HomePage {
        is_participant: matches!(role, Some(Role::Delegate | Role::Chair)),
        is_chair: role == Some(Role::Chair),
        is_auditor: matches!(role, Some(Role::Auditor | Role::Admin)),
        is_admin: role == Some(Role::Admin),
        signed_in: ctx.user.as_ref().map_or_else(String::new, |u| {
            t_args(
                lang,
                signed_in_id(role),
                &[("organisation", Arg::Str(&u.organisation))],
            )
        }),
        times_in: if zone.name() == "UTC" {
            t(lang, "home-times-in-utc")
        } else {
            t_args(lang, "home-times-in", &[("zone", Arg::Str(zone.name()))])
        },
        to_vote: h.to_vote.into_iter().map(round).collect(),
        voted: h.voted.into_iter().map(round).collect(),
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
        to_download: h.to_download.into_iter().map(round).collect(),
        head: h.head.map(|s| HeadLine {
            text: t_args(
                lang,
                "home-head",
                &[
                    (
                        "number",
                        Arg::Str(&format_number(lang, &s.number.to_string())),
                    ),
                    // `size` picks the plural form; `entries` is written
                    // the language's way (1 234, 1,234 …).
                    ("size", Arg::Num(s.size)),
                    (
                        "entries",
                        Arg::Str(&format_number(lang, &s.size.to_string())),
                    ),
                ],
            ),
            at: when_text(lang, zone, &s.at, now),
            root: s.root,
        }),
        pending: h.pending,
        ctx,
    }
}
