package org.steward.app.devices.ui;

import org.steward.app.ManualScheduler;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;
import org.steward.core.sign.SignerException.Reason;
import org.steward.core.task.DirectTaskRunner;
import org.steward.wallet.sim.SimulatedLedger;
import org.steward.wallet.sim.SimulatedOneKey;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceKind;
import org.steward.app.devices.SimulatedDeviceSource;
import org.steward.app.devices.DeviceSource;
import org.steward.app.devices.SimulatedDeviceCatalog;

class LiveDeviceSourceTest {

    private static final DetectedDevice NANO_X = new DetectedDevice(DeviceKind.LEDGER, "Ledger Nano X", 0x2C97, 0x4015, "ledger:0001", false);
    private static final DetectedDevice ONEKEY = new DetectedDevice(DeviceKind.ONEKEY, "OneKey / Trezor", 0x1209, 0x53C1, "usb:1-4", false);

    private final ScriptedCatalog catalog = new ScriptedCatalog();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> lines = new ArrayList<>();

    private DeviceSource.Subscription watch() {
        return new LiveDeviceSource(new org.steward.wallet.DeviceSessions(catalog), new DirectTaskRunner(), scheduler).watch(lines::add);
    }

    @Test
    void reportsEachChangeOfTheBusEveryTwoSeconds() {
        catalog.then(List.of())
                .then(List.of(NANO_X))
                .then(List.of(NANO_X, ONEKEY))
                .then(List.of(), "Ledger: " + Reason.NO_PERMISSION.sentence());

        watch();
        scheduler.runNext();
        scheduler.runNext();
        scheduler.runNext();

        assertThat(lines).containsExactly(
                "No device connected",
                "Ledger Nano X (Ledger)",
                "Ledger Nano X (Ledger), OneKey / Trezor (OneKey)",
                "Ledger: " + Reason.NO_PERMISSION.sentence());
        assertThat(scheduler.requestedDelays).allMatch(LiveDeviceSource.POLL_INTERVAL::equals);
    }

    @Test
    void anUnchangedBusIsNotReportedAgain() {
        catalog.then(List.of(NANO_X));

        watch();
        scheduler.runNext();
        scheduler.runNext();

        assertThat(catalog.scanCount).hasValue(3);
        assertThat(lines).containsExactly("Ledger Nano X (Ledger)");
    }

    @Test
    void aDeviceListedBesideAProblemWinsTheLine() {
        catalog.then(List.of(NANO_X), "OneKey: " + Reason.DRIVER_MISSING.sentence());

        watch();

        assertThat(lines).containsExactly("Ledger Nano X (Ledger)");
    }

    @Test
    void aFailedScanSaysWhyAndPollingGoesOn() {
        catalog.thenFails(new UserFacingException("The USB bus could not be read: replug the hub and try again."))
                .then(List.of(NANO_X));

        watch();
        scheduler.runNext();

        assertThat(lines).containsExactly("The USB bus could not be read: replug the hub and try again.", "Ledger Nano X (Ledger)");
    }

    @Test
    void closingStopsPolling() {
        catalog.then(List.of(NANO_X));

        watch().close();

        assertThat(scheduler.waiting()).isZero();
        assertThat(scheduler.runNext()).isFalse();
        assertThat(catalog.scanCount).hasValue(1);
    }

    @Test
    void theDemoNamesBothSimulatorsAsSimulatedDevices() {
        new SimulatedDeviceSource(SimulatedDeviceCatalog.demo()).watch(lines::add);

        assertThat(lines).containsExactly("Ledger Nano X, OneKey Classic 1S (simulated devices)");
        assertThat(SimulatedDeviceCatalog.LEDGER.label()).isEqualTo(SimulatedLedger.LABEL);
        assertThat(SimulatedDeviceCatalog.ONEKEY.label()).isEqualTo(SimulatedOneKey.LABEL);
    }
}
