//! The ballot page of an open round: rank numbers (ranking rounds) or three
//! radio buttons per proposal (adoption rounds), for oneself or, as a proxy
//! holder, for the elector who gave their vote. Works without JavaScript;
//! `static/ballot.js` only enhances the ranking form.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::round::RoundId;
use crate::domain::user::UserId;
use crate::messages;
use crate::services::rounds::ProxyState;
use crate::services::rounds::{self, CastReceipt, Round};
use crate::state::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::{AppError, PageError};
use crate::web::extract::Participant;
use crate::web::extract::Require;
use crate::web::pages::{PageCtx, html};
use crate::web::round_words as words;

/// A proposal on an adoption ballot, with the vote chosen for it.
struct VoteItem {
    cid: String,
    proposal_id: crate::domain::proposal::ProposalId,
    title: String,
    vote: String,
}

fn votes_from(round: &Round, chosen: &[(String, String)]) -> Vec<VoteItem> {
    round
        .proposals
        .iter()
        .map(|p| VoteItem {
            cid: p.id.clone(),
            proposal_id: p.proposal_id,
            title: p.title.clone(),
            vote: chosen
                .iter()
                .find(|(c, _)| *c == p.id)
                .map(|(_, v)| v.clone())
                .unwrap_or_default(),
        })
        .collect()
}

