package org.steward.governance.domain.snapshot.tally;

/**
 * copeland: every pair of options is a match won by the side more ballots rank higher (half a
 * point each on a tie, each match counted from both sides); average support breaks ties; the
 * points are then rescaled to the valid voting power. Only full rankings count, and unlike the
 * other types the total is the power of valid votes only.
 *
 * <p>snapshot.js runs one independent Copeland count on the balances and one per strategy. Here
 * all of them are layers filled in a single pass over the ballots; each accumulator still receives
 * its additions in snapshot.js's order, so the floats come out the same.
 */
final class CopelandTally implements Tally {

    /** Pairwise cells over all layers: 32 MB of doubles. */
    static final long MAX_CELLS = 4_000_000;
    /** Pair comparisons over all ballots and layers, checked before counting so a hostile file cannot run for minutes. */
    static final long MAX_COMPARISONS = 500_000_000;

    @Override
    public TallyResult count(VoteSet v) {
        int options = v.optionCount;
        int strategies = v.strategyCount;
        int layers = strategies + 1;
        long cells = (long) layers * options * options;
        if (cells > MAX_CELLS) {
            throw VoteSet.Builder.over(options + " choices and " + strategies + " strategies, which Copeland compares in "
                    + cells + " pairs, more than the " + MAX_CELLS + " Steward counts");
        }
        long comparisons = 0;
        for (int vote = 0; vote < v.size; vote++) {
            long k = v.start[vote + 1] - v.start[vote];
            comparisons += k * (k - 1) / 2 * layers;
        }
        if (comparisons > MAX_COMPARISONS) {
            throw VoteSet.Builder.over("rankings that need " + comparisons + " pair comparisons, more than the " + MAX_COMPARISONS
                    + " Steward makes");
        }
        int square = options * options;
        double[] pairwise = new double[layers * square];
        double[] supportFor = new double[layers * options];
        double[] totals = new double[layers];
        double[] power = new double[layers];
        int[] seen = new int[options + 1];
        for (int vote = 0; vote < v.size; vote++) {
            if (!ChoiceRules.fullRanking(v, vote, seen)) {
                continue;
            }
            power[0] = v.balance[vote];
            System.arraycopy(v.scores, vote * strategies, power, 1, strategies);
            for (int layer = 0; layer < layers; layer++) {
                totals[layer] += power[layer];
            }
            int from = v.start[vote];
            int end = v.start[vote + 1];
            for (int layer = 0; layer < layers; layer++) {
                double p = power[layer];
                int base = layer * square;
                int support = layer * options;
                for (int r = from; r < end; r++) {
                    int preferred = v.element[r] - 1;
                    for (int n = r + 1; n < end; n++) {
                        int lower = v.element[n] - 1;
                        pairwise[base + preferred * options + lower] += p;
                        pairwise[base + lower * options + preferred] -= p;
                        supportFor[support + preferred] += p;
                    }
                }
            }
        }
        double[] scores = normalise(layerPoints(pairwise, supportFor, 0, options, totals[0], totals[0] > 0), totals[0], true);
        double[] byStrategy = new double[options * strategies];
        for (int s = 0; s < strategies; s++) {
            double total = totals[s + 1];
            double[] column = normalise(layerPoints(pairwise, supportFor, s + 1, options, total, !(total <= 0)), total, total > 0);
            for (int o = 0; o < options; o++) {
                byStrategy[o * strategies + s] = column[o];
            }
        }
        return new TallyResult(scores, TallyResult.rows(byStrategy, options, strategies), totals[0]);
    }

    /** Match points of one layer, plus half the average support, which settles exact ties only. */
    private static double[] layerPoints(double[] pairwise, double[] supportFor, int layer, int options, double total,
                                        boolean supportApplies) {
        int base = layer * options * options;
        double[] points = new double[options];
        for (int o = 0; o < options; o++) {
            for (int opponent = 0; opponent < options; opponent++) {
                if (o == opponent) {
                    continue;
                }
                double comparison = pairwise[base + o * options + opponent];
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
        int matchups = options - 1;
        if (supportApplies && matchups > 0) {
            for (int o = 0; o < options; o++) {
                points[o] += 0.5 * (supportFor[layer * options + o] / (matchups * total));
            }
        }
        return points;
    }

    /**
     * Points as shares of {@code total}; with no points at all, an equal split (snapshot.js splits
     * the headline total always, a strategy's total only when it is positive).
     */
    private static double[] normalise(double[] points, double total, boolean splitWhenPointless) {
        double sum = 0;
        for (double p : points) {
            sum += p;
        }
        double[] out = new double[points.length];
        for (int o = 0; o < points.length; o++) {
            if (sum > 0) {
                out[o] = (points[o] / sum) * total;
            } else if (splitWhenPointless) {
                out[o] = total / points.length;
            }
        }
        return out;
    }
}
