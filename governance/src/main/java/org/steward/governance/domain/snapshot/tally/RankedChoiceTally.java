package org.steward.governance.domain.snapshot.tally;

/**
 * ranked-choice: instant runoff over full rankings only. Each round counts every ballot for its
 * highest option still standing; it stops when the leader has more than half the power or fewer
 * than three options stand, else the weakest (the lowest-numbered one on a tie) is eliminated.
 * As in snapshot.js, every option still on some ballot stands, with no first preference at all
 * it is simply the weakest.
 */
final class RankedChoiceTally implements Tally {

    @Override
    public TallyResult count(VoteSet v) {
        int options = v.optionCount;
        int strategies = v.strategyCount;
        int[] seen = new int[options + 1];
        int[] ballots = new int[v.size];
        int ballotCount = 0;
        double total = 0;
        double validTotal = 0;
        for (int vote = 0; vote < v.size; vote++) {
            total += v.balance[vote];
            if (ChoiceRules.fullRanking(v, vote, seen)) {
                ballots[ballotCount++] = vote;
                validTotal += v.balance[vote];
            }
        }
        Round last = runoff(v, ballots, ballotCount, validTotal);
        double[] scores = new double[options];
        double[] byStrategy = new double[options * strategies];
        for (int o = 1; o <= options; o++) {
            if (last.standing[o]) {
                scores[o - 1] = 0 + last.power[o];
                for (int s = 0; s < strategies; s++) {
                    double x = last.powerByStrategy[o * strategies + s];
                    byStrategy[(o - 1) * strategies + s] = 0 + (x == 0 || Double.isNaN(x) ? 0 : x);
                }
            }
        }
        return new TallyResult(scores, TallyResult.rows(byStrategy, options, strategies), total);
    }

    /** First-preference power per option (1-based) in one round, and which options still stand. */
    private static final class Round {
        final boolean[] standing;
        final boolean[] counted;
        final double[] power;
        final double[] powerByStrategy;

        Round(int options, int strategies) {
            standing = new boolean[options + 1];
            counted = new boolean[options + 1];
            power = new double[options + 1];
            powerByStrategy = new double[(options + 1) * strategies];
        }
    }

    private static Round runoff(VoteSet v, int[] ballots, int ballotCount, double validTotal) {
        int options = v.optionCount;
        int strategies = v.strategyCount;
        boolean[] eliminated = new boolean[options + 1];
        int[] position = new int[ballotCount];
        while (true) {
            Round round = count(v, ballots, ballotCount, position, eliminated, options, strategies);
            int standingCount = 0;
            double top = Double.NEGATIVE_INFINITY;
            double bottom = Double.POSITIVE_INFINITY;
            int weakest = -1;
            for (int o = 1; o <= options; o++) {
                if (!round.standing[o]) {
                    continue;
                }
                standingCount++;
                double p = round.power[o];
                if (p > top) {
                    top = p;
                }
                if (p < bottom) {
                    bottom = p;
                    weakest = o;
                }
            }
            if (top > validTotal / 2 || standingCount < 3 || weakest < 0) {
                return round;
            }
            eliminated[weakest] = true;
        }
    }

    private static Round count(VoteSet v, int[] ballots, int ballotCount, int[] position, boolean[] eliminated,
                               int options, int strategies) {
        Round round = new Round(options, strategies);
        // Every ballot ranks every option, so each option not yet eliminated is on some ballot.
        for (int o = 1; o <= options && ballotCount > 0; o++) {
            round.standing[o] = !eliminated[o];
        }
        for (int k = 0; k < ballotCount; k++) {
            int vote = ballots[k];
            int from = v.start[vote];
            int p = position[k];
            while (eliminated[v.element[from + p]]) {
                p++;
            }
            position[k] = p;
            int o = v.element[from + p];
            boolean first = !round.counted[o];
            round.counted[o] = true;
            round.power[o] += v.balance[vote];
            int row = o * strategies;
            int col = vote * strategies;
            if (strategies > 1) {
                // snapshot.js keeps `(s + previous) || s`: a sum of 0 or NaN falls back to this vote's score.
                for (int s = 0; s < strategies; s++) {
                    double score = v.scores[col + s];
                    double sum = score + round.powerByStrategy[row + s];
                    round.powerByStrategy[row + s] = first || sum == 0 || Double.isNaN(sum) ? score : sum;
                }
            } else if (strategies == 1) {
                round.powerByStrategy[row] += v.scores[col];
            }
        }
        return round;
    }
}
