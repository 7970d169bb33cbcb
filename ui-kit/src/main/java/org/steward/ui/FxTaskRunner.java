package org.steward.ui;

import javafx.application.Platform;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.ExecutorTaskRunner;
import org.steward.core.task.TaskHandle;
import org.steward.core.task.TaskRunner;

/**
 * The application's task runner: work runs on background threads, every callback on the FX
 * thread. The one place in Steward that hops threads, so ViewModels never call {@code Platform}.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorTaskRunner delegate = new ExecutorTaskRunner(Platform::runLater);

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        return delegate.run(task);
    }

    /** Stops the worker threads; tasks still running are interrupted and report nothing more. */
    @Override
    public void close() {
        delegate.close();
    }
}
