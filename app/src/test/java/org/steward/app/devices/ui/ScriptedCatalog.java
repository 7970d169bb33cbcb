package org.steward.app.devices.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.steward.core.sign.Signer;
import org.steward.wallet.trezor.OneKeySigner;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedOneKey;
import org.steward.wallet.sim.SimulatedSeed;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceDiscovery;
import org.steward.app.devices.DeviceCatalog;

/**
 * A bus whose scans the test scripts (the last one repeats), with the simulators behind every
 * device so opening and reading them runs the real host code.
 */
final class ScriptedCatalog implements DeviceCatalog {

    private final Deque<Object> scans = new ArrayDeque<>();
    private Object last = new DeviceDiscovery.Scan(List.of(), List.of());
    final SimulatedBehaviour behaviour = new SimulatedBehaviour();
    final AtomicInteger scanCount = new AtomicInteger();
    final AtomicInteger pauses = new AtomicInteger();
    /** The last simulated OneKey opened, whose screen the test reads (the scrambled PIN matrix). */
    volatile SimulatedOneKey oneKey;

    ScriptedCatalog then(List<DetectedDevice> devices, String... problems) {
        scans.add(new DeviceDiscovery.Scan(devices, List.of(problems)));
        return this;
    }

    ScriptedCatalog thenFails(RuntimeException failure) {
        scans.add(failure);
        return this;
    }

    @Override
    public synchronized DeviceDiscovery.Scan scan() {
        scanCount.incrementAndGet();
        if (!scans.isEmpty()) {
            last = scans.poll();
        }
        if (last instanceof RuntimeException failure) {
            throw failure;
        }
        return (DeviceDiscovery.Scan) last;
    }

    @Override
    public Signer open(DetectedDevice device) {
        return switch (device.kind()) {
            case LEDGER -> SimulatedDevices.ledger(SimulatedSeed.demo(), behaviour);
            case ONEKEY -> {
                oneKey = new SimulatedOneKey(SimulatedSeed.demo(), behaviour);
                yield new OneKeySigner(SimulatedOneKey.LABEL, true, oneKey);
            }
        };
    }

    @Override
    public void pause() {
        pauses.incrementAndGet();
    }

    @Override
    public void resume() {
        pauses.decrementAndGet();
    }
}
