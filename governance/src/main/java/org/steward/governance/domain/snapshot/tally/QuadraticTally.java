package org.steward.governance.domain.snapshot.tally;

import static org.steward.governance.domain.snapshot.tally.ChoiceRules.zeroIfNaN;

/**
 * quadratic: per option, the square of the summed square roots of each valid vote's weighted
 * power; the squares are then rescaled to add up to the valid voting power, as snapshot.js does
 * so that quorum still compares like with like.
 */
final class QuadraticTally implements Tally {

    @Override
    public TallyResult count(VoteSet v) {
        int options = v.optionCount;
        int strategies = v.strategyCount;
        double[] roots = new double[options];
        double[] rootsByStrategy = new double[options * strategies];
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
                double share = zeroIfNaN(part[o] / whole);
                roots[o] += Math.sqrt(share * b);
                int row = o * strategies;
                for (int s = 0; s < strategies; s++) {
                    rootsByStrategy[row + s] += Math.sqrt(share * v.scores[col + s]);
                }
            }
        }
        return new TallyResult(rescaleSquares(roots, validTotal),
                TallyResult.rows(rescaleSquares(rootsByStrategy, validTotal), options, strategies), total);
    }

    private static double[] rescaleSquares(double[] roots, double validTotal) {
        double[] squares = new double[roots.length];
        double sum = 0;
        for (int i = 0; i < roots.length; i++) {
            squares[i] = roots[i] * roots[i];
            sum += squares[i];
        }
        double[] out = new double[roots.length];
        for (int i = 0; i < roots.length; i++) {
            out[i] = validTotal * zeroIfNaN(squares[i] / sum);
        }
        return out;
    }
}
