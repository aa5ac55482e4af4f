-- Outcome reports: a chair's draft (title, introduction, the closed rounds it
-- covers, as a JSON array of round ids in the order given) and, once
-- published, the frozen report.json and report.md with the SHA-256 of the
-- JSON that the trail's report.published entry records. A new version links
-- to the published one it supersedes; each report is superseded at most once.
CREATE TABLE reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    introduction TEXT NOT NULL,
    rounds TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    supersedes BIGINT UNIQUE REFERENCES reports (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    published_at TEXT,
    published_by BIGINT REFERENCES users (id),
    frozen_json TEXT,
    frozen_md TEXT,
    sha256 TEXT
);
