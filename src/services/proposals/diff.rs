//! The line diff between two revisions of a proposal, as the diff page
//! shows it. It runs where the caller runs it: on a blocking thread, with
//! the database work, never on the async workers. Its cost is bounded: the
//! diff algorithm stops refining after [`DIFF_TIME`] (falling back to a
//! coarser but correct diff), only changed lines and [`CONTEXT`] lines
//! around them are shown, and at most [`MAX_LINES`] rows.

use super::*;
use crate::db::Db;
use crate::domain::proposal::{EligibilityRule, ProposalId, Themes};
use crate::domain::user::UserId;
use crate::error::AppError;
use crate::i18n::{self, Arg, Lang};

/// How long the diff algorithm may refine before it settles.
pub const DIFF_TIME: std::time::Duration = std::time::Duration::from_millis(250);
/// Unchanged lines shown around each change.
pub const CONTEXT: usize = 3;
/// The most rows a diff page shows.
pub const MAX_LINES: usize = 2_000;

/// One line of a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffLine {
    /// `del`, `ins`, `same`, or `gap` (unchanged lines left out).
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
    /// True when rows past [`MAX_LINES`] were left out.
    pub truncated: bool,
}

/// The text of a revision as it is compared: title, summary, themes, body,
/// the first three labelled in the reader's language `lang`.
fn revision_text(themes: &Themes, lang: Lang, r: &RevisionView) -> String {
    let labels: Vec<String> = r.themes.iter().map(|t| themes.label(lang, t)).collect();
    let line = |id: &str, value: &str| i18n::t_args(lang, id, &[("value", Arg::Str(value))]);
    format!(
        "{}\n{}\n{}\n\n{}\n",
        line("proposal-diff-line-title", &r.title),
        line("proposal-diff-line-summary", &r.summary),
        line("proposal-diff-line-themes", &labels.join(", ")),
        r.body
    )
}

/// Compares revisions `from` and `to` of a proposal `viewer` can see;
/// `to` defaults to the latest, `from` to the one before it. The labels of
/// the compared text are in `lang`.
pub fn diff(
    conn: &mut Db,
    rule: EligibilityRule,
    (themes, lang): (&Themes, Lang),
    viewer: UserId,
    id: ProposalId,
    from: Option<i32>,
    to: Option<i32>,
) -> Result<RevisionDiff, AppError> {
    let d = get(conn, rule, viewer, id)?;
    let to = to.unwrap_or(d.proposal.revision);
    let from = from.unwrap_or((to - 1).max(1));
    let old = revision_text(themes, lang, revision(&d, from)?);
    let new = revision_text(themes, lang, revision(&d, to)?);
    let (lines, truncated) = diff_lines(&old, &new);
    Ok(RevisionDiff {
        title: d.proposal.title,
        from,
        to,
        revisions: d.revisions.iter().map(|r| r.revision).collect(),
        lines,
        truncated,
    })
}

/// The changed lines of `old` → `new` with [`CONTEXT`] lines around each
/// change and a `gap` row between groups, at most [`MAX_LINES`] rows.
pub fn diff_lines(old: &str, new: &str) -> (Vec<DiffLine>, bool) {
    let td = similar::TextDiff::configure()
        .timeout(DIFF_TIME)
        .diff_lines(old, new);
    let num = |n: Option<usize>| n.map(|n| (n + 1).to_string()).unwrap_or_default();
    let mut lines = Vec::new();
    for (k, group) in td.grouped_ops(CONTEXT).iter().enumerate() {
        if k > 0 {
            lines.push(DiffLine {
                kind: "gap",
                old: String::new(),
                new: String::new(),
                text: String::new(),
            });
        }
        for op in group {
            for ch in td.iter_changes(op) {
                if lines.len() >= MAX_LINES {
                    return (lines, true);
                }
                lines.push(DiffLine {
                    kind: match ch.tag() {
                        similar::ChangeTag::Delete => "del",
                        similar::ChangeTag::Insert => "ins",
                        similar::ChangeTag::Equal => "same",
                    },
                    old: num(ch.old_index()),
                    new: num(ch.new_index()),
                    text: ch.value().trim_end_matches('\n').to_owned(),
                });
            }
        }
    }
    (lines, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changes_and_their_context_are_shown() {
        let old: String = (1..=100).map(|i| format!("line {i}\n")).collect();
        let new = old.replace("line 50\n", "line fifty\n");
        let (lines, truncated) = diff_lines(&old, &new);
        assert!(!truncated);
        assert_eq!(lines.iter().filter(|l| l.kind == "del").count(), 1);
        assert_eq!(lines.iter().filter(|l| l.kind == "ins").count(), 1);
        assert_eq!(lines.len(), 2 + 2 * CONTEXT);
    }

    #[test]
    fn a_huge_rewrite_is_cut_at_the_row_limit() {
        let old: String = (0..25_000).map(|i| format!("a{i}\n")).collect();
        let new: String = (0..25_000).map(|i| format!("b{i}\n")).collect();
        let (lines, truncated) = diff_lines(&old, &new);
        assert!(truncated);
        assert_eq!(lines.len(), MAX_LINES);
    }
}
