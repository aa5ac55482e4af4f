-- The audit trail as a transparency log (SQLite): numbered checkpoints that
-- sign the Merkle tree over the entries as C2SP signed notes, witnesses and
-- their cosignatures, and each closed round's ballots document as sealed at
-- its close. All append-only but the witnesses' approval status.
CREATE TABLE audit_tree_checkpoints (
    number BIGINT PRIMARY KEY NOT NULL,
    size BIGINT NOT NULL UNIQUE,
    root TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE TRIGGER audit_tree_checkpoints_no_update BEFORE UPDATE ON audit_tree_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit_tree_checkpoints is append-only'); END;
CREATE TRIGGER audit_tree_checkpoints_no_delete BEFORE DELETE ON audit_tree_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit_tree_checkpoints is append-only'); END;

CREATE TABLE audit_witnesses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    public_key TEXT NOT NULL,
    owner_id BIGINT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved')),
    created_at TEXT NOT NULL
);

CREATE TABLE audit_cosignatures (
    checkpoint_number BIGINT NOT NULL REFERENCES audit_tree_checkpoints (number),
    witness_id BIGINT NOT NULL REFERENCES audit_witnesses (id),
    timestamp BIGINT NOT NULL,
    line TEXT NOT NULL,
    PRIMARY KEY (checkpoint_number, witness_id)
);
CREATE TRIGGER audit_cosignatures_no_update BEFORE UPDATE ON audit_cosignatures
BEGIN SELECT RAISE(ABORT, 'audit_cosignatures is append-only'); END;
CREATE TRIGGER audit_cosignatures_no_delete BEFORE DELETE ON audit_cosignatures
BEGIN SELECT RAISE(ABORT, 'audit_cosignatures is append-only'); END;

CREATE TABLE sealed_ballots (
    round_id BIGINT PRIMARY KEY NOT NULL REFERENCES rounds (id),
    document TEXT NOT NULL
);
CREATE TRIGGER sealed_ballots_no_update BEFORE UPDATE ON sealed_ballots
BEGIN SELECT RAISE(ABORT, 'sealed_ballots is append-only'); END;
CREATE TRIGGER sealed_ballots_no_delete BEFORE DELETE ON sealed_ballots
BEGIN SELECT RAISE(ABORT, 'sealed_ballots is append-only'); END;
