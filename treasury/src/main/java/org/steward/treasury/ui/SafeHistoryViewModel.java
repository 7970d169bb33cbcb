package org.steward.treasury.ui;

import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.treasury.service.SafeHistoryDesk;
import org.steward.treasury.service.history.SafeExecution;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/** The History tab: the Safe's executed transactions, read again after every read of the Safe. */
public final class SafeHistoryViewModel extends ViewModel {

    /** Executions listed; older ones stay in the history file. */
    static final int SHOWN = 200;

    private final SafeSession session;
    private final SafeHistoryDesk desk;
    private final TaskRunner runner;
    private final ObservableList<SafeExecution> history = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<SafeExecution> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** What the last read had to say: a reorganisation, logs that could not be read. */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public SafeHistoryViewModel(SafeSession session, SafeHistoryDesk desk, TaskRunner runner) {
        this.session = Objects.requireNonNull(session);
        this.desk = Objects.requireNonNull(desk);
        this.runner = Objects.requireNonNull(runner);
        session.whenRead(opened -> read());
    }

    /** Reads the Safe again, and with it the history. */
    public void refresh() {
        session.refresh();
    }

    private void read() {
        runner.run(BackgroundTask.of("Read the Safe's history", p -> desk.historyRead(p, SHOWN))
                .onSuccess(read -> {
                    history.setAll(read.executions());
                    notice.set(read.notice().text());
                    status.set("");
                })
                .onFailure(e -> status.set(UserMessages.sentence(e))));
    }

    public ObservableList<SafeExecution> history() {
        return historyView;
    }

    /** Empty, or what the last read found beside the executions: a reorganisation, logs that could not be read. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    /** Empty, or why the history could not be read. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
