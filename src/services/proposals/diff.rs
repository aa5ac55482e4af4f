//! The line diff between two revisions of a proposal, as the diff page
//! shows it. It runs where the caller runs it: on a blocking thread, with
//! the database work, never on the async workers.

use super::*;
use crate::db::Db;
use crate::domain::proposal::{EligibilityRule, ProposalId, Themes};
use crate::domain::user::UserId;
use crate::error::AppError;

/// One line of a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffLine {
    /// `del`, `ins` or `same`.
    pub kind: &'static str,
    /// Its number in the earlier text (empty for an inserted line).
    pub old: String,
    /// Its number in the later text (empty for a deleted line).
    pub new: String,
    /// The line.
    pub text: String,
}

/// Two revisions compared.
#[derive(Debug, Clone)]
pub struct RevisionDiff {
    /// The proposal's current title.
    pub title: String,
    /// The earlier revision.
    pub from: i32,
    /// The later revision.
    pub to: i32,
    /// Every revision number, for the pickers.
    pub revisions: Vec<i32>,
    /// The lines.
    pub lines: Vec<DiffLine>,
}

/// The text of a revision as it is compared: title, summary, themes, body.
fn revision_text(themes: &Themes, r: &RevisionView) -> String {
    let labels: Vec<&str> = r.themes.iter().map(|t| themes.label(t)).collect();
    format!(
        "Title: {}\nSummary: {}\nThemes: {}\n\n{}\n",
        r.title,
        r.summary,
        labels.join(", "),
        r.body
    )
}

/// Compares revisions `from` and `to` of a proposal `viewer` can see;
/// `to` defaults to the latest, `from` to the one before it.
pub fn diff(
    conn: &mut Db,
    rule: EligibilityRule,
    themes: &Themes,
    viewer: UserId,
    id: ProposalId,
    from: Option<i32>,
    to: Option<i32>,
) -> Result<RevisionDiff, AppError> {
    let d = get(conn, rule, viewer, id)?;
    let to = to.unwrap_or(d.proposal.revision);
    let from = from.unwrap_or((to - 1).max(1));
    let old = revision_text(themes, revision(&d, from)?);
    let new = revision_text(themes, revision(&d, to)?);
    let lines = similar::TextDiff::from_lines(&old, &new)
        .iter_all_changes()
        .map(|ch| {
            let num = |n: Option<usize>| n.map(|n| (n + 1).to_string()).unwrap_or_default();
            DiffLine {
                kind: match ch.tag() {
                    similar::ChangeTag::Delete => "del",
                    similar::ChangeTag::Insert => "ins",
                    similar::ChangeTag::Equal => "same",
                },
                old: num(ch.old_index()),
                new: num(ch.new_index()),
                text: ch.value().trim_end_matches('\n').to_owned(),
            }
        })
        .collect();
    Ok(RevisionDiff {
        title: d.proposal.title,
        from,
        to,
        revisions: d.revisions.iter().map(|r| r.revision).collect(),
        lines,
    })
}
