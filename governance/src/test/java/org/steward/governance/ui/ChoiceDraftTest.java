package org.steward.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.governance.domain.snapshot.VoteChoice;
import org.steward.governance.domain.snapshot.VotingType;

/** The dialog's controls edit a draft; the draft yields the same choice Snapshot signs for the type. */
class ChoiceDraftTest {

    private static final List<String> POOLS = List.of("Stablecoins", "ETH", "STW buybacks");

    @Test
    void amountsBecomeWeightsAndSharesAsTheyAreTyped() {
        ChoiceDraft draft = new ChoiceDraft(VotingType.WEIGHTED, POOLS);
        assertThat(draft.problemProperty().get()).as("nothing said before anything is typed").isEmpty();
        assertThat(draft.choiceProperty().get()).isNull();
        draft.amount(1, "5");
        draft.amount(2, "3");
        draft.amount(3, "2");
        assertThat(draft.summaryProperty().get()).isEqualTo("Stablecoins 50 % · ETH 30 % · STW buybacks 20 %");
        assertThat(draft.share(2)).isEqualTo("30 %");
        assertThat(((VoteChoice.Weights) draft.choiceProperty().get()).compactJson()).isEqualTo("{\"1\":5,\"2\":3,\"3\":2}");
        draft.amount(2, "0");
        assertThat(((VoteChoice.Weights) draft.choiceProperty().get()).compactJson()).as("a zero amount is left out").isEqualTo("{\"1\":5,\"3\":2}");
        assertThat(draft.share(2)).isEqualTo("0 %");
    }

    @Test
    void aTypedAmountThatIsNotOneIsNamedByItsChoice() {
        ChoiceDraft draft = new ChoiceDraft(VotingType.QUADRATIC, POOLS);
        draft.amount(1, "4");
        draft.amount(2, "lots");
        assertThat(draft.choiceProperty().get()).isNull();
        assertThat(draft.problemProperty().get()).isEqualTo("The amount for ETH (\"lots\") is not a number: type e.g. 3 or 0.5.");
        draft.amount(2, "-1");
        assertThat(draft.problemProperty().get()).isEqualTo("The amount for ETH is below 0: type 0 or more.");
        draft.amount(2, "");
        assertThat(draft.problemProperty().get()).isEmpty();
        draft.amount(1, "0");
        assertThat(draft.problemProperty().get()).isEqualTo("Put an amount above 0 on at least one choice.");
    }

    @Test
    void aRankingIsEveryChoiceInTheVotersOrder() {
        ChoiceDraft draft = new ChoiceDraft(VotingType.COPELAND, POOLS);
        assertThat(draft.choiceProperty().get()).as("the listing order is nobody's vote until the voter says so").isNull();
        draft.move(2, 0);
        assertThat(draft.choiceProperty().get()).isEqualTo(new VoteChoice.Ranking(new long[] {3, 1, 2}));
        assertThat(draft.place(0)).isEqualTo("1st · STW buybacks");
        assertThat(draft.summaryProperty().get()).isEqualTo("1st · STW buybacks, 2nd · Stablecoins, 3rd · ETH");
        draft.move(0, 5);
        assertThat(draft.order()).as("a move outside the list changes nothing").containsExactly(3, 1, 2);
        ChoiceDraft kept = new ChoiceDraft(VotingType.RANKED_CHOICE, POOLS);
        kept.keepOrder();
        assertThat(kept.choiceProperty().get()).isEqualTo(new VoteChoice.Ranking(new long[] {1, 2, 3}));
    }

    @Test
    void approvalIsTheTickedChoicesAndNeedsOne() {
        ChoiceDraft draft = new ChoiceDraft(VotingType.APPROVAL, POOLS);
        draft.approve(3, true);
        draft.approve(1, true);
        assertThat(draft.choiceProperty().get()).isEqualTo(new VoteChoice.Ranking(new long[] {1, 3}));
        draft.approve(1, false);
        draft.approve(3, false);
        assertThat(draft.choiceProperty().get()).isNull();
    }
}
