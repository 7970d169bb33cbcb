package org.steward.governance.domain.snapshot.tally;

/** approval: a valid vote gives its full balance to every option it approves. */
final class ApprovalTally implements Tally {

    @Override
    public TallyResult count(VoteSet v) {
        int options = v.optionCount;
        int strategies = v.strategyCount;
        double[] scores = new double[options];
        double[] byStrategy = new double[options * strategies];
        int[] seen = new int[options + 1];
        double total = 0;
        for (int vote = 0; vote < v.size; vote++) {
            double b = v.balance[vote];
            total += b;
            if (!ChoiceRules.distinctOptions(v, vote, seen)) {
                continue;
            }
            int col = vote * strategies;
            for (int e = v.start[vote], end = v.start[vote + 1]; e < end; e++) {
                int o = v.element[e] - 1;
                scores[o] += b;
                int row = o * strategies;
                for (int s = 0; s < strategies; s++) {
                    byStrategy[row + s] += v.scores[col + s];
                }
            }
        }
        return new TallyResult(scores, TallyResult.rows(byStrategy, options, strategies), total);
    }
}
