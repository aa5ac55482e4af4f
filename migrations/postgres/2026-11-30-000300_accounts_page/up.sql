-- The account page (issue 15): each user's IANA time zone, in which pages
-- show times, and whether they must change their password before anything
-- else (after an administrator reset it to a one-time code).
ALTER TABLE users ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
