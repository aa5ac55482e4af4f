DROP TABLE IF EXISTS sealed_ballots;
DROP TABLE IF EXISTS audit_cosignatures;
DROP TABLE IF EXISTS audit_witnesses;
DROP TABLE IF EXISTS audit_tree_checkpoints;
