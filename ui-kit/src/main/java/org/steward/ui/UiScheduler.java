package org.steward.ui;

import java.time.Duration;

/**
 * Runs an action later on the UI thread: polling and backoff in ViewModels. Tests pass a manual
 * implementation and advance it step by step; the app passes {@link FxScheduler}.
 */
@FunctionalInterface
public interface UiScheduler {

    /** Schedules {@code action}; the returned handle cancels it if it has not run yet. */
    Cancellable after(Duration delay, Runnable action);

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
