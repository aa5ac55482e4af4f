//! Round pages: the list, the round page (with open/close buttons, and
//! results once closed), and the ballot. The new-round form is
//! `web::round_form`.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::audit::store::Actor;
use crate::domain::round::{RoundId, RoundStatus};
use crate::domain::user::Role;
use crate::services::rounds::ProxyState;
use crate::services::rounds::{self, Round};
use crate::state::AppState;
use crate::web::adoption_view::AdoptionResultsView;
use crate::web::csrf::CsrfForm;
use crate::web::error::{AppError, PageError};
use crate::web::extract::Chair;
use crate::web::extract::{CurrentUser, Require};
use crate::web::flash::{Done, see_other_done};
use crate::web::pages::{PageCtx, html};
use crate::web::results_view::ResultsView;
use crate::web::round_results::{self, ResultsCache};
use crate::web::round_words as words;
use crate::web::{round_ballot, round_form, round_proxies};

/// Page routes for rounds.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/rounds", web::get().to(list))
        .route("/rounds", web::post().to(round_form::create))
        .route("/rounds/new", web::get().to(round_form::new_form))
        .route("/rounds/{id}", web::get().to(show))
        .route("/rounds/{id}/open", web::post().to(open))
        .route("/rounds/{id}/close", web::post().to(close))
        .route(
            "/rounds/{id}/ballot",
            web::get().to(round_ballot::ballot_form),
        )
        .route("/rounds/{id}/ballot", web::post().to(round_ballot::cast))
        .route(
            "/rounds/{id}/proposals/{proposal}/decision",
            web::post().to(decide),
        )
        .route("/rounds/{id}/proxy", web::post().to(round_proxies::give))
        .route(
            "/rounds/{id}/proxy/revoke",
            web::post().to(round_proxies::revoke),
        );
}

#[derive(Template)]
#[template(path = "rounds/list.html")]
struct ListPage {
    ctx: PageCtx,
    rounds: Vec<Round>,
    is_chair: bool,
}

async fn list(
    state: web::Data<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
) -> Result<HttpResponse, PageError> {
    let rounds = state.db(rounds::list).await?;
    html(
        StatusCode::OK,
        &ListPage {
            ctx,
            rounds,
            is_chair: user.role == Role::Chair,
        },
    )
}

#[derive(Template)]
#[template(path = "rounds/show.html")]
struct ShowPage<'a> {
    ctx: PageCtx,
    round: Round,
    is_chair: bool,
    can_vote: bool,
    has_voted: bool,
    can_download: bool,
    /// The viewer's own receipt, to check once the round has closed.
    own_receipt: Option<String>,
    ballots_so_far: u64,
    electorate: u64,
    results: Option<&'a ResultsView>,
    adoption: Option<&'a AdoptionResultsView>,
    proxies: ProxyState,
}

impl ShowPage<'_> {
    /// The deadline in the viewer's time zone, with the time left.
    fn closes(&self) -> Option<crate::web::when::When> {
        let at = self.round.closes_at.as_deref()?;
        crate::web::when::when_text(self.ctx.lang, self.ctx.zone(), at, crate::db::users::now())
    }
}

async fn show(
    state: web::Data<AppState>,
    cache: web::Data<ResultsCache>,
    req: HttpRequest,
    user: CurrentUser,
    ctx: PageCtx,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let id = RoundId(id.into_inner());
    // The closed round's evidence and turnout come from the cache below.
    let mut page = (*state.round_page(user.0.clone(), id).await?).clone();
    let mut etag = None;
    let closed = if page.round.status == RoundStatus::Closed {
        let tag = round_results::etag(&page.round, &ctx)?;
        if round_results::not_modified(&req, &tag) {
            return Ok(HttpResponse::NotModified()
                .insert_header((header::ETAG, tag))
                .insert_header((header::CACHE_CONTROL, round_results::CACHE_CONTROL))
                .finish());
        }
        etag = Some(tag);
        let closed = cache.get(&state, &page.round, ctx.lang).await?;
        page.turnout.ballots = closed.ballots;
        page.turnout.electorate = closed.electorate;
        Some(closed)
    } else {
        None
    };
    page.round =
        crate::web::round_words::label_groups(page.round, &state.settings.groups, ctx.lang);
    let mut res = html(
        StatusCode::OK,
        &ShowPage {
            can_vote: page.can_vote(&user),
            has_voted: page.own.is_some(),
            is_chair: user.role == Role::Chair,
            can_download: page.may_download(&user),
            own_receipt: page.own.as_ref().map(|o| o.receipt.clone()),
            ballots_so_far: page.turnout.ballots,
            electorate: page.turnout.electorate,
            ctx,
            round: page.round,
            results: closed.as_ref().and_then(|c| c.ranking.as_ref()),
            adoption: closed.as_ref().and_then(|c| c.adoption.as_ref()),
            proxies: page.proxies,
        },
    )?;
    if let Some(tag) = etag {
        let headers = res.headers_mut();
        if let Ok(v) = header::HeaderValue::from_str(&tag) {
            headers.insert(header::ETAG, v);
        }
        headers.insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static(round_results::CACHE_CONTROL),
        );
    }
    Ok(res)
}

async fn open(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    let id = RoundId(id.into_inner());
    let chair = chair.user.0;
    let st = state.clone();
    state
        .db(move |c| rounds::open(c, &st.settings, &chair, id))
        .await?;
    Ok(see_other_done(
        state.settings.secure_cookies,
        &format!("/rounds/{id}"),
        Done::RoundOpened,
    ))
}

async fn close(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    id: web::Path<i64>,
    _form: CsrfForm<serde::de::IgnoredAny>,
) -> Result<HttpResponse, PageError> {
    let id = RoundId(id.into_inner());
    let actor = Actor::User(chair.id);
    let st = state.clone();
    state
        .db(move |c| rounds::close(c, &st.signer, id, actor))
        .await?;
    Ok(see_other_done(
        state.settings.secure_cookies,
        &format!("/rounds/{id}"),
        Done::RoundClosed,
    ))
}

#[derive(serde::Deserialize)]
struct DecisionForm {
    #[serde(default)]
    decision: String,
}

/// A chair records a proposal's decision from the closed round's page.
async fn decide(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    path: web::Path<(i64, i64)>,
    form: CsrfForm<DecisionForm>,
) -> Result<HttpResponse, PageError> {
    let (round, proposal) = path.into_inner();
    let decision: crate::domain::proposal::ProposalStatus =
        form.0.decision.parse().map_err(AppError::from)?;
    let rule = state.settings.eligibility;
    let chair = chair.user.0;
    state
        .db(move |c| {
            crate::services::proposals::decide(
                c,
                rule,
                &chair,
                crate::domain::proposal::ProposalId(proposal),
                decision,
            )
        })
        .await?;
    Ok(see_other_done(
        state.settings.secure_cookies,
        &format!("/rounds/{round}"),
        Done::DecisionRecorded,
    ))
}
