//! Server-rendered SVG charts for results pages: a pairwise-preference
//! heatmap, a bar chart of scores, and IRV rounds. Pure functions from
//! numbers to SVG text; every label is escaped here, since templates insert
//! the result unescaped. Each chart carries a title and description for
//! screen readers, and every page shows the same numbers as a table too.
//!
//! Words come from the catalogues in the page's language. In a right-to-left
//! language the charts mirror: bars grow from the right, labels stand on the
//! right and the heatmap's first column is the rightmost. The SVG then
//! carries `direction="rtl"`, under which `text-anchor="start"` means the
//! right end of a text, so mirroring every x coordinate is all it takes.

use std::fmt::Write;

use crate::i18n::{self, Arg, Lang};

/// Horizontal coordinates, mirrored in right-to-left languages.
#[derive(Debug, Clone, Copy)]
pub struct Mirror {
    on: bool,
    width: f64,
}

impl Mirror {
    /// For a chart `width` wide in `lang`.
    pub fn new(lang: Lang, width: f64) -> Mirror {
        Mirror {
            on: lang.is_rtl(),
            width,
        }
    }

    /// A point's x (text positions, lines).
    pub fn x(self, x: f64) -> f64 {
        if self.on { self.width - x } else { x }
    }

    /// The x of a box starting at `x` and `w` wide.
    pub fn rect(self, x: f64, w: f64) -> f64 {
        if self.on { self.width - x - w } else { x }
    }

    /// `text` as an isolated run in a right-to-left chart, so a Latin
    /// title keeps its own order ("Title (p1)", not "(Title (p1").
    pub fn isolate(self, text: &str) -> String {
        if self.on {
            format!("\u{2068}{text}\u{2069}")
        } else {
            text.to_owned()
        }
    }

    /// The attribute that makes text anchors follow the mirroring.
    pub fn direction(self) -> &'static str {
        if self.on { r#" direction="rtl""# } else { "" }
    }
}

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

/// Blends from orange (share 0) through white (½) to blue (share 1).
pub(crate) fn share_colour(share: f64) -> String {
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

/// Opens a chart drawn at its natural pixel size: `width` and `height`
/// equal the viewBox, so one unit is one CSS pixel and every text keeps the
/// size it is given in px (14 px labels stay 14 px on a 1280 px screen and
/// on a phone). A chart wider than a phone scrolls sideways inside its
/// `<figure>` (the stylesheet's `figure:has(> svg.chart)`), instead of the
/// whole chart, text included, shrinking to 7 px or growing to 25 px as a
/// page-wide scaled SVG did.
pub(crate) fn open_svg(
    out: &mut String,
    id: &str,
    m: Mirror,
    height: f64,
    title: &str,
    desc: &str,
) {
    let (width, dir) = (m.width, m.direction());
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-sized" role="img" aria-labelledby="{id}-t {id}-d" viewBox="0 0 {width:.0} {height:.0}" width="{width:.0}" height="{height:.0}"{dir}><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        esc(title),
        esc(desc)
    );
}

/// Width of the bar and IRV charts, in px (drawn unscaled, see [`open_svg`]).
const WIDTH: f64 = 480.0;
/// Characters per label line: a title longer than this wraps onto further
/// lines instead of being cut (issue 15: titles were cut to ~25 characters
/// and clipped at the left edge).
const WRAP: usize = 52;
/// Height of one label line.
const LINE: f64 = 17.0;
/// Space left right of the longest bar for its value text.
const VALUE_ROOM: f64 = 120.0;

