package org.steward.wallet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.EcdsaSignature;
import org.steward.core.sign.Signer;
import org.steward.core.sign.SigningRequest;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceDiscovery;

/**
 * The one door to the devices: a device is opened once and every caller (the Devices screen,
 * signing, the command line) reaches it through its {@link DeviceWorker}, so two handles never
 * talk to one device at once. While any exchange runs, the bus is not scanned (enumeration can
 * disturb a device mid-exchange, and a scan must not report a busy device as gone). A device that
 * leaves the bus has its worker closed; asking for it again opens it afresh.
 */
public final class DeviceSessions implements AutoCloseable {

    private final DeviceBus bus;
    private final Map<String, DeviceWorker> workers = new ConcurrentHashMap<>();
    private final AtomicInteger busy = new AtomicInteger();
    private volatile DeviceDiscovery.Scan last = new DeviceDiscovery.Scan(List.of(), List.of());

    public DeviceSessions(DeviceBus bus) {
        this.bus = bus;
    }

    /** Where the devices come from (to tell the demo's simulators from USB). */
    public DeviceBus bus() {
        return bus;
    }

    /** The devices present; while an exchange runs, the last scan's answer instead of touching the bus. */
    public DeviceDiscovery.Scan scan() {
        if (busy.get() > 0) {
            return last;
        }
        DeviceDiscovery.Scan now = bus.scan();
        Set<String> present = now.devices().stream().map(DetectedDevice::key).collect(Collectors.toSet());
        workers.keySet().removeIf(key -> {
            if (present.contains(key)) {
                return false;
            }
            DeviceWorker gone = workers.get(key);
            if (gone != null) {
                gone.close();
            }
            return true;
        });
        last = now;
        return now;
    }

    /** The device with this key in the last scan, if it is still there. */
    public Optional<DetectedDevice> present(String key) {
        return last.devices().stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** The device's worker, opening the device on first use. Blocking. */
    public DeviceWorker worker(DetectedDevice device) {
        return workers.computeIfAbsent(device.key(), key -> new DeviceWorker(bus.open(device), bus));
    }

    /**
     * The device as a {@link Signer} whose every call runs on its worker and waits for it: code
     * written against a plain signer goes through the door unchanged. An interrupt of the waiting
     * thread (a background task cancelled) cancels the exchange on the device.
     */
    public Signer signer(DetectedDevice device) {
        return new ThroughWorker(worker(device));
    }

    /** Cancels the exchange under way on the device with this key, if any (Cancel pressed in a prompt). */
    public void cancel(String deviceKey) {
        DeviceWorker w = workers.get(deviceKey);
        if (w != null) {
            w.cancelRunning();
        }
    }

    @Override
    public void close() {
        workers.values().forEach(DeviceWorker::close);
        workers.clear();
    }

    private final class ThroughWorker implements Signer {

        private final DeviceWorker worker;

        ThroughWorker(DeviceWorker worker) {
            this.worker = worker;
        }

        @Override
        public String label() {
            return worker.signer().label();
        }

        @Override
        public boolean simulated() {
            return worker.signer().simulated();
        }

        @Override
        public Address address(DerivationPath path, boolean showOnDevice, DevicePrompts prompts) {
            return run(prompts, (s, p) -> s.address(path, showOnDevice, p));
        }

        @Override
        public Optional<String> firmware() {
            return run(DevicePrompts.NONE, (s, p) -> s.firmware());
        }

        @Override
        public EcdsaSignature sign(SigningRequest request, DevicePrompts prompts) {
            return run(prompts, (s, p) -> s.sign(request, p));
        }

        @Override
        public void cancel() {
            worker.cancelRunning();
        }

        private <T> T run(DevicePrompts prompts, BiFunction<Signer, DevicePrompts, T> work) {
            busy.incrementAndGet();
            bus.pause();
            try {
                Future<T> answer = worker.submit(prompts, work);
                try {
                    return answer.get();
                } catch (InterruptedException e) {
                    worker.cancel(answer);
                    Thread.currentThread().interrupt();
                    throw new CancellationException("cancelled while the device was asked");
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            } finally {
                bus.resume();
                busy.decrementAndGet();
            }
        }

        private RuntimeException rethrow(Throwable cause) {
            Throwable t = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
            if (t instanceof RuntimeException r) {
                return r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            return new IllegalStateException(t);
        }
    }
}
