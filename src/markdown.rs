//! Markdown to safe HTML, in one place: pulldown-cmark renders, ammonia
//! sanitises. Proposal bodies and comments both go through [`render`], so
//! no page can show unsanitised user HTML.

use pulldown_cmark::{Options, Parser, html};

/// Renders Markdown to HTML that is safe to embed in a page: no scripts, no
/// event handlers, no `javascript:` (only http, https and mailto links), no
/// styles; links get `rel="noopener noreferrer nofollow"`.
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

#[cfg(test)]
mod tests {
    use super::render;

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
}
