package org.steward.governance.domain.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.steward.core.UserFacingException;

/**
 * What a voter picked, in the shape its voting type signs. Choice numbers are 1-based, as on the
 * hub. Range checks against a proposal's choices belong to the tally and the sequencer; here only
 * what the signed encoding itself cannot carry is refused.
 */
public sealed interface VoteChoice {

    long UINT32_MAX = 0xFFFF_FFFFL;

    /** The value placed in the EIP-712 message: a Long, a long[] or a String. */
    Object messageValue();

    /** single-choice and basic: one choice number. */
    record Single(long choice) implements VoteChoice {
        public Single {
            requireChoiceNumber(choice);
        }

        @Override
        public Object messageValue() {
            return choice;
        }
    }

    /** approval, ranked-choice and copeland: choice numbers, in the voter's order, none twice. */
    record Ranking(long[] choices) implements VoteChoice {
        public Ranking {
            choices = choices.clone();
            if (choices.length == 0) {
                throw new UserFacingException("The choice is empty: pick at least one option.");
            }
            for (long c : choices) {
                requireChoiceNumber(c);
            }
            if (Arrays.stream(choices).distinct().count() != choices.length) {
                throw new UserFacingException("The choice " + Arrays.toString(choices) + " names an option twice: list each option once.");
            }
        }

        @Override
        public long[] choices() {
            return choices.clone();
        }

        @Override
        public Object messageValue() {
            return choices.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ranking r && Arrays.equals(choices, r.choices);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(choices);
        }

        @Override
        public String toString() {
            return Arrays.toString(choices);
        }
    }

    /**
     * weighted and quadratic: weight per choice number, signed as the compact JSON that
     * snapshot.js's {@code JSON.stringify} produces, e.g. {@code {"1":2,"2":1}}.
     */
    record Weights(SortedMap<Long, BigDecimal> weights) implements VoteChoice {
        // JSON.stringify writes plain decimals only inside this range; outside it switches to
        // exponent notation, which a weight never needs.
        private static final BigDecimal SMALLEST = new BigDecimal("0.000001");
        private static final BigDecimal TOO_LARGE = new BigDecimal("1e21");

        public Weights {
            TreeMap<Long, BigDecimal> copy = new TreeMap<>();
            for (Map.Entry<Long, BigDecimal> e : weights.entrySet()) {
                requireChoiceNumber(e.getKey());
                BigDecimal w = e.getValue();
                if (w.signum() < 0 || (w.signum() > 0 && (w.compareTo(SMALLEST) < 0 || w.compareTo(TOO_LARGE) >= 0))) {
                    throw new UserFacingException("The weight " + w.toPlainString() + " for option " + e.getKey()
                            + " is out of range: use a number between 0.000001 and 1e21, or 0.");
                }
                copy.put(e.getKey(), w.signum() == 0 ? BigDecimal.ZERO : w.stripTrailingZeros());
            }
            if (copy.values().stream().noneMatch(w -> w.signum() > 0)) {
                throw new UserFacingException("The weights give nothing to any option: put a positive weight on at least one.");
            }
            weights = Collections.unmodifiableSortedMap(copy);
        }

        /** Keys ascend numerically, as JavaScript orders integer-like keys of an object. */
        public String compactJson() {
            StringBuilder json = new StringBuilder("{");
            for (Map.Entry<Long, BigDecimal> e : weights.entrySet()) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append('"').append(e.getKey()).append("\":").append(e.getValue().toPlainString());
            }
            return json.append('}').toString();
        }

        @Override
        public Object messageValue() {
            return compactJson();
        }
    }

    /** A Shutter-encrypted choice: the ciphertext is signed as a string whatever the voting type. */
    record Encrypted(String ciphertext) implements VoteChoice {
        public Encrypted {
            if (ciphertext == null || !ciphertext.matches("0x[0-9a-fA-F]+")) {
                throw new UserFacingException("A Shutter choice must be the 0x-prefixed hex ciphertext made by the Shutter encryption.");
            }
        }

        @Override
        public Object messageValue() {
            return ciphertext;
        }
    }

    /** Reads a choice as the hub writes it ({@code 2}, {@code [1,3]}, {@code {"1":2}}) for the given type. */
    static VoteChoice parse(VotingType type, String json) {
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new UserFacingException("The choice " + json + " is not valid JSON: write e.g. 1, [1,2] or {\"1\":2}.", e);
        }
        if (node == null || node.isMissingNode()) {
            throw new UserFacingException("The choice is empty: write e.g. 1, [1,2] or {\"1\":2}.");
        }
        return switch (type.encoding()) {
            case UINT32 -> {
                if (!isWholeNumber(node)) {
                    throw mismatch(type, json, "one option number such as 1");
                }
                yield new Single(node.asLong());
            }
            case UINT32_ARRAY -> {
                if (!node.isArray()) {
                    throw mismatch(type, json, "a list of option numbers such as [1,2]");
                }
                long[] choices = new long[node.size()];
                for (int i = 0; i < choices.length; i++) {
                    if (!isWholeNumber(node.get(i))) {
                        throw mismatch(type, json, "a list of option numbers such as [1,2]");
                    }
                    choices[i] = node.get(i).asLong();
                }
                yield new Ranking(choices);
            }
            case JSON_STRING -> {
                if (!node.isObject() || node.isEmpty()) {
                    throw mismatch(type, json, "weights per option number such as {\"1\":2,\"2\":1}");
                }
                TreeMap<Long, BigDecimal> weights = new TreeMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!e.getKey().matches("[1-9][0-9]{0,9}") || !e.getValue().isNumber()) {
                        throw mismatch(type, json, "weights per option number such as {\"1\":2,\"2\":1}");
                    }
                    weights.put(Long.parseLong(e.getKey()), e.getValue().decimalValue());
                }
                yield new Weights(weights);
            }
        };
    }

    private static boolean isWholeNumber(JsonNode node) {
        return node != null && node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0;
    }

    private static UserFacingException mismatch(VotingType type, String json, String expected) {
        return new UserFacingException("The choice " + json + " does not fit a " + type.id() + " vote: expected " + expected + ".");
    }

    private static void requireChoiceNumber(long choice) {
        if (choice < 1 || choice > UINT32_MAX) {
            throw new UserFacingException("Option number " + choice + " does not exist: options are numbered from 1.");
        }
    }
}
