ALTER TABLE users DROP COLUMN must_change_password;
ALTER TABLE users DROP COLUMN time_zone;
