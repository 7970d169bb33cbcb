package org.steward.core.chain.logs;

import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;

/** Where a log came from: emitting contract, block (number, hash, timestamp), position and transaction. */
public record EventMeta(Address contract, long block, Hash32 blockHash, long blockTime, int logIndex, Hash32 txHash) {
}
