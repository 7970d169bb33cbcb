package org.steward.registry.domain;

import java.math.BigInteger;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.steward.core.eth.Address;

/**
 * What a model's events add up to (see {@link RegistryLedger}): tokens it holds, who backs it, what
 * happened to it. Times are unix seconds of the blocks.
 *
 * @param endorsementsHeld endorsed tokens still in the registry, exiting ones included (they stay slashable)
 * @param atRiskWhenSlashed stake + unbonding + endorsements held just before each slash, summed
 * @param challengeDeadlines deadline of every challenge opened against the model, by challenge id
 */
public record ModelActivity(
        BigInteger modelId,
        Address provider,
        long registeredAt,
        OptionalLong removedAt,
        BigInteger stake,
        BigInteger unbonding,
        BigInteger endorsementsHeld,
        Set<Address> curators,
        int slashes,
        BigInteger slashed,
        BigInteger atRiskWhenSlashed,
        BigInteger rewards,
        int validations,
        int passingValidations,
        int validationsInWindow,
        int passingInWindow,
        OptionalLong lastValidationAt,
        Map<BigInteger, Long> challengeDeadlines) {

    public ModelActivity {
        curators = Set.copyOf(curators);
        challengeDeadlines = Map.copyOf(challengeDeadlines);
    }

    /** Seconds listed up to {@code now}: until removal for a removed model. */
    public long secondsListed(long now) {
        return Math.max(0, removedAt.orElse(now) - registeredAt);
    }
}
