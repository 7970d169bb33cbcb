package org.steward.governance.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BASIC = List.of("For", "Against", "Abstain");
    private static final List<String> POOLS = List.of("Stablecoins", "ETH", "STW", "Grants");

    @Test
    void aSingleChoiceReadsAsNumberAndName() throws Exception {
        assertThat(ChoiceNames.describe(BASIC, JSON.readTree("1"))).isEqualTo("1 · For");
        assertThat(ChoiceNames.describe(BASIC, JSON.readTree("7"))).isEqualTo("7 · #7 (no such choice)");
    }

    @Test
    void approvalAndRankingAreNamedInTheirOrder() throws Exception {
        assertThat(ChoiceNames.describe(POOLS, JSON.readTree("[3,1]"))).isEqualTo("3 · STW, 1 · Stablecoins");
    }

    @Test
    void weightsReadAsSharesOfTheTotal() throws Exception {
        assertThat(ChoiceNames.describe(POOLS, JSON.readTree("{\"1\":5,\"2\":3,\"4\":2}")))
                .isEqualTo("Stablecoins 50 % · ETH 30 % · Grants 20 %");
        assertThat(ChoiceNames.describe(POOLS, JSON.readTree("{\"1\":1,\"2\":2}"))).isEqualTo("Stablecoins 33.3 % · ETH 66.7 %");
        assertThat(ChoiceNames.describe(POOLS, JSON.readTree("{}"))).isEqualTo("no weight on any choice");
    }

    @Test
    void aChoiceBeingPreparedReadsTheSame() {
        assertThat(ChoiceNames.describe(BASIC, VoteChoice.parse(VotingType.BASIC, "2"))).isEqualTo("2 · Against");
        assertThat(ChoiceNames.describe(POOLS, VoteChoice.parse(VotingType.WEIGHTED, "{\"1\":1,\"3\":1}"))).isEqualTo("Stablecoins 50 % · STW 50 %");
        assertThat(ChoiceNames.describe(POOLS, VoteChoice.parse(VotingType.RANKED_CHOICE, "[2,1,3,4]")))
                .isEqualTo("2 · ETH, 1 · Stablecoins, 3 · STW, 4 · Grants");
    }

    @Test
    void rankedChoiceAndCopelandReadByPlace() throws Exception {
        assertThat(ChoiceNames.describe(VotingType.RANKED_CHOICE, POOLS, JSON.readTree("[2,1,4,3]")))
                .isEqualTo("1st · ETH, 2nd · Stablecoins, 3rd · Grants, 4th · STW");
        assertThat(ChoiceNames.describe(VotingType.COPELAND, BASIC, new VoteChoice.Ranking(new long[] {3, 1})))
                .isEqualTo("1st · Abstain, 2nd · For");
        assertThat(ChoiceNames.describe(VotingType.APPROVAL, POOLS, JSON.readTree("[3,1]"))).as("approval has no order to read")
                .isEqualTo("3 · STW, 1 · Stablecoins");
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111)).extracting(n -> ChoiceNames.ordinal(n))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th");
    }
}
