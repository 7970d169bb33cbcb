package org.steward.core.task;

/** A running task, as its starter sees it. */
public interface TaskHandle {

    /** Asks the task to stop; the failure callback then receives a {@link java.util.concurrent.CancellationException}. */
    void cancel();

    boolean isDone();
}
