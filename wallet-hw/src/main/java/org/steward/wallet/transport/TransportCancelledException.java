package org.steward.wallet.transport;

import org.steward.core.UserFacingException;

/** The person cancelled the wait in Steward; the device may still show the request until it times out or is answered. */
public final class TransportCancelledException extends UserFacingException {

    public TransportCancelledException() {
        super("Cancelled in Steward; if the device still shows the request, reject it there.");
    }
}
