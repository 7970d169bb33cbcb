package org.steward.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.steward.ui.UiScheduler;

/** A scheduler the test advances by hand: it records each requested delay and runs the due action on demand. */
public final class ManualScheduler implements UiScheduler {

    private record Pending(Duration delay, Runnable action, boolean[] cancelled) {
    }

    private final List<Pending> pending = new ArrayList<>();
    public final List<Duration> requestedDelays = new ArrayList<>();

    @Override
    public Cancellable after(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        pending.add(new Pending(delay, action, cancelled));
        requestedDelays.add(delay);
        return () -> cancelled[0] = true;
    }

    /** Runs the oldest action that was not cancelled; false if none is waiting. */
    public boolean runNext() {
        while (!pending.isEmpty()) {
            Pending next = pending.remove(0);
            if (!next.cancelled()[0]) {
                next.action().run();
                return true;
            }
        }
        return false;
    }

    public long waiting() {
        return pending.stream().filter(p -> !p.cancelled()[0]).count();
    }
}
