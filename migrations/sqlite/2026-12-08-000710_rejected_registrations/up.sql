-- Rejected registrations (issue 20): an admin may refuse a pending
-- registration. The row is kept with status 'rejected' (the audit trail's
-- `user.rejected` entry names it, and the e-mail stays taken), so the
-- status CHECK gains a value. SQLite cannot alter a CHECK constraint: the
-- table is rebuilt the documented way (new table, copy, drop, rename) with
-- foreign keys off, so the tables that reference users keep pointing at it.
-- This migration runs outside diesel's transaction (metadata.toml) because
-- PRAGMA foreign_keys is a no-op inside one; it opens its own.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
CREATE TABLE users_rebuilt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('delegate', 'chair', 'auditor', 'admin')),
    stakeholder_group TEXT NOT NULL,
    organisation TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'suspended', 'rejected')),
    token_version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    must_change_password BOOLEAN NOT NULL DEFAULT 0,
    language TEXT,
    email_notifications BOOLEAN NOT NULL DEFAULT 0
);
INSERT INTO users_rebuilt (id, email, display_name, password_hash, role, stakeholder_group,
    organisation, status, token_version, created_at, updated_at, time_zone,
    must_change_password, language, email_notifications)
SELECT id, email, display_name, password_hash, role, stakeholder_group,
    organisation, status, token_version, created_at, updated_at, time_zone,
    must_change_password, language, email_notifications
FROM users;
DROP TABLE users;
ALTER TABLE users_rebuilt RENAME TO users;
CREATE UNIQUE INDEX users_email_unique ON users (email COLLATE NOCASE);
CREATE INDEX users_status ON users (status);
COMMIT;
PRAGMA foreign_keys = ON;
