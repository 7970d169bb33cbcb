-- Safe transactions waiting for signatures (issue 5): what Steward built, imported or fetched from
-- the Transaction Service, with the confirmations gathered so far, so the nonce queue survives a
-- restart and a signed-transaction file can be merged into it.
CREATE TABLE safe_queue (
    chain_id      INTEGER NOT NULL,
    safe          TEXT NOT NULL,             -- lower-case address
    safe_tx_hash  TEXT NOT NULL,             -- recomputed locally, never taken from a file or service
    nonce         INTEGER NOT NULL,
    safe_tx       TEXT NOT NULL,             -- JSON of every SafeTx field
    origin        TEXT NOT NULL,             -- built | file | service | transaction-builder
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (chain_id, safe, safe_tx_hash)
);
CREATE INDEX safe_queue_by_nonce ON safe_queue(chain_id, safe, nonce);

CREATE TABLE safe_confirmations (
    chain_id      INTEGER NOT NULL,
    safe          TEXT NOT NULL,
    safe_tx_hash  TEXT NOT NULL,
    owner         TEXT NOT NULL,             -- lower-case address the signature recovers to
    signature     TEXT NOT NULL,             -- 0x hex, 65 bytes (v 27/28 EIP-712, 31/32 eth_sign, 1 approved hash)
    source        TEXT NOT NULL,             -- device | file | service | approveHash
    added_at      INTEGER NOT NULL,
    PRIMARY KEY (chain_id, safe, safe_tx_hash, owner)
);
