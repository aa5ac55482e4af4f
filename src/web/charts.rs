//! Server-rendered SVG charts for results pages: a pairwise-preference
//! heatmap, a bar chart of scores, and IRV rounds. Pure functions from
//! numbers to SVG text; every label is escaped here, since templates insert
//! the result unescaped. Each chart carries a title and description for
//! screen readers, and every page shows the same numbers as a table too.

use std::fmt::Write;

/// Escapes text for SVG/HTML content and attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Blends from orange (share 0) through white (½) to blue (share 1).
fn share_colour(share: f64) -> String {
    let s = share.clamp(0.0, 1.0);
    let (r, g, b) = if s >= 0.5 {
        let t = (s - 0.5) * 2.0;
        (
            255.0 - t * (255.0 - 33.0),
            255.0 - t * (255.0 - 102.0),
            255.0 - t * (255.0 - 172.0),
        )
    } else {
        let t = (0.5 - s) * 2.0;
        (
            255.0 - t * (255.0 - 230.0),
            255.0 - t * (255.0 - 97.0),
            255.0 - t * (255.0 - 1.0),
        )
    };
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let hex = format!(
        "#{:02x}{:02x}{:02x}",
        r.round() as u8,
        g.round() as u8,
        b.round() as u8
    );
    hex
}

fn open_svg(out: &mut String, id: &str, width: f64, height: f64, title: &str, desc: &str) {
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="{id}-t {id}-d" viewBox="0 0 {width:.0} {height:.0}" width="{width:.0}" height="{height:.0}"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        esc(title),
        esc(desc)
    );
}

