package org.steward.core.chain;

import org.steward.core.sign.DevicePrompts;

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
}
