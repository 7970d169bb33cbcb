package org.steward.core.chain.logs;

import java.util.List;
import java.util.Optional;

/**
 * What a list read from logs says beside its items: that the node's re-read changed stored history
 * (a reorganisation, with its depth), and the logs that could not be read, each a bad item by its
 * place, so the rest of the list still shows.
 */
public record LogListNotice(Optional<Reorg> reorg, List<UnreadableLog> unreadable) {

    /** How many unreadable logs are named one by one; the rest are counted. */
    static final int NAMED = 5;

    public static final LogListNotice NONE = new LogListNotice(Optional.empty(), List.of());

    public LogListNotice {
        reorg = reorg == null ? Optional.empty() : reorg;
        unreadable = List.copyOf(unreadable);
    }

    public boolean isEmpty() {
        return reorg.isEmpty() && unreadable.isEmpty();
    }

    /** The reorganisation's one line, then one line per unreadable log; empty when there is nothing to say. */
    public String text() {
        StringBuilder out = new StringBuilder();
        reorg.ifPresent(r -> out.append(r.notice()));
        for (int i = 0; i < unreadable.size() && i < NAMED; i++) {
            out.append(out.length() == 0 ? "" : "\n").append(unreadable.get(i).sentence());
        }
        if (unreadable.size() > NAMED) {
            out.append("\n").append(unreadable.size() - NAMED).append(" more unreadable logs.");
        }
        return out.toString();
    }
}
