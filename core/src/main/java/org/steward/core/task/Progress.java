package org.steward.core.task;

/** What a running task may report; also how it learns it was cancelled. */
public interface Progress {

    /** {@code total <= 0} means "unknown amount of work". */
    void update(long done, long total, String message);

    boolean isCancelled();

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
