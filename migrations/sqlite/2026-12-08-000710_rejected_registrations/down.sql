-- Back to three statuses: a rejected registration becomes suspended.
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
    status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'suspended')),
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
    organisation, CASE status WHEN 'rejected' THEN 'suspended' ELSE status END,
    token_version, created_at, updated_at, time_zone,
    must_change_password, language, email_notifications
FROM users;
DROP TABLE users;
ALTER TABLE users_rebuilt RENAME TO users;
CREATE UNIQUE INDEX users_email_unique ON users (email COLLATE NOCASE);
CREATE INDEX users_status ON users (status);
COMMIT;
PRAGMA foreign_keys = ON;
