package org.steward.governance.ui.governor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.abi.CallNode;
import org.steward.core.chain.PreparedCall;
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.eth.Address;
import org.steward.core.format.Shown;
import org.steward.core.governor.GovernorEvent;
import org.steward.core.governor.VoteSupport;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.Progress;
import org.steward.core.token.TokenInfo;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.domain.governor.ProposalStatus;
import org.steward.governance.domain.governor.VoterPosition;
import org.steward.governance.service.governor.GovernorReader;
import org.steward.governance.service.governor.GovernorSource;

/**
 * A stand-in for the chain: a plain test may not start a devnet (TestPhaseRules), so the
 * ViewModels' own decisions are tested against fixed answers here, and the real source against
 * anvil in GovernorFlowUiIT and GovernorScreensOnDevnetIT. It records the delegations asked for.
 */
final class StubGovernorSource implements GovernorSource {

    static final Address TOKEN = Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    static final Address TIMELOCK = Address.parse("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");

    final List<Address> delegations = new ArrayList<>();
    private final VoterPosition position;

    StubGovernorSource(VoterPosition position) {
        this.position = position;
    }

    @Override
    public GovernorReader.Setup setup() {
        return new GovernorReader.Setup(TOKEN, TIMELOCK, false, TokenInfo.fromContract(TOKEN, "Steward", "STW", BigInteger.valueOf(18)));
    }

    @Override
    public ProposalList read(Progress progress) {
        return new ProposalList(List.of(), LogListNotice.NONE);
    }

    @Override
    public List<GovernorEvent> events(BigInteger proposalId) {
        return List.of();
    }

    @Override
    public Address account() {
        return position.account();
    }

    @Override
    public VoterPosition position(Address account, ProposalStatus proposal) {
        return position;
    }

    @Override
    public PreparedCall vote(BigInteger proposalId, VoteSupport support, String reason) {
        throw new UnsupportedOperationException("not asked of this stub");
    }

    @Override
    public PreparedCall delegate(Address delegatee) {
        delegations.add(delegatee);
        return new PreparedCall("Delegate", TOKEN, BigInteger.ZERO, new byte[4], "delegate(address)",
                CallNode.leaf("delegate(address)", new Shown("delegate(address)", "delegate(address)")), "delegation");
    }

    @Override
    public PreparedCall propose(ProposalDraft draft) {
        throw new UnsupportedOperationException("not asked of this stub");
    }

    @Override
    public PreparedCall queue(ProposalDraft draft) {
        throw new UnsupportedOperationException("not asked of this stub");
    }

    @Override
    public PreparedCall execute(ProposalDraft draft) {
        throw new UnsupportedOperationException("not asked of this stub");
    }

    @Override
    public String send(PreparedCall call, DevicePrompts prompts) {
        throw new UnsupportedOperationException("nothing is signed in a plain test");
    }
}
