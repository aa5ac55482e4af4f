//! Markdown to safe HTML, in one place: pulldown-cmark renders, ammonia
//! sanitises. Proposal bodies and comments both go through [`render`], once,
//! when the text is written; pages show the stored HTML and never parse
//! Markdown on a request.
//!
//! Hostile input is refused before it is parsed: a text whose lines open
//! more than [`MAX_NESTING`] containers (block quotes, list items) is too
//! deep, because the parser's cost grows with the square of that depth
//! (50,000 `>` took ten seconds). [`nesting_problem`] says why (a
//! [`Nesting`], which the domain puts into a refusal in the reader's words);
//! the domain types call it when they parse a body, so such a text is a 422
//! and never reaches the parser.

use pulldown_cmark::{Options, Parser, html};

/// The deepest nesting of block quotes and list items a text may have.
pub const MAX_NESTING: usize = 32;

/// Renders Markdown to HTML that is safe to embed in a page: no scripts, no
/// event handlers, no `javascript:` (only http, https and mailto links), no
/// styles; links get `rel="noopener noreferrer nofollow"`. Callers pass text
/// that [`nesting_problem`] accepted; [`render_stored`] is for older text.
pub fn render(md: &str) -> String {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_TASKLISTS);
    let parser = Parser::new_ext(md, opts);
    let mut raw = String::with_capacity(md.len() * 3 / 2);
    html::push_html(&mut raw, parser);
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&raw)
        .to_string()
}

/// Renders text stored before the limits existed: within the limits as
/// [`render`] does, otherwise as escaped plain text, so nothing stored is
/// lost and nothing hostile is parsed.
pub fn render_stored(md: &str) -> String {
    if nesting_problem(md).is_none() {
        return render(md);
    }
    let mut out = String::with_capacity(md.len() + 16);
    out.push_str("<pre>");
    for c in md.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out.push_str("</pre>");
    out
}

/// How many containers the start of `line` opens: each `>` and each list
/// marker (`-`, `*`, `+`, or digits followed by `.` or `)`) before the
/// line's content, spaces between them allowed.
fn containers(line: &str) -> usize {
    let b = line.as_bytes();
    let mut i = 0;
    let mut n = 0;
    loop {
        while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        match b.get(i) {
            Some(b'>') => {
                n += 1;
                i += 1;
            }
            Some(b'-' | b'*' | b'+') if matches!(b.get(i + 1), Some(b' ' | b'\t') | None) => {
                n += 1;
                i += 1;
            }
            Some(d) if d.is_ascii_digit() => {
                let start = i;
                while i < b.len() && b[i].is_ascii_digit() && i - start < 9 {
                    i += 1;
                }
                if matches!(b.get(i), Some(b'.' | b')'))
                    && matches!(b.get(i + 1), Some(b' ' | b'\t') | None)
                {
                    n += 1;
                    i += 1;
                } else {
                    return n;
                }
            }
            _ => return n,
        }
    }
}

/// Elements that never hold others, so they do not deepen HTML nesting.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Tracks how deeply raw HTML tags in the text nest: the sanitiser's tree
/// builder is quadratic in it (20,000 unclosed `<div>` took over a second).
#[derive(Default)]
struct HtmlDepth {
    depth: usize,
}

impl HtmlDepth {
    /// Counts the tags of one line; returns the deepest nesting reached.
    fn line(&mut self, line: &str) -> usize {
        let b = line.as_bytes();
        let mut deepest = self.depth;
        let mut i = 0;
        while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
            let at = i + off + 1;
            let closing = b.get(at) == Some(&b'/');
            let start = if closing { at + 1 } else { at };
            let len = b[start..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            i = start + len;
            if len == 0 || !b[start].is_ascii_alphabetic() {
                continue;
            }
            let name = line[start..start + len].to_ascii_lowercase();
            if closing {
                self.depth = self.depth.saturating_sub(1);
            } else if !VOID.contains(&name.as_str()) {
                let self_closing = b[i..]
                    .iter()
                    .position(|&c| c == b'>')
                    .is_some_and(|end| end > 0 && b[i + end - 1] == b'/');
                if !self_closing {
                    self.depth += 1;
                    deepest = deepest.max(self.depth);
                }
            }
        }
        deepest
    }
}

