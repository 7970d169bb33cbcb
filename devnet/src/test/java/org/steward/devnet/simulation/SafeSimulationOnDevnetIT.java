package org.steward.devnet.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.eth.Address;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetExtension;
import org.steward.simulation.report.BalanceChange;
import org.steward.simulation.SafeTxRequest;
import org.steward.simulation.SimulationContext;
import org.steward.simulation.SimulationReport;
import org.steward.simulation.Simulator;
import org.steward.treasury.domain.MultiSendBatch;
import org.steward.treasury.domain.MultiSendCall;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeRevert;
import org.web3j.crypto.Hash;

/**
 * Safe transactions simulated on a private fork of the devnet, none of them signed: the fork's
 * owners approve the hash as impersonated accounts. Every test also checks the devnet itself did
 * not move (the simulation sends nothing to its source).
 */
@ExtendWith(DevnetExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeSimulationOnDevnetIT {

    private static final BigInteger ETHER = BigInteger.TEN.pow(18);

    private Devnet devnet;
    private Simulator simulator;
    private Address safe;
    private Address token;
    private SimulationContext ctx;

    @BeforeAll
    void start(Devnet devnet) {
        this.devnet = devnet;
        this.safe = devnet.deployment().safe();
        this.token = devnet.deployment().token();
        devnet.setBalance(safe, ETHER.multiply(BigInteger.TEN));
        this.simulator = new Simulator(devnet.rpcUrl());
        this.ctx = SimulationContext.none()
                .withNames(Map.of(safe, "Treasury"))
                .withTrustedDelegates(Set.of(devnet.deployment().multiSendCallOnly()))
                .withRevertWords(text -> SafeRevert.code(text).map(SafeRevert::explain).orElse(text));
    }

    @AfterAll
    void stop() {
        simulator.close();
    }

    @Test
    void ethPaymentMovesEtherFromTheSafeToTheRecipientOnTheForkOnly() {
        Address payee = fresh("eth payee");
        BigInteger nonceBefore = safeNonce();
        SimulationReport r = simulator.safeTx(SafeTxRequest.unsigned(safe, payee, ETHER, new byte[0], 0), ctx);

        assertThat(r.success()).as(String.valueOf(r.revertReason())).isTrue();
        assertThat(r.balanceChanges()).anySatisfy(c -> {
            assertThat(c.address()).isEqualTo(safe);
            assertThat(c.name()).isEqualTo("Treasury");
            assertThat(c.token()).isNull();
            assertThat(c.delta()).isEqualTo(ETHER.negate());
        }).anySatisfy(c -> {
            assertThat(c.address()).isEqualTo(payee);
            assertThat(c.before()).isZero();
            assertThat(c.after()).isEqualTo(ETHER);
        });
        assertThat(r.events()).extracting(e -> e.name()).contains("ExecutionSuccess");
        assertThat(r.gasUsed()).isPositive();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("Not signed yet: simulated as if signed. 2 of 3 owners"));
        assertThat(r.risks()).isEmpty();
        assertThat(devnet.client().balance(payee).value()).as("the devnet itself").isZero();
        assertThat(safeNonce()).isEqualTo(nonceBefore);
    }

    @Test
    void erc20TransferReportsTheTokenWithItsSymbolAndDecimals() {
        Address payee = fresh("token payee");
        BigInteger amount = ETHER.multiply(BigInteger.valueOf(250));
        byte[] transfer = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(payee.lowerHex(), amount.toString()));
        SimulationReport r = simulator.safeTx(SafeTxRequest.unsigned(safe, token, BigInteger.ZERO, transfer, 0), ctx);

        assertThat(r.success()).as(String.valueOf(r.revertReason())).isTrue();
        BalanceChange received = r.balanceChanges().stream().filter(c -> payee.equals(c.address())).findFirst().orElseThrow();
        assertThat(received.token()).isEqualTo(token);
        assertThat(received.symbol()).isEqualTo("STW");
        assertThat(received.tokenInfo().decimals()).contains(18);
        assertThat(received.delta()).isEqualTo(amount);
        assertThat(r.balanceChanges()).anySatisfy(c -> {
            assertThat(c.address()).isEqualTo(safe);
            assertThat(c.token()).isEqualTo(token);
            assertThat(c.delta()).isEqualTo(amount.negate());
        });
        assertThat(r.events()).anySatisfy(e -> {
            assertThat(e.address()).isEqualTo(token);
            assertThat(e.name()).isEqualTo("Transfer");
            assertThat(e.args()).containsEntry("from", safe.checksummed()).containsEntry("to", payee.checksummed())
                    .containsEntry("value", amount.toString());
        });
    }

    @Test
    void multiSendBatchRunsEveryCallThroughTheTrustedLibrary() {
        Address a = fresh("batch a");
        Address b = fresh("batch b");
        byte[] batch = MultiSendBatch.encodeCallOnly(List.of(
                new MultiSendCall(Operation.CALL, a, ETHER, new byte[0]),
                new MultiSendCall(Operation.CALL, b, ETHER.multiply(BigInteger.TWO), new byte[0])));
        SimulationReport r = simulator.safeTx(SafeTxRequest.unsigned(safe, devnet.deployment().multiSendCallOnly(), BigInteger.ZERO, batch, 1), ctx);

        assertThat(r.success()).as(String.valueOf(r.revertReason())).isTrue();
        assertThat(r.balanceChanges()).anySatisfy(c -> assertThat(c.address().equals(a) && c.delta().equals(ETHER)).isTrue())
                .anySatisfy(c -> assertThat(c.address().equals(b) && c.delta().equals(ETHER.multiply(BigInteger.TWO))).isTrue())
                .anySatisfy(c -> assertThat(c.address().equals(safe) && c.delta().equals(ETHER.multiply(BigInteger.valueOf(3)).negate())).isTrue());
        assertThat(r.risks()).as("MultiSendCallOnly is a trusted library").isEmpty();
    }

    @Test
    void ownerChangeShowsInTheSafesStateChanges() {
        Address newOwner = fresh("new owner");
        byte[] add = AbiCalls.encode(AbiFunction.parse("addOwnerWithThreshold(address,uint256)"), List.of(newOwner.lowerHex(), "3"));
        SimulationReport r = simulator.safeTx(SafeTxRequest.unsigned(safe, safe, BigInteger.ZERO, add, 0), ctx);

        assertThat(r.success()).as(String.valueOf(r.revertReason())).isTrue();
        assertThat(r.stateChanges()).anySatisfy(c -> {
            assertThat(c.contract()).isEqualTo(safe);
            assertThat(c.what()).isEqualTo("threshold");
            assertThat(c.before()).isEqualTo("2");
            assertThat(c.after()).isEqualTo("3");
        }).anySatisfy(c -> {
            assertThat(c.what()).isEqualTo("owners");
            assertThat(c.before()).doesNotContain(newOwner.checksummed());
            assertThat(c.after()).contains(newOwner.checksummed());
        });
        assertThat(r.events()).extracting(e -> e.name()).contains("AddedOwner", "ChangedThreshold");
    }

    @Test
    void delegatecallToAnUntrustedContractIsFlaggedHighRisk() {
        byte[] anything = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(fresh("x").lowerHex(), "0"));
        SimulationReport r = simulator.safeTx(SafeTxRequest.unsigned(safe, token, BigInteger.ZERO, anything, 1), ctx);

        assertThat(r.highRisk()).isTrue();
        assertThat(r.risks()).anySatisfy(risk -> assertThat(risk).startsWith("Delegatecall to " + token.checksummed()));
    }

    @Test
    void failingInnerCallReportsItsDecodedReason() {
        BigInteger tooMuch = ETHER.multiply(BigInteger.TEN.pow(12));
        byte[] transfer = AbiCalls.encode(Erc20Functions.TRANSFER, List.of(fresh("greedy").lowerHex(), tooMuch.toString()));
        SimulationReport r = simulator.safeTx(SafeTxRequest.unsigned(safe, token, BigInteger.ZERO, transfer, 0), ctx);

        assertThat(r.success()).isFalse();
        assertThat(r.revertReason()).contains("inner call to " + token.checksummed() + " failed: ERC20InsufficientBalance(sender="
                + safe.checksummed()).contains("needed=" + tooMuch);
        assertThat(r.highRisk()).isTrue();
        assertThat(r.balanceChanges()).isEmpty();
    }

    @Test
    void signaturesThatAreNotTheOwnersRevertWithTheSafesCodeInWords() {
        byte[] notAnOwner = new byte[65 * 2];
        Address a = fresh("stranger 1");
        Address b = fresh("stranger 2");
        Address lo = a.compareTo(b) < 0 ? a : b;
        Address hi = lo == a ? b : a;
        System.arraycopy(lo.bytes(), 0, notAnOwner, 12, 20);
        notAnOwner[64] = 1;
        System.arraycopy(hi.bytes(), 0, notAnOwner, 65 + 12, 20);
        notAnOwner[129] = 1;
        SimulationReport r = simulator.safeTx(new SafeTxRequest(safe, fresh("p"), BigInteger.ONE, new byte[0], 0, notAnOwner), ctx);

        assertThat(r.success()).isFalse();
        assertThat(r.revertReason()).startsWith("GS025 (an owner has not approved this hash");
        assertThat(r.notes()).noneSatisfy(n -> assertThat(n).startsWith("Not signed yet"));
    }

    @Test
    void theForkIsReusedUntilTheChainMovesAndTakenAgainAfter() {
        SafeTxRequest pay = SafeTxRequest.unsigned(safe, fresh("reuse"), BigInteger.ONE, new byte[0], 0);
        simulator.safeTx(pay, ctx);
        int forks = simulator.fork().forks();
        long pid = simulator.fork().pid();
        SimulationReport again = simulator.safeTx(pay, ctx);
        assertThat(simulator.fork().forks()).isEqualTo(forks);
        assertThat(again.notes()).as("the reused fork is not taken again, and nothing but state reads reach the devnet")
                .last().asString().startsWith("Your RPC was asked: ").contains("eth_blockNumber ×1").doesNotContain("eth_chainId")
                .doesNotContain("eth_getBlockByNumber").doesNotContain("eth_getTransactionReceipt").doesNotContain("eth_send");
        assertThat(again.balanceChanges()).as("the fork was rolled back: the payee starts from zero again")
                .anySatisfy(c -> assertThat(c.before()).isZero());

        devnet.mine(1);
        SimulationReport moved = simulator.safeTx(pay, ctx);
        assertThat(simulator.fork().forks()).isEqualTo(forks + 1);
        assertThat(simulator.fork().pid()).isEqualTo(pid);
        assertThat(moved.forkBlock()).isEqualTo(again.forkBlock() + 1);
    }

    private BigInteger safeNonce() {
        return new BigInteger(1, devnet.client().call(safe, AbiCalls.encode(AbiFunction.parse("nonce()"), List.of())));
    }

    private static Address fresh(String label) {
        byte[] h = Hash.sha3(("simulation " + label).getBytes(StandardCharsets.UTF_8));
        return Address.fromBytes(Arrays.copyOfRange(h, 12, 32));
    }
}
