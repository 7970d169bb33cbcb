package org.steward.registry.service;

import java.util.function.Supplier;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.chain.CustomErrors;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.chain.PreparedCall;
import java.util.Optional;
import org.steward.core.chain.CallSender;
import org.steward.core.sign.TransactionRequest;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Sends registry calls signed on the device; the registry's custom errors come back as sentences. */
public final class RegistryCallSender implements CallSender {

    private static final CustomErrors ERRORS = CustomErrors.builder()
            .add("UnknownModel(uint256)", "The registry has no such model: refresh the table.")
            .add("UnknownChallenge(uint256)", "The registry has no such challenge: refresh the disputes.")
            .add("NotProvider(uint256,address)", "Only the model's provider may do this, and the signing account is not it.")
            .add("WeightsHashTaken(bytes32,uint256)", "Another model already lists these weights: check the weights hash.")
            .add("StakeBelowMinimum(uint256,uint256)", "The stake is below the registry's minimum: stake more.")
            .add("WrongStatus(uint256,uint8)", "The model's status does not allow this right now: refresh and check its status.")
            .add("ChallengeAlreadyOpen(uint256,uint256)", "The model already has an open challenge: add evidence to it instead.")
            .add("ChallengeNotOpen(uint256)", "The challenge is no longer open.")
            .add("ChallengeStillRunning(uint256,uint64)", "The challenge's deadline has not passed yet, so it cannot be cancelled.")
            .add("NotAParty(uint256,address)", "Only the challenger or the provider may add evidence.")
            .add("SlashTooHigh(uint256,uint256)", "The slash is above the registry's maximum: propose a smaller one.")
            .add("AmountZero()", "The amount is zero: enter an amount.")
            .add("AmountTooLarge(uint256,uint256)", "The amount is more than is available.")
            .add("StillUnbonding(uint64)", "The unbonding period has not ended yet: withdraw after it.")
            .add("EnforcedPause()", "The registry is paused by its guardian: only governance actions run until it is unpaused.")
            .add("AccessControlUnauthorizedAccount(address,bytes32)", "The signing account does not hold the role this action needs.")
            .add("ERC20InsufficientAllowance(address,uint256,uint256)", "The registry may not take that many tokens yet: approve it first.")
            .add("ERC20InsufficientBalance(address,uint256,uint256)", "The signing account does not hold enough tokens.")
            .build();

    private final ChainClient client;
    private final SignedItems history;
    private final Supplier<DeviceTransactions.Account> signer;

    public RegistryCallSender(ChainClient client, SignedItems history, Supplier<DeviceTransactions.Account> signer) {
        this.client = client;
        this.history = history;
        this.signer = signer;
    }

    @Override
    public String send(PreparedCall call, DevicePrompts prompts) {
        return send(call, draft(call).orElseThrow(), prompts);
    }

    @Override
    public Optional<TransactionRequest> draft(PreparedCall call) {
        try {
            return Optional.of(new DeviceTransactions(client, history).draft(signer.get(), call.to(), call.value(), call.data()));
        } catch (ChainException e) {
            // the gas estimate runs the call: a revert is said in the registry's words
            throw ERRORS.explain(e);
        }
    }

    @Override
    public String send(PreparedCall call, TransactionRequest drafted, DevicePrompts prompts) {
        try {
            org.steward.governance.service.governor.GovernorActions.requireOf(call, drafted);
            DeviceTransactions transactions = new DeviceTransactions(client, history);
            DeviceTransactions.Account from = signer.get();
            TransactionReceipt r = transactions.send(from, drafted, call.subject(), prompts);
            if (!r.isStatusOK()) {
                String why = transactions.revertData(from, call.to(), call.value(), call.data(), r.getBlockNumber())
                        .map(data -> " (" + org.steward.governance.service.governor.MinedRevert.describe(data) + ")").orElse("");
                throw new ChainException("Transaction " + r.getTransactionHash() + " was mined but reverted" + why + ": nothing changed; refresh and retry.");
            }
            return r.getTransactionHash();
        } catch (ChainException e) {
            throw ERRORS.explain(e);
        }
    }
}
