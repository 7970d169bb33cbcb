package org.steward.governance.service.governor;

import java.util.List;
import org.steward.core.chain.CallSender;
import org.steward.core.chain.PreparedCall;
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.eth.Address;
import org.steward.core.governor.GovernorEvent;
import org.steward.core.governor.VoteSupport;
import org.steward.core.task.Progress;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.domain.governor.ProposalStatus;
import org.steward.governance.domain.governor.VoterPosition;

/** What the Governor screens read and send. Every method blocks: the ViewModels call it from background tasks. */
public interface GovernorSource extends CallSender {

    /** A proposal as indexed from its ProposalCreated log, with its live status. */
    record Proposal(GovernorEvent.Created created, ProposalStatus status) {
    }

    /** The chain's head: its number, and its timestamp (which a devnet can move ahead of this machine's clock). */
    record Head(long block, long timeSeconds) {
    }

    GovernorReader.Setup setup();

    /** The head block now; a source without a chain has none (block -1), and then nothing is followed. */
    default Head head() {
        return new Head(-1, -1);
    }

    /**
     * The proposals, and beside them what the read has to say: a reorganisation it found, the
     * Governor's logs that did not decode (each a bad item; the other proposals still show).
     */
    record ProposalList(List<Proposal> proposals, LogListNotice notice) {

        public ProposalList {
            proposals = List.copyOf(proposals);
        }
    }

    /** Catches the index up with the chain, then reads every proposal's status. */
    ProposalList read(Progress progress);

    /** {@link #read}'s proposals, for callers that show no notice. */
    default List<Proposal> proposals(Progress progress) {
        return read(progress).proposals();
    }

    List<GovernorEvent> events(java.math.BigInteger proposalId);

    /** The account that signs: the connected device's first account. Opens the device. */
    Address account();

    VoterPosition position(Address account, ProposalStatus proposal);

    PreparedCall vote(java.math.BigInteger proposalId, VoteSupport support, String reason);

    PreparedCall delegate(Address delegatee);

    PreparedCall propose(ProposalDraft draft);

    PreparedCall queue(ProposalDraft draft);

    PreparedCall execute(ProposalDraft draft);

    /**
     * "If this passes, executing it through the Timelock does …": the proposal's actions run as the
     * Timelock on a private fork, as a report for a person. Sources without a chain have none.
     */
    default String ifPasses(java.math.BigInteger proposalId) {
        return "This source cannot simulate proposals.";
    }
}
