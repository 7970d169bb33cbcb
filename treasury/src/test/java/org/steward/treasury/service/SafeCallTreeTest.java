package org.steward.treasury.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.CallNode;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.abi.tree.CallTree;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.token.TokenInfo;
import org.steward.treasury.domain.MultiSendBatch;
import org.steward.treasury.domain.MultiSendCall;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeTx;

/** A Safe transaction's batch as a tree: each packed call with its named arguments, read in token units and ether. */
class SafeCallTreeTest {

    private static final Address SAFE = Address.parse("0x9641d764fc13c8b624c04430c7356c1c7c8102e2");
    private static final Address MULTI_SEND = Address.parse("0x40a2accbd92bca938b02010e17a5b8929b49130d");
    private static final Address STW = Address.parse("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707");
    private static final Address OWNER = Address.parse("0x70997970c51812dc3a010c7d01b50e89d25d79c8");
    private static final Address PAYEE = Address.parse("0x00000000000000000000000000000000000beef1");
    private static final Map<Address, TokenInfo> TOKENS = Map.of(STW, TokenInfo.fromContract(STW, "Steward", "STW", BigInteger.valueOf(18)));
    private static final Map<Address, String> KNOWN = Map.of(SAFE, "this Safe", OWNER, "owner 1");

    @Test
    void aBatchOfATokenTransferAnEtherPaymentAndAnUnknownCallReadsCallByCall() {
        byte[] transfer = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(OWNER.lowerHex(), "1250000000000000000000"));
        byte[] unknown = Hex.decode("0x12345678" + "00".repeat(12) + SAFE.lowerHex().substring(2));
        byte[] batch = MultiSendBatch.encodeCallOnly(List.of(MultiSendCall.call(STW, BigInteger.ZERO, transfer),
                MultiSendCall.call(PAYEE, new BigInteger("250000000000000000"), new byte[0]),
                MultiSendCall.call(PAYEE, BigInteger.ZERO, unknown)));
        CallNode tree = SafeCallTree.of(new SafeTx(MULTI_SEND, BigInteger.ZERO, batch, Operation.DELEGATECALL, BigInteger.ZERO, BigInteger.ZERO,
                BigInteger.ZERO, Address.ZERO, Address.ZERO, BigInteger.TEN), KNOWN, t -> Optional.ofNullable(TOKENS.get(t)));

        assertThat(tree.value().text()).isEqualTo("batch of 3 calls");
        assertThat(tree.find("Operation").orElseThrow().warning()).as("the Safe delegatecalls MultiSend: said, and marked").isTrue();
        assertThat(tree.children()).extracting(CallNode::label).containsExactly("Operation", "To", "Call 1", "Call 2", "Call 3");

        CallNode first = tree.find("Call 1").orElseThrow();
        assertThat(first.value().text()).isEqualTo("transfer(to, amount)");
        assertThat(first.find("To").orElseThrow().value().text()).isEqualTo("STW token (" + STW.shortForm() + ")");
        assertThat(first.find("to").orElseThrow().value().text()).isEqualTo("owner 1 (" + OWNER.shortForm() + ")");
        assertThat(first.find("amount").orElseThrow().value().text()).isEqualTo("1,250 STW");
        assertThat(first.find("amount").orElseThrow().value().exact()).contains("1250000000000000000000");

        CallNode second = tree.find("Call 2").orElseThrow();
        assertThat(second.value().text()).isEqualTo("ETH transfer");
        assertThat(second.find("Value").orElseThrow().value().text()).isEqualTo("0.25 ETH");

