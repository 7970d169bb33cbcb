-- Undecoded logs of low-volume contracts (the timelock), kept so a poll reads only new blocks.
-- The checkpoint of each stream is in index_checkpoints, written in the same transaction.
CREATE TABLE raw_logs (
    chain_id      INTEGER NOT NULL,
    contract      TEXT NOT NULL,             -- lower-case hex
    stream        TEXT NOT NULL,
    block_number  INTEGER NOT NULL,
    log_index     INTEGER NOT NULL,
    block_hash    TEXT NOT NULL,
    block_time    INTEGER NOT NULL,
    tx_hash       TEXT NOT NULL,
    topics        TEXT NOT NULL,             -- 0x hex topics joined by commas
    data          TEXT NOT NULL,             -- 0x hex
    PRIMARY KEY (chain_id, contract, stream, block_number, log_index)
);
