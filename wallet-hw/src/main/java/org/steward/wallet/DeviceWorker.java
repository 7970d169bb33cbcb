package org.steward.wallet;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.Signer;

/**
 * Owns one device: every operation on it runs on this worker's single thread, in order, and
 * while the device shows a prompt the hot-plug scan is paused (through {@code scanPause}), since
 * enumerating the bus can disturb a device mid-exchange.
 */
public final class DeviceWorker implements AutoCloseable {

    /** What the worker pauses while a prompt is open; {@link org.steward.wallet.usb.DeviceWatcher} fits. */
    public interface ScanPause {
        void pause();

        void resume();
    }

    private final Signer signer;
    private final ScanPause scanPause;
    private final ExecutorService thread;
    private volatile boolean running;
    /** The job on the device now, so a waiter that gives up stops its own exchange and never another's. */
    private volatile Object runningJob;
    private final java.util.Map<java.util.concurrent.Future<?>, Object> jobs = new java.util.concurrent.ConcurrentHashMap<>();

    public DeviceWorker(Signer signer, ScanPause scanPause) {
        this.signer = signer;
        this.scanPause = scanPause;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "device " + signer.label());
            t.setDaemon(true);
            return t;
        });
    }

    public Signer signer() {
        return signer;
    }

    public <T> CompletableFuture<T> submit(DevicePrompts prompts, BiFunction<Signer, DevicePrompts, T> work) {
        Object job = new Object();
        CompletableFuture<T> answer = CompletableFuture.supplyAsync(() -> {
            runningJob = job;
            running = true;
            try {
                return work.apply(signer, pausing(prompts));
            } finally {
                running = false;
                runningJob = null;
            }
        }, thread);
        jobs.put(answer, job);
        answer.whenComplete((value, failure) -> jobs.remove(answer));
        return answer;
    }

    /**
     * Stops the exchange {@code answer} stands for: the device's own exchange when it is the one
     * running, or the job before it starts. Another screen's exchange running meanwhile goes on
     * (a window closing while a signature is asked must not cancel it).
     */
    public void cancel(java.util.concurrent.Future<?> answer) {
        Object job = jobs.get(answer);
        if (job != null && job == runningJob) {
            signer.cancel();
        } else {
            answer.cancel(false);
        }
    }

    /**
     * Cancels the exchange running on the device now, if one is (the person pressed Cancel);
     * a Cancel that comes after the exchange ended must not refuse the next request.
     */
    public void cancelRunning() {
        if (running) {
            signer.cancel();
        }
    }

    private DevicePrompts pausing(DevicePrompts prompts) {
        return new DevicePrompts() {
            private boolean paused;

            @Override
            public void confirmOnDevice(String whatTheDeviceShows) {
                if (!paused) {
                    scanPause.pause();
                    paused = true;
                }
                prompts.confirmOnDevice(whatTheDeviceShows);
            }

            @Override
            public void confirmOnDevice(org.steward.core.sign.SigningRequest request) {
                if (!paused) {
                    scanPause.pause();
                    paused = true;
                }
                prompts.confirmOnDevice(request);
            }

            @Override
            public void confirmationClosed() {
                prompts.confirmationClosed();
                if (paused) {
                    scanPause.resume();
                    paused = false;
                }
            }

            @Override
            public Optional<String> pinMatrix() {
                return prompts.pinMatrix();
            }

            @Override
            public Optional<String> passphrase() {
                return prompts.passphrase();
            }
        };
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
