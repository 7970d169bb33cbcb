package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.app.devices.DeviceCatalog;
import org.steward.app.devices.SimulatedDeviceCatalog;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.Signer;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceDiscovery;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13's sixth flow: the person presses Cancel while the device shows a Governor delegation,
 * which stops the device's own exchange (the simulated person would have pressed only much later);
 * nothing is signed or stored, the device answers the next request, and signing again gives one
 * signature, one transaction and one History entry.
 */
@ExtendWith(ApplicationExtension.class)
class CancelDuringPromptUiIT {

    private static final Address ANA = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static Devnet devnet;
    /** The simulated person at the Ledger, slow on the first request so Cancel comes first. */
    private final SimulatedBehaviour person = new SimulatedBehaviour();
    private HistoryStore history;
    private ShellSession session;
    private FlowWindow window;

    @BeforeAll
    static void chain() {
        devnet = Devnet.start(DevnetOptions.forTests());
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        window = FlowWindow.open(stage, devnet, "steward-cancel-flow", new SlowLedger(person));
        session = window.session();
        history = window.history();
    }

    @AfterEach
    void close(FxRobot robot) {
        person.pressesAfter(Duration.ZERO);
        window.close(robot);
    }

    @Test
    void cancelStopsTheDeviceExchangeAndTheNextSignatureGoesThroughOnce(FxRobot fx) throws Exception {
        FlowRobot ui = new FlowRobot(fx);
        BigInteger nonceBefore = nonce();
        person.pressesAfter(Duration.ofMinutes(5));
        ui.screen(Screen.GOVERNANCE);
        ui.tab("On-chain Governor");
        ui.tab("Delegation");
        // Ana already delegates to herself (Delegate to myself is disabled then): she delegates to account 1.
        ui.waitFor(60, "the delegation to be read", () -> ui.text("#delegation-summary").contains("delegate: yourself"));
        ui.click("#delegation-address");
        fx.write(devnet.accounts().get(1).checksummed());
        ui.click("#delegation-other");
        ui.waitFor(90, "the delegation's review", () -> ui.enabled("#delegation-review-sign"));
        ui.click("#delegation-review-sign");
        ui.waitFor(30, "the device prompt", () -> fx.lookup("#confirm-cancel").tryQuery().map(n -> n.isVisible()).orElse(false));
        ui.shot("cancel-1-device-prompt", "#confirm-cancel");
        long cancelledAt = System.nanoTime();
        ui.click("#confirm-cancel");
        ui.waitFor(30, "the outcome of the cancelled request", () -> !ui.text("#delegation-outcome").isEmpty());
        assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt)).as("the device's exchange stopped, not the person's five minutes")
                .isLessThan(Duration.ofMinutes(1));
        assertThat(ui.text("#delegation-outcome")).doesNotContain("sent in transaction");
        assertThat(fx.lookup("#confirm-cancel").tryQuery()).as("the prompt closed").isEmpty();
        ui.shot("cancel-2-cancelled");
        assertThat(new SignedItems(history).recent(10)).as("nothing signed, nothing stored").isEmpty();
        assertThat(nonce()).isEqualTo(nonceBefore);

        // The same device, asked again: the person presses after a moment this time.
        person.pressesAfter(Duration.ofMillis(600));
        ui.waitFor(30, "Delegate to be enabled again", () -> ui.enabled("#delegation-other"));
        ui.click("#delegation-other");
        ui.waitFor(90, "the second review", () -> ui.enabled("#delegation-review-sign"));
        ui.click("#delegation-review-sign");
        ui.waitFor(60, "the delegation to be mined", () -> ui.text("#delegation-outcome").contains("sent in transaction"));
        assertThat(ui.enabled("#delegation-review-sign")).as("one press: nothing left to sign").isFalse();
        ui.shot("cancel-3-signed-again");
        assertThat(new SignedItems(history).recent(10)).as("one signature, one History entry").hasSize(1);
        assertThat(nonce()).as("one transaction").isEqualTo(nonceBefore.add(BigInteger.ONE));
    }

    private static BigInteger nonce() throws IOException {
        return devnet.client().web3j().ethGetTransactionCount(ANA.checksummed(),
                org.web3j.protocol.core.DefaultBlockParameterName.LATEST).send().getTransactionCount();
    }

    /** The demo's Ledger alone, with a person whose speed the test sets. */
    private record SlowLedger(SimulatedBehaviour person) implements DeviceCatalog {
        @Override
        public DeviceDiscovery.Scan scan() {
            return new DeviceDiscovery.Scan(java.util.List.of(SimulatedDeviceCatalog.LEDGER), java.util.List.of());
        }

        @Override
        public Signer open(DetectedDevice device) {
            return SimulatedDevices.ledger(SimulatedSeed.demo(), person);
        }

        @Override
        public void pause() {
            // not on a bus
        }

        @Override
        public void resume() {
            // not on a bus
        }
    }
}
