package org.steward.core.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Executor;
import org.steward.core.UserFacingException;

/**
 * Runs work on a pool of daemon threads and delivers callbacks through {@code callbackExecutor}
 * (the FX thread in the app). Every task is cancellable and ends at its timeout; exactly one of
 * the success or failure callbacks runs.
 */
public final class ExecutorTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Executor callbackExecutor;

    public ExecutorTaskRunner(Executor callbackExecutor) {
        this.callbackExecutor = callbackExecutor;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> daemon(r, "steward-task-" + n.incrementAndGet()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "steward-task-timer"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static final TaskHandle CLOSED = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        if (workers.isShutdown()) {
            // The window that owned this runner is closed: a late event from its views starts nothing.
            return CLOSED;
        }
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<ScheduledFuture<?>> deadline = new AtomicReference<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (!finished.get()) {
                    callbackExecutor.execute(() -> task.progressListener().progress(done, total, message));
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get() || Thread.currentThread().isInterrupted();
            }
        };
        Future<?> future = workers.submit(() -> {
            try {
                T result = task.work().run(progress);
                if (finished.compareAndSet(false, true)) {
                    cancelTimer(deadline);
                    callbackExecutor.execute(() -> task.successCallback().accept(result));
                }
            } catch (Throwable e) {
                if (finished.compareAndSet(false, true)) {
                    cancelTimer(deadline);
                    callbackExecutor.execute(() -> task.failureCallback().accept(e));
                }
            }
        });
        deadline.set(timer.schedule(() -> {
            if (finished.compareAndSet(false, true)) {
                future.cancel(true);
                UserFacingException timedOut = new UserFacingException("\"" + task.title() + "\" took longer than "
                        + task.timeout().toSeconds() + " s and was stopped: check the connection or device and try again.",
                        new TimeoutException());
                callbackExecutor.execute(() -> task.failureCallback().accept(timedOut));
            }
        }, task.timeout().toMillis(), TimeUnit.MILLISECONDS));
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
                if (finished.compareAndSet(false, true)) {
                    cancelTimer(deadline);
                    future.cancel(true);
                    callbackExecutor.execute(() -> task.failureCallback().accept(
                            new CancellationException("\"" + task.title() + "\" was cancelled.")));
                }
            }

            @Override
            public boolean isDone() {
                return finished.get();
            }
        };
    }

    private static void cancelTimer(AtomicReference<ScheduledFuture<?>> deadline) {
        ScheduledFuture<?> f = deadline.get();
        if (f != null) {
            f.cancel(false);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timer.shutdownNow();
    }
}
