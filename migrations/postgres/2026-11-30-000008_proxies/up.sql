-- A vote given by one elector (the grantor) to another of the same
-- stakeholder group (the holder) for one open round. At most one proxy of
-- a grantor is live (ended_at NULL); used_at is set when the holder casts
-- for the grantor, after which it can no longer be revoked.
CREATE TABLE proxies (
    id BIGSERIAL PRIMARY KEY,
    round_id BIGINT NOT NULL REFERENCES rounds (id),
    grantor_id BIGINT NOT NULL REFERENCES users (id),
    holder_id BIGINT NOT NULL REFERENCES users (id),
    granted_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    ended_at TIMESTAMP,
    ended_reason TEXT
);
CREATE INDEX proxies_round ON proxies (round_id, ended_at);
