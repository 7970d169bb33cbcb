package org.steward.treasury.service;

import java.util.List;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.service.share.SafeQueue;

/** The Safe and its local queue, as every treasury tab reads them. Blocking: background tasks only. */
public interface SafeQueueDesk {

    /** The Safe with its balances, owners, threshold and nonce. */
    SafeState state();

    /** The transactions waiting for signatures, from the Safe's nonce on. */
    List<SafeQueue.Queued> queue(SafeState state);

    SafeQueue.Queued enqueue(SafeState state, SafeTx tx, String origin);
}
