package org.steward.core.chain.logs;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Stored history that a re-read of the last blocks changed: the chain reorganised that deep, or
 * the node lies. Reported, never applied in silence.
 *
 * @param firstChangedBlock the lowest block whose stored logs differ from what the node now says
 * @param depth blocks from that one up to the last block that was stored before the re-read
 * @param storedRowsReplaced stored rows that the node no longer confirms
 */
public record Reorg(long firstChangedBlock, long depth, int storedRowsReplaced) {

    /**
     * What identifies one stored log: a log moved to another block or block hash is another log.
     * A store that keeps no block hash puts in {@code blockHash} what it keeps that changes with the
     * log (the Safe history: the transaction and Safe transaction hashes).
     */
    public record Key(long block, int logIndex, String blockHash) {
    }

    /** The lowest block where {@code stored} and {@code fresh} differ, if any. */
    public static OptionalLong firstDifference(List<Key> stored, List<Key> fresh) {
        Set<Key> a = new HashSet<>(stored);
        Set<Key> b = new HashSet<>(fresh);
        long lowest = Long.MAX_VALUE;
        for (Key k : stored) {
            if (!b.contains(k)) {
                lowest = Math.min(lowest, k.block());
            }
        }
        for (Key k : fresh) {
            if (!a.contains(k)) {
                lowest = Math.min(lowest, k.block());
            }
        }
        return lowest == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(lowest);
    }

    /** Stored rows absent from {@code fresh}. */
    public static int dropped(List<Key> stored, List<Key> fresh) {
        Set<Key> b = new HashSet<>(fresh);
        return (int) stored.stream().filter(k -> !b.contains(k)).count();
    }

    /** The one-line notice above a list that was read again over the changed blocks. */
    public String notice() {
        return "The chain reorganised " + depth + (depth == 1 ? " block" : " blocks") + " deep at block " + firstChangedBlock
                + "; the list was re-read.";
    }

    /** One sentence for the person: what changed and how deep. */
    public String sentence(String what) {
        return "The node's history of the " + what + " changed " + depth + (depth == 1 ? " block" : " blocks") + " deep (from block "
                + firstChangedBlock + "): " + storedRowsReplaced + " stored " + (storedRowsReplaced == 1 ? "event was" : "events were")
                + " replaced; a reorganisation this deep is rare, so if it repeats, check the RPC.";
    }
}
