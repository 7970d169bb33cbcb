package org.steward.treasury.service.share;

import java.util.List;
import org.steward.treasury.domain.share.SignedSafeTxFile;

/**
 * A Transaction Service's pending queue after Steward checked it: the transactions whose every
 * hash and signature it recomputed, and the items it refused with the reason, so one bad item
 * never hides the good ones.
 */
public record ServiceQueue(List<SignedSafeTxFile> verified, List<Refused> refused) {

    /** An item Steward would not take: what the service called it, and why. */
    public record Refused(String safeTxHash, String nonce, String reason) {
    }

    public ServiceQueue {
        verified = List.copyOf(verified);
        refused = List.copyOf(refused);
    }
}
