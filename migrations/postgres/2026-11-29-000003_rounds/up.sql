-- Voting rounds, the proposals they hold, their fixed electorate, and ballots.
CREATE TABLE rounds (
    id BIGSERIAL PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    method TEXT NOT NULL,
    weighting TEXT NOT NULL,
    -- JSON object of group id -> weight string, e.g. {"member_state":"2"}; '{}' for none.
    group_weights TEXT NOT NULL DEFAULT '{}',
    secrecy TEXT NOT NULL CHECK (secrecy IN ('secret', 'recorded')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
    closes_at TIMESTAMP,
    quorum_percent INTEGER,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    opened_at TIMESTAMP,
    closed_at TEXT,
    -- Set at close: JSON array of proposal ids, the ballot digest, the results document.
    tiebreak TEXT,
    ballot_digest TEXT,
    results TEXT,
    quorum_met BOOLEAN
);
CREATE INDEX rounds_status ON rounds (status);

CREATE TABLE round_proposals (
    round_id BIGINT NOT NULL REFERENCES rounds (id),
    proposal_id BIGINT NOT NULL REFERENCES proposals (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (round_id, proposal_id)
);
CREATE INDEX round_proposals_proposal ON round_proposals (proposal_id);

-- Fixed when the round opens; later role or profile changes do not alter it.
CREATE TABLE electorate (
    round_id BIGINT NOT NULL REFERENCES rounds (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    stakeholder_group TEXT NOT NULL,
    organisation TEXT NOT NULL,
    PRIMARY KEY (round_id, user_id)
);

-- One row per cast; a replaced ballot stays with current = false. In secret
-- rounds user_id is NULL and voter_key (a keyed hash of round and user)
-- finds the voter's ballot to replace it.
CREATE TABLE ballots (
    id BIGSERIAL PRIMARY KEY,
    round_id BIGINT NOT NULL REFERENCES rounds (id),
    voter_key TEXT NOT NULL,
    user_id BIGINT REFERENCES users (id),
    stakeholder_group TEXT NOT NULL,
    organisation TEXT NOT NULL,
    ranking TEXT NOT NULL,
    receipt TEXT NOT NULL UNIQUE,
    is_current BOOLEAN NOT NULL,
    cast_at TIMESTAMP NOT NULL
);
CREATE INDEX ballots_round_current ON ballots (round_id, is_current);
CREATE INDEX ballots_voter ON ballots (round_id, voter_key);
