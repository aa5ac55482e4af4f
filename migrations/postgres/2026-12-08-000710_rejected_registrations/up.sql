-- Rejected registrations (issue 20): an admin may refuse a pending
-- registration. The row is kept with status 'rejected' (the audit trail's
-- `user.rejected` entry names it, and the e-mail stays taken).
ALTER TABLE users DROP CONSTRAINT users_status_check;
ALTER TABLE users ADD CONSTRAINT users_status_check
    CHECK (status IN ('pending', 'active', 'suspended', 'rejected'));
