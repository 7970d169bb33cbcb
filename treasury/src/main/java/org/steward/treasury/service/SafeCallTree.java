package org.steward.treasury.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.CallNode;
import org.steward.core.abi.DaoFunctions;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.abi.tree.CallTree;
import org.steward.core.eth.Address;
import org.steward.core.token.TokenInfo;
import org.steward.treasury.domain.MultiSendBatch;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.risk.SafeTxRisks;
import org.steward.treasury.domain.timelock.TimelockCalls;

/**
 * A SafeTx's call as a tree, MultiSend batches opened into their calls (nested batches too): the
 * functions a Safe transaction commonly calls are read with their argument names, the Safe and its
 * owners are named, and token amounts read in the token that said what it is.
 */
public final class SafeCallTree {

    /**
     * What a treasury signs: the Safe's own settings, its hash approval and execTransaction (a Safe
     * that owns another), ERC-20 and its Votes delegation, the timelock, and an OpenZeppelin Governor's
     * votes and proposal steps (a Safe that holds voting power).
     */
    public static final List<AbiFunction> KNOWN = known();

    private SafeCallTree() {
    }

    /**
     * @param known  names of addresses the review knows (this Safe, its owners)
     * @param tokens what a token contract says of itself; empty when unknown
     */
    public static CallNode of(SafeTx tx, Map<Address, String> known, Function<Address, Optional<TokenInfo>> tokens) {
        return new CallTree(KNOWN).names(a -> Optional.ofNullable(known.get(a))).amounts(tokens).batches(SafeCallTree::multiSend)
                .call("Call", tx.operation() == Operation.DELEGATECALL, tx.to(), tx.value(), tx.data());
    }

    /** A multiSend call's packed calls; a malformed batch throws with the sentence that says so. */
    private static Optional<List<CallTree.InnerCall>> multiSend(byte[] data) {
        if (!MultiSendBatch.isMultiSend(data)) {
            return Optional.empty();
        }
        return Optional.of(MultiSendBatch.decode(data).stream()
                .map(c -> new CallTree.InnerCall(c.operation() == Operation.DELEGATECALL, c.to(), c.value(), c.data())).toList());
    }

    private static List<AbiFunction> known() {
        List<AbiFunction> all = new ArrayList<>(Erc20Functions.all());
        all.addAll(SafeTxRisks.SETTINGS);
        all.add(AbiFunction.parse("approveHash(bytes32 hashToApprove)"));
        all.addAll(TimelockCalls.ALL);
        for (String declaration : List.of(
                "function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, "
                        + "uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures) payable",
                "function delegate(address delegatee)",
                "function castVote(uint256 proposalId, uint8 support)",
                "function castVoteWithReason(uint256 proposalId, uint8 support, string reason)",
                "function propose(address[] targets, uint256[] values, bytes[] calldatas, string description)",
                "function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash)",
                "function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable")) {
            all.add(AbiFunction.parse(declaration));
        }
        // The registry's and the Governor's own functions, for a Safe that acts in the DAO (a guardian's pause,
        // a role grant); a selector already known above keeps its first declaration.
        for (AbiFunction f : java.util.stream.Stream.of(DaoFunctions.REGISTRY, DaoFunctions.GOVERNOR).flatMap(List::stream).toList()) {
            if (all.stream().noneMatch(k -> k.selectorHex().equals(f.selectorHex()))) {
                all.add(f);
            }
        }
        return List.copyOf(all);
    }
}
