package org.steward.treasury.ui;

import java.math.BigInteger;
import org.steward.core.eth.Address;
import org.steward.core.format.Shown;
import org.steward.core.token.TokenInfo;

/**
 * One line of the Safe's assets table: what the token calls itself, its symbol and the balance in
 * whole tokens (exact amount on hover).
 */
public record AssetRow(Address token, String name, String symbol, Shown balance) {

    static AssetRow token(TokenInfo info, BigInteger balance) {
        return new AssetRow(info.token(), info.name().isEmpty() ? info.token().shortForm() : info.name(),
                info.label(), info.amount(balance));
    }
}
