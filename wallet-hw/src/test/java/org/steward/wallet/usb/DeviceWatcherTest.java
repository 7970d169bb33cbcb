package org.steward.wallet.usb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceWatcherTest {

    private final List<DetectedDevice> bus = new ArrayList<>();
    private long now;
    private final DeviceWatcher watcher = new DeviceWatcher(() -> List.copyOf(bus), () -> now);

    private static DetectedDevice ledger(int productId) {
        return new DetectedDevice(DeviceKind.LEDGER, DeviceKind.ledgerModel(productId), 0x2c97, productId, "ledger:0001", false);
    }

    @Test
    void aLedgerSwitchingAppsStaysTheSameDevice() {
        bus.add(ledger(0x4011));
        assertThat(watcher.poll().arrived()).extracting(DetectedDevice::model).containsExactly("Ledger Nano X");

        bus.clear();
        now += 1_000_000_000L;
        assertThat(watcher.poll().isEmpty()).isTrue();
        bus.add(ledger(0x4015));
        now += 1_000_000_000L;

        assertThat(watcher.poll().isEmpty()).isTrue();
        assertThat(watcher.present()).extracting(DetectedDevice::productId).containsExactly(0x4015);
    }

    @Test
    void aDeviceGoneLongerThanTheGraceIsReportedLeft() {
        bus.add(ledger(0x4011));
        watcher.poll();
        bus.clear();
        watcher.poll();
        now += DeviceWatcher.REATTACH_GRACE.toNanos();

        assertThat(watcher.poll().left()).hasSize(1);
        assertThat(watcher.present()).isEmpty();
    }

    @Test
    void noScanHappensWhileAPromptIsOpen() {
        watcher.pause();
        bus.add(ledger(0x4011));

        assertThat(watcher.poll().isEmpty()).isTrue();
        watcher.resume();
        assertThat(watcher.poll().arrived()).hasSize(1);
    }

    @Test
    void usbIdsTellTheFamilies() {
        assertThat(DeviceKind.of(0x2c97, 0x5011)).contains(DeviceKind.LEDGER);
        assertThat(DeviceKind.of(0x1209, 0x53c1)).contains(DeviceKind.ONEKEY);
        assertThat(DeviceKind.of(0x1209, 0x4f4b)).contains(DeviceKind.ONEKEY);
        assertThat(DeviceKind.of(0x1209, 0x0001)).isEmpty();
        assertThat(DeviceKind.ledgerModel(0x5011)).isEqualTo("Ledger Nano S Plus");
    }

    @Test
    void libusbErrorsBecomeTheStatesAPersonUnderstands() {
        assertThat(UsbErrors.of(org.usb4java.LibUsb.ERROR_ACCESS).reason()).isEqualTo(org.steward.core.sign.SignerException.Reason.NO_PERMISSION);
        assertThat(UsbErrors.of(org.usb4java.LibUsb.ERROR_NO_DEVICE).reason()).isEqualTo(org.steward.core.sign.SignerException.Reason.UNPLUGGED);
        assertThat(UsbErrors.of(org.usb4java.LibUsb.ERROR_TIMEOUT).reason()).isEqualTo(org.steward.core.sign.SignerException.Reason.TIMEOUT);
        assertThat(UsbErrors.of(org.usb4java.LibUsb.ERROR_BUSY).reason()).isEqualTo(org.steward.core.sign.SignerException.Reason.IN_USE);
    }

    @Test
    void aNativeLibraryThatCannotLoadIsReportedAsMissingNotAsACrash() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeviceDiscovery.requireNative(() -> {
            throw new UnsatisfiedLinkError("libusb-1.0.so: cannot open shared object file");
        })).isInstanceOfSatisfying(org.steward.core.sign.SignerException.class,
                e -> assertThat(e.reason()).isEqualTo(org.steward.core.sign.SignerException.Reason.DRIVER_MISSING));
    }
}
