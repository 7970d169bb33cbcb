package org.steward.core.chain;

import java.util.Optional;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.TransactionRequest;

/** Signs a prepared call on the device and sends it; returns the transaction hash. Blocking. */
@FunctionalInterface
public interface CallSender {

    String send(PreparedCall call, DevicePrompts prompts);

    /**
     * What the call would do, simulated on a private fork before the device is asked, as a report
     * for a person; empty when this sender cannot simulate. Blocking.
     */
    default String simulate(PreparedCall call) {
        return "";
    }

    /**
     * The transaction the device will be asked to sign for this call (nonce, fees and gas as the
     * node gives them now), so a review can show its screens before the device is asked; empty when
     * this sender builds it only at signing. Blocking.
     */
    default Optional<TransactionRequest> draft(PreparedCall call) {
        return Optional.empty();
    }

    /** Signs exactly {@code drafted}, the transaction the review showed; a sender without drafts builds its own. */
    default String send(PreparedCall call, TransactionRequest drafted, DevicePrompts prompts) {
        return send(call, prompts);
    }
}
