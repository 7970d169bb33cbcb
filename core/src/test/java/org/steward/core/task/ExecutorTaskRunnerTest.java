package org.steward.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;

class ExecutorTaskRunnerTest {

    @Test
    void successAndProgressArriveThroughTheCallbackExecutor() throws Exception {
        List<String> callbackThreads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Integer> result = new AtomicReference<>();
        List<Long> progress = new CopyOnWriteArrayList<>();
        try (ExecutorTaskRunner runner = new ExecutorTaskRunner(r -> {
            callbackThreads.add("callback");
            r.run();
        })) {
            runner.run(BackgroundTask.of("count", p -> {
                p.update(1, 2, "half");
                return 42;
            }).onProgress((d, t, m) -> progress.add(d)).onSuccess(v -> {
                result.set(v);
                done.countDown();
            }));
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(result.get()).isEqualTo(42);
        assertThat(progress).containsExactly(1L);
        assertThat(callbackThreads).hasSize(2);
    }

    @Test
    void aTaskPastItsTimeoutFailsWithASentenceAndIsInterrupted() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicReference<Throwable> error = new AtomicReference<>();
        try (ExecutorTaskRunner runner = new ExecutorTaskRunner(Runnable::run)) {
            runner.run(BackgroundTask.of("Read the Safe", p -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return null;
            }).timeout(Duration.ofMillis(100)).onFailure(e -> {
                error.set(e);
                failed.countDown();
            }).onSuccess(v -> error.set(new AssertionError("must not succeed"))));
            assertThat(failed.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(error.get()).isInstanceOf(UserFacingException.class).hasMessageContaining("\"Read the Safe\" took longer than");
    }

    @Test
    void cancellingEndsTheTaskWithExactlyOneFailureCallback() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        try (ExecutorTaskRunner runner = new ExecutorTaskRunner(Runnable::run)) {
            TaskHandle handle = runner.run(BackgroundTask.of("wait for device", p -> {
                started.countDown();
                while (!p.isCancelled()) {
                    Thread.onSpinWait();
                }
                throw new IllegalStateException("stopped");
            }).onFailure(failures::add));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            handle.cancel();
            handle.cancel();
            Thread.sleep(100);
            assertThat(handle.isDone()).isTrue();
        }
        assertThat(failures).singleElement().isInstanceOf(CancellationException.class);
    }

    @Test
    void theDirectRunnerCallsBackOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> callbackThread = new AtomicReference<>();
        new DirectTaskRunner().run(BackgroundTask.of("now", p -> "x").onSuccess(v -> callbackThread.set(Thread.currentThread())));
        assertThat(callbackThread.get()).isSameAs(caller);
    }

    @Test
    void aClosedRunnerStartsNothingAndSaysTheTaskIsDone() {
        ExecutorTaskRunner runner = new ExecutorTaskRunner(Runnable::run);
        runner.close();
        java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();

        TaskHandle handle = runner.run(BackgroundTask.of("late", p -> {
            ran.set(true);
            return 1;
        }).onSuccess(v -> ran.set(true)));

        assertThat(handle.isDone()).isTrue();
        assertThat(ran).isFalse();
    }
}
