package org.steward.registry.ui;

import java.math.BigInteger;
import org.steward.core.eth.TokenFormat;

/** Token amounts (18 decimals) as people read them in a table: grouped, at most two decimals. */
final class TokenAmounts {

    private TokenAmounts() {
    }

    static String format(BigInteger wei) {
        return TokenFormat.format(wei, 18);
    }
}
