package org.steward.treasury.domain.risk;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.DecodedArgument;
import org.steward.core.abi.DecodedCall;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.addressbook.LookAlike;
import org.steward.core.eth.Address;
import org.steward.core.format.Amounts;
import org.steward.core.format.Shares;
import org.steward.treasury.domain.CanonicalLibraries;
import org.steward.treasury.domain.MultiSendBatch;
import org.steward.treasury.domain.MultiSendCall;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeTx;

/**
 * Every risk flag of a SafeTx, its batched calls included (nested batches too): the checks that
 * would have stopped the February 2025 Bybit signing, where a delegatecall to a foreign contract
 * replaced the Safe's singleton while the interface showed a plain transfer.
 */
public final class SafeTxRisks {

    /** The Safe's own calls that change who controls it: owners, threshold, modules, guards, handler, singleton. */
    public static final List<AbiFunction> SETTINGS = List.of(
            AbiFunction.parse("addOwnerWithThreshold(address owner, uint256 threshold)"),
            AbiFunction.parse("removeOwner(address prevOwner, address owner, uint256 threshold)"),
            AbiFunction.parse("swapOwner(address prevOwner, address oldOwner, address newOwner)"),
            AbiFunction.parse("changeThreshold(uint256 threshold)"),
            AbiFunction.parse("enableModule(address module)"),
            AbiFunction.parse("disableModule(address prevModule, address module)"),
            AbiFunction.parse("setGuard(address guard)"),
            AbiFunction.parse("setModuleGuard(address moduleGuard)"),
            AbiFunction.parse("setFallbackHandler(address handler)"),
            AbiFunction.parse("changeMasterCopy(address masterCopy)"));

    private SafeTxRisks() {
    }

