-- Notifications (issue 15): in-app notices, one row per recipient, written
-- in the transaction of the event that causes them. kind names the event;
-- args holds the sentence's arguments (JSON: titles, names, decision),
-- fixed when the event happened; link is the page it is about.
CREATE TABLE notifications (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    args TEXT NOT NULL,
    link TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id, read_at);
-- The 24-hour reminder goes to each elector once per round.
CREATE UNIQUE INDEX notifications_one_reminder ON notifications (user_id, subject)
    WHERE kind = 'round_closing';

-- E-mail to send: one row per notification of a user who opted in. The
-- sender task composes the message when it sends (in the recipient's
-- language) and records every attempt; it gives up after a few.
CREATE TABLE email_outbox (
    id BIGSERIAL PRIMARY KEY,
    notification_id BIGINT NOT NULL REFERENCES notifications (id),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    last_error TEXT,
    sent_at TIMESTAMP,
    gave_up_at TIMESTAMP
);
CREATE INDEX email_outbox_due ON email_outbox (sent_at, gave_up_at, next_attempt_at);

-- Per-user opt-in: "E-mail me my notifications".
ALTER TABLE users ADD COLUMN email_notifications BOOLEAN NOT NULL DEFAULT FALSE;
