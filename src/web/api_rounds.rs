//! `/api/v1/rounds`: create, read, open, close, vote, results, receipts.

use std::collections::BTreeMap;

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use crate::audit::store::Actor;
use crate::domain::ValidationError;
use crate::domain::round::{NewRound, RoundId, RoundInput};
use crate::domain::user::UserId;
use crate::services::rounds::{self, BallotChoice};
use crate::state::AppState;
use crate::tally::adoption::input::OrderedHouses;
use crate::web::api_docs::Refused;
use crate::web::api_schemas as out;
use crate::web::error::ApiError;
use crate::web::extract::{Chair, Participant};
use crate::web::extract::{CurrentUser, Require};

/// Round routes (mounted under `/api/v1`).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/rounds", web::get().to(list))
        .route("/rounds", web::post().to(create))
        .route("/rounds/{id}", web::get().to(show))
        .route("/rounds/{id}/open", web::post().to(open))
        .route("/rounds/{id}/close", web::post().to(close))
        .route("/rounds/{id}/ballot", web::put().to(cast))
        .route("/rounds/{id}/ballot", web::get().to(own_ballot))
        .route("/rounds/{id}/proxy", web::get().to(proxy_state))
        .route("/rounds/{id}/proxy", web::post().to(give_proxy))
        .route("/rounds/{id}/proxy", web::delete().to(revoke_proxy))
        .route("/rounds/{id}/results", web::get().to(results))
        .route("/rounds/{id}/receipts/{receipt}", web::get().to(receipt))
        .route("/rounds/{id}/export/{file}", web::get().to(export));
}

#[utoipa::path(get, path = "/api/v1/rounds", tag = "rounds", summary = "Every round.",
    responses((status = 200, description = "The rounds.", body = out::RoundsOut),
        (status = 401, response = Refused), (status = 403, response = Refused)))]
async fn list(state: web::Data<AppState>, _user: CurrentUser) -> Result<HttpResponse, ApiError> {
    let rounds = state.db(rounds::list).await?;
    Ok(HttpResponse::Ok().json(json!({"rounds": rounds})))
}

#[utoipa::path(get, path = "/api/v1/rounds/{id}", tag = "rounds", summary = "One round.",
    params(("id" = i64, Path, description = "The round's id.")),
    responses((status = 200, description = "The round.", body = out::RoundOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused)))]
async fn show(
    state: web::Data<AppState>,
    _user: CurrentUser,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = RoundId(id.into_inner());
    let round = state.db(move |c| rounds::get(c, id)).await?;
    Ok(HttpResponse::Ok().json(json!({"round": round})))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct CreateBody {
    title: String,
    #[serde(default)]
    description: String,
    #[schema(value_type = Vec<i64>)]
    proposals: Vec<crate::domain::proposal::ProposalId>,
    #[serde(default)]
    method: String,
    #[serde(default)]
    weighting: String,
    #[serde(default)]
    group_weights: BTreeMap<String, String>,
    #[serde(default)]
    secrecy: String,
    #[serde(default)]
    closes_at: Option<String>,
    #[serde(default)]
    quorum_percent: Option<u8>,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    rule: Option<serde_json::Value>,
    #[serde(default)]
    #[schema(value_type = Option<BTreeMap<String, Vec<String>>>)]
    houses: Option<OrderedHouses>,
    #[serde(default)]
    group_quorum_percent: Option<u8>,
}

#[utoipa::path(post, path = "/api/v1/rounds", tag = "rounds", summary = "Create a round in draft (chairs).",
    request_body = CreateBody,
    responses((status = 201, description = "Created.", body = out::RoundOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn create(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    body: web::Json<CreateBody>,
) -> Result<HttpResponse, ApiError> {
    let b = body.into_inner();
    let input = RoundInput {
        title: b.title,
        description: b.description,
        proposals: b.proposals,
        method: b.method,
        weighting: b.weighting,
        group_weights: b.group_weights,
        secrecy: b.secrecy,
        closes_at: b.closes_at.unwrap_or_default(),
        quorum_percent: b.quorum_percent.map(|q| q.to_string()),
        kind: b.kind,
        rule: b.rule,
        houses: b.houses.map(|h| h.0).unwrap_or_default(),
        group_quorum_percent: b.group_quorum_percent.map(|q| q.to_string()),
    };
    let new = NewRound::parse(&input, &state.settings.groups, crate::db::users::now())
        .map_err(crate::web::error::AppError::from)?;
    let chair = chair.user.0;
    let st = state.clone();
    let round = state
        .db(move |c| rounds::create(c, &st.settings, &chair, &new))
        .await?;
    Ok(HttpResponse::Created().json(json!({"round": round})))
}

#[utoipa::path(post, path = "/api/v1/rounds/{id}/open", tag = "rounds", summary = "Open a draft round for voting (chairs).",
    params(("id" = i64, Path, description = "The round's id.")),
    responses((status = 200, description = "Opened.", body = out::RoundOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 422, response = Refused)))]
async fn open(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = RoundId(id.into_inner());
    let chair = chair.user.0;
    let st = state.clone();
    let round = state
        .db(move |c| rounds::open(c, &st.settings, &chair, id))
        .await?;
    Ok(HttpResponse::Ok().json(json!({"round": round})))
}

#[utoipa::path(post, path = "/api/v1/rounds/{id}/close", tag = "rounds", summary = "Close an open round and count it (chairs).",
    params(("id" = i64, Path, description = "The round's id.")),
    responses((status = 200, description = "Closed and counted.", body = out::RoundOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused)))]