    public static List<RiskFlag> assess(SafeTx tx, RiskContext ctx) {
        List<RiskFlag> flags = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("the transaction", tx.operation(), tx.to(), tx.value(), tx.data()));
        if (MultiSendBatch.isMultiSend(tx.data())) {
            try {
                for (MultiSendBatch.BatchEntry e : MultiSendBatch.decodeNested(tx.data())) {
                    MultiSendCall c = e.call();
                    steps.add(new Step("call " + e.path() + " of the batch", c.operation(), c.to(), c.value(), c.data()));
                }
            } catch (SafeInputException e) {
                flags.add(new RiskFlag(RiskFlag.Code.UNREADABLE_BATCH, RiskFlag.Severity.HIGH,
                        "The batch cannot be read whole, so its calls cannot be shown: " + e.getMessage()));
            }
        }
        Set<Address> trusted = new LinkedHashSet<>(CanonicalLibraries.all());
        trusted.addAll(ctx.trustedDelegates());
        BigInteger totalValue = BigInteger.ZERO;
        Set<Address> seen = new LinkedHashSet<>();
        for (Step s : steps) {
            totalValue = totalValue.add(s.value());
            if (s.operation() == Operation.DELEGATECALL) {
                if (CanonicalLibraries.MIGRATIONS.contains(s.to())) {
                    flags.add(new RiskFlag(RiskFlag.Code.SINGLETON_CHANGE, RiskFlag.Severity.HIGH, capital(s.where())
                            + " delegatecalls SafeMigration: it replaces the Safe's singleton (its code). Sign only a migration you planned."));
                } else if (!trusted.contains(s.to())) {
                    flags.add(new RiskFlag(RiskFlag.Code.UNTRUSTED_DELEGATECALL, RiskFlag.Severity.HIGH, capital(s.where())
                            + " is a delegatecall to " + s.to().checksummed() + ", which is not a canonical MultiSendCallOnly, SignMessageLib or "
                            + "SafeMigration: its code would run as the Safe and could take it over."));
                }
            }
            if (s.to().equals(ctx.safe()) || s.operation() == Operation.DELEGATECALL) {
                AbiCalls.decode(SETTINGS, s.data()).ifPresent(call -> flags.add(new RiskFlag(RiskFlag.Code.SAFE_SETTINGS_CHANGE,
                        RiskFlag.Severity.HIGH, capital(s.where()) + " changes the Safe's settings: " + call.render().replace("\n  ", "; "))));
            }
            if (s.data().length > 0 && ctx.withoutCode().contains(s.to())) {
                flags.add(new RiskFlag(RiskFlag.Code.TARGET_WITHOUT_CODE, RiskFlag.Severity.MEDIUM, capital(s.where()) + " calls "
                        + s.to().checksummed() + " with data, but no contract lives there: the call would do nothing, or the address is wrong."));
            }
            seen.add(s.to());
            AbiCalls.decode(Erc20Functions.all(), s.data()).ifPresent(call -> addresses(call, seen));
            AbiCalls.decode(SETTINGS, s.data()).ifPresent(call -> addresses(call, seen));
        }
        if (tx.paysRefund() || !tx.gasToken().equals(Address.ZERO) || !tx.refundReceiver().equals(Address.ZERO)) {
            flags.add(new RiskFlag(RiskFlag.Code.GAS_REFUND, RiskFlag.Severity.HIGH, "The Safe would pay a gas refund (gasPrice "
                    + tx.gasPrice() + ", gasToken " + tx.gasToken().checksummed() + ", refundReceiver " + tx.refundReceiver().checksummed()
                    + "): a way to move funds out; almost every transaction uses zeros."));
        }
        if (ctx.otherQueuedAtNonce() > 0) {
            flags.add(new RiskFlag(RiskFlag.Code.DUPLICATE_NONCE, RiskFlag.Severity.MEDIUM, ctx.otherQueuedAtNonce()
                    + " other queued transaction(s) use nonce " + tx.nonce() + ": executing one replaces the others."));
        }
        valueShare(totalValue, ctx).ifPresent(flags::add);
        for (Address a : seen) {
            LookAlike.imitated(a, ctx.known()).ifPresent(k -> flags.add(new RiskFlag(RiskFlag.Code.LOOK_ALIKE_ADDRESS, RiskFlag.Severity.HIGH,
                    a.checksummed() + " looks like " + k.getValue() + " (" + k.getKey().checksummed()
                            + ") but is a different address: compare every character.")));
        }
        return List.copyOf(flags);
    }

    private static java.util.Optional<RiskFlag> valueShare(BigInteger value, RiskContext ctx) {
        if (value.signum() > 0 && value.compareTo(ctx.balance()) > 0) {
            // Said before a signature is spent on it: executing would revert with the Safe's GS013.
            return java.util.Optional.of(new RiskFlag(RiskFlag.Code.INSUFFICIENT_BALANCE, RiskFlag.Severity.HIGH, "The Safe holds "
                    + Amounts.exactText(ctx.balance(), 18, "ETH") + "; this transaction sends " + Amounts.exactText(value, 18, "ETH")
                    + ", so executing it would revert until the Safe is funded."));
        }
        if (value.signum() == 0 || ctx.balance().signum() <= 0) {
            return java.util.Optional.empty();
        }
        double share = new BigDecimal(value).divide(new BigDecimal(ctx.balance()), MathContext.DECIMAL64).doubleValue();
        if (share <= RiskContext.VALUE_SHARE) {
            return java.util.Optional.empty();
        }
        String text = "The transaction sends " + Shares.percent(share) + " of the Safe's ETH balance ("
                + Amounts.exactText(value, 18, "ETH") + " of " + Amounts.exactText(ctx.balance(), 18, "ETH") + ").";
        return java.util.Optional.of(new RiskFlag(RiskFlag.Code.LARGE_VALUE,
                share > RiskContext.HIGH_VALUE_SHARE ? RiskFlag.Severity.HIGH : RiskFlag.Severity.MEDIUM, text));
    }

    private static void addresses(DecodedCall call, Set<Address> into) {
        for (DecodedArgument a : call.arguments()) {
            if (a.raw() instanceof Address address) {
                into.add(address);
            }
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One call the transaction makes: itself, or one call of its batch. */
    private record Step(String where, Operation operation, Address to, BigInteger value, byte[] data) {
    }

    /** The labels of the addresses a Safe's signers know: the Safe itself and its owners. */
    public static Map<Address, String> knownOf(Address safe, List<Address> owners) {
        Map<Address, String> known = new java.util.LinkedHashMap<>();
        known.put(safe, "this Safe");
        for (int i = 0; i < owners.size(); i++) {
            known.put(owners.get(i), "owner " + (i + 1));
        }
        return known;
    }
}
