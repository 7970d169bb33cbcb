package org.steward.governance.domain.snapshot.tally;

import static org.steward.governance.domain.snapshot.tally.ChoiceRules.zeroIfNaN;

/**
 * weighted: each valid vote splits its balance across options in proportion to its weights; the
 * totals are then rescaled so that they add up to the valid voting power. The percent-then-divide
 * steps mirror snapshot.js's {@code percentageOfTotal} so the floats round the same way.
 */
final class WeightedTally implements Tally {

    @Override
    public TallyResult count(VoteSet v) {
        int options = v.optionCount;
        int strategies = v.strategyCount;
        double[] power = new double[options];
        double[] powerByStrategy = new double[options * strategies];
        double[] part = new double[options];
        double total = 0;
        double validTotal = 0;
        for (int vote = 0; vote < v.size; vote++) {
            double b = v.balance[vote];
            total += b;
            if (!ChoiceRules.weights(v, vote)) {
                continue;
            }
            validTotal += b;
            double whole = ChoiceRules.weightSum(v, vote);
            ChoiceRules.weightsByOption(v, vote, part);
            int col = vote * strategies;
            for (int o = 0; o < options; o++) {
                double share = zeroIfNaN((part[o] / whole) * 100) / 100;
                power[o] += share * b;
                int row = o * strategies;
                for (int s = 0; s < strategies; s++) {
                    powerByStrategy[row + s] += share * v.scores[col + s];
                }
            }
        }
        return new TallyResult(rescale(power, validTotal), TallyResult.rows(rescale(powerByStrategy, validTotal), options, strategies), total);
    }

    /** Each entry's percent of the sum of all entries, applied to the valid voting power. */
    private static double[] rescale(double[] values, double validTotal) {
        double sum = 0;
        for (double x : values) {
            sum += x;
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (validTotal / 100) * zeroIfNaN((values[i] / sum) * 100);
        }
        return out;
    }
}
