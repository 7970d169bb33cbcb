package org.steward.registry.domain;

import java.math.BigInteger;
import org.steward.core.eth.Address;

/** A challenge as the registry stores it ({@code challenges(cid)}). */
public record ChallengeRecord(
        long id,
        long modelId,
        Address challenger,
        State state,
        ModelStatus priorStatus,
        long openedAt,
        long deadline,
        BigInteger bond,
        BigInteger slashed) {

    /** ModelRegistry.ChallengeState in declaration order. */
    public enum State { NONE, OPEN, UPHELD, REJECTED, CANCELLED }
}
