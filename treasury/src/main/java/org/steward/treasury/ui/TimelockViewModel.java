package org.steward.treasury.ui;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.eth.Address;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.timelock.TimelockEntry;
import org.steward.treasury.service.TimelockDesk;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/**
 * The Timelock tab: the DAO's TimelockController operations (each id recomputed from its logs),
 * read again after every read of the Safe, and the Safe transaction that executes or cancels one.
 */
public final class TimelockViewModel extends ViewModel {

    private final SafeSession session;
    private final TimelockDesk desk;
    private final TaskRunner runner;
    private final Optional<Address> timelock;
    private final ObservableList<TimelockEntry> entries = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<TimelockEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** What the last read had to say: a reorganisation, logs that could not be read. */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    /** @param timelock the DAO's TimelockController, whose operations the Safe may execute or cancel; empty when the profile names none */
    public TimelockViewModel(SafeSession session, TimelockDesk desk, TaskRunner runner, Optional<Address> timelock) {
        this.session = Objects.requireNonNull(session);
        this.desk = Objects.requireNonNull(desk);
        this.runner = Objects.requireNonNull(runner);
        this.timelock = Objects.requireNonNull(timelock);
        session.whenRead(opened -> read());
    }

    private void read() {
        if (timelock.isEmpty()) {
            return;
        }
        Address t = timelock.get();
        runner.run(BackgroundTask.of("Read the timelock's operations", p -> desk.timelockRead(t, p))
                .onSuccess(read -> {
                    entries.setAll(read.entries());
                    notice.set(read.notice().text());
                    status.set("");
                })
                .onFailure(e -> status.set(UserMessages.sentence(e))));
    }

    /** Queues the Safe transaction executing (when ready) or cancelling a timelock operation; its id was recomputed from the logs. */
    public void act(TimelockEntry entry, boolean execute) {
        SafeState s = session.state().get();
        if (s != null && entry != null && timelock.isPresent()) {
            BigInteger nonce = session.nextNonce();
            Address t = timelock.get();
            session.run(execute ? "Queue the timelock execution" : "Queue the timelock cancellation",
                    p -> desk.timelockAction(s, t, entry, execute, nonce), q -> session.queued(q, "Queued: review it, then sign."));
        }
    }

    public ObservableList<TimelockEntry> entries() {
        return entriesView;
    }

    /** Empty, or what the last read found beside the operations: a reorganisation, logs that could not be read. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    /** Empty, or why the operations could not be read. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
