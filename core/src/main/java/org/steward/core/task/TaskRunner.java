package org.steward.core.task;

/** Runs blocking work off the caller's thread; the UI gets an implementation that calls back on the FX thread. */
public interface TaskRunner {

    <T> TaskHandle run(BackgroundTask<T> task);
}
