package org.steward.governance.ui.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.format.Shown;
import org.steward.core.token.TokenInfo;
import org.steward.governance.domain.governor.ProposalState;
import org.steward.governance.domain.governor.ProposalStatus;
import org.steward.core.governor.VoteSupport;
import org.steward.governance.domain.governor.VoterPosition;

/** Votes, quorum and balances read in the voting token's symbol and decimals, the exact counts one hover away. */
class VotesTextTest {

    private static final Address TOKEN = Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    private static final Address ME = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    private static final TokenInfo STW = TokenInfo.fromContract(TOKEN, "Steward", "STW", BigInteger.valueOf(18));
    private static final BigInteger ONE = BigInteger.TEN.pow(18);

    @Test
    void votesReadAsTokensWithTheirShareAndExactOnHover() {
        ProposalStatus s = status(ProposalState.ACTIVE, units("1234.5"), units("740.7"), BigInteger.ZERO, units("4000"), true);

        Shown forVotes = VotesText.tally(STW, s, VoteSupport.FOR);

        assertThat(forVotes.text()).isEqualTo("1,234.5 STW · 62.5 %");
        assertThat(forVotes.exact()).contains("1234500000000000000000").contains("18 decimals");
        assertThat(VotesText.tally(STW, status(ProposalState.PENDING, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, units("4000"), true),
                VoteSupport.AGAINST).text()).as("no share of no votes").isEqualTo("0 STW");
    }

    @Test
    void quorumCountsForAndAbstainInTheTokensOwnDecimals() {
        TokenInfo sixDecimals = TokenInfo.fromContract(TOKEN, "Votes", "gUSD", BigInteger.valueOf(6));
        ProposalStatus s = status(ProposalState.ACTIVE, BigInteger.valueOf(3_000_000_000L), BigInteger.ONE, BigInteger.valueOf(1_500_000_000L),
                BigInteger.valueOf(4_000_000_000L), false);

        Shown quorum = VotesText.quorum(sixDecimals, s);

        assertThat(quorum.text()).isEqualTo("Quorum 4,500 gUSD of 4,000 gUSD — reached (estimated: the snapshot is still ahead)");
        assertThat(quorum.exact()).contains("4500000000 with 6 decimals").contains("4000000000 with 6 decimals");
    }

    @Test
    void positionSaysThePowerAndWarnsOfAnUndelegatedBalance() {
        ProposalStatus s = status(ProposalState.ACTIVE, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, units("4000"), true);
        VoterPosition undelegated = new VoterPosition(ME, units("1000"), BigInteger.ZERO, Address.ZERO, BigInteger.ZERO, false);

        Shown shown = VotesText.position(STW, undelegated, s);

        assertThat(shown.text()).isEqualTo("Your voting power at the snapshot: 0 STW. You have not voted yet.\n"
                + "Your 1,000 STW are not delegated, so they do not count in any vote: delegate to yourself or to someone you trust.");
        assertThat(shown.exact()).contains("1000000000000000000000 with 18 decimals");
    }

    @Test
    void delegationNamesTheDelegateAndOnlyWarnsWhenNobodyCarriesTheVotes() {
        VoterPosition self = new VoterPosition(ME, units("400000"), units("400000"), ME, BigInteger.ZERO, false);
        VoterPosition none = new VoterPosition(ME, units("0.25"), BigInteger.ZERO, Address.ZERO, BigInteger.ZERO, false);

        assertThat(VotesText.delegation(STW, self).text()).isEqualTo("Balance 400,000 STW · votes 400,000 STW · delegate: yourself");
        assertThat(VotesText.undelegated(STW, self).text()).isEmpty();
        assertThat(VotesText.delegation(STW, none).text()).isEqualTo("Balance 0.25 STW · votes 0 STW · delegate: none");
        assertThat(VotesText.undelegated(STW, none).text()).startsWith("Your 0.25 STW are not delegated");
    }

    private static BigInteger units(String tokens) {
        return new java.math.BigDecimal(tokens).multiply(new java.math.BigDecimal(ONE)).toBigIntegerExact();
    }

    private static ProposalStatus status(ProposalState state, BigInteger forVotes, BigInteger against, BigInteger abstain, BigInteger quorum,
                                         boolean quorumFinal) {
        return new ProposalStatus(BigInteger.ONE, state, forVotes, against, abstain, quorum, quorumFinal, 10, 20, 15, OptionalLong.empty());
    }
}
