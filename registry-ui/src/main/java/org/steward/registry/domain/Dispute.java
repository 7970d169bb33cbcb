package org.steward.registry.domain;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;
import org.steward.core.eth.Address;

/**
 * A challenge and the Governor proposal that resolves it, if one exists. A challenge that
 * governance does not decide before its deadline can be cancelled by anyone, so a resolving
 * proposal whose timelock ETA falls after the deadline is flagged.
 *
 * @param proposalState the resolving proposal's state label, when a proposal exists
 * @param proposalEta its timelock ETA (unix seconds) once queued
 */
public record Dispute(BigInteger challengeId, BigInteger modelId, Address challenger, BigInteger bond, long openedAt, long deadline,
                      String outcome, Optional<BigInteger> proposalId, Optional<String> proposalTitle, Optional<String> proposalState,
                      OptionalLong proposalEta, Optional<String> warning) {

    public boolean open() {
        return outcome.equals("open");
    }
}
