//! The pairwise-preference heatmap. Rows and columns are numbered, and a
//! legend under the grid maps each number to its proposal's full title (a
//! grid cell has no room for a title, and an internal id such as `p7` means
//! nothing to a reader). A cell shows its number short — exact when that is
//! short (`3`, `7.5`), else rounded to two places (`≈3.63`) — and carries
//! the exact value (`109/30`) in a `<title>` tooltip; the page's table
//! beside the chart has the exact values too. Drawn at its natural pixel
//! size like every chart ([`super::open_svg`]), text in px.

use std::fmt::Write;

use super::{Mirror, esc, open_svg, share_colour, wrap};
use crate::i18n::{self, Arg, Lang};

/// One cell of the heatmap: `d[i][j]`, the weight of ballots ranking the
/// row's proposal above the column's.
#[derive(Debug, Clone)]
pub struct HeatCell {
    /// The value, for the colour.
    pub value: f64,
    /// What the cell shows: short (exact when short, else ≈ 2 places).
    pub shown: String,
    /// The exact value, for the tooltip.
    pub exact: String,
}

/// Size of one cell, px.
const CELL: f64 = 44.0;
/// Room for the row numbers, px.
const LEFT: f64 = 34.0;
/// Room for the column numbers, px.
const TOP: f64 = 28.0;
/// The narrowest the chart is drawn, so the legend's titles have room.
const MIN_WIDTH: f64 = 320.0;
/// Height of one legend line, px.
const LEGEND_LINE: f64 = 17.0;

/// Characters of a legend line that fit `width` px at 13 px text.
fn legend_chars(width: f64) -> usize {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let n = ((width - 8.0) / 7.2).floor().max(12.0) as usize;
    n
}

/// A pairwise-preference heatmap: cell (row i, column j) shows `d(i, j)`,
/// coloured by the row's share of the pair (blue: most prefer the row,
/// orange: most prefer the column). `titles` are the proposals' titles in
/// display order; rows and columns are numbered 1…n after them, with a
/// legend "1 Title" under the grid.
pub fn heatmap(
    lang: Lang,
    id: &str,
    titles: &[String],
    d: &dyn Fn(usize, usize) -> HeatCell,
) -> String {
    let n = titles.len();
    let grid = LEFT + CELL * n as f64 + 10.0;
    let width = grid.max(MIN_WIDTH);
    let chars = legend_chars(width);
    let number = |i: usize| i18n::format_number(lang, &(i + 1).to_string());
    let legend: Vec<Vec<String>> = titles
        .iter()
        .enumerate()
        .map(|(i, t)| wrap(&format!("{} {t}", number(i)), chars))
        .collect();
    let legend_lines: usize = legend.iter().map(Vec::len).sum();
    let legend_top = TOP + CELL * n as f64 + 14.0;
    let height = legend_top + LEGEND_LINE * legend_lines as f64 + 8.0;
    let m = Mirror::new(lang, width);
    let mut out = String::new();
    open_svg(
        &mut out,
        id,
        m,
        height,
        &i18n::t(lang, "results-chart-pairwise-title"),
        &i18n::t(lang, "results-chart-pairwise-desc"),
    );
    for j in 0..n {
        let x = m.x(LEFT + CELL * j as f64 + CELL / 2.0);
        let _ = write!(
            out,
            r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle" font-size="13px" font-weight="bold">{}</text>"#,
            TOP - 9.0,
            esc(&number(j))
        );
    }
    for i in 0..n {
        let y = TOP + CELL * i as f64;
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="13px" font-weight="bold">{}</text>"#,
            m.x(LEFT - 8.0),
            y + CELL / 2.0 + 4.0,
            esc(&number(i))
        );
        for j in 0..n {
            let x = m.rect(LEFT + CELL * j as f64, CELL);
            if i == j {
                let _ = write!(
                    out,
                    r##"<rect x="{x:.1}" y="{y:.1}" width="{CELL:.0}" height="{CELL:.0}" fill="#d0d7de"/>"##
                );
                continue;
            }
            let c = d(i, j);
            let w = d(j, i).value;
            let share = if c.value + w > 0.0 {
                c.value / (c.value + w)
            } else {
                0.5
            };
            let tip = i18n::t_args(
                lang,
                "results-chart-pairwise-cell",
                &[
                    ("row", Arg::Str(&titles[i])),
                    ("column", Arg::Str(&titles[j])),
                    ("value", Arg::Str(&c.exact)),
                ],
            );
            let _ = write!(
                out,
                r##"<g><title>{}</title><rect x="{x:.1}" y="{y:.1}" width="{CELL:.0}" height="{CELL:.0}" fill="{}" stroke="#ffffff"/><text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="12px" fill="#1b1f24">{}</text></g>"##,
                esc(&tip),
                share_colour(share),
                x + CELL / 2.0,
                y + CELL / 2.0 + 4.0,
                esc(&c.shown)
            );
        }
    }
    let mut y = legend_top;
    let start = m.x(4.0);
    for lines in &legend {
        for line in lines {
            y += LEGEND_LINE;
            let _ = write!(
                out,
                r#"<text x="{start:.0}" y="{y:.1}" font-size="13px">{}</text>"#,
                esc(&m.isolate(line))
            );
        }
    }
    out.push_str("</svg>");
    out
}
