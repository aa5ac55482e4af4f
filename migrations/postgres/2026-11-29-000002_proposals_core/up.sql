-- Proposals: the core row. Revisions, co-sponsors, comments and search
-- indexes come in later migrations.
CREATE TABLE proposals (
    id BIGSERIAL PRIMARY KEY,
    author_id BIGINT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    -- JSON array of theme ids, e.g. ["connectivity","skills"].
    themes TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'withdrawn', 'adopted', 'not_adopted')),
    -- Revision number of the current text (1 for the first version).
    revision INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP
);
CREATE INDEX proposals_author ON proposals (author_id);
CREATE INDEX proposals_status ON proposals (status);
