-- Address book (issue 7): labels used wherever an address is shown; the same columns as the
-- Safe{Wallet} CSV export (address, name, chainId).
CREATE TABLE address_book (
    chain_id    INTEGER NOT NULL,
    address     TEXT NOT NULL,               -- lower-case hex
    name        TEXT NOT NULL,
    added_at    INTEGER NOT NULL,
    PRIMARY KEY (chain_id, address)
);
