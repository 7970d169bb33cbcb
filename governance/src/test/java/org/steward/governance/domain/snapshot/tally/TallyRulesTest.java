package org.steward.governance.domain.snapshot.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.steward.governance.domain.snapshot.VotingType;

/**
 * snapshot.js's rules on small hand-counted proposals: what JavaScript makes of odd choices,
 * which votes are invalid yet still counted in the total, and how instant runoff breaks ties.
 */
class TallyRulesTest {

    private static TallyResult count(VotingType type, int options, String votes) {
        StringBuilder choices = new StringBuilder();
        for (int i = 1; i <= options; i++) {
            choices.append(i > 1 ? "," : "").append("\"Option ").append(i).append('"');
        }
        String json = "{\"proposal\":{\"choices\":[" + choices + "]},\"strategies\":[{\"name\":\"ticket\"}],\"votes\":[" + votes + "]}";
        return Tally.of(type).count(VoteSetReader.read(new StringReader(json)));
    }

    @Test
    void singleChoiceCountsOnlyWholeNumbersNamingAnOptionButTotalsEveryVote() {
        TallyResult r = count(VotingType.SINGLE_CHOICE, 2, """
                {"choice":1,"balance":2,"scores":[2]},
                {"choice":0,"balance":3,"scores":[3]},
                {"choice":"1","balance":5,"scores":[5]},
                {"choice":1.5,"balance":7,"scores":[7]},
                {"choice":1.0,"balance":1,"scores":[1]}""");

        assertThat(r.scores()).containsExactly(3, 0);
        assertThat(r.scoresByStrategy()[0]).containsExactly(3);
        assertThat(r.scoresTotal()).isEqualTo(18);
    }

    @Test
    void approvalRefusesRepeatedOptionsAndAcceptsAnEmptyList() {
        TallyResult r = count(VotingType.APPROVAL, 2, """
                {"choice":[1,1],"balance":4,"scores":[4]},
                {"choice":[],"balance":2,"scores":[2]},
                {"choice":[2,1],"balance":3,"scores":[3]}""");

        assertThat(r.scores()).containsExactly(3, 3);
        assertThat(r.scoresTotal()).isEqualTo(9);
    }

    @Test
    void weightedKeysAreReadAsJavaScriptReadsThem() {
        // "01" makes the vote valid (Number("01") is option 1) but choice[1] never finds it, so
        // that vote's power goes half to nowhere and half to option 2; results [2, 1] are then
        // rescaled to the valid power 4. A repeated key keeps its last value.
        TallyResult r = count(VotingType.WEIGHTED, 2, """
                {"choice":{"01":1,"2":1},"balance":2,"scores":[2]},
                {"choice":{"1":1},"balance":2,"scores":[2]},
                {"choice":{"0":1},"balance":5,"scores":[5]}""");
        TallyResult repeated = count(VotingType.WEIGHTED, 2, "{\"choice\":{\"1\":5,\"2\":1,\"1\":0},\"balance\":3,\"scores\":[3]}");

        assertThat(r.scores()[0]).isCloseTo(4 * 2.0 / 3, within(1e-12));
        assertThat(r.scores()[1]).isCloseTo(4 * 1.0 / 3, within(1e-12));
        assertThat(r.scoresTotal()).isEqualTo(9);
        assertThat(repeated.scores()).containsExactly(0, 3);
    }

    @Test
    void quadraticRefusesAllZeroWeightsAndNegativeOnes() {
        TallyResult r = count(VotingType.QUADRATIC, 2, """
                {"choice":{"1":0,"2":0},"balance":10,"scores":[10]},
                {"choice":{"1":-1,"2":2},"balance":10,"scores":[10]},
                {"choice":{"1":1,"2":1},"balance":8,"scores":[8]}""");

        // One valid vote: sqrt(0.5 * 8) per option, squared, rescaled to the valid power 8.
        assertThat(r.scores()).containsExactly(4, 4);
        assertThat(r.scoresTotal()).isEqualTo(28);
    }

    @Test
    void instantRunoffEliminatesTheLowestNumberedOfTiedLastOptions() {
        // Round 1: 4/3/2/2, options 3 and 4 tie last, 3 goes. Round 2: 4/5/-/2, 4 goes.
        // Round 3: 2 has 7 of 11, a majority. The partial ranking is invalid but in the total.
        TallyResult r = count(VotingType.RANKED_CHOICE, 4, """
                {"choice":[1,2,3,4],"balance":4,"scores":[4]},
                {"choice":[2,1,3,4],"balance":3,"scores":[3]},
                {"choice":[3,2,1,4],"balance":2,"scores":[2]},
                {"choice":[4,3,2,1],"balance":2,"scores":[2]},
                {"choice":[1,2],"balance":6,"scores":[6]}""");

        assertThat(r.scores()).containsExactly(4, 7, 0, 0);
        assertThat(r.scoresByStrategy()[1]).containsExactly(7);
        assertThat(r.scoresTotal()).isEqualTo(17);
    }

    @Test
    void anOptionNobodyRanksFirstStillStandsAndGoesFirst() {
        // Option 3 has no first preference yet stands (snapshot.js counts it at 0): it is
        // eliminated first, then 4; option 4's ballot passes to 1, which reaches 6 of 9.
        TallyResult r = count(VotingType.RANKED_CHOICE, 4, """
                {"choice":[1,3,2,4],"balance":4,"scores":[4]},
                {"choice":[2,3,1,4],"balance":3,"scores":[3]},
                {"choice":[4,3,1,2],"balance":2,"scores":[2]}""");

        assertThat(r.scores()).containsExactly(6, 3, 0, 0);
    }

    @Test
    void copelandTotalsOnlyFullRankings() {
        TallyResult r = count(VotingType.COPELAND, 3, """
                {"choice":[1,2,3],"balance":2,"scores":[2]},
                {"choice":[1,2],"balance":9,"scores":[9]}""");

        // Option 1 beats both (2 wins counted from both sides = 4 points, + support 0.5*4/(2*2)),
        // option 2 beats 3 (2 points + 0.5*2/4), option 3 none; shares of the valid power 2.
        double one = 4 + 0.5;
        double two = 2 + 0.25;
        double sum = one + two;
        assertThat(r.scores()).containsExactly(one / sum * 2, two / sum * 2, 0);
        assertThat(r.scoresTotal()).isEqualTo(2);
    }
}