        CallNode third = tree.find("Call 3").orElseThrow();
        assertThat(third.value().text()).isEqualTo("unknown function 0x12345678");
        assertThat(third.find("Word 0").orElseThrow().value().text()).isEqualTo("0x" + "00".repeat(12) + SAFE.lowerHex().substring(2));
    }

    @Test
    void aNestedBatchOpensInsideItsEntryAndOneTooDeepIsNotRead() {
        byte[] inner = MultiSendBatch.encode(List.of(MultiSendCall.call(PAYEE, BigInteger.ONE, new byte[0])));
        byte[] outer = MultiSendBatch.encode(List.of(new MultiSendCall(Operation.DELEGATECALL, MULTI_SEND, BigInteger.ZERO, inner)));
        CallNode tree = SafeCallTree.of(SafeTx.call(MULTI_SEND, BigInteger.ZERO, outer, BigInteger.ONE), KNOWN, t -> Optional.empty());
        assertThat(tree.find("Call 1.1").orElseThrow().value().text()).isEqualTo("ETH transfer");

        byte[] deep = MultiSendBatch.encode(List.of(MultiSendCall.call(PAYEE, BigInteger.ONE, new byte[0])));
        for (int i = 0; i < CallTree.MAX_CALL_DEPTH + 1; i++) {
            deep = MultiSendBatch.encode(List.of(new MultiSendCall(Operation.DELEGATECALL, MULTI_SEND, BigInteger.ZERO, deep)));
        }
        String text = SafeCallTree.of(SafeTx.call(MULTI_SEND, BigInteger.ZERO, deep, BigInteger.ONE), KNOWN, t -> Optional.empty()).text();
        assertThat(text).contains("nested more than " + CallTree.MAX_CALL_DEPTH + " deep").doesNotContain("ETH transfer");
    }

    @Test
    void aMalformedBatchIsSaidAndNothingOfItShownAsRead() {
        byte[] batch = MultiSendBatch.encode(List.of(MultiSendCall.call(PAYEE, BigInteger.ONE, new byte[0])));
        byte[] cut = Arrays.copyOf(batch, batch.length - 32);
        CallNode tree = SafeCallTree.of(SafeTx.call(MULTI_SEND, BigInteger.ZERO, cut, BigInteger.ONE), KNOWN, t -> Optional.empty());
        assertThat(tree.warning()).isTrue();
        assertThat(tree.find("Call data").orElseThrow().value().text()).contains("malformed").contains("do not sign it");
        assertThat(tree.find("Call 1")).isEmpty();
    }

    @Test
    void aSafeThatExecutesAnotherSafesTransactionShowsTheInnerCallDecoded() {
        Address inner = Address.parse("0x1111111111111111111111111111111111111111");
        byte[] transfer = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(OWNER.lowerHex(), "1000000000000000000"));
        byte[] exec = AbiCalls.encode(SafeCallTree.KNOWN.stream().filter(f -> f.name().equals("execTransaction")).findFirst().orElseThrow(),
                List.of(STW.lowerHex(), "0", Hex.encode(transfer), "0", "0", "0", "0", Address.ZERO.lowerHex(), Address.ZERO.lowerHex(), "0x"));
        CallNode tree = SafeCallTree.of(SafeTx.call(inner, BigInteger.ZERO, exec, BigInteger.ONE), KNOWN, t -> Optional.ofNullable(TOKENS.get(t)));
        assertThat(tree.value().text()).startsWith("execTransaction(to, value, data, operation");
        CallNode made = tree.find(CallTree.MADE_CALLS).orElseThrow().children().get(0);
        assertThat(made.value().text()).isEqualTo("transfer(to, amount)");
        assertThat(made.find("amount").orElseThrow().value().text()).isEqualTo("1 STW");
        assertThat(made.find("Operation")).as("operation 0 is a plain call").isEmpty();

        byte[] delegated = AbiCalls.encode(SafeCallTree.KNOWN.stream().filter(f -> f.name().equals("execTransaction")).findFirst().orElseThrow(),
                List.of(STW.lowerHex(), "0", Hex.encode(transfer), "1", "0", "0", "0", Address.ZERO.lowerHex(), Address.ZERO.lowerHex(), "0x"));
        CallNode marked = SafeCallTree.of(SafeTx.call(inner, BigInteger.ZERO, delegated, BigInteger.ONE), KNOWN, t -> Optional.empty())
                .find(CallTree.MADE_CALLS).orElseThrow().children().get(0);
        assertThat(marked.find("Operation").orElseThrow().warning()).as("operation 1 runs the inner call as a delegatecall").isTrue();
    }

    @Test
    void aSafeActingInTheDaoHasItsRegistryAndGovernorCallsReadByName() {
        byte[] pause = AbiCalls.encode(org.steward.core.abi.DaoFunctions.REGISTRY.stream().filter(f -> f.name().equals("pause")).findFirst()
                .orElseThrow(), List.of());
        byte[] resolve = AbiCalls.encode(org.steward.core.abi.DaoFunctions.REGISTRY.stream().filter(f -> f.name().equals("resolveChallenge"))
                .findFirst().orElseThrow(), List.of("7", "true", "2500"));
        CallNode paused = SafeCallTree.of(SafeTx.call(PAYEE, BigInteger.ZERO, pause, BigInteger.ONE), KNOWN, t -> Optional.empty());
        CallNode resolved = SafeCallTree.of(SafeTx.call(PAYEE, BigInteger.ZERO, resolve, BigInteger.ONE), KNOWN, t -> Optional.empty());

        assertThat(paused.value().text()).isEqualTo("pause()");
        assertThat(resolved.value().text()).isEqualTo("resolveChallenge(challengeId, upheld, slashBps)");
        assertThat(resolved.find("slashBps").orElseThrow().value().exact()).contains("2500");
    }
}
