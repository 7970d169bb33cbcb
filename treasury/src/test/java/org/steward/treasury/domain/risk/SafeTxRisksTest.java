package org.steward.treasury.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.core.abi.AbiCalls;
import org.steward.core.addressbook.LookAlike;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.MultiSendBatch;
import org.steward.treasury.domain.MultiSendCall;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.OwnerChange;
import org.steward.treasury.domain.SafeTx;

class SafeTxRisksTest {

    private static final Address SAFE = Address.parse("0x1Db92e2EeBC8E0c075a02BeA49a2935BcD2dFCF4");
    private static final Address OWNER = Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    private static final Address OTHER = Address.parse("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
    private static final BigInteger ETH = BigInteger.TEN.pow(18);
    private static final RiskContext PLAIN = new RiskContext(SAFE, SafeTxRisks.knownOf(SAFE, List.of(OWNER, OTHER)), Set.of(),
            ETH.multiply(BigInteger.TEN), Set.of(), 0);

    private static SafeTx tx(Address to, BigInteger value, byte[] data, Operation op) {
        return new SafeTx(to, value, data, op, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, Address.ZERO, Address.ZERO, BigInteger.valueOf(7));
    }

    private static List<RiskFlag.Code> codes(SafeTx tx, RiskContext ctx) {
        return SafeTxRisks.assess(tx, ctx).stream().map(RiskFlag::code).toList();
    }

    @Test
    void theBybitTransactionIsAHighRiskDelegatecall() {
        // safeTxHash 0xb3476d06…, the transaction that replaced Bybit's singleton (vectors/safe-tx-hashes.json).
        SafeTx bybit = new SafeTx(Address.parse("0x96221423681A6d52E184D440a8eFCEbB105C7242"), BigInteger.ZERO,
                Hex.decode("0xa9059cbb000000000000000000000000bdd077f651ebe7f7b3ce16fe5f2b025be29695160000000000000000000000000000000000000000000000000000000000000000"),
                Operation.DELEGATECALL, BigInteger.valueOf(45746), BigInteger.ZERO, BigInteger.ZERO, Address.ZERO, Address.ZERO, BigInteger.valueOf(71));
        List<RiskFlag> flags = SafeTxRisks.assess(bybit, PLAIN);
        assertThat(flags).extracting(RiskFlag::code).containsExactly(RiskFlag.Code.UNTRUSTED_DELEGATECALL);
        assertThat(flags.get(0).severity()).isEqualTo(RiskFlag.Severity.HIGH);
        assertThat(TypedConfirmation.required(flags)).isTrue();
        Hash32 hash = Hash32.parse("0xb3476d061aeb8fc1d605a873c483a2402d88a68a9cdd1a8b47655dd55ba004f8");
        assertThat(TypedConfirmation.phrase(hash)).isEqualTo("5ba004f8");
        assertThat(TypedConfirmation.matches(hash, " 5BA004F8 ")).isTrue();
        assertThat(TypedConfirmation.matches(hash, "5ba004f")).isFalse();
    }

    @Test
    void canonicalMultiSendIsTrustedButItsNestedCallsAreChecked() {
        Address multiSend = Address.parse("0xA83c336B20401Af773B6219BA5027174338D1836");
        byte[] batch = MultiSendBatch.encodeCallOnly(List.of(
                MultiSendCall.call(OWNER, BigInteger.ONE, new byte[0]),
                MultiSendCall.call(SAFE, BigInteger.ZERO, OwnerChange.changeThreshold(List.of(OWNER, OTHER), 1))));
        List<RiskFlag> flags = SafeTxRisks.assess(tx(multiSend, BigInteger.ZERO, batch, Operation.DELEGATECALL), PLAIN);
        assertThat(flags).extracting(RiskFlag::code).containsExactly(RiskFlag.Code.SAFE_SETTINGS_CHANGE);
        assertThat(flags.get(0).sentence()).startsWith("Call 2 of the batch changes the Safe's settings: changeThreshold");
    }

    @Test
    void aDevnetsOwnMultiSendIsTrustedOnlyWhenTheContextSaysSo() {
        Address local = Address.parse("0x0000000000000000000000000000000000001234");
        byte[] batch = MultiSendBatch.encodeCallOnly(List.of(MultiSendCall.call(OWNER, BigInteger.ONE, new byte[0])));
        assertThat(codes(tx(local, BigInteger.ZERO, batch, Operation.DELEGATECALL), PLAIN)).contains(RiskFlag.Code.UNTRUSTED_DELEGATECALL);
        RiskContext trusting = new RiskContext(SAFE, PLAIN.known(), Set.of(local), PLAIN.balance(), Set.of(), 0);
        assertThat(codes(tx(local, BigInteger.ZERO, batch, Operation.DELEGATECALL), trusting)).isEmpty();
    }

    @Test
    void migrationsAreFlaggedAsSingletonChanges() {
        assertThat(codes(tx(Address.parse("0x6439e7ABD8Bb915A5263094784C5CF561c4172AC"), BigInteger.ZERO, Hex.decode("0x12345678"),
                Operation.DELEGATECALL), PLAIN)).containsExactly(RiskFlag.Code.SINGLETON_CHANGE);
    }

    @Test
    void refundsDuplicateNoncesCodelessTargetsAndValueShare() {
        SafeTx refund = new SafeTx(OWNER, BigInteger.ZERO, new byte[0], Operation.CALL, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ONE,
                Address.ZERO, OTHER, BigInteger.ONE);
        assertThat(codes(refund, PLAIN)).containsExactly(RiskFlag.Code.GAS_REFUND);

        RiskContext queued = new RiskContext(SAFE, PLAIN.known(), Set.of(), PLAIN.balance(), Set.of(OTHER), 1);
        byte[] call = Hex.decode("0xdeadbeef");
        assertThat(codes(tx(OTHER, BigInteger.ZERO, call, Operation.CALL), queued))
                .containsExactly(RiskFlag.Code.TARGET_WITHOUT_CODE, RiskFlag.Code.DUPLICATE_NONCE);

        List<RiskFlag> quarter = SafeTxRisks.assess(tx(OWNER, ETH.multiply(BigInteger.valueOf(3)), new byte[0], Operation.CALL), PLAIN);
        assertThat(quarter).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(RiskFlag.Severity.MEDIUM);
            assertThat(f.sentence()).isEqualTo("The transaction sends 30 % of the Safe's ETH balance (3 ETH of 10 ETH).");
        });
        assertThat(SafeTxRisks.assess(tx(OWNER, ETH.multiply(BigInteger.valueOf(6)), new byte[0], Operation.CALL), PLAIN))
                .singleElement().extracting(RiskFlag::severity).isEqualTo(RiskFlag.Severity.HIGH);
        assertThat(SafeTxRisks.assess(tx(OWNER, ETH, new byte[0], Operation.CALL), PLAIN)).isEmpty();
    }

    @Test
    void anAddressImitatingAKnownOneIsHighRiskEvenInsideATokenTransfer() {
        Address poisoned = Address.parse("0x5aae" + "0".repeat(32) + "eaed");
        Address token = Address.parse("0x0000000000000000000000000000000000000777");
        byte[] transfer = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(poisoned.lowerHex(), "5"));
        List<RiskFlag> flags = SafeTxRisks.assess(tx(token, BigInteger.ZERO, transfer, Operation.CALL), PLAIN);
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(RiskFlag.Code.LOOK_ALIKE_ADDRESS);
            assertThat(f.sentence()).contains("looks like owner 1 (" + OWNER.checksummed() + ")");
        });
        assertThat(LookAlike.imitated(OWNER, Map.of(OWNER, "owner 1"))).as("a known address imitates nothing").isEmpty();
    }

    @Test
    void aPaymentAboveTheSafesBalanceIsSaidBeforeAnyoneSigns() {
        RiskContext empty = new RiskContext(SAFE, PLAIN.known(), Set.of(), BigInteger.ZERO, Set.of(), 0);
        SafeTx halfEther = tx(OWNER, new BigInteger("500000000000000000"), new byte[0], Operation.CALL);

        List<RiskFlag> flags = SafeTxRisks.assess(halfEther, empty);

        assertThat(flags).filteredOn(f -> f.code() == RiskFlag.Code.INSUFFICIENT_BALANCE).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(RiskFlag.Severity.HIGH);
            assertThat(f.sentence()).startsWith("The Safe holds 0 ETH; this transaction sends 0.5 ETH");
        });
        assertThat(codes(halfEther, PLAIN)).doesNotContain(RiskFlag.Code.INSUFFICIENT_BALANCE);
    }
}
