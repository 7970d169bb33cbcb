package org.steward.core.chain.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * One catch-up's comparison of what it reads again (the blocks under the confirmation depth) with
 * what was stored for them, so that every index (registry, Governor, Safe history, raw logs) reports
 * a changed history the same way instead of replacing it in silence. Made before the read, told of
 * every row the read stores, asked after it.
 */
public final class ReorgWatch {

    private final OptionalLong storedUpTo;
    private final List<Reorg.Key> stored;
    private final List<Reorg.Key> fresh = new ArrayList<>();

    private ReorgWatch(OptionalLong storedUpTo, List<Reorg.Key> stored) {
        this.storedUpTo = storedUpTo;
        this.stored = stored;
    }

    /**
     * Takes note of what is stored in the blocks the next catch-up will read again.
     *
     * @param storedFrom the keys of the rows stored from a block on, as the store has them
     */
    public static ReorgWatch before(OptionalLong storedUpTo, long fromBlock, long confirmationDepth, LongFunction<List<Reorg.Key>> storedFrom) {
        if (storedUpTo.isEmpty()) {
            return new ReorgWatch(storedUpTo, List.of());
        }
        long reread = Math.max(fromBlock, storedUpTo.getAsLong() + 1 - confirmationDepth);
        return new ReorgWatch(storedUpTo, List.copyOf(storedFrom.apply(reread)));
    }

    /** A row the catch-up stored. */
    public void stored(Reorg.Key key) {
        fresh.add(key);
    }

    /** A row the catch-up stored, known by its log's place and block hash. */
    public void stored(EventMeta meta) {
        stored(new Reorg.Key(meta.block(), meta.logIndex(), meta.blockHash().hex()));
    }

    /**
     * What changed, if anything.
     *
     * @param read what the pager read
     * @param cancelled whether the run stopped early: then only the blocks it read are compared
     */
    public Optional<Reorg> after(LogPager.Result read, boolean cancelled) {
        if (storedUpTo.isEmpty()) {
            return Optional.empty();
        }
        List<Reorg.Key> comparable = read.toBlock() < read.fromBlock() ? List.of()
                : stored.stream().filter(k -> !cancelled || k.block() <= read.toBlock()).toList();
        // Blocks past the old checkpoint were never stored: new rows there are news, not a change.
        List<Reorg.Key> rereadFresh = fresh.stream().filter(k -> k.block() <= storedUpTo.getAsLong()).toList();
        OptionalLong first = Reorg.firstDifference(comparable, rereadFresh);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        long lastStored = Math.max(storedUpTo.getAsLong(), first.getAsLong());
        return Optional.of(new Reorg(first.getAsLong(), lastStored - first.getAsLong() + 1, Reorg.dropped(comparable, rereadFresh)));
    }
}
