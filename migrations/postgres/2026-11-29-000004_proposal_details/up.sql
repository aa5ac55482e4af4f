-- Proposal details: the author's group (as it was at creation), cached
-- counters that the list filters and sorts on, revisions, co-sponsors,
-- comments and the full-text search vector (GIN-indexed).
ALTER TABLE proposals ADD COLUMN author_group TEXT NOT NULL DEFAULT '';
ALTER TABLE proposals ADD COLUMN cosponsor_count INTEGER NOT NULL DEFAULT 0;
-- Co-sponsors from groups other than the author's, and how many such groups.
ALTER TABLE proposals ADD COLUMN support_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE proposals ADD COLUMN support_groups INTEGER NOT NULL DEFAULT 0;
-- Visible (not hidden) comments.
ALTER TABLE proposals ADD COLUMN comment_count INTEGER NOT NULL DEFAULT 0;
-- 'simple' (no stemming) so that both backends match the same words.
ALTER TABLE proposals ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title), 'A')
    || setweight(to_tsvector('simple', summary), 'B')
    || setweight(to_tsvector('simple', body), 'C')
) STORED;
CREATE INDEX proposals_search ON proposals USING GIN (search);
CREATE INDEX proposals_created ON proposals (created_at);
CREATE INDEX proposals_author_group ON proposals (author_group);
-- Covers everything the list filters, counts and sorts on except themes and
-- words, so counting and ordering never read the (large) text columns.
CREATE INDEX proposals_list ON proposals (status, author_id, author_group, support_count,
    support_groups, cosponsor_count, comment_count, created_at);

-- Every version of the text; the last row is the current text. Draft edits
-- rewrite revision 1 in place; edits after submission add a row.
CREATE TABLE proposal_revisions (
    id BIGSERIAL PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id),
    revision INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    themes TEXT NOT NULL,
    edited_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (proposal_id, revision)
);

-- Group and organisation as they were when the user co-sponsored.
CREATE TABLE cosponsors (
    proposal_id BIGINT NOT NULL REFERENCES proposals (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    stakeholder_group TEXT NOT NULL,
    organisation TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
);

CREATE TABLE comments (
    id BIGSERIAL PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id),
    author_id BIGINT NOT NULL REFERENCES users (id),
    -- A reply's parent is always a top-level comment (one level of replies).
    parent_id BIGINT REFERENCES comments (id),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    edited_at TIMESTAMP,
    hidden_at TIMESTAMP,
    hidden_by BIGINT REFERENCES users (id),
    hidden_reason TEXT
);
CREATE INDEX comments_proposal ON comments (proposal_id, id);
