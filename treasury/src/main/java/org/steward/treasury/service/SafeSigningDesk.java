package org.steward.treasury.service;

import java.util.List;
import org.steward.core.sign.DevicePrompts;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.service.share.SafeQueue;

/** What the Queue tab does with one queued transaction: review it, then sign or execute on the device. Blocking. */
public interface SafeSigningDesk {

    SafeTxReview review(SafeState state, SafeTx tx, List<SafeQueue.Queued> queue);

    SafeTxSimulation simulate(SafeState state, SafeQueue.Queued queued);

    SafeQueue.Queued confirmOffChain(SafeState state, SafeQueue.Queued queued, DevicePrompts prompts);

    /** @return the approving transaction's hash */
    String approveOnChain(SafeState state, SafeQueue.Queued queued, DevicePrompts prompts);

    SafeExecutor.Execution execute(SafeState state, SafeQueue.Queued queued, DevicePrompts prompts);
}
