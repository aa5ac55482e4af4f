//! `report.md`: the report document as Markdown for people (and for
//! pasting into other tools). Pure: the same document and group labels
//! always give the same bytes, which is what lets publishing freeze them.

use std::fmt::Write;

use crate::domain::groups::StakeholderGroups;
use crate::domain::report::{Evidence, ReportDocument, ReportEntry, ReportPerson};
use crate::i18n::Lang;

fn person(p: &ReportPerson, groups: &StakeholderGroups) -> String {
    format!(
        "{} ({}, {})",
        p.name,
        p.organisation,
        &groups.label(Lang::En, &p.group)
    )
}

/// One round's evidence as Markdown lines.
fn evidence(
    out: &mut String,
    doc: &ReportDocument,
    e: &Evidence,
    groups: &StakeholderGroups,
    undecided: bool,
) {
    let title = doc
        .round(e.round())
        .map_or_else(|| format!("round {}", e.round()), |r| r.title.clone());
    match e {
        Evidence::Adoption {
            round,
            adopted,
            totals,
            groups: per_group,
        } => {
            let _ = writeln!(
                out,
                "- {title} (round {round}, adoption): **{}** — yes {}, no {}, abstain {}",
                if *adopted { "adopted" } else { "not adopted" },
                totals.yes.to_short_text(),
                totals.no.to_short_text(),
                totals.abstain.to_short_text(),
            );
            for (g, t) in per_group {
                let _ = writeln!(
                    out,
                    "  - {}: yes {}, no {}, abstain {}",
                    &groups.label(Lang::En, g),
                    t.yes.to_short_text(),
                    t.no.to_short_text(),
                    t.abstain.to_short_text()
                );
            }
        }
        Evidence::Ranking {
            round,
            position,
            of,
            tied,
            groups: per_group,
        } => {
            let _ = writeln!(
                out,
                "- {title} (round {round}, ranking): position **{position}** of {of}{}{}",
                if *tied { " (tied)" } else { "" },
                if undecided {
                    ", no decision recorded"
                } else {
                    ""
                }
            );
            for (g, p) in per_group {
                let _ = writeln!(out, "  - {}: position {p}", &groups.label(Lang::En, g));
            }
        }
    }
}

fn entry(
    out: &mut String,
    doc: &ReportDocument,
    n: usize,
    e: &ReportEntry,
    groups: &StakeholderGroups,
    full: bool,
) {
    let _ = writeln!(out, "### {n}. {}\n", e.title);
    let _ = writeln!(out, "*{}*\n", e.summary);
    let _ = writeln!(out, "- Author: {}", person(&e.author, groups));
    if !e.cosponsors.is_empty() {
        let names: Vec<String> = e.cosponsors.iter().map(|c| person(c, groups)).collect();
        let _ = writeln!(out, "- Co-sponsors: {}", names.join("; "));
    }
    if let Some(d) = &e.decided_by {
        let how = if d.how == "chair_decision" {
            "recorded as adopted by a chair after"
        } else {
            "adopted by"
        };
        let title = doc.round(d.round).map_or("", |r| r.title.as_str());
        let _ = writeln!(out, "- Decision: {how} {title} (round {})", d.round);
    }
    let _ = writeln!(out, "\n#### Results\n");
    let undecided = doc.undecided.iter().any(|u| u.proposal == e.proposal);
    for r in &e.results {
        evidence(out, doc, r, groups, undecided);
    }
    if full {
        let _ = writeln!(
            out,
            "\n#### Text (revision {})\n\n{}\n",
            e.revision,
            e.body.trim_end()
        );
    }
    out.push('\n');
}

/// Renders the whole report.
pub fn render(doc: &ReportDocument, groups: &StakeholderGroups) -> String {
    let mut out = String::new();
    let h = &doc.report;
    let _ = writeln!(out, "# {}\n", h.title);
    match &h.published_at {
        Some(at) => {
            let _ = writeln!(out, "Report {} · published {at}", h.id);
        }
        None => {
            let _ = writeln!(out, "Report {} · draft, not yet published", h.id);
        }
    }
    if let Some(s) = h.supersedes {
        let _ = writeln!(out, "\nThis version supersedes report {s}.");
    }
    if !h.introduction.is_empty() {
        let _ = writeln!(out, "\n{}", h.introduction.trim_end());
    }
    let _ = writeln!(out, "\n## Rounds covered\n");
    for r in &doc.rounds {
        let _ = writeln!(
            out,
            "- {} (round {}, {}, closed {}; results SHA-256 {})",
            r.title, r.id, r.method, r.closed_at, r.results_sha256
        );
    }
    let _ = writeln!(out, "\n## Recommendations\n");
    if doc.adopted.is_empty() && doc.undecided.is_empty() {
        let _ = writeln!(out, "No proposal was adopted in these rounds.\n");
    } else if doc.adopted.is_empty() {
        let _ = writeln!(
            out,
            "No adoption is recorded in these rounds; the ranked proposals below await a decision.\n"
        );
    }
    for (i, e) in doc.adopted.iter().enumerate() {
        entry(&mut out, doc, i + 1, e, groups, true);
    }
    let _ = writeln!(out, "## Proposals not adopted\n");
    if doc.not_adopted.is_empty() {
        let _ = writeln!(out, "None.\n");
    }
    for (i, e) in doc.not_adopted.iter().enumerate() {
        entry(&mut out, doc, i + 1, e, groups, false);
    }
    if !doc.undecided.is_empty() {
        let _ = writeln!(out, "## Ranked, no decision recorded\n");
        let _ = writeln!(
            out,
            "These proposals were ranked, but no decision on them is recorded: a ranking is not an adoption.\n"
        );
        for (i, e) in doc.undecided.iter().enumerate() {
            entry(&mut out, doc, i + 1, e, groups, false);
        }
    }
    out
}
