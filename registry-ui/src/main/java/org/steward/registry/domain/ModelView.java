package org.steward.registry.domain;

import java.math.BigInteger;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;

/**
 * One row of the registry table (metagraph-like): the model's stored state plus what its events
 * add up to. Times are unix seconds; token amounts are wei.
 *
 * @param openChallenge the open challenge's id, 0 when none
 * @param challengeDeadline when the open challenge may be cancelled if governance has not decided it
 * @param verifiability {@link Verifiability#DEFINITION}; empty without validations in the window
 * @param alignmentYield rewards paid per passing validation (wei); empty before any passing validation
 */
public record ModelView(
        long id,
        String name,
        String version,
        Address provider,
        ModelStatus status,
        BigInteger stake,
        BigInteger unbonding,
        BigInteger endorsedTokens,
        int curators,
        Hash32 weightsHash,
        String metadataURI,
        BigInteger openChallenge,
        OptionalLong challengeDeadline,
        long listedAt,
        long ageSeconds,
        int slashes,
        BigInteger slashed,
        BigInteger rewards,
        OptionalLong lastValidationAt,
        OptionalDouble verifiability,
        OptionalDouble alignmentYield) {

    public boolean hasOpenChallenge() {
        return openChallenge.signum() != 0;
    }
}
