package org.steward.core.eth;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Token amounts as people read them: grouped thousands, at most two decimals, never rounded up.
 *
 * @deprecated it takes the caller's decimals and symbol on trust and drops the exact value: use
 *     {@code TokenInfo.amount} (the token's own symbol and decimals, checked) or {@code Amounts}
 *     in {@code core.format}, which give a {@code Shown} with the exact value. Registry's
 *     {@code ModelHistory} is the last user; remove this class with it.
 */
@Deprecated(forRemoval = true)
public final class TokenFormat {

    private TokenFormat() {
    }

    public static String format(BigInteger raw, int decimals) {
        BigDecimal tokens = new BigDecimal(raw, decimals).setScale(2, RoundingMode.DOWN);
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(tokens);
    }

    public static String format(BigInteger raw, int decimals, String symbol) {
        return format(raw, decimals) + " " + symbol;
    }
}
