package org.steward.governance.domain.snapshot.tally;

/**
 * copeland: every pair of options is a match won by the side more ballots rank higher (half a
 * point each on a tie, each match counted from both sides); average support breaks ties; the
 * points are then rescaled to the valid voting power. Only full rankings count, and unlike the
 * other types the total is the power of valid votes only.
 */
final class CopelandTally implements Tally {

    @Override
    public TallyResult count(VoteSet v) {
        int options = v.optionCount;
        int strategies = v.strategyCount;
        int[] seen = new int[options + 1];
        int[] ballots = new int[v.size];
        int ballotCount = 0;
        double validTotal = 0;
        double[] strategyTotals = new double[strategies];
        for (int vote = 0; vote < v.size; vote++) {
            if (ChoiceRules.fullRanking(v, vote, seen)) {
                ballots[ballotCount++] = vote;
                validTotal += v.balance[vote];
                for (int s = 0; s < strategies; s++) {
                    strategyTotals[s] += v.scores[vote * strategies + s];
                }
            }
        }
        double[] scores = points(v, ballots, ballotCount, validTotal);
        double[] byStrategy = new double[options * strategies];
        for (int s = 0; s < strategies; s++) {
            double[] column = pointsForStrategy(v, ballots, ballotCount, s, strategyTotals[s]);
            for (int o = 0; o < options; o++) {
                byStrategy[o * strategies + s] = column[o];
            }
        }
        return new TallyResult(scores, TallyResult.rows(byStrategy, options, strategies), validTotal);
    }

    private static double[] points(VoteSet v, int[] ballots, int ballotCount, double validTotal) {
        int options = v.optionCount;
        double[] pairwise = new double[options * options];
        double[] supportFor = new double[options];
        for (int k = 0; k < ballotCount; k++) {
            int vote = ballots[k];
            addBallot(v, vote, v.balance[vote], pairwise, supportFor);
        }
        double[] points = matchPoints(pairwise, options);
        addAverageSupport(points, supportFor, validTotal, validTotal > 0);
        double sum = 0;
        for (double p : points) {
            sum += p;
        }
        double[] out = new double[options];
        for (int o = 0; o < options; o++) {
            out[o] = sum > 0 ? (points[o] / sum) * validTotal : validTotal / options;
        }
        return out;
    }

    /** One strategy's column, which snapshot.js computes as an independent Copeland count. */
    private static double[] pointsForStrategy(VoteSet v, int[] ballots, int ballotCount, int strategy, double strategyTotal) {
        int options = v.optionCount;
        int strategies = v.strategyCount;
        double[] pairwise = new double[options * options];
        double[] supportFor = new double[options];
        for (int k = 0; k < ballotCount; k++) {
            int vote = ballots[k];
            addBallot(v, vote, v.scores[vote * strategies + strategy], pairwise, supportFor);
        }
        double[] points = matchPoints(pairwise, options);
        addAverageSupport(points, supportFor, strategyTotal, !(strategyTotal <= 0));
        double sum = 0;
        for (double p : points) {
            sum += p;
        }
        double[] out = new double[options];
        for (int o = 0; o < options; o++) {
            if (sum > 0) {
                out[o] = (points[o] / sum) * strategyTotal;
            } else if (strategyTotal > 0) {
                out[o] = strategyTotal / options;
            }
        }
        return out;
    }

    private static void addBallot(VoteSet v, int vote, double power, double[] pairwise, double[] supportFor) {
        int options = v.optionCount;
        int from = v.start[vote];
        int end = v.start[vote + 1];
        for (int r = from; r < end; r++) {
            int preferred = v.element[r] - 1;
            for (int n = r + 1; n < end; n++) {
                int lower = v.element[n] - 1;
                pairwise[preferred * options + lower] += power;
                pairwise[lower * options + preferred] -= power;
                supportFor[preferred] += power;
            }
        }
    }

    private static double[] matchPoints(double[] pairwise, int options) {
        double[] points = new double[options];
        for (int o = 0; o < options; o++) {
            for (int opponent = 0; opponent < options; opponent++) {
                if (o == opponent) {
                    continue;
                }
                double comparison = pairwise[o * options + opponent];
                if (comparison > 0) {
                    points[o]++;
                } else if (comparison < 0) {
                    points[opponent]++;
                } else {
                    points[o] += 0.5;
                    points[opponent] += 0.5;
                }
            }
        }
        return points;
    }

    /** Half the average support, below the 1-point gap between win counts, settles exact ties only. */
    private static void addAverageSupport(double[] points, double[] supportFor, double totalPower, boolean applies) {
        int matchups = points.length - 1;
        if (!applies || matchups <= 0) {
            return;
        }
        for (int o = 0; o < points.length; o++) {
            points[o] += 0.5 * (supportFor[o] / (matchups * totalPower));
        }
    }
}
