package org.steward.governance.domain.snapshot.tally;

/** single-choice and basic (snapshot.js counts basic with the single-choice class). */
final class SingleChoiceTally implements Tally {

    @Override
    public TallyResult count(VoteSet v) {
        int options = v.optionCount;
        int strategies = v.strategyCount;
        double[] scores = new double[options];
        double[] byStrategy = new double[options * strategies];
        double total = 0;
        for (int vote = 0; vote < v.size; vote++) {
            double b = v.balance[vote];
            total += b;
            if (ChoiceRules.single(v, vote)) {
                int o = v.element[v.start[vote]] - 1;
                scores[o] += b;
                int row = o * strategies;
                int col = vote * strategies;
                for (int s = 0; s < strategies; s++) {
                    byStrategy[row + s] += v.scores[col + s];
                }
            }
        }
        return new TallyResult(scores, TallyResult.rows(byStrategy, options, strategies), total);
    }
}
