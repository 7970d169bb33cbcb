package org.steward.governance.domain.snapshot.tally;

import java.util.Arrays;

/**
 * The votes of one proposal in columns of primitives, so that a recount of a million votes walks
 * flat arrays instead of a million objects. Each vote keeps what snapshot.js would see in it,
 * including what makes it invalid, because invalid votes still count towards most totals.
 *
 * <p>A choice is stored as a run of elements: one for a number, one per item for an array, one
 * per key for an object (in JavaScript's own key order, since weight sums are added in that
 * order). An element's {@link #element(int) number} is the option it names, or
 * {@link #NOT_AN_OPTION} when JavaScript would find no option for it.
 */
public final class VoteSet {

    /** The vote's choice was a number. */
    public static final byte NUMBER = 0;
    /** The vote's choice was an array. */
    public static final byte ARRAY = 1;
    /** The vote's choice was an object of weights. */
    public static final byte OBJECT = 2;
    /** Anything else (string, null, boolean): invalid for every voting type. */
    public static final byte OTHER = 3;

    /** Element value for something that names no option: a fraction, a string, zero or less. */
    public static final int NOT_AN_OPTION = Integer.MIN_VALUE;
    /*
     * Object keys that JavaScript's Number(key) maps to an option without being its canonical
     * spelling ("01", "1.0") make the vote valid, yet choice[i + 1] never finds them: they are
     * stored as the negated option number.
     */

    final int optionCount;
    final int strategyCount;
    final int size;
    final double[] balance;
    final double[] scores;
    final byte[] shape;
    final int[] start;
    final int[] element;
    final double[] weight;

    VoteSet(int optionCount, int strategyCount, int size, double[] balance, double[] scores, byte[] shape,
            int[] start, int[] element, double[] weight) {
        this.optionCount = optionCount;
        this.strategyCount = strategyCount;
        this.size = size;
        this.balance = balance;
        this.scores = scores;
        this.shape = shape;
        this.start = start;
        this.element = element;
        this.weight = weight;
    }

    public int size() {
        return size;
    }

    public int optionCount() {
        return optionCount;
    }

    public int strategyCount() {
        return strategyCount;
    }

    public double balance(int vote) {
        return balance[vote];
    }

    int element(int index) {
        return element[index];
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Appends votes one at a time: {@link #beginVote}, then the vote's strategy scores and choice
     * elements in any order, then {@link #endVote}. Counts come last, in {@link #build}, because a
     * votes file need not list the proposal before its votes. Strategy scores missing from a vote
     * read as NaN, as {@code undefined} does in snapshot.js's sums.
     */
    public static final class Builder {
        /** Far more votes than any Snapshot proposal has had; beyond it the counting arrays would outgrow a small heap. */
        public static final int MAX_VOTES = 2_000_000;
        /** Choice entries (ranks, approvals, weights) over all votes. */
        public static final int MAX_ELEMENTS = 5_000_000;
        public static final int MAX_SCORES = 5_000_000;
        /** Snapshot's own hub caps a proposal at a few hundred choices. */
        public static final int MAX_CHOICES = 1_000;
        public static final int MAX_STRATEGIES = 64;

        private int size;
        private double[] balance = new double[1024];
        private byte[] shape = new byte[1024];
        private int[] start = new int[1025];
        private int[] scoreStart = new int[1025];
        private int elements;
        private int[] element = new int[4096];
        private double[] weight = new double[4096];
        private int scoreCount;
        private double[] scores = new double[1024];
        private boolean open;

        private Builder() {
        }

        public Builder beginVote(byte choiceShape, double voteBalance) {
            if (open) {
                throw new IllegalStateException("endVote() was not called");
            }
            if (size >= MAX_VOTES) {
                throw over("more than " + MAX_VOTES + " votes");
            }
            if (size == balance.length) {
                int grown = size * 2;
                balance = Arrays.copyOf(balance, grown);
                shape = Arrays.copyOf(shape, grown);
                start = Arrays.copyOf(start, grown + 1);
                scoreStart = Arrays.copyOf(scoreStart, grown + 1);
            }
            balance[size] = voteBalance;
            shape[size] = choiceShape;
            start[size] = elements;
            scoreStart[size] = scoreCount;
            open = true;
            return this;
        }

        /** Sets the balance after the fact, for readers that meet it after the choice. */
        public Builder balance(double voteBalance) {
            balance[size] = voteBalance;
            return this;
        }

        /** Sets the shape after the fact, for readers that meet the choice after the scores. */
        public Builder shape(byte choiceShape) {
            shape[size] = choiceShape;
            return this;
        }

        /** The vote's next strategy score. */
        public Builder score(double value) {
            if (scoreCount >= MAX_SCORES) {
                throw over("more than " + MAX_SCORES + " strategy scores");
            }
            if (scoreCount == scores.length) {
                scores = Arrays.copyOf(scores, scoreCount * 2);
            }
            scores[scoreCount++] = value;
            return this;
        }

        /** An option number (or {@link #NOT_AN_OPTION}) and, for objects, its weight. */
        public Builder element(int option, double optionWeight) {
            if (elements >= MAX_ELEMENTS) {
                throw over("more than " + MAX_ELEMENTS + " choice entries over all votes");
            }
            if (elements == element.length) {
                element = Arrays.copyOf(element, elements * 2);
                weight = Arrays.copyOf(weight, elements * 2);
            }
            element[elements] = option;
            weight[elements] = optionWeight;
            elements++;
            return this;
        }

        /** Drops the elements added since {@link #beginVote}, for a reader that met the choice twice. */
        public Builder clearElements() {
            elements = start[size];
            return this;
        }

        /** Drops the scores added since {@link #beginVote}, for a reader that met the scores twice. */
        public Builder clearScores() {
            scoreCount = scoreStart[size];
            return this;
        }

        public Builder endVote() {
            open = false;
            size++;
            start[size] = elements;
            scoreStart[size] = scoreCount;
            return this;
        }

        static org.steward.core.UserFacingException over(String what) {
            return new org.steward.core.UserFacingException("The votes cannot be counted: the file has " + what
                    + ", which no real proposal has; check that it is the proposal's export.");
        }

        public VoteSet build(int optionCount, int strategyCount) {
            if (open) {
                throw new IllegalStateException("endVote() was not called");
            }
            if (optionCount < 0 || strategyCount < 0) {
                throw new IllegalArgumentException("counts cannot be negative");
            }
            if (optionCount > MAX_CHOICES) {
                throw over(optionCount + " choices, more than the " + MAX_CHOICES + " Steward counts");
            }
            if (strategyCount > MAX_STRATEGIES) {
                throw over(strategyCount + " strategies, more than the " + MAX_STRATEGIES + " Steward counts");
            }
            if ((long) size * strategyCount > MAX_SCORES) {
                throw over(size + " votes of " + strategyCount + " strategies, more than " + MAX_SCORES + " scores");
            }
            double[] laidOut = new double[size * strategyCount];
            for (int v = 0; v < size; v++) {
                int from = scoreStart[v];
                int have = scoreStart[v + 1] - from;
                for (int s = 0; s < strategyCount; s++) {
                    laidOut[v * strategyCount + s] = s < have ? scores[from + s] : Double.NaN;
                }
            }
            return new VoteSet(optionCount, strategyCount, size, Arrays.copyOf(balance, size), laidOut,
                    Arrays.copyOf(shape, size), Arrays.copyOf(start, size + 1), Arrays.copyOf(element, elements),
                    Arrays.copyOf(weight, elements));
        }
    }
}
