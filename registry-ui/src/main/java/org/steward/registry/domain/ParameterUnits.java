package org.steward.registry.domain;

import java.math.BigInteger;
import java.util.Map;
import org.steward.core.format.Durations;
import org.steward.core.format.Shares;
import org.steward.core.format.Shown;
import org.steward.core.token.TokenInfo;

/**
 * The unit of each governed parameter, from its definition in ModelRegistry.sol: amounts of the
 * registry's token, shares in basis points, periods in seconds, and the two recipient addresses.
 * A parameter is shown in its unit ("1,000 STW", "7 days", "25 %") with the stored integer as its exact form.
 */
public final class ParameterUnits {

    public enum Unit { TOKEN, BASIS_POINTS, SECONDS, ADDRESS }

    private static final Map<String, Unit> UNITS = Map.of(
            "minStake", Unit.TOKEN,
            "registrationFee", Unit.TOKEN,
            "challengeBond", Unit.TOKEN,
            "maxSlashBps", Unit.BASIS_POINTS,
            "challengerRewardBps", Unit.BASIS_POINTS,
            "unbondingPeriod", Unit.SECONDS,
            "applicationPeriod", Unit.SECONDS,
            "challengeTimeout", Unit.SECONDS,
            "treasury", Unit.ADDRESS,
            "slashRecipient", Unit.ADDRESS);

    private static final Map<String, String> NAMES = Map.of(
            "minStake", "Minimum stake",
            "registrationFee", "Registration fee",
            "challengeBond", "Challenge bond",
            "maxSlashBps", "Largest slash",
            "challengerRewardBps", "Challenger's reward",
            "unbondingPeriod", "Unbonding period",
            "applicationPeriod", "Application period",
            "challengeTimeout", "Challenge timeout",
            "treasury", "Treasury",
            "slashRecipient", "Slash recipient");

    private ParameterUnits() {
    }

    /** @throws IllegalArgumentException for a name that is not one of {@link RegistryParams#NAMES} */
    public static Unit unit(String name) {
        Unit u = UNITS.get(name);
        if (u == null) {
            throw new IllegalArgumentException("no registry parameter " + name);
        }
        return u;
    }

    /** "Minimum stake"; the contract's name stays beside it where a proposal needs it. */
    public static String title(String name) {
        return NAMES.getOrDefault(name, name);
    }

    /** The value in its unit, the stored integer as the exact form. */
    public static Shown shown(String name, BigInteger value, TokenInfo token) {
        String stored = name + " = " + value;
        return switch (unit(name)) {
            case TOKEN -> new Shown(token.amount(value).text(), stored + " (" + token.amount(value).exact() + ")");
            case BASIS_POINTS -> new Shown(value.bitLength() < 63 ? Shares.bps(value.longValueExact()) : value + " bps", stored + " basis points");
            case SECONDS -> new Shown(value.bitLength() < 63 ? Durations.words(value.longValueExact()) : value + " s", stored + " seconds");
            case ADDRESS -> new Shown(RegistryGovernance.display(name, value), stored);
        };
    }

    /** "Minimum stake (minStake): 1,000 STW", a line of the parameters list. */
    public static Shown line(String name, BigInteger value, TokenInfo token) {
        Shown v = shown(name, value, token);
        return new Shown(title(name) + " (" + name + "): " + v.text(), v.exact());
    }
}
