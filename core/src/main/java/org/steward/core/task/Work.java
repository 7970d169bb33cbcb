package org.steward.core.task;

/** The blocking part of a task: I/O, device calls, SQLite. Never touches the UI. */
@FunctionalInterface
public interface Work<T> {

    T run(Progress progress) throws Exception;
}
