//! The stacked yes / no / abstain bars of an adoption round's results: one
//! bar per scope (overall, then each group), each split by the share of
//! weight that said yes, no and abstained. Readable without colour: yes is
//! solid, no is hatched, abstain is dotted, and every bar ends with its
//! numbers in words. Labels stand above their bar, so long group names are
//! never cut at the left edge. In a right-to-left language everything
//! mirrors (see `charts::Mirror`): the legend and labels stand on the right
//! and yes fills each bar from the right.

use std::fmt::Write;

use super::charts::{Mirror, esc, pair};
use crate::i18n::{self, Lang};

/// One bar: its label, the three weights (for the lengths) and the text
/// written beside it.
pub struct VoteBar {
    /// Scope label, e.g. "All ballots" or a group's name.
    pub label: String,
    /// Yes weight.
    pub yes: f64,
    /// No weight.
    pub no: f64,
    /// Abstain weight.
    pub abstain: f64,
    /// The exact numbers, for people.
    pub text: String,
}

const WIDTH: f64 = 640.0;
const BAR: f64 = 18.0;
const ROW: f64 = 44.0;

/// Draws the bars as an SVG with a title and a description, in `lang`.
pub fn vote_bars(lang: Lang, id: &str, title: &str, bars: &[VoteBar]) -> String {
    let m = Mirror::new(lang, WIDTH);
    let height = 30.0 + ROW * bars.len() as f64;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart votes" role="img" aria-labelledby="{id}-t {id}-d" viewBox="0 0 {WIDTH:.0} {height:.0}" width="{WIDTH:.0}" height="{height:.0}"{}><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        m.direction(),
        esc(title),
        esc(&bars
            .iter()
            .map(|b| pair(lang, &b.label, &b.text))
            .collect::<Vec<_>>()
            .join("; ")),
    );
    let _ = write!(
        out,
        r##"<defs><pattern id="{id}-no" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f6d2b4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#b35806" stroke-width="3"/></pattern><pattern id="{id}-ab" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#eaeef2"/><circle cx="3" cy="3" r="1.2" fill="#57606a"/></pattern></defs>"##
    );
    // Legend, in words and patterns.
    let legend = [
        (i18n::t(lang, "results-legend-yes"), "#0b5cad".to_owned()),
        (i18n::t(lang, "results-legend-no"), format!("url(#{id}-no)")),
        (
            i18n::t(lang, "results-legend-abstain"),
            format!("url(#{id}-ab)"),
        ),
    ];
    for (k, (name, fill)) in legend.iter().enumerate() {
        let x = 4.0 + 110.0 * k as f64;
        let _ = write!(
            out,
            r##"<rect x="{:.0}" y="6" width="14" height="14" fill="{fill}" stroke="#1b1f24" stroke-width="0.5"/><text x="{:.0}" y="18" font-size="12px">{}</text>"##,
            m.rect(x, 14.0),
            m.x(x + 20.0),
            esc(name)
        );
    }
    let full = WIDTH - 8.0;
    for (k, b) in bars.iter().enumerate() {
        let top = 30.0 + ROW * k as f64;
        let _ = write!(
            out,
            r#"<text x="{:.0}" y="{:.1}" font-size="12px" font-weight="bold">{}</text><text x="{:.1}" y="{:.1}" font-size="12px" text-anchor="end">{}</text>"#,
            m.x(4.0),
            top + 11.0,
            esc(&m.isolate(&b.label)),
            m.x(WIDTH - 4.0),
            top + 11.0,
            esc(&b.text)
        );
        let total = b.yes + b.no + b.abstain;
        let y = top + 16.0;
        if total <= 0.0 {
            let _ = write!(
                out,
                r##"<rect x="{:.0}" y="{y:.1}" width="{full:.1}" height="{BAR:.0}" fill="none" stroke="#8c959f" stroke-dasharray="4 3"/>"##,
                m.rect(4.0, full)
            );
            continue;
        }
        let mut x = 4.0;
        for (value, fill) in [
            (b.yes, "#0b5cad".to_owned()),
            (b.no, format!("url(#{id}-no)")),
            (b.abstain, format!("url(#{id}-ab)")),
        ] {
            let len = full * value / total;
            if len > 0.0 {
                let _ = write!(
                    out,
                    r##"<rect x="{:.1}" y="{y:.1}" width="{len:.1}" height="{BAR:.0}" fill="{fill}" stroke="#ffffff" stroke-width="1"/>"##,
                    m.rect(x, len)
                );
            }
            x += len;
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_split_by_share_and_escape_labels() {
        let svg = vote_bars(
            Lang::En,
            "v",
            "Votes",
            &[VoteBar {
                label: "<script>".into(),
                yes: 3.0,
                no: 1.0,
                abstain: 0.0,
                text: "yes 3 · no 1".into(),
            }],
        );
        assert!(svg.contains("&lt;script&gt;"));
        assert!(!svg.contains("<script>"));
        // Yes takes three quarters of the 632 px.
        assert!(svg.contains(r#"width="474.0""#), "{svg}");
        assert!(
            svg.contains(r#"<rect x="4.0" y="46.0" width="474.0""#),
            "{svg}"
        );
    }

    #[test]
    fn in_arabic_the_legend_and_the_bars_start_on_the_right() {
        let bar = VoteBar {
            label: "الكل".into(),
            yes: 3.0,
            no: 1.0,
            abstain: 0.0,
            text: "3".into(),
        };
        let svg = vote_bars(Lang::Ar, "v", "الأصوات", &[bar]);
        assert!(svg.contains(r#"direction="rtl""#));
        // The legend's first box hugs the right edge (640 - 4 - 14).
        assert!(svg.contains(r#"<rect x="622" y="6""#), "{svg}");
        assert!(svg.contains("نعم"), "{svg}");
        // Yes (three quarters) fills from the right: 640 - 4 - 474.
        assert!(
            svg.contains(r#"<rect x="162.0" y="46.0" width="474.0""#),
            "{svg}"
        );
    }
}
