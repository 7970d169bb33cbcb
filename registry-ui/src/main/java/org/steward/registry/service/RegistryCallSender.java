package org.steward.registry.service;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.steward.core.UserFacingException;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.eth.Hex;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.DevicePrompts;
import org.steward.governance.service.governor.PreparedCall;
import org.steward.governance.service.governor.CallSender;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Sends registry calls signed on the device; the registry's custom errors come back as sentences. */
public final class RegistryCallSender implements CallSender {

    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        error("UnknownModel(uint256)", "The registry has no such model: refresh the table.");
        error("UnknownChallenge(uint256)", "The registry has no such challenge: refresh the disputes.");
        error("NotProvider(uint256,address)", "Only the model's provider may do this, and the signing account is not it.");
        error("WeightsHashTaken(bytes32,uint256)", "Another model already lists these weights: check the weights hash.");
        error("StakeBelowMinimum(uint256,uint256)", "The stake is below the registry's minimum: stake more.");
        error("WrongStatus(uint256,uint8)", "The model's status does not allow this right now: refresh and check its status.");
        error("ChallengeAlreadyOpen(uint256,uint256)", "The model already has an open challenge: add evidence to it instead.");
        error("ChallengeNotOpen(uint256)", "The challenge is no longer open.");
        error("ChallengeStillRunning(uint256,uint64)", "The challenge's deadline has not passed yet, so it cannot be cancelled.");
        error("NotAParty(uint256,address)", "Only the challenger or the provider may add evidence.");
        error("SlashTooHigh(uint256,uint256)", "The slash is above the registry's maximum: propose a smaller one.");
        error("AmountZero()", "The amount is zero: enter an amount.");
        error("AmountTooLarge(uint256,uint256)", "The amount is more than is available.");
        error("StillUnbonding(uint64)", "The unbonding period has not ended yet: withdraw after it.");
        error("EnforcedPause()", "The registry is paused by its guardian: only governance actions run until it is unpaused.");
        error("AccessControlUnauthorizedAccount(address,bytes32)", "The signing account does not hold the role this action needs.");
        error("ERC20InsufficientAllowance(address,uint256,uint256)", "The registry may not take that many tokens yet: approve it first.");
        error("ERC20InsufficientBalance(address,uint256,uint256)", "The signing account does not hold enough tokens.");
    }

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
        try {
            TransactionReceipt r = new DeviceTransactions(client, history).sendWithValue(signer.get(), call.to(), call.value(), call.data(),
                    call.subject(), prompts);
            if (!r.isStatusOK()) {
                throw new ChainException("Transaction " + r.getTransactionHash() + " was mined but reverted: nothing changed; refresh and retry.");
            }
            return r.getTransactionHash();
        } catch (ChainException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> known : ERRORS.entrySet()) {
                if (message.contains(known.getKey())) {
                    throw new UserFacingException(known.getValue(), e);
                }
            }
            throw e;
        }
    }

    private static void error(String signature, String sentence) {
        ERRORS.put(Hex.encode(java.util.Arrays.copyOf(Hash.sha3(signature.getBytes(StandardCharsets.UTF_8)), 4)).substring(2), sentence);
    }
}
