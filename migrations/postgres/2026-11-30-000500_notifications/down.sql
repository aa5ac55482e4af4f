ALTER TABLE users DROP COLUMN email_notifications;
DROP TABLE email_outbox;
DROP TABLE notifications;
