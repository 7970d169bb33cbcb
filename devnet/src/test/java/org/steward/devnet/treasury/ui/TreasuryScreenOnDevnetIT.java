package org.steward.devnet.treasury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.chain.DeviceTransactions.Account;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.DirectTaskRunner;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetExtension;
import org.steward.treasury.domain.risk.RiskFlag;
import org.steward.treasury.domain.risk.TypedConfirmation;
import org.steward.treasury.service.TreasuryDesk;
import org.steward.treasury.ui.QueueRow;
import org.steward.treasury.ui.NewTransactionViewModel;
import org.steward.treasury.ui.SafeQueueViewModel;
import org.steward.treasury.ui.SafeSession;
import org.steward.treasury.ui.TreasuryModels;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

/**
 * The treasury screen's ViewModel on the devnet's 2-of-3 Safe, each owner on a simulated device:
 * build a payment, review it, confirm off chain (Ledger), approve on chain (OneKey), execute (Ledger);
 * a high-risk owner change that stays locked until the hash suffix is typed; a signed file round trip;
 * a Transaction Builder batch whose MultiSendCallOnly is recognised by its code.
 */
@ExtendWith(DevnetExtension.class)
class TreasuryScreenOnDevnetIT {

    @Test
    void buildReviewConfirmApproveAndExecute(Devnet devnet, @TempDir Path dir) {
        SimulatedSeed seed = SimulatedSeed.demo();
        Account owner0 = Account.of(SimulatedDevices.ledger(seed, new SimulatedBehaviour()), DerivationPath.bip44(0));
        Account owner1 = Account.of(SimulatedDevices.oneKey(seed, new SimulatedBehaviour()), DerivationPath.bip44(1));
        Account owner2 = Account.of(SimulatedDevices.ledger(seed, new SimulatedBehaviour()), DerivationPath.bip44(2));
        AtomicReference<Account> device = new AtomicReference<>(owner0);
        Address safe = devnet.deployment().safe();
        Address payee = Address.parse("0x00000000000000000000000000000000000beef1");
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"));
             TreasuryDesk desk = new TreasuryDesk(devnet.client().network(), safe, List.of(), history, device::get)) {
            TreasuryModels models = TreasuryModels.over(desk, new DirectTaskRunner(), () -> DevicePrompts.NONE,
                    java.util.Optional.of(devnet.deployment().timelock()));
            models.activate();
            SafeSession session = models.session();
            SafeQueueViewModel m = models.queue();
            NewTransactionViewModel build = models.newTransaction();
            assertThat(session.state().get().threshold()).isEqualTo(2);
            assertThat(session.state().get().tokenBalances()).as("the STW sent to the Safe is found from its Transfer logs")
                    .containsKey(devnet.deployment().token());
            assertThat(m.queue()).isEmpty();

            devnet.setBalance(safe, BigInteger.TEN.pow(19));
            session.refresh();
            build.payEth(payee.checksummed(), "0.5");
            assertThat(m.queue()).singleElement().extracting(QueueRow::confirmations).isEqualTo("0 of 2");
            assertThat(m.reviewText().get()).contains("safeTxHash    0x").contains("Your Ledger will show:");
            org.steward.core.abi.CallNode payment = m.review().get().calls();
            assertThat(payment.value().text()).isEqualTo("ETH transfer");
            assertThat(payment.find("Value").orElseThrow().value().exact()).contains("500000000000000000 wei");
            assertThat(m.reviewText().get()).contains("Simulation on a private fork (nothing sent):\nResult:   succeeds").contains(": +0.5 ETH (0 → 0.5)");
            assertThat(m.signable().get()).isTrue();

            m.confirmOffChain();
            assertThat(m.queue().get(0).confirmations()).isEqualTo("1 of 2");
            String signedFile = m.queue().get(0).queued().file().toJson();
            device.set(owner1);
            m.approveOnChain();
            assertThat(m.status().get()).startsWith("Approved on chain in transaction 0x");
            device.set(owner2);
            m.select(m.queue().get(0));
            assertThat(m.reviewText().get()).as("two signatures gathered: simulated with them, not as if signed")
                    .contains("Result:   succeeds").doesNotContain("Not signed yet");
            m.execute();
            assertThat(m.status().get()).startsWith("Executed in transaction 0x");
            assertThat(devnet.client().balance(payee).value()).isEqualTo(new BigInteger("500000000000000000"));
            assertThat(m.queue()).isEmpty();
            assertThat(models.history().history()).isNotEmpty();

            build.importSigned(signedFile);
            assertThat(m.queue()).as("an executed nonce is not queued again").isEmpty();

            build.addOwner("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "x");
            assertThat(m.status().get()).startsWith("Check the form");
            build.addOwner("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "2");
            assertThat(m.review().get().flags()).extracting(RiskFlag::code).contains(RiskFlag.Code.SAFE_SETTINGS_CHANGE);
            assertThat(m.signable().get()).as("high risk stays locked").isFalse();
            m.typed().set("wrong");
            assertThat(m.signable().get()).isFalse();
            m.typed().set(TypedConfirmation.phrase(m.review().get().hashes().safeTxHash()));
            assertThat(m.signable().get()).isTrue();

            String batch = """
                    {"version":"1.0","chainId":"31337","createdAt":1700000000000,"meta":{"name":"two payments"},
                     "transactions":[{"to":"%s","value":"1","data":null},{"to":"%s","value":"2","data":null}]}""".formatted(payee.checksummed(),
                    payee.checksummed());
            try (org.steward.devnet.txservice.LoopbackTxService service = org.steward.devnet.txservice.LoopbackTxService.start(devnet.client())) {
                models.service().serviceUrl().set(service.url().toString());
                models.service().serviceKey().set("key-that-must-not-leak");
                m.select(m.queue().get(0));
                models.service().share();
                assertThat(m.status().get()).as("nothing signed yet").startsWith("Sign the transaction first");
                device.set(owner0);
                m.typed().set(TypedConfirmation.phrase(m.review().get().hashes().safeTxHash()));
                m.confirmOffChain();
                models.service().share();
                assertThat(m.status().get()).isEqualTo("1 signature(s) sent to the service.");
                models.service().fetch();
                assertThat(m.status().get()).isEqualTo("1 transaction(s) read from the service, each hash checked.");
            }
            build.importBuilder(batch);
            assertThat(m.queue()).hasSize(2);
            org.steward.core.abi.CallNode imported = m.review().get().calls();
            assertThat(imported.find("Operation").orElseThrow().warning()).as("the Safe delegatecalls the batch: marked").isTrue();
            assertThat(imported.find("To").orElseThrow().value().exact()).contains("0xA83c336B20401Af773B6219BA5027174338D1836");
            assertThat(m.review().get().flags()).extracting(RiskFlag::code).doesNotContain(RiskFlag.Code.UNTRUSTED_DELEGATECALL);

            build.collecting().set(true);
            build.payEth(payee.checksummed(), "0.1");
            build.token().set(devnet.deployment().token().checksummed());
            build.tokenAmount().set("5");
            build.payToken(payee.checksummed());
            assertThat(build.batch()).hasSize(2);
            build.queueBatch();
            assertThat(m.queue()).hasSize(3);
            org.steward.core.abi.CallNode batched = m.review().get().calls();
            assertThat(batched.value().text()).isEqualTo("batch of 2 calls");
            assertThat(batched.find("Call 1").orElseThrow().find("Value").orElseThrow().value().text()).isEqualTo("0.1 ETH");
            assertThat(batched.find("Call 2").orElseThrow().value().text()).isEqualTo("transfer(to, amount)");
            assertThat(batched.find("Call 2").orElseThrow().find("amount").orElseThrow().value().text()).isEqualTo("5 STW");
        }
    }
}
