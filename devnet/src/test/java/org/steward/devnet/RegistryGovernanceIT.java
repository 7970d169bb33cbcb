package org.steward.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.devnet.RegistryDriver.abi;
import static org.steward.devnet.RegistryDriver.fn;
import static org.steward.devnet.RegistryDriver.stw;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.devnet.RegistryDriver.Status;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;

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

        String calldata = FunctionEncoder.encode(fn("resolveChallenge", new Uint256(cid), new Bool(true), new Uint256(5_000)));
        String description = "Slash model " + id + " for challenge " + cid;
        List<Type> proposal = List.of(
                new DynamicArray<>(org.web3j.abi.datatypes.Address.class, List.of(abi(r.d.registry()))),
                new DynamicArray<>(Uint256.class, List.of(new Uint256(0))),
                new DynamicArray<>(DynamicBytes.class, List.of(new DynamicBytes(Hex.decode(calldata)))));
        Bytes32 descriptionHash = new Bytes32(Hash.sha3(description.getBytes(StandardCharsets.UTF_8)));
        Address proposer = r.accounts.get(1);
        r.chain.execute(proposer, r.d.governor(), new Function("propose",
                List.of(proposal.get(0), proposal.get(1), proposal.get(2), new Utf8String(description)), List.of()));
        BigInteger proposalId = r.uint(r.d.governor(), "hashProposal", proposal.get(0), proposal.get(1), proposal.get(2), descriptionHash);

        r.chain.mine(r.uint(r.d.governor(), "votingDelay").longValueExact() + 1);
        for (Address voter : r.accounts.subList(0, 3)) {
            r.chain.execute(voter, r.d.governor(), fn("castVote", new Uint256(proposalId), new Uint8(1)));
        }
        r.chain.mine(r.uint(r.d.governor(), "votingPeriod").longValueExact() + 1);
        assertThat(state(r, proposalId)).isEqualTo(STATE_SUCCEEDED);

        r.chain.execute(proposer, r.d.governor(), new Function("queue",
                List.of(proposal.get(0), proposal.get(1), proposal.get(2), descriptionHash), List.of()));
        assertThat(state(r, proposalId)).isEqualTo(STATE_QUEUED);
        assertThat(r.revertSelector(proposer, new Function("execute",
                List.of(proposal.get(0), proposal.get(1), proposal.get(2), descriptionHash), List.of())))
                .as("nothing runs before the timelock delay").isNotEmpty();

        r.passTime(r.uint(r.d.timelock(), "getMinDelay").longValueExact() + 1);
        BigInteger supply = r.totalSupply();
        r.chain.execute(proposer, r.d.governor(), new Function("execute",
                List.of(proposal.get(0), proposal.get(1), proposal.get(2), descriptionHash), List.of()));

        assertThat(state(r, proposalId)).isEqualTo(STATE_EXECUTED);
        assertThat(r.status(id)).isEqualTo(Status.REMOVED);
        // 50% of 2000 slashed = 1000; the challenger's 20% (200) is paid, 800 burned.
        assertThat(supply.subtract(r.totalSupply())).isEqualTo(stw(800));
    }

    private static int state(RegistryDriver r, BigInteger proposalId) {
        return r.chain.callSingle(r.d.governor(), "state", List.of(new Uint256(proposalId)), new TypeReference<Uint8>() { })
                .getValue().intValue();
    }
}