async fn close(
    state: web::Data<AppState>,
    chair: Require<Chair>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = RoundId(id.into_inner());
    let actor = Actor::User(chair.id);
    let st = state.clone();
    let round = state
        .db(move |c| rounds::close(c, &st.signer, id, actor))
        .await?;
    Ok(HttpResponse::Ok().json(json!({"round": round})))
}

/// A ballot: `ranking` in ranking rounds, `votes` in adoption rounds.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct BallotBody {
    #[serde(default)]
    ranking: Option<Vec<Vec<String>>>,
    #[serde(default)]
    votes: Option<BTreeMap<String, String>>,
    /// A proxy holder casting for the elector who gave them their vote.
    #[serde(default, rename = "for")]
    for_user: Option<i64>,
}

#[utoipa::path(put, path = "/api/v1/rounds/{id}/ballot", tag = "rounds", summary = "Cast or replace a ballot (electors; a proxy holder with for).",
    params(("id" = i64, Path, description = "The round's id.")),
    request_body = BallotBody,
    responses((status = 200, description = "Stored: the receipt.", body = out::CastOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn cast(
    state: web::Data<AppState>,
    voter: Require<Participant>,
    id: web::Path<i64>,
    body: web::Json<BallotBody>,
) -> Result<HttpResponse, ApiError> {
    let id = RoundId(id.into_inner());
    let voter = voter.user.0;
    let st = state.clone();
    let body = body.into_inner();
    let grantor = body.for_user.map(UserId);
    let choice = match body {
        BallotBody {
            ranking: Some(tiers),
            votes: None,
            ..
        } => BallotChoice::Ranking(tiers),
        BallotBody {
            ranking: None,
            votes: Some(votes),
            ..
        } => BallotChoice::Votes(votes),
        _ => {
            return Err(crate::web::error::AppError::from(ValidationError::new(
                "ballot",
                "err-ballot-shape",
            ))
            .into());
        }
    };
    let cast = match (grantor, choice) {
        // One's own ranking goes through the group commit: concurrent casts
        // share one transaction.
        (None, BallotChoice::Ranking(tiers)) => state.ballots.cast(id, voter, tiers).await?,
        (grantor, choice) => {
            state
                .db(move |c| {
                    rounds::cast_for(
                        c,
                        st.settings.ballot_key.expose(),
                        id,
                        &voter,
                        grantor,
                        &choice,
                    )
                })
                .await?
        }
    };
    let mut body = json!({
        "receipt": cast.receipt,
        "nonce": cast.nonce,
        "replaced": cast.replaced,
        "message": crate::i18n::t(crate::i18n::current(), crate::messages::RECEIPT_EXPLAINED),
    });
    match cast.votes {
        Some(votes) => body["votes"] = json!(votes),
        None => body["ranking"] = json!(cast.ranking),
    }
    Ok(HttpResponse::Ok().json(body))
}

#[utoipa::path(get, path = "/api/v1/rounds/{id}/ballot", tag = "rounds", summary = "One's own ballot in a round.",
    params(("id" = i64, Path, description = "The round's id.")),
    responses((status = 200, description = "The ballot.", body = out::OwnBallotOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused)))]
async fn own_ballot(
    state: web::Data<AppState>,
    voter: Require<Participant>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = RoundId(id.into_inner());
    let st = state.clone();
    let voter = voter.user.0;
    let ballot = state
        .db(move |c| rounds::electors_ballot(c, st.settings.ballot_key.expose(), id, &voter))
        .await?;
    match ballot {
        Some(b) => Ok(HttpResponse::Ok().json(json!({"ballot": b}))),
        None => Err(crate::web::error::AppError::NotFound("err-no-ballot".to_owned()).into()),
    }
}

#[utoipa::path(get, path = "/api/v1/rounds/{id}/proxy", tag = "rounds", summary = "The proxies one gave and holds in a round.",
    params(("id" = i64, Path, description = "The round's id.")),
    responses((status = 200, description = "The proxies.", body = out::ProxiesOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused)))]
