package org.steward.core.task;

/** Runs a task on the calling thread, callbacks included: deterministic ViewModel tests. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        try {
            T result = task.work().run(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    task.progressListener().progress(done, total, message);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            task.successCallback().accept(result);
        } catch (Exception e) {
            task.failureCallback().accept(e);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
