//! `plenary tally --format text` for adoption ballots: per proposal the
//! verdict, the yes / no / abstain totals and each condition of the rule.

use std::fmt::Write;

use super::result::{AdoptionResults, Check};

fn check_lines(c: &Check, depth: usize, out: &mut String) {
    let mut what = format!("{:?}", c.test).to_lowercase();
    if let Some(s) = &c.scope {
        let _ = write!(what, " in {s}");
    }
    for (k, v) in [
        ("at least", &c.at_least),
        ("more than", &c.more_than),
        ("at most", &c.at_most),
        ("over", &c.over),
    ] {
        if let Some(v) = v {
            let _ = write!(what, " {k} {v}");
        }
    }
    if let Some(m) = &c.measured {
        let _ = write!(what, ": measured {m}");
        if let Some(d) = &c.measured_decimal {
            let _ = write!(what, " ({d})");
        }
    } else if let Some(n) = &c.note {
        let _ = write!(what, ": {n}");
    }
    let _ = writeln!(
        out,
        "{}[{}] {what}",
        "  ".repeat(depth + 2),
        if c.met { "met" } else { "not met" }
    );
    for p in &c.parts {
        check_lines(p, depth + 1, out);
    }
}

/// A readable report of an adoption results document.
pub fn render(doc: &AdoptionResults) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Adoption vote: {} ballots, total weight {}, rule {}",
        doc.inputs.ballots,
        doc.inputs.total_weight,
        doc.preset.as_deref().unwrap_or("custom")
    );
    if let Some(q) = &doc.quorum {
        let _ = writeln!(
            out,
            "Quorum {}%: {} of {} — {}",
            q.percent,
            q.ballots,
            q.electorate,
            if q.met { "met" } else { "not met" }
        );
    }
    if let Some(q) = &doc.group_quorum {
        let _ = writeln!(
            out,
            "Group quorum {}%: {}",
            q.percent,
            if q.met { "met" } else { "not met" }
        );
    }
    for d in &doc.decisions {
        let _ = writeln!(
            out,
            "\n{}: {}\n  yes {} · no {} · abstain {}",
            d.id,
            if d.adopted { "ADOPTED" } else { "not adopted" },
            d.totals.yes,
            d.totals.no,
            d.totals.abstain
        );
        check_lines(&d.conditions, 0, &mut out);
    }
    out
}
