package org.steward.governance.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.core.UserFacingException;

/** What each voting type's choice may be, and the sentence a person sees when it is not. */
class VoteChoiceTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "single-choice|[1]|does not fit a single-choice vote",
        "basic|1.5|does not fit a basic vote",
        "ranked-choice|[1,2,1]|names an option twice",
        "copeland|[]|is empty",
        "approval|[0]|does not exist",
        "weighted|[1]|does not fit a weighted vote",
        "quadratic|{\"x\":1}|does not fit a quadratic vote",
        "quadratic|{\"1\":0}|nothing to any option",
        "weighted|{\"1\":-1}|out of range",
        "weighted|{\"1\":1e30}|out of range",
    })
    void refusesWhatTheTypeCannotSign(String type, String json, String expected) {
        assertThatThrownBy(() -> VoteChoice.parse(VotingType.fromId(type), json))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining(expected)
                .hasMessageEndingWith(".");
    }

    @Test
    void wholeNumbersWrittenWithAFractionAreStillOptionNumbers() {
        assertThat(VoteChoice.parse(VotingType.SINGLE_CHOICE, "2.0")).isEqualTo(new VoteChoice.Single(2));
        assertThat(VoteChoice.parse(VotingType.RANKED_CHOICE, "[3, 1.0, 2]")).isEqualTo(new VoteChoice.Ranking(new long[] {3, 1, 2}));
    }

    @Test
    void weightsKeepZeroesAndPrintAsJavaScriptWould() {
        VoteChoice.Weights w = (VoteChoice.Weights) VoteChoice.parse(VotingType.QUADRATIC, "{\"10\":0.50,\"2\":0,\"1\":100}");

        assertThat(w.compactJson()).isEqualTo("{\"1\":100,\"2\":0,\"10\":0.5}");
    }

    @Test
    void shutterCiphertextMustBeHex() {
        assertThatThrownBy(() -> new VoteChoice.Encrypted("not hex")).isInstanceOf(UserFacingException.class);
        assertThat(new VoteChoice.Encrypted("0xab").messageValue()).isEqualTo("0xab");
    }
}
