package org.steward.governance.service.governor;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.DecodedCall;
import org.steward.core.abi.tree.CallTree;
import org.steward.core.chain.ChainException;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.chain.PreparedCall;
import org.steward.core.eth.Address;
import org.steward.core.governor.VoteSupport;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.TransactionRequest;
import org.steward.governance.domain.governor.KnownCalls;
import org.steward.governance.domain.governor.ProposalDraft;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * The transactions a token holder sends to the Governor and its token: each is first prepared (call
 * data encoded, then decoded back for the preview), then signed on the device and sent; the raw
 * transaction is stored in the history before it is broadcast.
 */
public final class GovernorActions {

    static final AbiFunction CAST_VOTE = AbiFunction.parse("function castVote(uint256 proposalId, uint8 support)");
    static final AbiFunction CAST_VOTE_WITH_REASON = AbiFunction.parse(
            "function castVoteWithReason(uint256 proposalId, uint8 support, string reason)");
    static final AbiFunction DELEGATE = AbiFunction.parse("function delegate(address delegatee)");

    private final DeviceTransactions transactions;
    private final Address governor;

    public GovernorActions(DeviceTransactions transactions, Address governor) {
        this.transactions = transactions;
        this.governor = governor;
    }

    public PreparedCall vote(BigInteger proposalId, VoteSupport support, String reason) {
        boolean withReason = reason != null && !reason.isBlank();
        byte[] data = withReason
                ? AbiCalls.encode(CAST_VOTE_WITH_REASON, List.of(proposalId.toString(), Integer.toString(support.code()), reason))
                : AbiCalls.encode(CAST_VOTE, List.of(proposalId.toString(), Integer.toString(support.code())));
        return prepared("Vote " + support.label() + " on proposal " + abbreviated(proposalId), governor, BigInteger.ZERO, data,
                withReason ? CAST_VOTE_WITH_REASON : CAST_VOTE, "governor-vote:" + proposalId);
    }

    public PreparedCall delegate(Address token, Address delegatee) {
        return prepared("Delegate your votes to " + delegatee.checksummed(), token, BigInteger.ZERO,
                AbiCalls.encode(DELEGATE, List.of(delegatee.lowerHex())), DELEGATE, "delegate:" + delegatee.lowerHex());
    }

    public PreparedCall propose(ProposalDraft draft) {
        return prepared("Propose \"" + draft.title() + "\" (id " + abbreviated(draft.proposalId()) + ")", governor, BigInteger.ZERO,
                draft.proposeCalldata(), ProposalDraft.PROPOSE, "governor-propose:" + draft.proposalId());
    }

    public PreparedCall queue(ProposalDraft draft) {
        return prepared("Queue proposal " + abbreviated(draft.proposalId()) + " in the timelock", governor, BigInteger.ZERO,
                draft.queueCalldata(), ProposalDraft.QUEUE, "governor-queue:" + draft.proposalId());
    }

    public PreparedCall execute(ProposalDraft draft) {
        return prepared("Execute proposal " + abbreviated(draft.proposalId()), governor, draft.totalValue(), draft.executeCalldata(),
                ProposalDraft.EXECUTE, "governor-execute:" + draft.proposalId());
    }

    /** The transaction the device will be asked to sign for {@code call}, for its review to preview. */
    public TransactionRequest draft(PreparedCall call, DeviceTransactions.Account from) {
        try {
            return transactions.draft(from, call.to(), call.value(), call.data());
        } catch (ChainException e) {
            // the gas estimate runs the call: a revert ("already voted") is said in the Governor's words
            throw GovernorErrors.explain(e);
        }
    }

    /** Signs on the device and sends; a revert is explained in words when the Governor's custom error is known. */
    public TransactionReceipt send(PreparedCall call, DeviceTransactions.Account from, DevicePrompts prompts) {
        return send(call, from, draft(call, from), prompts);
    }

    /** Signs exactly {@code drafted}, which must be a transaction of this call, and sends it. */
    public TransactionReceipt send(PreparedCall call, DeviceTransactions.Account from, TransactionRequest drafted, DevicePrompts prompts) {
        try {
            requireOf(call, drafted);
            TransactionReceipt receipt = transactions.send(from, drafted, call.subject(), prompts);
            if (!receipt.isStatusOK()) {
                String why = transactions.revertData(from, call.to(), call.value(), call.data(), receipt.getBlockNumber())
                        .map(data -> " (" + MinedRevert.describe(data) + ")").orElse("");
                throw new ChainException("The transaction " + receipt.getTransactionHash() + " was mined but reverted" + why + ": nothing changed; "
                        + "refresh the proposal and check its state.");
            }
            return receipt;
        } catch (ChainException e) {
            throw GovernorErrors.explain(e);
        }
    }

    /** A drafted transaction signs the call it was drafted for, or nothing: its recipient, value and data are the call's. */
    public static void requireOf(PreparedCall call, TransactionRequest drafted) {
        org.steward.core.sign.EthTransaction tx = drafted.transaction();
        if (!tx.to().equals(Optional.of(call.to())) || !tx.value().equals(call.value()) || !java.util.Arrays.equals(tx.data(), call.data())) {
            throw new ChainException("The transaction drafted for the review is not the call being signed: nothing was signed; review it again.");
        }
    }

    private PreparedCall prepared(String title, Address to, BigInteger value, byte[] data, AbiFunction f, String subject) {
        DecodedCall decoded = AbiCalls.decode(f, data);
        CallTree tree = new CallTree(KnownCalls.ALL).names(a -> a.equals(governor) ? Optional.of("Governor") : Optional.empty());
        return new PreparedCall(title, to, value, data, decoded.render(), tree.decoded(to, value, decoded), subject);
    }

    static String abbreviated(BigInteger id) {
        String s = id.toString();
        return s.length() > 12 ? s.substring(0, 6) + "…" + s.substring(s.length() - 4) : s;
    }
}
