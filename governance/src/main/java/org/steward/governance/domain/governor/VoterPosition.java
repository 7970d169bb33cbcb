package org.steward.governance.domain.governor;

import java.math.BigInteger;
import org.steward.core.eth.Address;

/**
 * A token holder's standing: balance, current votes, delegate, and for one proposal the voting
 * power at its snapshot and whether a vote was cast. OpenZeppelin's ERC20Votes counts nothing
 * until the holder delegates, even to themself; that is the trap {@link #undelegatedWarning} names.
 */
public record VoterPosition(Address account, BigInteger balance, BigInteger currentVotes, Address delegate,
                            BigInteger votesAtSnapshot, boolean hasVoted) {

    public boolean undelegated() {
        return balance.signum() > 0 && delegate.equals(Address.ZERO);
    }

    /** Already its own delegate: delegating to itself again would spend gas and change nothing. */
    public boolean delegatesToSelf() {
        return delegate.equals(account);
    }

    public String undelegatedWarning(String amount) {
        return "Your " + amount + " are not delegated, so they do not count in any vote: delegate to yourself or to someone you trust.";
    }
}
