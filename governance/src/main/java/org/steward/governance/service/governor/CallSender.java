package org.steward.governance.service.governor;

import org.steward.core.sign.DevicePrompts;

/** Signs a prepared call on the device and sends it; returns the transaction hash. Blocking. */
@FunctionalInterface
public interface CallSender {

    String send(PreparedCall call, DevicePrompts prompts);
}
