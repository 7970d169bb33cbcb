package org.steward.devnet.treasury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
import org.steward.treasury.ui.SafeQueueViewModel;
import org.steward.treasury.ui.TreasuryModels;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

/** A queued transaction that would fail on chain is flagged high-risk by its simulation, so the typed unlock guards it. */
@ExtendWith(DevnetExtension.class)
class TreasurySimulationOnDevnetIT {

    @Test
    void aTokenPaymentTheSafeCannotAffordStaysLockedUntilTyped(Devnet devnet, @TempDir Path dir) {
        Account owner0 = Account.of(SimulatedDevices.ledger(SimulatedSeed.demo(), new SimulatedBehaviour()), DerivationPath.bip44(0));
        Address safe = devnet.deployment().safe();
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"));
             TreasuryDesk desk = new TreasuryDesk(devnet.client().network(), safe, List.of(), history, () -> owner0)) {
            TreasuryModels models = TreasuryModels.over(desk, new DirectTaskRunner(), () -> DevicePrompts.NONE, java.util.Optional.empty());
            models.activate();
            SafeQueueViewModel m = models.queue();

            models.newTransaction().token().set(devnet.deployment().token().checksummed());
            models.newTransaction().tokenAmount().set("100000000");
            models.newTransaction().payToken("0x00000000000000000000000000000000000beef2");

            assertThat(m.review().get().flags()).as(m.reviewText().get() + " / " + m.status().get()).extracting(RiskFlag::code).containsExactly(RiskFlag.Code.SIMULATION_FAILED);
            assertThat(m.flags().get()).startsWith("HIGH: Simulated on a private fork of the chain, this transaction fails: the Safe's inner call to "
                    + devnet.deployment().token().checksummed() + " failed: ERC20InsufficientBalance(");
            assertThat(m.reviewText().get()).contains("Result:   FAILS");
            assertThat(m.signable().get()).as("a failing transaction is locked like any high-risk one").isFalse();
            m.typed().set(TypedConfirmation.phrase(m.review().get().hashes().safeTxHash()));
            assertThat(m.signable().get()).isTrue();
        }
    }
}
