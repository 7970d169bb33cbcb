package org.steward.core.chain.logs;

import java.util.Objects;

/**
 * A log the node sent that claims to be one of the contract's events but does not fit it: kept as a
 * bad item of its list, by its place (block, log index, transaction) and the reason, so one such log
 * hides nothing else.
 */
public record UnreadableLog(EventMeta meta, String reason) {

    public UnreadableLog {
        Objects.requireNonNull(meta, "meta");
        reason = reason == null ? "" : reason;
    }

    /**
     * A kept log that today's decoder reads: it stays a bad item of its index, which keeps what it stored,
     * until a re-read of its block replaces it.
     */
    public static UnreadableLog readableNow(EventMeta meta) {
        return new UnreadableLog(meta, "an earlier Steward could not decode it when it was indexed; this version can, but the index keeps it as it was");
    }

    /** One line for a list: where the log is and why it was not read. */
    public String sentence() {
        return "Unreadable log at block " + meta.block() + ", log index " + meta.logIndex() + " (transaction " + meta.txHash().hex() + "): "
                + reason;
    }
}
