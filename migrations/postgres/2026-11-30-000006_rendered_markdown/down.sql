ALTER TABLE comments DROP COLUMN body_html;
ALTER TABLE proposals DROP COLUMN body_html;
