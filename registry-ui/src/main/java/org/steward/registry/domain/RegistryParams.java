package org.steward.registry.domain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Hash32;
import org.web3j.crypto.Hash;

/** The registry's governed parameters ({@code params(keccak256(name))}), by name, plus the pause flag. */
public record RegistryParams(Map<String, BigInteger> values, boolean paused) {

    /** In the order the contract's constructor sets them. */
    public static final List<String> NAMES = List.of("minStake", "registrationFee", "challengeBond", "maxSlashBps",
            "challengerRewardBps", "unbondingPeriod", "applicationPeriod", "challengeTimeout", "treasury", "slashRecipient");

    public RegistryParams {
        values = Map.copyOf(values);
    }

    /** The storage key of a parameter: keccak-256 of its name, as the contract's constants. */
    public static Hash32 key(String name) {
        return Hash32.of(Hash.sha3(name.getBytes(StandardCharsets.US_ASCII)));
    }
}
