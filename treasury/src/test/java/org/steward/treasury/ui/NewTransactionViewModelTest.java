package org.steward.treasury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.task.DirectTaskRunner;
import org.steward.core.token.TokenInfo;
import org.steward.treasury.domain.CanonicalLibraries;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeTx;

class NewTransactionViewModelTest {

    private static final Address USDC = Address.parse("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48");
    private static final Address NO_DECIMALS = Address.parse("0x00000000000000000000000000000000000bad01");
    private static final Address UNREACHABLE = Address.parse("0x00000000000000000000000000000000000bad02");

    private final FakeSafeDesk desk = new FakeSafeDesk();
    private final List<Address> tokenReads = new ArrayList<>();
    private final Map<Address, TokenInfo> tokens = Map.of(
            USDC, TokenInfo.fromContract(USDC, "USD Coin", "USDC", BigInteger.valueOf(6)),
            NO_DECIMALS, TokenInfo.fromContract(NO_DECIMALS, "Odd", "ODD", null));
    private final SafeSession session = new SafeSession(desk, new DirectTaskRunner());
    private final NewTransactionViewModel vm = new NewTransactionViewModel(session, desk, new DirectTaskRunner(), t -> {
        tokenReads.add(t);
        if (t.equals(UNREACHABLE)) {
            throw new UserFacingException("Cannot reach the RPC at http://127.0.0.1:9: check the URL.");
        }
        return tokens.get(t);
    });

    @Test
    void nothingIsBuiltBeforeTheSafeIsRead() {
        vm.payEth(FakeSafeDesk.BOB.checksummed(), "0.5");

        assertThat(vm.status().get()).isEqualTo("The Safe has not been read yet: wait for the refresh.");
        assertThat(desk.queued).isEmpty();
    }

    @Test
    void anEthPaymentIsQueuedAtTheNextNonceInWei() {
        session.activate();
        vm.payEth(FakeSafeDesk.BOB.checksummed(), "0.5");
        vm.payEth(FakeSafeDesk.BOB.checksummed(), "1");

        assertThat(desk.queued).extracting(q -> q.file().tx().nonce() + " " + q.file().tx().value()).containsExactly(
                "4 500000000000000000", "5 1000000000000000000");
        assertThat(vm.status().get()).isEqualTo("Queued: review it, then sign on your device.");
    }

    @Test
    void theTokenAmountIsInWholeTokensWithTheSymbolBesideIt() {
        session.activate();
        vm.token().set(USDC.checksummed());
        vm.tokenAmount().set("12.5");

        assertThat(vm.tokenUnit().get()).isEqualTo("USDC");
        assertThat(vm.tokenAmountProblem().get()).isEmpty();
        vm.payToken(FakeSafeDesk.BOB.checksummed());

        SafeTx tx = desk.queued.get(0).file().tx();
        assertThat(tx.to()).isEqualTo(USDC);
        assertThat(Hex.encode(tx.data())).isEqualTo(Hex.encode(AbiCalls.encode(Erc20Functions.TRANSFER,
                List.of(FakeSafeDesk.BOB.lowerHex(), "12500000"))));
    }

    @Test
    void moreDecimalsThanTheTokenHasIsSaidBesideTheFieldAndNothingIsQueued() {
        session.activate();
        vm.tokenAmount().set("1.2345678");
        assertThat(vm.tokenAmountProblem().get()).as("no token yet: nothing to hold the amount against").isEmpty();
        vm.token().set(USDC.checksummed());

        assertThat(vm.tokenAmountProblem().get()).isEqualTo("USDC has 6 decimals: 1.2345678 has 7 after the point.");
        vm.payToken(FakeSafeDesk.BOB.checksummed());
        assertThat(vm.status().get()).isEqualTo("Check the form: USDC has 6 decimals: 1.2345678 has 7 after the point.");
        assertThat(desk.queued).isEmpty();

        vm.tokenAmount().set("1.234567");
        assertThat(vm.tokenAmountProblem().get()).isEmpty();
    }

    @Test
    void aTokenWhoseDecimalsAreUnknownIsRefusedWithWhy() {
        session.activate();
        vm.tokenAmount().set("3");
        vm.token().set("0x5FC8");
        assertThat(tokenReads).as("half an address is not read").isEmpty();
        vm.payToken(FakeSafeDesk.BOB.checksummed());
        assertThat(vm.status().get()).isEqualTo("Check the form: type the token contract's address and wait for its symbol to show.");

        vm.token().set(NO_DECIMALS.checksummed());
        assertThat(vm.tokenAmountProblem().get()).isEqualTo("ODD gave no decimals Steward accepts, so an amount in whole tokens cannot be converted.");

        vm.token().set(UNREACHABLE.checksummed());
        assertThat(vm.tokenUnit().get()).isEmpty();
        assertThat(vm.tokenAmountProblem().get()).isEqualTo("The token's decimals could not be read: Cannot reach the RPC at http://127.0.0.1:9: check the URL.");
        vm.payToken(FakeSafeDesk.BOB.checksummed());
        assertThat(desk.queued).isEmpty();
    }

    @Test
    void collectedCallsAreQueuedAsOneDelegatecallToMultiSendCallOnly() {
        session.activate();
        vm.collecting().set(true);
        vm.payEth(FakeSafeDesk.BOB.checksummed(), "0.1");
        vm.call(FakeSafeDesk.BOB.checksummed(), "", new byte[] {1, 2});

        assertThat(vm.batch()).hasSize(2);
        assertThat(vm.status().get()).isEqualTo("2 call(s) collected: queue them as one batch when complete.");
        assertThat(desk.queued).isEmpty();
        vm.queueBatch();

        assertThat(vm.batch()).isEmpty();
        SafeTx tx = desk.queued.get(0).file().tx();
        assertThat(tx.operation()).isEqualTo(Operation.DELEGATECALL);
        assertThat(tx.to()).isEqualTo(CanonicalLibraries.multiSendCallOnly(desk.state.version().core()));
        assertThat(vm.status().get()).isEqualTo("Batch queued: review every call, then sign.");
    }

    @Test
    void aFormThatDoesNotParseSaysSoAndAnIncompleteCallIsNotQueued() {
        session.activate();
        vm.addOwner("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "two");
        assertThat(vm.status().get()).isEqualTo("Check the form: a threshold is a whole number.");
        vm.payEth(FakeSafeDesk.BOB.checksummed(), "0.5 ETH");
        assertThat(vm.status().get()).startsWith("Check the form: \"0.5 ETH\" is not an amount");
        vm.call(FakeSafeDesk.BOB.checksummed(), "0", null);
        assertThat(vm.status().get()).isEqualTo("The call is not complete: fill every argument first.");
        assertThat(desk.queued).isEmpty();

        vm.changeThreshold("3");
        assertThat(desk.queued).singleElement().satisfies(q -> assertThat(q.file().tx().to()).as("a call to the Safe itself").isEqualTo(FakeSafeDesk.SAFE));
    }

    @Test
    void importsReportTheirOutcome() {
        session.activate();
        vm.importBuilder("{}");
        assertThat(vm.status().get()).isEqualTo("The file is not a Transaction Builder batch: 2 characters read.");
        vm.importSigned("{…}");
        assertThat(vm.status().get()).isEqualTo("Signatures merged into the queue.");
        assertThat(session.queue()).singleElement().satisfies(r -> assertThat(r.origin()).isEqualTo("file"));
    }
}