/// Why a text is too deeply nested to render: the facts, so that the
/// refusal can be worded in the reader's language (its `Display` is the
/// English wording, for logs and tools).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nesting {
    /// Line `line` (from 1) opens `depth` quotes or list items.
    Containers {
        /// The line, counted from 1.
        line: usize,
        /// How many containers it opens.
        depth: usize,
    },
    /// By line `line` raw HTML elements nest more than [`MAX_NESTING`] deep.
    Html {
        /// The line, counted from 1.
        line: usize,
    },
}

impl std::fmt::Display for Nesting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Nesting::Containers { line, depth } => write!(
                f,
                "line {line} nests {depth} quotes or list items; at most {MAX_NESTING} are allowed."
            ),
            Nesting::Html { line } => write!(
                f,
                "by line {line} its HTML elements nest more than {MAX_NESTING} deep; close them or write Markdown."
            ),
        }
    }
}

/// Why `md` is too deeply nested to render, or `None` when it is fine: more
/// than [`MAX_NESTING`] quotes or list items opened by one line, or raw HTML
/// elements nested more than [`MAX_NESTING`] deep. Lines inside fenced code
/// blocks are code, not containers, and are skipped.
pub fn nesting_problem(md: &str) -> Option<Nesting> {
    let mut html = HtmlDepth::default();
    let mut fence: Option<&str> = None;
    for (k, line) in md.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(f) = fence {
            if trimmed.starts_with(f) {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") {
            fence = Some("```");
            continue;
        }
        if trimmed.starts_with("~~~") {
            fence = Some("~~~");
            continue;
        }
        let depth = containers(line);
        if depth > MAX_NESTING {
            return Some(Nesting::Containers { line: k + 1, depth });
        }
        if html.line(line) > MAX_NESTING {
            return Some(Nesting::Html { line: k + 1 });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_handlers_and_javascript_links_are_removed() {
        let out = render(
            "Hi <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) <a href=\"JaVaScRiPt:alert(4)\">y</a>",
        );
        let lower = out.to_lowercase();
        assert!(!lower.contains("<script"), "{out}");
        assert!(!lower.contains("onerror"), "{out}");
        assert!(!lower.contains("javascript:"), "{out}");
    }

    #[test]
    fn ordinary_markdown_survives_and_links_get_rel() {
        let out = render("# Title\n\n*em* and [site](https://example.org)");
        assert!(out.contains("<h1>Title</h1>"), "{out}");
        assert!(out.contains("<em>em</em>"), "{out}");
        assert!(
            out.contains(
                r#"<a href="https://example.org" rel="noopener noreferrer nofollow">site</a>"#
            ),
            "{out}"
        );
    }

    #[test]
    fn nesting_is_counted_per_line_and_refused_past_the_limit() {
        assert_eq!(containers("> > - 1. text"), 4);
        assert_eq!(containers("-not a list"), 0);
        assert_eq!(containers("2024 was a year"), 0);
        assert_eq!(containers(&">".repeat(MAX_NESTING)), MAX_NESTING);
        assert!(nesting_problem(&">".repeat(MAX_NESTING)).is_none());
        let deep = format!("fine\n{}", "> ".repeat(MAX_NESTING + 1));
        let why = nesting_problem(&deep).expect("too deep").to_string();
        assert!(why.contains("line 2") && why.contains("33"), "{why}");
        assert!(nesting_problem(&">".repeat(50_000)).is_some());
        // Raw HTML nesting counts too; void and closed elements do not deepen.
        assert!(nesting_problem(&"<div>".repeat(MAX_NESTING)).is_none());
        assert!(nesting_problem(&"<div>".repeat(MAX_NESTING + 1)).is_some());
        assert!(nesting_problem(&"<div>a</div>".repeat(1000)).is_none());
        assert!(nesting_problem(&"<br><img src=x><p/>".repeat(1000)).is_none());
        assert!(nesting_problem(&"a < b and 3<4 ".repeat(1000)).is_none());
        // Inside a fence the same characters are code.
        let code = format!("```\n{}\n```\n", ">".repeat(100));
        assert!(nesting_problem(&code).is_none());
    }

    #[test]
    fn stored_hostile_text_is_kept_as_escaped_text() {
        let hostile = format!("{}<script>x</script>", ">".repeat(1000));
        let out = render_stored(&hostile);
        assert!(
            out.starts_with("<pre>") && out.contains("&lt;script&gt;"),
            "{out}"
        );
        assert_eq!(out.matches("&gt;").count(), 1002);
        assert_eq!(render_stored("*a*"), render("*a*"));
    }
}
