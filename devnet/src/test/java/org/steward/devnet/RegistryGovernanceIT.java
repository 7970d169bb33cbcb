package org.steward.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.devnet.RegistryDriver.fn;
import static org.steward.devnet.RegistryDriver.stw;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.eth.Address;
import org.steward.devnet.RegistryDriver.Status;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** The only way to slash: challenge -> Governor proposal -> vote -> queue -> timelock delay -> execute. */
@ExtendWith(DevnetExtension.class)
class RegistryGovernanceIT {

    private static final int STATE_SUCCEEDED = 4;
    private static final int STATE_QUEUED = 5;
    private static final int STATE_EXECUTED = 7;

    @Test
    void tokenHoldersSlashAModelThroughTheGovernorAndTheTimelock(Devnet devnet) {
        RegistryDriver r = new RegistryDriver(devnet);
        Address provider = r.accounts.get(5);
        Address challenger = r.accounts.get(6);
        r.fund(provider, stw(10_000));
        r.fund(challenger, stw(1_000));
        BigInteger id = r.register(provider, "governed", stw(2_000));
        r.send(challenger, fn("challenge", new Uint256(id), new Utf8String("ipfs://evidence")));
        BigInteger cid = r.uint(r.d.registry(), "challengeCount");

        GovernanceDriver governance = new GovernanceDriver(r.chain, r.d);
        GovernanceDriver.Proposal proposal = new GovernanceDriver.Proposal(List.of(r.d.registry()),
                List.of(fn("resolveChallenge", new Uint256(cid), new Bool(true), new Uint256(5_000))),
                "Slash model " + id + " for challenge " + cid);
        Address proposer = r.accounts.get(1);
        BigInteger proposalId = governance.propose(proposer, proposal);

        governance.openVoting();
        for (Address voter : r.accounts.subList(0, 3)) {
            governance.vote(voter, proposalId, 1);
        }
        governance.closeVoting();
        assertThat(governance.state(proposalId)).isEqualTo(STATE_SUCCEEDED);

        governance.queue(proposer, proposal);
        assertThat(governance.state(proposalId)).isEqualTo(STATE_QUEUED);
        assertThat(r.chain.revertData(proposer, r.d.governor(), governance.execute(proposal)))
                .as("nothing runs before the timelock delay").isNotEmpty();

        governance.waitOutTimelock();
        BigInteger supply = r.totalSupply();
        r.chain.execute(proposer, r.d.governor(), governance.execute(proposal));

        assertThat(governance.state(proposalId)).isEqualTo(STATE_EXECUTED);
        assertThat(r.status(id)).isEqualTo(Status.REMOVED);
        // 50% of 2000 slashed = 1000; the challenger's 20% (200) is paid, 800 burned.
        assertThat(supply.subtract(r.totalSupply())).isEqualTo(stw(800));
    }
}
