package org.steward.governance.ui.governor;

import java.math.BigInteger;
import org.steward.core.eth.Address;
import org.steward.core.format.Shares;
import org.steward.core.format.Shown;
import org.steward.core.token.TokenInfo;
import org.steward.governance.domain.governor.ProposalState;
import org.steward.governance.domain.governor.ProposalStatus;
import org.steward.core.governor.VoteSupport;
import org.steward.governance.domain.governor.VoterPosition;

/**
 * The Governor pages' sentences about votes, quorum and balances, each as a {@link Shown}: the
 * sentence a person reads ("Quorum 1,234.5 STW of 4,000 STW") and the same sentence with every
 * amount exact, for the hover and the copy. Amounts are in the voting token's own symbol and
 * decimals, never an assumed 18.
 */
final class VotesText {

    private VotesText() {
    }

    /** "1,234.5 STW · 62.5 %": one side's votes and its share of all votes cast. */
    static Shown tally(TokenInfo votes, ProposalStatus s, VoteSupport side) {
        BigInteger raw = switch (side) {
            case FOR -> s.forVotes();
            case AGAINST -> s.againstVotes();
            case ABSTAIN -> s.abstainVotes();
        };
        Shown amount = votes.amount(raw);
        String share = s.totalVotes().signum() == 0 ? "" : " · " + Shares.percent(s.share(side));
        return new Shown(amount.text() + share, amount.exact() + share);
    }

    /** "Quorum 1,000 STW of 4,000 STW — reached"; For and Abstain count towards it. */
    static Shown quorum(TokenInfo votes, ProposalStatus s) {
        Shown reached = votes.amount(s.quorumVotes());
        Shown needed = votes.amount(s.quorum());
        String tail = (s.quorumReached() ? " — reached" : "") + (s.quorumFinal() ? "" : " (estimated: the snapshot is still ahead)");
        return new Shown("Quorum " + reached.text() + " of " + needed.text() + tail, "Quorum " + reached.exact() + " of " + needed.exact() + tail);
    }

    /** The account's voting power at the proposal's snapshot, whether it voted, and the undelegated warning. */
    static Shown position(TokenInfo votes, VoterPosition pos, ProposalStatus s) {
        Shown power = votes.amount(pos.votesAtSnapshot());
        String estimated = s.quorumFinal() ? "" : " (estimated)";
        String voted = pos.hasVoted() ? "You have voted on this proposal." : s.state() == ProposalState.ACTIVE ? "You have not voted yet." : "";
        Shown balance = votes.amount(pos.balance());
        String text = "Your voting power at the snapshot: " + power.text() + estimated + ". " + voted
                + (pos.undelegated() ? "\n" + pos.undelegatedWarning(balance.text()) : "");
        String exact = "Your voting power at the snapshot: " + power.exact() + estimated + ". " + voted
                + (pos.undelegated() ? "\n" + pos.undelegatedWarning(balance.exact()) : "");
        return new Shown(text, exact);
    }

    /** "Balance 1,000 STW · votes 1,000 STW · delegate: yourself". */
    static Shown delegation(TokenInfo votes, VoterPosition pos) {
        Shown balance = votes.amount(pos.balance());
        Shown current = votes.amount(pos.currentVotes());
        String delegate = " · delegate: " + delegateName(pos);
        return new Shown("Balance " + balance.text() + " · votes " + current.text() + delegate,
                "Balance " + balance.exact() + " · votes " + current.exact() + delegate);
    }

    /** The warning for a balance that counts in no vote; empty when the balance is delegated or there is none. */
    static Shown undelegated(TokenInfo votes, VoterPosition pos) {
        if (!pos.undelegated()) {
            return Shown.plain("");
        }
        Shown balance = votes.amount(pos.balance());
        return new Shown(pos.undelegatedWarning(balance.text()), pos.undelegatedWarning(balance.exact()));
    }

    private static String delegateName(VoterPosition pos) {
        Address d = pos.delegate();
        return d.equals(Address.ZERO) ? "none" : d.equals(pos.account()) ? "yourself" : d.checksummed();
    }
}
