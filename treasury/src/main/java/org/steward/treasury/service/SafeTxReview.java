package org.steward.treasury.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.steward.core.abi.AbiBudgetException;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.CallNode;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.abi.DecodedCall;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.eth.Wei;
import org.steward.core.format.Amounts;
import org.steward.core.token.TokenInfo;
import org.steward.treasury.domain.LedgerHashedDisplay;
import org.steward.treasury.domain.MultiSendBatch;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;
import org.steward.treasury.domain.risk.RiskContext;
import org.steward.treasury.domain.risk.RiskFlag;
import org.steward.treasury.domain.risk.SafeTxRisks;
import org.steward.treasury.domain.risk.TypedConfirmation;
import org.steward.treasury.domain.timelock.TimelockCalls;

/**
 * Everything a signer sees before a device signs a SafeTx: the calls decoded (inside batches too), as
 * text and as a tree of calls and named arguments ({@link SafeCallTree}),
 * the domain, message and safeTxHash computed locally, the text the Ledger shows in hashed mode, the
 * risk flags and, when one is high, the phrase that must be typed.
 */
public record SafeTxReview(SafeTxHash hashes, String decoded, CallNode calls, String deviceText, List<RiskFlag> flags, boolean typedConfirmationRequired,
                                String typedPhrase) {

    private static final java.math.BigInteger UNLIMITED = java.math.BigInteger.TWO.pow(256).subtract(java.math.BigInteger.ONE);
    private static final AbiFunction APPROVE_HASH = AbiFunction.parse("approveHash(bytes32 hashToApprove)");

    public static SafeTxReview of(SafeDomain domain, SafeTx tx, RiskContext context) {
        return of(domain, tx, context, token -> Optional.empty());
    }

    /** @param tokens what a token contract says of itself (symbol, decimals), to read the amounts of ERC-20 calls; empty when unknown */
    public static SafeTxReview of(SafeDomain domain, SafeTx tx, RiskContext context, Function<Address, Optional<TokenInfo>> tokens) {
        SafeTxHash hashes = SafeTxHash.of(domain, tx);
        List<RiskFlag> flags = SafeTxRisks.assess(tx, context);
        return new SafeTxReview(hashes, describe(tx, tokens), SafeCallTree.of(tx, context.known(), tokens), LedgerHashedDisplay.text(hashes), flags, TypedConfirmation.required(flags),
                TypedConfirmation.phrase(hashes.safeTxHash()));
    }

    /** This review with one more flag, e.g. a failed simulation; the typed confirmation is required again if it is high. */
    public SafeTxReview withFlag(RiskFlag flag) {
        List<RiskFlag> all = new ArrayList<>(flags);
        all.add(flag);
        return new SafeTxReview(hashes, decoded, calls, deviceText, List.copyOf(all), TypedConfirmation.required(all), typedPhrase);
    }

    static String describe(SafeTx tx) {
        return describe(tx, token -> Optional.empty());
    }

    static String describe(SafeTx tx, Function<Address, Optional<TokenInfo>> tokens) {
        StringBuilder out = new StringBuilder();
        out.append(tx.operation() == Operation.DELEGATECALL ? "DELEGATECALL " : "CALL ").append(tx.to().checksummed())
                .append(sending(tx.value())).append(" · nonce ").append(tx.nonce()).append('\n');
        if (MultiSendBatch.isMultiSend(tx.data())) {
            try {
                for (MultiSendBatch.BatchEntry e : MultiSendBatch.decodeNested(tx.data())) {
                    out.append("  ").append(e.path()).append(": ").append(e.call().operation() == Operation.DELEGATECALL ? "DELEGATECALL " : "call ")
                            .append(e.call().to().checksummed()).append(sending(e.call().value()))
                            .append("\n    ").append(call(e.call().data()).replace("\n", "\n    "))
                            .append(tokenAmount(e.call().to(), e.call().data(), tokens).map(a -> "\n    = " + a).orElse("")).append('\n');
                }
            } catch (SafeInputException e) {
                out.append("  the batch cannot be read: ").append(e.getMessage()).append('\n');
            }
        } else {
            out.append("  ").append(call(tx.data()).replace("\n", "\n  "))
                    .append(tokenAmount(tx.to(), tx.data(), tokens).map(a -> "\n  = " + a).orElse("")).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** " sending 0.5 ETH (500000000000000000 wei)": ether as read, and the wei the transaction carries. */
    private static String sending(java.math.BigInteger value) {
        return value.signum() > 0 ? " sending " + Amounts.ether(new Wei(value)) + " (" + value + " wei)" : "";
    }

    /**
     * The amount of an ERC-20 transfer, approve or transferFrom in the token's symbol and decimals
     * ("5,000 STW"), when {@code to} is a token that said what it is; an approval of 2^256-1 is "unlimited".
     */
    static Optional<String> tokenAmount(Address to, byte[] data, Function<Address, Optional<TokenInfo>> tokens) {
        if (data.length < 4) {
            return Optional.empty();
        }
        Optional<DecodedCall> decoded;
        try {
            decoded = AbiCalls.decode(Erc20Functions.all(), data);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        return decoded.flatMap(d -> tokens.apply(to).filter(t -> t.decimals().isPresent()).map(t -> {
            java.math.BigInteger raw = (java.math.BigInteger) d.argument("amount").raw();
            String verb = d.function().name().equals("approve") ? "allows " : "moves ";
            return verb + (raw.equals(UNLIMITED) ? "an unlimited amount of " + t.label() : t.amount(raw).text());
        }));
    }

    private static String call(byte[] data) {
        if (data.length == 0) {
            return "(no call data: a plain transfer)";
        }
        List<AbiFunction> known = new ArrayList<>(Erc20Functions.all());
        known.addAll(SafeTxRisks.SETTINGS);
        known.add(APPROVE_HASH);
        known.addAll(TimelockCalls.ALL);
        try {
            return AbiCalls.decode(known, data).map(d -> d.render()).orElse(unknown(data));
        } catch (AbiBudgetException e) {
            return e.getMessage();
        }
    }

    private static String unknown(byte[] data) {
        return "unknown function " + Hex.encode(java.util.Arrays.copyOf(data, Math.min(4, data.length))) + " (" + data.length
                        + " bytes): check it against the target's verified source";
    }
}
