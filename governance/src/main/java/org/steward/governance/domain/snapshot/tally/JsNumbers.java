package org.steward.governance.domain.snapshot.tally;

import java.util.regex.Pattern;

/**
 * How JavaScript turns choice values and object keys into option numbers, so that a vote is valid
 * here exactly when snapshot.js's {@code proposalChoices[x - 1] !== undefined} holds for it.
 */
final class JsNumbers {

    private static final Pattern CANONICAL_INDEX = Pattern.compile("0|[1-9][0-9]{0,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final long MAX_ARRAY_INDEX = 0xFFFF_FFFEL;

    private JsNumbers() {
    }

    /** The option a number names, or {@link VoteSet#NOT_AN_OPTION} for 0, negatives and fractions. */
    static int option(double value) {
        return value >= 1 && value <= Integer.MAX_VALUE && value == Math.rint(value) ? (int) value : VoteSet.NOT_AN_OPTION;
    }

    /** The key as an array index (JavaScript orders those first, ascending), or -1. */
    static long arrayIndex(String key) {
        if (!CANONICAL_INDEX.matcher(key).matches()) {
            return -1;
        }
        long index = Long.parseLong(key);
        return index <= MAX_ARRAY_INDEX ? index : -1;
    }

    /**
     * The option an object key names: positive when {@code choice[n]} finds it, negated when only
     * {@code Number(key)} reaches the option (a spelling like "01"), else NOT_AN_OPTION.
     */
    static int keyOption(String key) {
        int option = option(number(key));
        if (option == VoteSet.NOT_AN_OPTION) {
            return option;
        }
        return key.equals(Integer.toString(option)) ? option : -option;
    }

    /** JavaScript's {@code Number(string)} for the spellings a key can plausibly have. */
    static double number(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return 0;
        }
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        try {
            if (lower.startsWith("0x")) {
                return Long.parseLong(s.substring(2), 16);
            }
            if (lower.startsWith("0o")) {
                return Long.parseLong(s.substring(2), 8);
            }
            if (lower.startsWith("0b")) {
                return Long.parseLong(s.substring(2), 2);
            }
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return switch (s) {
            case "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.NaN;
        };
    }
}
