package org.steward.treasury.ui;

import org.steward.treasury.service.share.SafeQueue;

/** One queued transaction in the nonce queue, with the texts its columns show. */
public record QueueRow(SafeQueue.Queued queued, int threshold, int sameNonce) {

    public String nonce() {
        return queued.file().tx().nonce().toString();
    }

    public String hash() {
        String h = queued.safeTxHash().hex();
        return h.substring(0, 10) + "…" + h.substring(h.length() - 8);
    }

    public String confirmations() {
        return queued.file().signatures().size() + " of " + threshold;
    }

    public String origin() {
        return queued.origin();
    }

    /** Two transactions with one nonce: only one can ever execute. */
    public String conflict() {
        return sameNonce > 1 ? "conflict: " + sameNonce + " share this nonce, executing one replaces the others" : "";
    }
}
