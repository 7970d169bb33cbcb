-- Safe history index (issue 5): one row per executed Safe transaction, read from the Safe's
-- ExecutionSuccess / ExecutionFailure logs (and SafeMultiSigTransaction on L2 singletons).
-- Progress lives in index_checkpoints (V1).
CREATE TABLE safe_executions (
    chain_id      INTEGER NOT NULL,
    safe          TEXT NOT NULL,             -- lower-case address
    safe_tx_hash  TEXT NOT NULL,
    block_number  INTEGER NOT NULL,
    log_index     INTEGER NOT NULL,
    block_time    INTEGER,                   -- unix seconds, when known
    tx_hash       TEXT NOT NULL,
    success       INTEGER NOT NULL,          -- 1 ExecutionSuccess, 0 ExecutionFailure
    payment       TEXT NOT NULL,             -- decimal wei paid to the refund receiver
    details       TEXT,                      -- JSON of the decoded SafeTx when the log carries it (L2)
    PRIMARY KEY (chain_id, safe, block_number, log_index)
);
CREATE INDEX safe_executions_by_hash ON safe_executions(chain_id, safe, safe_tx_hash);
