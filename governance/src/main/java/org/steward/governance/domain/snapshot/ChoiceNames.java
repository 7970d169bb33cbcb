package org.steward.governance.domain.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A vote read by name, as a person says it: "1 · For"; approval and ranked lists named in order;
 * ranked-choice and copeland by place ("1st · For, 2nd · Against"); weighted and quadratic as shares
 * ("Stablecoins 50 % · ETH 30 % · …"). Choices are 1-based, as
 * Snapshot numbers them; a number outside the proposal's choices is shown as "#7 (no such choice)".
 */
public final class ChoiceNames {

    private ChoiceNames() {
    }

    /** As {@link #describe(List, JsonNode)}, with a ranking read by place for the types that rank. */
    public static String describe(VotingType type, List<String> choices, JsonNode choice) {
        if (ranks(type) && choice != null && choice.isArray() && !choice.isEmpty()) {
            List<Long> ranking = new ArrayList<>();
            choice.forEach(c -> ranking.add(c.asLong()));
            return ranked(choices, ranking);
        }
        return describe(choices, choice);
    }

    /** As {@link #describe(List, VoteChoice)}, with a ranking read by place for the types that rank. */
    public static String describe(VotingType type, List<String> choices, VoteChoice choice) {
        if (ranks(type) && choice instanceof VoteChoice.Ranking r) {
            return ranked(choices, java.util.Arrays.stream(r.choices()).boxed().toList());
        }
        return describe(choices, choice);
    }

    /** 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st. */
    public static String ordinal(long n) {
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static boolean ranks(VotingType type) {
        return type == VotingType.RANKED_CHOICE || type == VotingType.COPELAND;
    }

    private static String ranked(List<String> choices, List<Long> ranking) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            parts.add(ordinal(i + 1) + " · " + title(choices, ranking.get(i)));
        }
        return String.join(", ", parts);
    }

    /** {@code choice} as the hub returns it (a number, an array or an object of weights). */
    public static String describe(List<String> choices, JsonNode choice) {
        if (choice == null || choice.isNull() || choice.isMissingNode()) {
            return "no choice";
        }
        if (choice.isNumber()) {
            return named(choices, choice.asLong());
        }
        if (choice.isArray()) {
            List<String> parts = new ArrayList<>();
            choice.forEach(c -> parts.add(named(choices, c.asLong())));
            return String.join(", ", parts);
        }
        if (choice.isObject()) {
            List<Map.Entry<Long, BigDecimal>> weights = new ArrayList<>();
            choice.fields().forEachRemaining(f -> weights.add(Map.entry(parseIndex(f.getKey()), f.getValue().decimalValue())));
            return shares(choices, weights);
        }
        if (choice.isTextual()) {
            return "encrypted until the proposal closes";
        }
        return choice.toString();
    }

    /** A choice being prepared, before the hub has it. */
    public static String describe(List<String> choices, VoteChoice choice) {
        if (choice instanceof VoteChoice.Single s) {
            return named(choices, s.choice());
        }
        if (choice instanceof VoteChoice.Ranking r) {
            List<String> parts = new ArrayList<>();
            for (long c : r.choices()) {
                parts.add(named(choices, c));
            }
            return String.join(", ", parts);
        }
        if (choice instanceof VoteChoice.Weights w) {
            return shares(choices, new ArrayList<>(w.weights().entrySet()));
        }
        return "encrypted until the proposal closes";
    }

    private static String shares(List<String> choices, List<Map.Entry<Long, BigDecimal>> weights) {
        BigDecimal total = weights.stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
            return "no weight on any choice";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Long, BigDecimal> e : weights) {
            if (e.getValue().signum() > 0) {
                parts.add(title(choices, e.getKey()) + " " + percent(e.getValue(), total));
            }
        }
        return String.join(" · ", parts);
    }

    /** {@code part} of {@code total} as a person reads a share: "33.3 %"; total must be above 0. */
    public static String percent(BigDecimal part, BigDecimal total) {
        return part.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " %";
    }

    private static String named(List<String> choices, long oneBased) {
        return oneBased + " · " + title(choices, oneBased);
    }

    private static String title(List<String> choices, long oneBased) {
        return oneBased >= 1 && oneBased <= choices.size() ? choices.get((int) oneBased - 1) : "#" + oneBased + " (no such choice)";
    }

    private static long parseIndex(String key) {
        try {
            return Long.parseLong(key.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