/// Splits `s` into lines of at most `max` characters at spaces (a single
/// longer word is broken), so a full title fits the chart's width.
pub fn wrap(s: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > max {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word.drain(..max).collect());
        }
        let word: String = word.into_iter().collect();
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if needed > max && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Writes `label`, wrapped, aligned at the start edge (x = 4, mirrored in
/// right-to-left languages) from baseline `y`; returns the y below it. Text
/// starting inside the chart is never clipped, whatever its length.
fn label_lines(out: &mut String, m: Mirror, label: &str, y: f64, fill: &str) -> f64 {
    let mut y = y;
    let x = m.x(4.0);
    for line in wrap(label, WRAP) {
        y += LINE;
        let _ = write!(
            out,
            r#"<text x="{x:.0}" y="{y:.1}" font-size="14px" fill="{fill}">{}</text>"#,
            esc(&m.isolate(&line))
        );
    }
    y + 4.0
}

/// The height a wrapped label takes.
fn label_height(label: &str) -> f64 {
    wrap(label, WRAP).len() as f64 * LINE + 4.0
}

/// A horizontal bar chart: one bar per item `(label, value, value text)`,
/// each under its full title. Negative values (Copeland) extend left of a
/// zero line.
pub fn bars(lang: Lang, id: &str, title: &str, items: &[(String, f64, String)]) -> String {
    let m = Mirror::new(lang, WIDTH);
    let bar = 16.0;
    let gap = 10.0;
    let left = 4.0;
    let plot = WIDTH - left - VALUE_ROOM;
    let height: f64 = items
        .iter()
        .map(|(l, _, _)| label_height(l) + bar + gap)
        .sum::<f64>()
        + 8.0;
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
        .map(|(l, _, t)| pair(lang, l, t))
        .collect::<Vec<_>>()
        .join("; ");
    open_svg(&mut out, id, m, height, title, &desc);
    let mut y = 0.0;
    for (label, value, text) in items {
        y = label_lines(&mut out, m, label, y, "#1b1f24");
        let len = (value.abs() * scale).max(if *value == 0.0 { 0.0 } else { 1.0 });
        let x = if *value < 0.0 { zero - len } else { zero };
        let _ = write!(
            out,
            r##"<rect x="{:.1}" y="{y:.1}" width="{len:.1}" height="{bar:.1}" fill="#0b5cad"/><text x="{:.1}" y="{:.1}" font-size="14px">{}</text>"##,
            m.rect(x, len),
            m.x(zero.max(x + len) + 6.0),
            y + bar - 3.0,
            esc(text)
        );
        y += bar + gap;
    }
    if has_negative {
        let _ = write!(
            out,
            r##"<line x1="{z:.1}" y1="4" x2="{z:.1}" y2="{:.1}" stroke="#57606a"/>"##,
            height - 4.0,
            z = m.x(zero)
        );
    }
    out.push_str("</svg>");
    out
}

/// IRV rounds as small multiples: for each round, a bar per continuing
/// candidate under its full title (the eliminated one in orange) and the
/// exhausted weight.
pub fn irv_rounds(lang: Lang, id: &str, rounds: &[IrvRoundView]) -> String {
    let m = Mirror::new(lang, WIDTH);
    let bar = 14.0;
    let gap = 8.0;
    let left = 4.0;
    let plot = WIDTH - left - VALUE_ROOM;
    let max = rounds
        .iter()
        .flat_map(|r| r.counts.iter().map(|c| c.1))
        .fold(0.0_f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let height: f64 = rounds
        .iter()
        .map(|r| {
            28.0 + r
                .counts
                .iter()
                .map(|(l, _, _)| label_height(l) + bar + gap)
                .sum::<f64>()
                + LINE
                + 10.0
        })
        .sum::<f64>()
        + 10.0;
    let mut out = String::new();
    open_svg(
        &mut out,
        id,
        m,
        height,
        &i18n::t(lang, "results-chart-irv-title"),
        &i18n::t(lang, "results-chart-irv-desc"),
    );
    let mut y = 6.0;
    let start = m.x(4.0);
    for r in rounds {
        let round = i18n::format_number(lang, &r.round.to_string());
        let _ = write!(
            out,
            r#"<text x="{start:.0}" y="{:.1}" font-size="15px" font-weight="bold">{}</text>"#,
            y + 16.0,
            esc(&i18n::t_args(
                lang,
                "results-chart-irv-round",
                &[("n", Arg::Str(&round))]
            ))
        );
        y += 24.0;
        for (label, value, text) in &r.counts {
            let eliminated = r.eliminated.as_deref() == Some(label.as_str());
            y = label_lines(&mut out, m, label, y, "#1b1f24");
            let len = value / max * plot;
            let shown = if eliminated {
                i18n::t_args(
                    lang,
                    "results-chart-eliminated",
                    &[("count", Arg::Str(text))],
                )
            } else {
                text.clone()
            };
            let _ = write!(
                out,
                r##"<rect x="{:.1}" y="{y:.1}" width="{len:.1}" height="{bar:.1}" fill="{}"/><text x="{:.1}" y="{:.1}" font-size="14px">{}</text>"##,
                m.rect(left, len),
                if eliminated { "#e66101" } else { "#0b5cad" },
                m.x(left + len + 6.0),
                y + bar - 2.0,
                esc(&shown),
            );
            y += bar + gap;
        }
        y += LINE;
        let _ = write!(
            out,
            r##"<text x="{start:.0}" y="{y:.1}" font-size="14px" fill="#57606a">{}</text>"##,
            esc(&i18n::t_args(
                lang,
                "results-chart-exhausted",
                &[("count", Arg::Str(&r.exhausted))]
            ))
        );
        y += 10.0;
    }
    out.push_str("</svg>");
    out
}

/// "label: value" in `lang` (some languages space the colon).
pub fn pair(lang: Lang, label: &str, value: &str) -> String {
    i18n::t_args(
        lang,
        "results-label-value",
        &[("label", Arg::Str(label)), ("value", Arg::Str(value))],
    )
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

mod heatmap;
pub use heatmap::{HeatCell, heatmap};

#[cfg(test)]
mod tests;
