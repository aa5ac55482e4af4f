-- Markdown is rendered once, when the text is written, and the sanitised
-- HTML is stored beside the source, so a page view never parses Markdown.
-- Rows written before this migration are rendered at the next start.
ALTER TABLE proposals ADD COLUMN body_html TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN body_html TEXT NOT NULL DEFAULT '';
