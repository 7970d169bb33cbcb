package org.steward.devnet.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.steward.governance.domain.snapshot.VotingType;

/**
 * snapshot.js's {@code isValidChoice} per voting type, which the sequencer applies before storing
 * a vote: an option exists when {@code choices[n - 1]} does, so n must be a whole number in range.
 * The rules are those of snapshot.js 0.14.20, the version snapshot-sequencer 5cb3d25 runs: there
 * a copeland ranking may leave options out (one to all of them, none twice), while ranked-choice
 * must rank every option.
 */
final class ChoiceValidity {

    /** What JavaScript's Number() reads as a finite decimal; anything else is NaN, no option. */
    private static final Pattern JS_DECIMAL = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    private ChoiceValidity() {
    }

    static boolean isValid(VotingType type, JsonNode choice, int options) {
        return switch (type) {
            case SINGLE_CHOICE, BASIC -> isOption(choice, options);
            case APPROVAL -> choice.isArray() && distinctOptions(choice, options);
            case RANKED_CHOICE -> choice.isArray() && choice.size() == options && choice.size() > 0 && distinctOptions(choice, options);
            case COPELAND -> choice.isArray() && choice.size() > 0 && choice.size() <= options && distinctOptions(choice, options);
            case WEIGHTED, QUADRATIC -> weights(choice, options);
        };
    }

    private static boolean distinctOptions(JsonNode list, int options) {
        Set<Double> seen = new HashSet<>();
        for (JsonNode item : list) {
            if (!isOption(item, options) || !seen.add(item.asDouble())) {
                return false;
            }
        }
        return true;
    }

    private static boolean weights(JsonNode choice, int options) {
        if (!choice.isObject() || choice.isEmpty()) {
            return false;
        }
        boolean positive = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = choice.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey().strip();
            if (!JS_DECIMAL.matcher(key).matches()) {
                return false;
            }
            JsonNode weight = e.getValue();
            if (!wholeInRange(Double.parseDouble(key), options) || !weight.isNumber() || weight.asDouble() < 0) {
                return false;
            }
            positive |= weight.asDouble() > 0;
        }
        return positive;
    }

    private static boolean isOption(JsonNode n, int options) {
        return n.isNumber() && wholeInRange(n.asDouble(), options);
    }

    private static boolean wholeInRange(double n, int options) {
        return n == Math.rint(n) && n >= 1 && n <= options;
    }
}
