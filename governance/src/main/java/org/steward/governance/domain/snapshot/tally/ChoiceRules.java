package org.steward.governance.domain.snapshot.tally;

/**
 * snapshot.js's {@code isValidChoice} rules over a {@link VoteSet}. {@code seen} is a scratch
 * array of at least optionCount + 1 stamps, reused across votes so the check allocates nothing.
 */
final class ChoiceRules {

    private ChoiceRules() {
    }

    static boolean single(VoteSet v, int vote) {
        if (v.shape[vote] != VoteSet.NUMBER) {
            return false;
        }
        int o = v.element[v.start[vote]];
        return o >= 1 && o <= v.optionCount;
    }

    /** Approval: an array of existing options, none twice; an empty array is valid. */
    static boolean distinctOptions(VoteSet v, int vote, int[] seen) {
        if (v.shape[vote] != VoteSet.ARRAY) {
            return false;
        }
        int stamp = vote + 1;
        for (int e = v.start[vote], end = v.start[vote + 1]; e < end; e++) {
            int o = v.element[e];
            if (o < 1 || o > v.optionCount || seen[o] == stamp) {
                return false;
            }
            seen[o] = stamp;
        }
        return true;
    }

    /** Ranked-choice and copeland: every option exactly once. */
    static boolean fullRanking(VoteSet v, int vote, int[] seen) {
        int length = v.start[vote + 1] - v.start[vote];
        return length > 0 && length == v.optionCount && distinctOptions(v, vote, seen);
    }

    /** Weighted and quadratic: keys name options, weights are numbers >= 0, one of them > 0. */
    static boolean weights(VoteSet v, int vote) {
        if (v.shape[vote] != VoteSet.OBJECT) {
            return false;
        }
        int from = v.start[vote];
        int end = v.start[vote + 1];
        if (end == from) {
            return false;
        }
        boolean positive = false;
        for (int e = from; e < end; e++) {
            int o = Math.abs(v.element[e]);
            double w = v.weight[e];
            if (v.element[e] == VoteSet.NOT_AN_OPTION || o < 1 || o > v.optionCount || !(w >= 0)) {
                return false;
            }
            positive |= w > 0;
        }
        return positive;
    }

    /** Sum of a weights object's values, from 0 in JavaScript's key order, as {@code reduce} adds them. */
    static double weightSum(VoteSet v, int vote) {
        double whole = 0;
        for (int e = v.start[vote], end = v.start[vote + 1]; e < end; e++) {
            whole += v.weight[e];
        }
        return whole;
    }

    /** Fills {@code part} with each option's weight, NaN where {@code choice[i + 1]} is undefined. */
    static void weightsByOption(VoteSet v, int vote, double[] part) {
        java.util.Arrays.fill(part, Double.NaN);
        for (int e = v.start[vote], end = v.start[vote + 1]; e < end; e++) {
            int o = v.element[e];
            if (o > 0) {
                part[o - 1] = v.weight[e];
            }
        }
    }

    /** {@code isNaN(x) ? 0 : x}, the guard snapshot.js puts on every ratio. */
    static double zeroIfNaN(double x) {
        return Double.isNaN(x) ? 0 : x;
    }
}
