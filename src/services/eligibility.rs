//! Whether a proposal may be put to a vote (DESIGN.md "Proposals"): rounds
//! ask here; the rule itself is `domain::proposal::missing`.

use crate::config::Settings;
use crate::db::proposals::ProposalRow;
use crate::domain::proposal::missing as rule_missing;
use crate::error::AppError;

/// What the proposal still lacks to be eligible, as a message (an encoded
/// [`crate::error::Msg`], put into the reader's language when shown), or
/// `None` when it is eligible. Reads only the row's cached support counters.
pub fn missing(row: &ProposalRow, settings: &Settings) -> Result<Option<String>, AppError> {
    let status = row.status;
    let support = u32::try_from(row.support_count).unwrap_or(0);
    let groups = u32::try_from(row.support_groups).unwrap_or(0);
    Ok(rule_missing(settings.eligibility, status, support, groups).map(|m| m.message().into()))
}
