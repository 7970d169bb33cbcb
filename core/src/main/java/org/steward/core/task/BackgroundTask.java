package org.steward.core.task;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of blocking work with its callbacks, run by a {@link TaskRunner}. Callbacks run where
 * the runner decides (the FX thread for the UI runner, the calling thread in tests).
 */
public final class BackgroundTask<T> {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    private final String title;
    private final Work<T> work;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Consumer<? super T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private ProgressListener onProgress = (done, total, message) -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener listener) {
        this.onProgress = Objects.requireNonNull(listener);
        return this;
    }

    /** Device waits get long timeouts (a person is reading the screen); network calls short ones. */
    public BackgroundTask<T> timeout(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout);
        return this;
    }

    public String title() {
        return title;
    }

    public Work<T> work() {
        return work;
    }

    public Duration timeout() {
        return timeout;
    }

    public Consumer<? super T> successCallback() {
        return onSuccess;
    }

    public Consumer<Throwable> failureCallback() {
        return onFailure;
    }

    public ProgressListener progressListener() {
        return onProgress;
    }

    /** Receives progress on the runner's callback thread. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(long done, long total, String message);
    }
}
