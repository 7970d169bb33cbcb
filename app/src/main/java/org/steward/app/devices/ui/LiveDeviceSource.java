package org.steward.app.devices.ui;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.steward.wallet.DeviceSessions;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskHandle;
import org.steward.core.task.TaskRunner;
import org.steward.ui.UiScheduler;
import org.steward.ui.UserMessages;
import org.steward.app.devices.DeviceSource;
import org.steward.app.devices.DeviceLine;

/**
 * The status bar's device line from USB: scans every {@link #POLL_INTERVAL} in a background task
 * and reports, on the runner's callback thread, the devices present, else why a family could not
 * be scanned, else "No device connected". A line is reported only when it changes. One scan at a
 * time; the next is scheduled after the previous one ends, so a slow bus never piles scans up.
 */
public final class LiveDeviceSource implements DeviceSource {

    static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    /** Enumeration takes milliseconds; a scan that hangs (a wedged hub) must not stop later ones forever. */
    static final Duration SCAN_TIMEOUT = Duration.ofSeconds(20);

    private final DeviceSessions catalog;
    private final TaskRunner runner;
    private final UiScheduler scheduler;

    public LiveDeviceSource(DeviceSessions catalog, TaskRunner runner, UiScheduler scheduler) {
        this.catalog = catalog;
        this.runner = runner;
        this.scheduler = scheduler;
    }

    @Override
    public Subscription watch(Consumer<String> listener) {
        Poller poller = new Poller(listener);
        poller.poll();
        return poller::stop;
    }

    /** One subscription's polling loop; touched only on the callback thread. */
    private final class Poller {

        private final Consumer<String> listener;
        private String last;
        private boolean stopped;
        private TaskHandle inFlight;
        private UiScheduler.Cancellable next;

        Poller(Consumer<String> listener) {
            this.listener = listener;
        }

        void poll() {
            next = null;
            inFlight = runner.run(BackgroundTask.of("Look for signing devices", progress -> DeviceLine.describe(catalog.scan()))
                    .timeout(SCAN_TIMEOUT)
                    .onSuccess(this::report)
                    .onFailure(failure -> {
                        if (!(failure instanceof CancellationException)) {
                            report(UserMessages.sentence(failure));
                        }
                    }));
        }

        private void report(String line) {
            if (stopped) {
                return;
            }
            if (!line.equals(last)) {
                last = line;
                listener.accept(line);
            }
            next = scheduler.after(POLL_INTERVAL, this::poll);
        }

        void stop() {
            stopped = true;
            if (next != null) {
                next.cancel();
                next = null;
            }
            if (inFlight != null) {
                inFlight.cancel();
                inFlight = null;
            }
        }
    }
}
