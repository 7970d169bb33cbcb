package org.steward.simulation.report;

import java.math.BigInteger;
import org.steward.core.eth.Address;
import org.steward.core.format.Amounts;
import org.steward.core.format.Shown;
import org.steward.core.token.TokenInfo;

/**
 * One holder's balance of ether ({@code token} null) or of one ERC-20 before and after the run.
 * {@code name} is the address book's name for the holder, or null; {@code tokenInfo} is what the
 * token said of itself (symbol, decimals) under the rules for outside token data, null for ether.
 */
public record BalanceChange(Address address, String name, Address token, TokenInfo tokenInfo, BigInteger before, BigInteger after) {

    private static final int ETHER_DECIMALS = 18;

    public BalanceChange {
        if ((token == null) != (tokenInfo == null)) {
            throw new IllegalArgumentException("a token balance needs what the token said of itself, and ether needs none");
        }
    }

    public static BalanceChange ether(Address address, String name, BigInteger before, BigInteger after) {
        return new BalanceChange(address, name, null, null, before, after);
    }

    public BigInteger delta() {
        return after.subtract(before);
    }

    public boolean isEther() {
        return token == null;
    }

    /** "ETH", the token's symbol, or null when the token gave none Steward accepts. */
    public String symbol() {
        return isEther() ? "ETH" : tokenInfo.symbol().orElse(null);
    }

    /** {@code raw} in this balance's unit: "1,234.5 STW", exact on the side. */
    public Shown amount(BigInteger raw) {
        return isEther() ? Amounts.shown(raw, ETHER_DECIMALS, "ETH") : tokenInfo.amount(raw);
    }

    /** {@code raw} as a number in this balance's unit, without the unit: "1,234.5"; the raw integer when the decimals are unknown. */
    public String number(BigInteger raw) {
        if (isEther()) {
            return Amounts.text(raw, ETHER_DECIMALS, "");
        }
        return tokenInfo.decimals().map(d -> Amounts.text(raw, d, "")).orElse(raw.toString());
    }

    /** {@code raw} with every decimal ("0.000000000000000001 STW"), or null when the decimals are unknown. */
    public String exactAmount(BigInteger raw) {
        if (isEther()) {
            return Amounts.exactText(raw, ETHER_DECIMALS, "ETH");
        }
        return tokenInfo.decimals().map(d -> Amounts.exactText(raw, d, tokenInfo.label())).orElse(null);
    }
}
