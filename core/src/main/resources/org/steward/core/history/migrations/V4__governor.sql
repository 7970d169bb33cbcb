-- On-chain Governor index (issue 4): proposals from ProposalCreated and the events that follow
-- (votes, queued, executed, canceled). Progress lives in index_checkpoints (V1), stream "governor".
CREATE TABLE governor_proposals (
    chain_id      INTEGER NOT NULL,
    governor      TEXT NOT NULL,             -- lower-case address
    proposal_id   TEXT NOT NULL,             -- decimal uint256
    proposer      TEXT NOT NULL,
    vote_start    TEXT NOT NULL,             -- decimal, in the Governor's clock (block number or timestamp)
    vote_end      TEXT NOT NULL,
    description   TEXT NOT NULL,
    actions       TEXT NOT NULL,             -- JSON array of {target, value, calldata, signature}
    block_number  INTEGER NOT NULL,
    log_index     INTEGER NOT NULL,
    block_hash    TEXT NOT NULL,
    block_time    INTEGER NOT NULL,
    tx_hash       TEXT NOT NULL,
    PRIMARY KEY (chain_id, governor, proposal_id)
);

CREATE TABLE governor_events (
    chain_id      INTEGER NOT NULL,
    governor      TEXT NOT NULL,
    block_number  INTEGER NOT NULL,
    log_index     INTEGER NOT NULL,
    proposal_id   TEXT NOT NULL,
    kind          TEXT NOT NULL,             -- VoteCast | Queued | Executed | Canceled
    fields        TEXT NOT NULL,             -- JSON object of the decoded fields
    block_hash    TEXT NOT NULL,
    block_time    INTEGER NOT NULL,
    tx_hash       TEXT NOT NULL,
    PRIMARY KEY (chain_id, governor, block_number, log_index)
);
CREATE INDEX governor_events_by_proposal ON governor_events(chain_id, governor, proposal_id);