fn stored_votes(
    votes: Option<&std::collections::BTreeMap<String, crate::tally::adoption::Vote>>,
) -> Vec<(String, String)> {
    votes
        .map(|v| {
            v.iter()
                .map(|(c, v)| (c.clone(), v.as_str().to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

/// A proposal on the ballot, with the rank typed for it.
struct BallotItem {
    cid: String,
    proposal_id: crate::domain::proposal::ProposalId,
    title: String,
    rank: String,
}

#[derive(Template)]
#[template(path = "rounds/ballot.html")]
struct BallotPage {
    ctx: PageCtx,
    round: Round,
    items: Vec<BallotItem>,
    votes: Vec<VoteItem>,
    error: Option<String>,
    receipt: Option<CastReceipt>,
    current_receipt: Option<String>,
    explained: &'static str,
    /// The grantor when a proxy holder votes for them: (id, name).
    voting_for: Option<(i64, String)>,
    /// The votes the voter holds (to switch between them).
    proxies: ProxyState,
    /// The grantor's id when voting for them, else 0.
    for_id: i64,
}

impl BallotPage {
    /// The script's "%title% is now ranked %rank%", in the page's language
    /// (the script fills in the placeholders).
    fn js_now_ranked(&self) -> String {
        self.ctx.t2(
            "rounds-js-now-ranked",
            ("title", "%title%"),
            ("rank", "%rank%"),
        )
    }

    /// The script's button label "%action%: %title%".
    fn js_action(&self) -> String {
        self.ctx.t2(
            "rounds-js-action",
            ("action", "%action%"),
            ("title", "%title%"),
        )
    }
}

/// `?for=USER`: whose ballot a proxy holder is filling in.
#[derive(serde::Deserialize)]
pub struct ForQuery {
    #[serde(default, rename = "for")]
    for_user: Option<i64>,
}

fn grantor_name(proxies: &ProxyState, grantor: Option<UserId>) -> Option<(i64, String)> {
    let g = grantor?;
    proxies
        .held
        .iter()
        .find(|p| p.user_id == g)
        .map(|p| (g.0, p.name.clone()))
}

fn items_from(round: &Round, ranking: &[Vec<String>]) -> Vec<BallotItem> {
    round
        .proposals
        .iter()
        .map(|p| BallotItem {
            rank: ranking
                .iter()
                .position(|t| t.contains(&p.id))
                .map(|k| (k + 1).to_string())
                .unwrap_or_default(),
            cid: p.id.clone(),
            proposal_id: p.proposal_id,
            title: p.title.clone(),
        })
        .collect()
}

pub async fn ballot_form(
    state: web::Data<AppState>,
    voter: Require<Participant>,
    ctx: PageCtx,
    id: web::Path<i64>,
    query: web::Query<ForQuery>,
) -> Result<HttpResponse, PageError> {
    let id = RoundId(id.into_inner());
    let st = state.clone();
    let voter = voter.user.0;
    let grantor = query.for_user.map(UserId).filter(|g| *g != voter.id);
    let (round, own, proxies) = state
        .db(move |c| {
            let key = st.settings.ballot_key.expose();
            let (round, own) = match grantor {
                None => rounds::ballot_page(c, key, id, &voter)?,
                Some(g) => rounds::proxy_ballot_page(c, key, id, &voter, g)?,
            };
            let proxies = rounds::proxy_state(c, id, &voter)?;
            Ok::<_, AppError>((round, own, proxies))
        })
        .await?;
    let round = crate::web::round_words::label_groups(round, &state.settings.groups, ctx.lang);
    let voting_for = grantor_name(&proxies, grantor);
    let ranking = own.as_ref().map(|b| b.ranking.clone()).unwrap_or_default();
    let votes = votes_from(
        &round,
        &stored_votes(own.as_ref().and_then(|b| b.votes.as_ref())),
    );
    html(
        StatusCode::OK,
        &BallotPage {
            ctx,
            votes,
            items: items_from(&round, &ranking),
            round,
            error: None,
            receipt: None,
            current_receipt: own.map(|b| b.receipt),
            explained: messages::RECEIPT_EXPLAINED,
            for_id: voting_for.as_ref().map_or(0, |v| v.0),
            voting_for,
            proxies,
        },
    )
}

pub async fn cast(
    state: web::Data<AppState>,
    voter: Require<Participant>,
    ctx: PageCtx,
    id: web::Path<i64>,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let id = RoundId(id.into_inner());
    let form = form.0;
    // `rank_pN` (ranking rounds) or `vote_pN` (adoption rounds).
    let entries: Vec<(String, String)> = form
        .iter()
        .filter_map(|(k, v)| {
            k.strip_prefix("rank_")
                .or_else(|| k.strip_prefix("vote_"))
                .map(|c| (c.to_owned(), v.clone()))
        })
        .collect();
    let voter = voter.user.0;
    let grantor = form
        .iter()
        .find(|(k, _)| k == "for")
        .and_then(|(_, v)| v.trim().parse().ok())
        .map(UserId)
        .filter(|g| *g != voter.id);
    let st = state.clone();
    let typed_entries = entries.clone();
    let (attempt, proxies) = state
        .db(move |c| {
            let attempt = rounds::cast_rank_numbers(
                c,
                st.settings.ballot_key.expose(),
                id,
                &voter,
                grantor,
                &entries,
            )?;
            let proxies = rounds::proxy_state(c, id, &voter)?;
            Ok::<_, AppError>((attempt, proxies))
        })
        .await?;
    let voting_for = grantor_name(&proxies, grantor);
    let round =
        crate::web::round_words::label_groups(attempt.round, &state.settings.groups, ctx.lang);
    match attempt.outcome {
        Ok(receipt) => html(
            StatusCode::OK,
            &BallotPage {
                ctx,
                votes: votes_from(&round, &stored_votes(receipt.votes.as_ref())),
                items: items_from(&round, &receipt.ranking),
                round,
                error: None,
                current_receipt: Some(receipt.receipt.clone()),
                receipt: Some(receipt),
                explained: messages::RECEIPT_EXPLAINED,
                for_id: voting_for.as_ref().map_or(0, |v| v.0),
                voting_for,
                proxies,
            },
        ),
        Err(e) => {
            let typed = round
                .proposals
                .iter()
                .map(|p| BallotItem {
                    cid: p.id.clone(),
                    proposal_id: p.proposal_id,
                    title: p.title.clone(),
                    rank: typed_entries
                        .iter()
                        .find(|(c, _)| *c == p.id)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default(),
                })
                .collect();
            let e = AppError::from(e);
            html(
                e.status(),
                &BallotPage {
                    ctx,
                    votes: votes_from(&round, &typed_entries),
                    items: typed,
                    round,
                    error: Some(e.to_string()),
                    receipt: None,
                    current_receipt: None,
                    explained: messages::RECEIPT_EXPLAINED,
                    for_id: voting_for.as_ref().map_or(0, |v| v.0),
                    voting_for,
                    proxies,
                },
            )
        }
    }
}
