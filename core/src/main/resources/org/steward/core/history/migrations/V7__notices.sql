-- Notifications the person has opened or dismissed, so a poll does not raise them again.
CREATE TABLE notices_seen (
    key      TEXT PRIMARY KEY,               -- what the notice is about and why, e.g. snapshot:ending:<proposal id>
    seen_at  INTEGER NOT NULL
);
