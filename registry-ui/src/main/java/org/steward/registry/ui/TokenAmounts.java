package org.steward.registry.ui;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Token amounts (18 decimals) as people read them in a table: grouped, at most two decimals. */
final class TokenAmounts {

    private TokenAmounts() {
    }

    static String format(BigInteger wei) {
        BigDecimal tokens = new BigDecimal(wei, 18).setScale(2, RoundingMode.DOWN);
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(tokens);
    }
}
