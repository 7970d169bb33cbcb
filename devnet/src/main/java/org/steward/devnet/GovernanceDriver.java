package org.steward.devnet;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;

/**
 * Takes proposals through the demo DAO's Governor the way token holders do: propose, vote, queue,
 * wait out the Timelock, execute. Blocks and time are advanced with anvil's own calls.
 */
final class GovernanceDriver {

    /** One proposal: the calls, as the Governor hashes them. */
    record Proposal(List<Address> targets, List<Function> calls, String description) {

        List<Type> encoded() {
            return List.of(
                    new DynamicArray<>(org.web3j.abi.datatypes.Address.class, targets.stream()
                            .map(a -> new org.web3j.abi.datatypes.Address(a.lowerHex())).toList()),
                    new DynamicArray<>(Uint256.class, targets.stream().map(t -> new Uint256(0)).toList()),
                    new DynamicArray<>(DynamicBytes.class, calls.stream()
                            .map(f -> new DynamicBytes(Hex.decode(FunctionEncoder.encode(f)))).toList()));
        }

        Bytes32 descriptionHash() {
            return new Bytes32(Hash.sha3(description.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private final DevnetChain chain;
    private final DevnetDeployment d;

    GovernanceDriver(DevnetChain chain, DevnetDeployment deployment) {
        this.chain = chain;
        this.d = deployment;
    }

    BigInteger propose(Address proposer, Proposal p) {
        List<Type> e = p.encoded();
        chain.execute(proposer, d.governor(), new Function("propose", List.of(e.get(0), e.get(1), e.get(2), new Utf8String(p.description())), List.of()));
        return chain.<Uint256>callSingle(d.governor(), "hashProposal", List.of(e.get(0), e.get(1), e.get(2), p.descriptionHash()),
                new TypeReference<Uint256>() { }).getValue();
    }

    void openVoting() {
        chain.mine(uint(d.governor(), "votingDelay").longValueExact() + 1);
    }

    /** support: 0 against, 1 for, 2 abstain. */
    void vote(Address voter, BigInteger proposalId, int support) {
        chain.execute(voter, d.governor(), new Function("castVote", List.of(new Uint256(proposalId), new Uint8(support)), List.of()));
    }

    void closeVoting() {
        chain.mine(uint(d.governor(), "votingPeriod").longValueExact() + 1);
    }

    void queueAndExecute(Address caller, Proposal p) {
        queue(caller, p);
        waitOutTimelock();
        chain.execute(caller, d.governor(), execute(p));
    }

    void queue(Address caller, Proposal p) {
        List<Type> e = p.encoded();
        chain.execute(caller, d.governor(), new Function("queue", List.of(e.get(0), e.get(1), e.get(2), p.descriptionHash()), List.of()));
    }

    /** Moves the chain clock past the Timelock's minimum delay. */
    void waitOutTimelock() {
        chain.increaseTime(uint(d.timelock(), "getMinDelay").longValueExact() + 1);
        chain.mine(1);
    }

    /** The Governor's execute call for {@code p}, to send or to simulate. */
    Function execute(Proposal p) {
        List<Type> e = p.encoded();
        return new Function("execute", List.of(e.get(0), e.get(1), e.get(2), p.descriptionHash()), List.of());
    }

    int state(BigInteger proposalId) {
        return chain.<org.web3j.abi.datatypes.generated.Uint8>callSingle(d.governor(), "state", List.of(new Uint256(proposalId)),
                new TypeReference<org.web3j.abi.datatypes.generated.Uint8>() { }).getValue().intValue();
    }

    /** The whole path with the given voters all in favour. */
    BigInteger pass(Address proposer, List<Address> voters, Proposal p) {
        BigInteger id = propose(proposer, p);
        openVoting();
        voters.forEach(v -> vote(v, id, 1));
        closeVoting();
        queueAndExecute(proposer, p);
        return id;
    }

    private BigInteger uint(Address contract, String view) {
        return chain.<Uint256>callSingle(contract, view, List.of(), new TypeReference<Uint256>() { }).getValue();
    }
}
