-- Model registry index (issue 6): decoded events and the last read of every model, so reopening
-- Steward shows the registry without re-indexing. Progress lives in index_checkpoints (V1).

-- One row per decoded log of a registry's stream (the registry, its token, its Governor).
CREATE TABLE registry_events (
    chain_id     INTEGER NOT NULL,
    registry     TEXT NOT NULL,              -- lower-case address of the registry the stream belongs to
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    contract     TEXT NOT NULL,              -- lower-case address that emitted the log
    block_hash   TEXT NOT NULL,
    block_time   INTEGER NOT NULL,           -- unix seconds of the block
    tx_hash      TEXT NOT NULL,
    kind         TEXT NOT NULL,              -- event name: ModelRegistered, Slashed, Transfer, VoteCast, ...
    model_id     TEXT,                       -- decimal model id when the event is about one model
    fields       TEXT NOT NULL,              -- JSON array of the decoded fields (ids, addresses, amounts, URIs)
    PRIMARY KEY (chain_id, registry, block_number, log_index)
);
CREATE INDEX registry_events_by_model ON registry_events(chain_id, registry, model_id);

-- The registry table as of the last refresh: each model as read from the chain (models(id) +
-- statusOf(id)) with what its events add up to, so reopening shows rows before any event is loaded.
CREATE TABLE registry_models (
    chain_id              INTEGER NOT NULL,
    registry              TEXT NOT NULL,
    model_id              INTEGER NOT NULL,
    provider              TEXT NOT NULL,
    status                TEXT NOT NULL,     -- statusOf(id): PENDING | ACTIVE | CHALLENGED | EXITING | REMOVED
    listed_at             INTEGER NOT NULL,
    stake                 TEXT NOT NULL,     -- decimal wei
    unbonding             TEXT NOT NULL,
    endorsed              TEXT NOT NULL,
    curators              INTEGER NOT NULL,
    open_challenge        TEXT NOT NULL,     -- challenge id, 0 when none
    challenge_deadline    INTEGER,
    weights_hash          TEXT NOT NULL,
    name                  TEXT NOT NULL,
    version               TEXT NOT NULL,
    metadata_uri          TEXT NOT NULL,
    slashes               INTEGER NOT NULL,
    slashed               TEXT NOT NULL,
    rewards               TEXT NOT NULL,
    last_validation_at    INTEGER,
    verifiability         REAL,              -- 30-day pass ratio at read_time
    alignment_yield       REAL,              -- rewards (wei) per passing validation
    read_block            INTEGER NOT NULL,
    read_time             INTEGER NOT NULL,  -- unix seconds of read_block
    PRIMARY KEY (chain_id, registry, model_id)
);
