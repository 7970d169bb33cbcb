-- What each ERC-20 token says of itself (name, symbol, decimals), read once per chain and token.
-- Kept as the rules of TokenInfo left it: a refused symbol or decimals is NULL.
CREATE TABLE token_info (
    chain_id   INTEGER NOT NULL,
    token      TEXT NOT NULL,             -- lower-case hex
    name       TEXT NOT NULL,
    symbol     TEXT,
    decimals   INTEGER,
    read_at    INTEGER NOT NULL,          -- unix ms
    PRIMARY KEY (chain_id, token)
);