/// A pairwise-preference heatmap: cell (row i, column j) shows `d[i][j]`,
/// the weight of ballots ranking i above j, coloured by i's share of the
/// pair (blue: most prefer the row, orange: most prefer the column).
/// `labels` are candidate ids in display order; `d(i, j)` gives the value
/// and its exact text.
pub fn heatmap(id: &str, labels: &[String], d: &dyn Fn(usize, usize) -> (f64, String)) -> String {
    let n = labels.len();
    let cell = 44.0;
    let left = 70.0;
    let top = 40.0;
    let width = left + cell * n as f64 + 10.0;
    let height = top + cell * n as f64 + 10.0;
    let mut out = String::new();
    open_svg(
        &mut out,
        id,
        width,
        height,
        "Pairwise preferences",
        "Each cell gives the weight of ballots that rank the row's proposal above the column's; blue cells mean most ballots prefer the row, orange cells the column.",
    );
    for (j, l) in labels.iter().enumerate() {
        let x = left + cell * j as f64 + cell / 2.0;
        let _ = write!(
            out,
            r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle" font-size="12">{}</text>"#,
            top - 10.0,
            esc(&shorten(l, 6))
        );
    }
    for (i, l) in labels.iter().enumerate() {
        let y = top + cell * i as f64;
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="12">{}</text>"#,
            left - 8.0,
            y + cell / 2.0 + 4.0,
            esc(&shorten(l, 8))
        );
        for j in 0..n {
            let x = left + cell * j as f64;
            if i == j {
                let _ = write!(
                    out,
                    r##"<rect x="{x:.1}" y="{y:.1}" width="{cell:.0}" height="{cell:.0}" fill="#d0d7de"/>"##
                );
                continue;
            }
            let (v, text) = d(i, j);
            let (w, _) = d(j, i);
            let share = if v + w > 0.0 { v / (v + w) } else { 0.5 };
            let _ = write!(
                out,
                r##"<rect x="{x:.1}" y="{y:.1}" width="{cell:.0}" height="{cell:.0}" fill="{}" stroke="#ffffff"/><text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="11" fill="#1b1f24">{}</text>"##,
                share_colour(share),
                x + cell / 2.0,
                y + cell / 2.0 + 4.0,
                esc(&shorten(&text, 7))
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// A horizontal bar chart: one bar per item `(label, value, value text)`.
/// Negative values (Copeland) extend left of a zero line.
pub fn bars(id: &str, title: &str, items: &[(String, f64, String)]) -> String {
    let row = 28.0;
    let left = 180.0;
    let plot = 360.0;
    let width = left + plot + 90.0;
    let height = row * items.len() as f64 + 20.0;
    let max = items
        .iter()
        .map(|i| i.1.abs())
        .fold(0.0_f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let has_negative = items.iter().any(|i| i.1 < 0.0);
    let zero = if has_negative {
        left + plot / 2.0
    } else {
        left
    };
    let scale = if has_negative {
        plot / 2.0 / max
    } else {
        plot / max
    };
    let mut out = String::new();
    let desc = items
        .iter()
        .map(|(l, _, t)| format!("{l}: {t}"))
        .collect::<Vec<_>>()
        .join("; ");
    open_svg(&mut out, id, width, height, title, &desc);
    for (k, (label, value, text)) in items.iter().enumerate() {
        let y = 10.0 + row * k as f64;
        let len = (value.abs() * scale).max(if *value == 0.0 { 0.0 } else { 1.0 });
        let x = if *value < 0.0 { zero - len } else { zero };
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="12">{}</text><rect x="{x:.1}" y="{y:.1}" width="{len:.1}" height="{:.1}" fill="#0b5cad"/><text x="{:.1}" y="{:.1}" font-size="12">{}</text>"##,
            left - 8.0,
            y + 14.0,
            esc(&shorten(label, 28)),
            row - 8.0,
            zero.max(x + len) + 6.0,
            y + 14.0,
            esc(text)
        );
    }
    let _ = write!(
        out,
        r##"<line x1="{zero:.1}" y1="4" x2="{zero:.1}" y2="{:.1}" stroke="#57606a"/>"##,
        height - 4.0
    );
    out.push_str("</svg>");
    out
}

/// IRV rounds as small multiples: for each round, a bar per continuing
/// candidate (the eliminated one in orange) and the exhausted weight.
pub fn irv_rounds(id: &str, rounds: &[IrvRoundView]) -> String {
    let row = 20.0;
    let left = 180.0;
    let plot = 340.0;
    let width = left + plot + 90.0;
    let max = rounds
        .iter()
        .flat_map(|r| r.counts.iter().map(|c| c.1))
        .fold(0.0_f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let height: f64 = rounds
        .iter()
        .map(|r| 26.0 + row * (r.counts.len() + 1) as f64)
        .sum::<f64>()
        + 10.0;
    let mut out = String::new();
    open_svg(
        &mut out,
        id,
        width,
        height,
        "Instant-runoff rounds",
        "For each round, the weight counting for each continuing proposal; the proposal eliminated at the end of the round is shown in orange.",
    );
    let mut y = 10.0;
    for r in rounds {
        let _ = write!(
            out,
            r#"<text x="4" y="{:.1}" font-size="13" font-weight="bold">Round {}</text>"#,
            y + 12.0,
            r.round
        );
        y += 20.0;
        for (label, value, text) in &r.counts {
            let eliminated = r.eliminated.as_deref() == Some(label.as_str());
            let len = value / max * plot;
            let _ = write!(
                out,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="12">{}</text><rect x="{left:.1}" y="{y:.1}" width="{len:.1}" height="{:.1}" fill="{}"/><text x="{:.1}" y="{:.1}" font-size="12">{}{}</text>"##,
                left - 8.0,
                y + 12.0,
                esc(&shorten(label, 28)),
                row - 6.0,
                if eliminated { "#e66101" } else { "#0b5cad" },
                left + len + 6.0,
                y + 12.0,
                esc(text),
                if eliminated { " (eliminated)" } else { "" }
            );
            y += row;
        }
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="12" fill="#57606a">exhausted</text><text x="{left:.1}" y="{:.1}" font-size="12" fill="#57606a">{}</text>"##,
            left - 8.0,
            y + 12.0,
            y + 12.0,
            esc(&r.exhausted)
        );
        y += row + 6.0;
    }
    out.push_str("</svg>");
    out
}

/// One IRV round prepared for drawing.
#[derive(Debug, Clone)]
pub struct IrvRoundView {
    /// 1-based round number.
    pub round: usize,
    /// (label, value for drawing, exact text) per continuing candidate.
    pub counts: Vec<(String, f64, String)>,
    /// Label of the candidate eliminated in this round.
    pub eliminated: Option<String>,
    /// Exhausted weight, exact text.
    pub exhausted: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_charts_are_accessible() {
        let svg = bars(
            "b",
            "Scores",
            &[
                ("<script>x</script>".into(), 2.0, "2".into()),
                ("B".into(), -1.0, "-1".into()),
            ],
        );
        assert!(svg.contains("&lt;script&gt;") && !svg.contains("<script>"));
        assert!(svg.starts_with("<svg") && svg.contains(r#"role="img""#) && svg.contains("<title"));
        let labels = vec!["p1".to_owned(), "p2".to_owned()];
        let h = heatmap("h", &labels, &|i, j| {
            if i < j {
                (3.0, "3".into())
            } else {
                (1.0, "1".into())
            }
        });
        assert_eq!(h.matches("<rect").count(), 4);
        assert!(h.contains(&share_colour(0.75)));
    }

    #[test]
    fn colours_run_from_orange_through_white_to_blue() {
        assert_eq!(share_colour(0.5), "#ffffff");
        assert_eq!(share_colour(1.0), "#2166ac");
        assert_eq!(share_colour(0.0), "#e66101");
    }
}
