-- Steward history, schema 1. Later issues add their tables in V2__..., never by editing this file.

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE dao_profiles (
    name          TEXT PRIMARY KEY,
    chain_id      INTEGER NOT NULL,
    profile_json  TEXT NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE devices (
    id            TEXT PRIMARY KEY,          -- vendor:product:serial, stable across re-plugging
    kind          TEXT NOT NULL,             -- ledger | onekey | trezor | sim-ledger | sim-onekey
    model         TEXT,
    label         TEXT,
    first_seen_at INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL
);

CREATE TABLE accounts (
    address     TEXT NOT NULL,               -- lower-case hex
    device_id   TEXT REFERENCES devices(id),
    path        TEXT NOT NULL,               -- BIP-32 path the device derives it from
    label       TEXT,
    added_at    INTEGER NOT NULL,
    PRIMARY KEY (address, device_id, path)
);

-- Everything Steward signs, written before it leaves the machine; the receipt is added after.
CREATE TABLE signed_items (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL,              -- snapshot-vote | safe-signature | transaction | ...
    chain_id     INTEGER,
    signer       TEXT NOT NULL,              -- lower-case hex address that the signature recovers to
    digest       TEXT NOT NULL,              -- 0x hex of what was signed
    subject      TEXT,                       -- what it is about: proposal id, safeTxHash, ...
    payload      TEXT NOT NULL,              -- JSON: envelope, signature, raw transaction
    created_at   INTEGER NOT NULL,
    status       TEXT NOT NULL DEFAULT 'stored' CHECK (status IN ('stored', 'sent', 'failed')),
    sent_at      INTEGER,
    receipt      TEXT                        -- JSON: relay receipt, tx hash, error
);
CREATE INDEX signed_items_by_subject ON signed_items(subject);
CREATE INDEX signed_items_by_created ON signed_items(created_at);

-- How far each log index has read, per contract and event set, so a restart resumes.
CREATE TABLE index_checkpoints (
    chain_id    INTEGER NOT NULL,
    contract    TEXT NOT NULL,
    stream      TEXT NOT NULL,
    last_block  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (chain_id, contract, stream)
);