async fn proxy_state(
    state: web::Data<AppState>,
    voter: Require<Participant>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = RoundId(id.into_inner());
    let voter = voter.user.0;
    let proxies = state
        .db(move |c| rounds::electors_proxy_state(c, id, &voter))
        .await?;
    Ok(HttpResponse::Ok().json(json!({"proxies": proxies})))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct ProxyBody {
    to: i64,
}

#[utoipa::path(post, path = "/api/v1/rounds/{id}/proxy", tag = "rounds", summary = "Give one's vote to another elector.",
    params(("id" = i64, Path, description = "The round's id.")),
    request_body = ProxyBody,
    responses((status = 201, description = "Given.", body = out::ProxiesOut),
        (status = 400, response = Refused), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused), (status = 413, response = Refused), (status = 422, response = Refused)))]
async fn give_proxy(
    state: web::Data<AppState>,
    voter: Require<Participant>,
    id: web::Path<i64>,
    body: web::Json<ProxyBody>,
) -> Result<HttpResponse, ApiError> {
    let id = RoundId(id.into_inner());
    let voter = voter.user.0;
    let to = UserId(body.into_inner().to);
    let max = state.settings.max_proxies;
    let proxies = state
        .db(move |c| {
            rounds::grant(c, max, id, &voter, to)?;
            rounds::proxy_state(c, id, &voter)
        })
        .await?;
    Ok(HttpResponse::Created().json(json!({"proxies": proxies})))
}

#[utoipa::path(delete, path = "/api/v1/rounds/{id}/proxy", tag = "rounds", summary = "Take back a proxy.",
    params(("id" = i64, Path, description = "The round's id.")),
    responses((status = 200, description = "Taken back.", body = out::ProxiesOut),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused)))]
async fn revoke_proxy(
    state: web::Data<AppState>,
    voter: Require<Participant>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = RoundId(id.into_inner());
    let voter = voter.user.0;
    let proxies = state
        .db(move |c| {
            rounds::revoke(c, id, &voter)?;
            rounds::proxy_state(c, id, &voter)
        })
        .await?;
    Ok(HttpResponse::Ok().json(json!({"proxies": proxies})))
}

#[utoipa::path(get, path = "/api/v1/rounds/{id}/results", tag = "rounds", summary = "A closed round's results document.",
    params(("id" = i64, Path, description = "The round's id.")),
    responses((status = 200, description = "The results document (docs/formats.md).", body = Object),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused)))]
async fn results(
    state: web::Data<AppState>,
    _user: CurrentUser,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = RoundId(id.into_inner());
    let doc = state.db(move |c| rounds::results(c, id)).await?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .body(doc))
}

#[utoipa::path(get, path = "/api/v1/rounds/{id}/receipts/{receipt}", tag = "rounds", summary = "Check that a receipt was counted.",
    params(("id" = i64, Path, description = "The round's id."), ("receipt" = String, Path, description = "The receipt given when the ballot was cast.")),
    responses((status = 200, description = "What was counted for this receipt.", body = out::ReceiptCheck),
        (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused)))]
async fn receipt(
    state: web::Data<AppState>,
    _user: CurrentUser,
    path: web::Path<(i64, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, receipt) = path.into_inner();
    let check = state
        .db(move |c| rounds::check_receipt(c, RoundId(id), &receipt))
        .await?;
    Ok(HttpResponse::Ok().json(check))
}

/// `GET /api/v1/rounds/{id}/export/{file}`: a closed round's downloads, for
/// auditors, chairs and the round's electors (the service holds the rule).
/// Each download is recorded (`export.downloaded`).
#[utoipa::path(get, path = "/api/v1/rounds/{id}/export/{file}", tag = "rounds", summary = "A closed round's downloads (auditors, chairs and the round's electors).",
    params(("id" = i64, Path, description = "The round's id."), ("file" = String, Path, description = "ballots.json, ballots.csv, ballots.toi, results.json or results.csv.")),
    responses((status = 200, description = "The file: JSON, CSV or a .toi text file.", content(
        (Object = "application/json"), (String = "text/csv"), (String = "text/plain"))), (status = 401, response = Refused), (status = 403, response = Refused), (status = 404, response = Refused), (status = 409, response = Refused)))]
async fn export(
    state: web::Data<AppState>,
    who: CurrentUser,
    path: web::Path<(i64, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, file) = path.into_inner();
    let id = RoundId(id);
    let kind = crate::services::exports::ExportFile::parse(&file)?;
    let user = who.0;
    let body = state
        .db(move |c| crate::services::exports::export(c, &user, id, kind))
        .await?;
    Ok(HttpResponse::Ok()
        .content_type(kind.content_type())
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"round-{id}-{}\"", kind.name()),
        ))
        .body(body))
}
