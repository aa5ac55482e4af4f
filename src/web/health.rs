//! `GET /healthz`: 200 when the database answers, 503 otherwise (within the
//! pool's connection timeout, a few seconds, never a hang).

use actix_web::{HttpResponse, web};
use diesel::RunQueryDsl;

use crate::error::AppError;
use crate::state::AppState;

/// Liveness with a real database round trip.
pub async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let ok = state
        .db(|c| {
            diesel::sql_query("SELECT 1").execute(c)?;
            Ok(())
        })
        .await;
    match ok {
        Ok(()) => HttpResponse::Ok().json(serde_json::json!({"status": "ok", "database": "ok"})),
        Err(e) => {
            tracing::error!(error = ?e, "health check failed");
            let retry = AppError::Unavailable(String::new());
            let mut res = HttpResponse::ServiceUnavailable().json(serde_json::json!({
                "status": "unavailable",
                "database": "down",
                "message": crate::error::DATABASE_UNAVAILABLE,
            }));
            retry.mark(&mut res);
            res
        }
    }
}
