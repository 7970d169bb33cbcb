package org.steward.registry.domain;

import java.math.BigInteger;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;

/**
 * A model as the registry stores it ({@code models(id)}), with {@code status} taken from
 * {@code statusOf(id)}: a Pending model past its application period reads Active.
 */
public record ModelRecord(
        long id,
        Address provider,
        ModelStatus status,
        long listedAt,
        long unbondingReleaseAt,
        BigInteger stake,
        BigInteger unbonding,
        BigInteger endorsed,
        BigInteger openChallenge,
        Hash32 weightsHash,
        String name,
        String version,
        String metadataURI) {
}
