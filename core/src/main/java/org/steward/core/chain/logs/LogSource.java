package org.steward.core.chain.logs;

import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;

/** Where the indexer reads logs: a JSON-RPC node in the app, a scripted chain in tests. Blocking. */
public interface LogSource {

    /** The latest block number. */
    long head();

    /**
     * The logs of {@code contracts} in blocks {@code from..to} (inclusive) whose first topic is one
     * of {@code topics}, in chain order, each with its block's timestamp.
     *
     * @throws LogRangeTooLargeException when the node refuses the range as too large or too many results
     */
    List<RawLog> logs(long from, long to, List<Address> contracts, List<Hash32> topics);
}
