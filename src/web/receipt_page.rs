//! The receipt page, `GET /rounds/{id}/receipts/{receipt}`: shows a voter
//! the proof that the ballot with their receipt was counted, every value in
//! it, and how to check it step by step by hand or with `plenary receipt
//! verify`. `static/receipt-verify.js` runs the same steps in the browser
//! (WebCrypto SHA-256, and Ed25519 where the browser has it); without
//! JavaScript the page is complete and says how to check elsewhere.
//! Access as for the receipt lookup: anyone signed in with the receipt.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::audit::proofs::ReceiptProof;
use crate::domain::round::RoundId;
use crate::services::receipt_proofs;
use crate::state::AppState;
use crate::web::error::{AppError, PageError};
use crate::web::extract::CurrentUser;
use crate::web::pages::{PageCtx, html};

/// Page routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/rounds/{id}/receipts", web::get().to(find))
        .route("/rounds/{id}/receipts/{receipt}", web::get().to(show));
}

#[derive(Template)]
#[template(path = "receipt.html")]
struct ReceiptPage {
    ctx: PageCtx,
    proof: ReceiptProof,
    /// The proof as JSON, for the script and for saving.
    proof_json: String,
    ballot_json: String,
    entry_json: String,
    ranking: Vec<Vec<String>>,
    public_key_file: String,
    public_key_hex: String,
}

impl ReceiptPage {
    /// How many ballots were counted, as a plural-selecting count for the
    /// page's sentences.
    fn ballots(&self) -> i64 {
        i64::try_from(self.proof.tree_size).unwrap_or(i64::MAX)
    }
}

/// `?receipt=` from the round page's form.
#[derive(serde::Deserialize)]
struct FindQuery {
    #[serde(default)]
    receipt: String,
}

/// The round page's "check a receipt" form: a pasted receipt, tidied and
/// checked for its shape, leads to its receipt page.
async fn find(
    _user: CurrentUser,
    id: web::Path<i64>,
    query: web::Query<FindQuery>,
) -> Result<HttpResponse, PageError> {
    let receipt = crate::domain::round::parse_receipt(&query.receipt).map_err(AppError::from)?;
    Ok(crate::web::pages::see_other(&format!(
        "/rounds/{}/receipts/{receipt}",
        RoundId(id.into_inner())
    )))
}

async fn show(
    state: web::Data<AppState>,
    _user: CurrentUser,
    ctx: PageCtx,
    path: web::Path<(i64, String)>,
) -> Result<HttpResponse, PageError> {
    let (id, receipt) = path.into_inner();
    let st = state.clone();
    let proof = state
        .db(move |c| receipt_proofs::receipt_proof(c, &st.signer, RoundId(id), &receipt))
        .await?;
    let canon = |v: &serde_json::Value| {
        crate::canonical::to_canonical_string(v).map_err(AppError::internal)
    };
    let ranking = serde_json::from_value(proof.ballot["ranking"].clone()).unwrap_or_default();
    let entry_value = serde_json::to_value(&proof.entry).map_err(AppError::internal)?;
    html(
        StatusCode::OK,
        &ReceiptPage {
            proof_json: serde_json::to_string(&proof)
                .map_err(AppError::internal)?
                // Safe inside <script type="application/json">.
                .replace("</", "<\\/"),
            ballot_json: canon(&proof.ballot)?,
            entry_json: canon(&entry_value)?,
            ranking,
            public_key_file: state.signer.public_key_file(),
            public_key_hex: state.signer.public_key_hex(),
            ctx,
            proof,
        },
    )
}
