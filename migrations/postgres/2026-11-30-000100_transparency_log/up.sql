-- The audit trail as a transparency log (PostgreSQL): numbered checkpoints
-- that sign the Merkle tree over the entries as C2SP signed notes, witnesses
-- and their cosignatures, and each closed round's ballots document as sealed
-- at its close. All append-only but the witnesses' approval status.
CREATE TABLE audit_tree_checkpoints (
    number BIGINT PRIMARY KEY NOT NULL,
    size BIGINT NOT NULL UNIQUE,
    root TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE TRIGGER audit_tree_checkpoints_no_update BEFORE UPDATE OR DELETE ON audit_tree_checkpoints
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE audit_witnesses (
    id BIGSERIAL PRIMARY KEY,
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
CREATE TRIGGER audit_cosignatures_no_update BEFORE UPDATE OR DELETE ON audit_cosignatures
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE sealed_ballots (
    round_id BIGINT PRIMARY KEY NOT NULL REFERENCES rounds (id),
    document TEXT NOT NULL
);
CREATE TRIGGER sealed_ballots_no_update BEFORE UPDATE OR DELETE ON sealed_ballots
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
