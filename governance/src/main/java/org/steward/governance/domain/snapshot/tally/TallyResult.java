package org.steward.governance.domain.snapshot.tally;

import java.util.Arrays;

/**
 * A proposal's result as snapshot.js reports it: score per option, score per option and
 * strategy, and the total voting power counted.
 */
public record TallyResult(double[] scores, double[][] scoresByStrategy, double scoresTotal) {

    public TallyResult {
        scores = scores.clone();
        scoresByStrategy = Arrays.stream(scoresByStrategy).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[] scores() {
        return scores.clone();
    }

    @Override
    public double[][] scoresByStrategy() {
        return Arrays.stream(scoresByStrategy).map(double[]::clone).toArray(double[][]::new);
    }

    static double[][] rows(double[] flat, int rows, int columns) {
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = Arrays.copyOfRange(flat, r * columns, r * columns + columns);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TallyResult t && Arrays.equals(scores, t.scores)
                && Arrays.deepEquals(scoresByStrategy, t.scoresByStrategy)
                && Double.compare(scoresTotal, t.scoresTotal) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(scores) + Arrays.deepHashCode(scoresByStrategy) + Double.hashCode(scoresTotal);
    }

    @Override
    public String toString() {
        return "TallyResult[scores=" + Arrays.toString(scores) + ", scoresByStrategy=" + Arrays.deepToString(scoresByStrategy)
                + ", scoresTotal=" + scoresTotal + "]";
    }
}
