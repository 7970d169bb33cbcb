package org.steward.simulation.fork;

import org.steward.core.chain.ChainException;

/** A JSON-RPC error answer or an unreachable node; {@link #data()} is the revert data when a call reverted. */
public final class RpcException extends ChainException {

    private final int code;
    private final String data;

    public RpcException(int code, String message, String data) {
        super(message);
        this.code = code;
        this.data = data;
    }

    public int code() {
        return code;
    }

    /** The error's data field (revert data for a reverted call), or null. */
    public String data() {
        return data;
    }
}
