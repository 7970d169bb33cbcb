package org.steward.registry.service;

import org.steward.core.chain.logs.LogRangeTooLargeException;
import org.steward.core.chain.logs.LogSource;
import static org.steward.registry.domain.TestLogs.log;
import static org.steward.registry.domain.TestLogs.meta;
import static org.steward.registry.domain.TestLogs.word;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.chain.logs.RawLog;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * A chain in memory for the indexer: one StakeAdded log per block by default, a node-style limit on
 * the block range of one request, and a record of the ranges asked for.
 */
final class ScriptedChain implements LogSource {

    static final Address STAKER = Address.parse("0x90f79bf6eb2c4f870365e785982e1f101e93b906");

    private final TreeMap<Long, List<RawLog>> blocks = new TreeMap<>();
    final List<long[]> requests = new ArrayList<>();
    long head;
    long maxRange = Long.MAX_VALUE;

    /** Blocks {@code from..to}, each with one StakeAdded of {@code amount} wei to model 1. */
    ScriptedChain mine(long from, long to, long amount) {
        for (long b = from; b <= to; b++) {
            blocks.put(b, List.of(stake(b, amount)));
        }
        head = Math.max(head, to);
        return this;
    }

    /** Block {@code block}'s StakeAdded sent cut short, as a lying or broken node might: the topics over 5 bytes of data. */
    ScriptedChain breakLog(long block) {
        RawLog good = blocks.get(block).get(0);
        blocks.put(block, List.of(new RawLog(good.meta(), good.topics(), new byte[5])));
        return this;
    }

    static RawLog stake(long block, long amount) {
        return log(meta(block, 0, 1_700_000_000L + 12 * block), "StakeAdded(uint256,address,uint256)",
                List.of(word(1), word(STAKER)), new Uint256(BigInteger.valueOf(amount)));
    }

    @Override
    public long head() {
        return head;
    }

    @Override
    public List<RawLog> logs(long from, long to, List<Address> contracts, List<Hash32> topics) {
        requests.add(new long[] {from, to});
        if (to - from + 1 > maxRange) {
            throw new LogRangeTooLargeException("query returned more than 10000 results");
        }
        List<RawLog> out = new ArrayList<>();
        blocks.subMap(from, true, to, true).values().forEach(out::addAll);
        return out;
    }
}
