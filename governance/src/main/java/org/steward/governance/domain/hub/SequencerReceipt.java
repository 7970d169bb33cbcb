package org.steward.governance.domain.hub;

import java.util.Objects;

/**
 * What the sequencer answers for an accepted message: its id (the EIP-712 digest), the IPFS
 * content id of the pinned envelope, and the relayer's address and receipt signature.
 */
public record SequencerReceipt(String id, String ipfs, String relayerAddress, String relayerReceipt) {

    public SequencerReceipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ipfs, "ipfs");
    }
}
