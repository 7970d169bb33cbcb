package org.steward.core.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.steward.core.UserFacingException;

/**
 * A small seeded fuzz harness for decoders of untrusted data. Each case draws an input from a
 * {@link Random} seeded by the run's seed and the case number, so any failure is reproduced by its
 * case number alone. A decoder passes when every input ends in a result or in a named rejection
 * (by default a {@link UserFacingException}); anything else, {@code Error}s included, is counted.
 *
 * <p>The suite runs {@link #cases} cases per decoder; {@code -Dsteward.fuzz.cases=1000000} runs the
 * longer campaign and {@code -Dsteward.fuzz.seed=} another seed. Each run prints one line with its figures.
 */
public final class SeededFuzz {

    private SeededFuzz() {
    }

    /** The number of cases: the suite's default unless the longer run asks for more. */
    public static int cases(int suiteDefault) {
        return Integer.getInteger("steward.fuzz.cases", suiteDefault);
    }

    public static long seed() {
        return Long.getLong("steward.fuzz.seed", 0x57E3A4DL);
    }

    /** What one run found: the cases tried, and each unexpected failure with the case that caused it. */
    public record Report(String decoder, int cases, List<String> unexpected) {

        public String summary() {
            return "fuzz " + decoder + ": " + cases + " cases, " + unexpected.size() + " unexpected"
                    + (unexpected.isEmpty() ? "" : "; first: " + unexpected.get(0));
        }
    }

    public static <T> Report run(String decoder, int cases, Function<Random, T> input, ThrowingConsumer<T> decode) {
        return run(decoder, cases, input, decode, UserFacingException.class);
    }

    @SafeVarargs
    public static <T> Report run(String decoder, int cases, Function<Random, T> input, ThrowingConsumer<T> decode,
                                 Class<? extends Throwable>... named) {
        long seed = seed();
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            T in = input.apply(r);
            try {
                decode.accept(in);
            } catch (Throwable t) {
                if (!isNamed(t, named) && unexpected.size() < 20) {
                    unexpected.add("case " + i + " (seed " + seed + "): " + t.getClass().getName() + ": " + t.getMessage()
                            + " at " + (t.getStackTrace().length > 0 ? t.getStackTrace()[0] : "?") + " on " + shown(in));
                } else if (!isNamed(t, named)) {
                    unexpected.add("case " + i);
                }
            }
        }
        Report report = new Report(decoder, cases, unexpected);
        System.out.println(report.summary());
        return report;
    }

    private static boolean isNamed(Throwable t, Class<? extends Throwable>[] named) {
        for (Class<? extends Throwable> c : named) {
            if (c.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String shown(Object in) {
        String s = in instanceof byte[] b ? org.steward.core.eth.Hex.encode(b) : String.valueOf(in);
        return s.length() > 400 ? s.substring(0, 400) + "…(" + s.length() + " chars)" : s;
    }

    /** A decoder under test; it may throw anything, which is the point. */
    @FunctionalInterface
    public interface ThrowingConsumer<T> {
        void accept(T t) throws Exception;
    }
}
