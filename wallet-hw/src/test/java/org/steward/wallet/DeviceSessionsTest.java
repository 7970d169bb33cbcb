package org.steward.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.PersonalMessageRequest;
import org.steward.core.sign.SignatureVerifier;
import org.steward.core.sign.Signer;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;
import org.steward.wallet.transport.TransportCancelledException;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceDiscovery;
import org.steward.wallet.usb.DeviceKind;

class DeviceSessionsTest {

    private static final DetectedDevice LEDGER = new DetectedDevice(DeviceKind.LEDGER, "Ledger Nano X", 0x2C97, 0x4015, "sim:ledger", true);
    private static final DetectedDevice ONEKEY = new DetectedDevice(DeviceKind.ONEKEY, "OneKey Classic 1S", 0x1209, 0x53C1, "sim:onekey", true);

    /** A bus that counts how often it is scanned and opened, with the devices a test puts on it. */
    private static final class CountingBus implements DeviceBus {
        final List<DetectedDevice> present = Collections.synchronizedList(new ArrayList<>(List.of(LEDGER, ONEKEY)));
        final AtomicInteger scans = new AtomicInteger();
        final AtomicInteger opens = new AtomicInteger();
        final AtomicInteger paused = new AtomicInteger();
        final SimulatedBehaviour behaviour;

        CountingBus(SimulatedBehaviour behaviour) {
            this.behaviour = behaviour;
        }

        @Override
        public DeviceDiscovery.Scan scan() {
            scans.incrementAndGet();
            return new DeviceDiscovery.Scan(List.copyOf(present), List.of());
        }

        @Override
        public Signer open(DetectedDevice device) {
            opens.incrementAndGet();
            return device.kind() == DeviceKind.LEDGER
                    ? SimulatedDevices.ledger(SimulatedSeed.demo(), behaviour)
                    : SimulatedDevices.oneKey(SimulatedSeed.demo(), behaviour);
        }

        @Override
        public void pause() {
            paused.incrementAndGet();
        }

        @Override
        public void resume() {
            paused.decrementAndGet();
        }
    }

    @Test
    void everyCallerReachesADeviceThroughOneConnection() {
        CountingBus bus = new CountingBus(new SimulatedBehaviour());
        try (DeviceSessions sessions = new DeviceSessions(bus)) {
            sessions.scan();
            Signer forTheDevicesScreen = sessions.signer(LEDGER);
            Signer forSigning = sessions.signer(LEDGER);

            assertThat(forTheDevicesScreen.address(DerivationPath.bip44(0), false, DevicePrompts.NONE))
                    .isEqualTo(forSigning.address(DerivationPath.bip44(0), false, DevicePrompts.NONE));
            assertThat(sessions.worker(LEDGER)).isSameAs(sessions.worker(LEDGER));
            assertThat(bus.opens).as("one transport for the device, however many callers").hasValue(1);
        }
    }

    @Test
    void theBusIsNotScannedWhileAnExchangeRunsAndResumesAfter() throws Exception {
        SimulatedBehaviour slow = new SimulatedBehaviour().pressesAfter(Duration.ofMillis(400));
        CountingBus bus = new CountingBus(slow);
        try (DeviceSessions sessions = new DeviceSessions(bus)) {
            sessions.scan();
            Signer ledger = sessions.signer(LEDGER);
            CompletableFuture<?> signing = CompletableFuture.runAsync(
                    () -> ledger.sign(PersonalMessageRequest.utf8(DerivationPath.bip44(0), "gm"), DevicePrompts.NONE));
            waitUntil(() -> bus.paused.get() > 0);
            int before = bus.scans.get();

            DeviceDiscovery.Scan during = sessions.scan();

            assertThat(bus.scans).as("no enumeration while the device is asked").hasValue(before);
            assertThat(during.devices()).as("the last answer stands in").containsExactly(LEDGER, ONEKEY);
            signing.get(10, TimeUnit.SECONDS);
            assertThat(bus.paused).hasValue(0);
            sessions.scan();
            assertThat(bus.scans).hasValue(before + 1);
        }
    }

    @Test
    void aDeviceThatLeavesIsClosedAndOpenedAfreshWhenItComesBack() {
        CountingBus bus = new CountingBus(new SimulatedBehaviour());
        try (DeviceSessions sessions = new DeviceSessions(bus)) {
            sessions.scan();
            sessions.signer(ONEKEY).address(DerivationPath.bip44(0), false, DevicePrompts.NONE);
            bus.present.remove(ONEKEY);

            sessions.scan();

            assertThat(sessions.present(ONEKEY.key())).isEmpty();
            bus.present.add(ONEKEY);
            sessions.scan();
            sessions.signer(ONEKEY).address(DerivationPath.bip44(0), false, DevicePrompts.NONE);
            assertThat(bus.opens).hasValue(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ledger", "onekey"})
    void cancelDuringTheDevicePromptEndsTheExchangeAndTheDeviceSignsTheNextRequest(String kind) throws Exception {
        SimulatedBehaviour person = new SimulatedBehaviour().pressesAfter(Duration.ofSeconds(30));
        CountingBus bus = new CountingBus(person);
        DetectedDevice device = kind.equals("ledger") ? LEDGER : ONEKEY;
        try (DeviceSessions sessions = new DeviceSessions(bus)) {
            sessions.scan();
            Signer signer = sessions.signer(device);
            CompletableFuture<Boolean> prompted = new CompletableFuture<>();
            DevicePrompts dialog = new DevicePrompts() {
                @Override
                public void confirmOnDevice(String text) {
                    prompted.complete(true);
                }
            };
            PersonalMessageRequest request = PersonalMessageRequest.utf8(DerivationPath.bip44(0), "gm");
            CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> signer.sign(request, dialog));
            prompted.get(10, TimeUnit.SECONDS);

            signer.cancel();

            assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(TransportCancelledException.class);
            person.pressesAfter(Duration.ZERO);
            var signature = signer.sign(request, DevicePrompts.NONE);
            SignatureVerifier.requireSignedBy(request, signature, signer.address(DerivationPath.bip44(0), false, DevicePrompts.NONE));
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 10 s");
            }
            Thread.sleep(10);
        }
    }
}
