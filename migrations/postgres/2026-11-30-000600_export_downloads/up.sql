-- Who downloaded which export of a closed round, and when (RFC 3339 UTC
-- text, spelled like rounds.closed_at so the two compare as text). The home
-- page lists, for each auditor, the closed rounds they have not downloaded
-- since the round closed. The audit trail records the same downloads
-- (export.downloaded); this table is the index the home page can query.
CREATE TABLE export_downloads (
    id BIGSERIAL PRIMARY KEY,
    round_id BIGINT NOT NULL REFERENCES rounds (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    file TEXT NOT NULL,
    downloaded_at TEXT NOT NULL
);
CREATE INDEX export_downloads_user_round ON export_downloads (user_id, round_id);
