//! Whether a proposal may be put to a vote (DESIGN.md "Proposals"): rounds
//! ask here; the rule itself is `domain::proposal::missing`.

use crate::config::Settings;
use crate::db::{Db, proposals};
use crate::domain::proposal::{ProposalId, missing as rule_missing};
use crate::web::error::AppError;

/// What the proposal still lacks to be eligible, as a sentence, or `None`
/// when it is eligible.
pub fn missing(
    conn: &mut Db,
    proposal: i64,
    settings: &Settings,
) -> Result<Option<String>, AppError> {
    let row = proposals::find(conn, ProposalId(proposal))?
        .ok_or_else(|| AppError::NotFound(format!("There is no proposal {proposal}.")))?;
    let status = row.status()?;
    let support = u32::try_from(row.support_count).unwrap_or(0);
    let groups = u32::try_from(row.support_groups).unwrap_or(0);
    Ok(rule_missing(settings.eligibility, status, support, groups).map(|m| m.to_string()))
}
