package org.steward.core.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.steward.core.eth.Wei;

/**
 * Amounts of a token or of ether as people read them: thousands grouped, at most four decimals
 * (cut, never rounded up, so a balance is never shown larger than it is), the unit after the
 * number. An amount too small for four decimals reads "&lt; 0.0001 STW" rather than "0 STW". The
 * exact amount, every decimal and the integer the chain holds, goes with it.
 */
public final class Amounts {

    /** Decimals shown; more would not fit a table cell and the exact value is one hover away. */
    static final int SHOWN_DECIMALS = 4;
    private static final int ETHER_DECIMALS = 18;
    private static final BigDecimal SMALLEST_SHOWN = BigDecimal.ONE.movePointLeft(SHOWN_DECIMALS);

    private Amounts() {
    }

    /** "1,234.5 STW"; {@code symbol} may be empty for a bare number. */
    public static String text(BigInteger raw, int decimals, String symbol) {
        BigDecimal exact = new BigDecimal(raw, decimals);
        String unit = symbol == null || symbol.isEmpty() ? "" : " " + symbol;
        if (exact.signum() != 0 && exact.abs().compareTo(SMALLEST_SHOWN) < 0) {
            return (exact.signum() < 0 ? "> -" : "< ") + SMALLEST_SHOWN.toPlainString() + unit;
        }
        BigDecimal cut = exact.setScale(Math.min(SHOWN_DECIMALS, Math.max(decimals, 0)), RoundingMode.DOWN);
        return grouped().format(cut) + unit;
    }

    /** Every decimal, grouped: "5,000,000.000000000000000001 STW". */
    public static String exactText(BigInteger raw, int decimals, String symbol) {
        BigDecimal exact = new BigDecimal(raw, decimals).stripTrailingZeros();
        if (exact.scale() < 0) {
            exact = exact.setScale(0);
        }
        DecimalFormat f = grouped();
        f.setMaximumFractionDigits(Math.max(decimals, 0));
        return f.format(exact) + (symbol == null || symbol.isEmpty() ? "" : " " + symbol);
    }

    /** The amount with its exact form: every decimal, and the integer as the chain stores it. */
    public static Shown shown(BigInteger raw, int decimals, String symbol) {
        return new Shown(text(raw, decimals, symbol), exactText(raw, decimals, symbol) + " (" + raw + " with " + decimals + " decimals)");
    }

    /** "0.5 ETH", grouped. */
    public static String ether(Wei wei) {
        return text(wei.value(), ETHER_DECIMALS, "ETH");
    }

    /** "0.5 ETH", with "500000000000000000 wei" as its exact form. */
    public static Shown etherShown(Wei wei) {
        return new Shown(ether(wei), exactText(wei.value(), ETHER_DECIMALS, "ETH") + " (" + wei.value() + " wei)");
    }

    private static DecimalFormat grouped() {
        DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.DOWN);
        return f;
    }
}
