package org.steward.app.notify.ui;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.notify.Notice;
import org.steward.core.notify.NoticeBoard;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.ui.UiScheduler;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/**
 * The bell: polls the board in the background every {@code interval}, counts what has not been
 * opened, and leads to a notice's proposal or transaction. Opening or dismissing marks a notice
 * seen in the history file, so it does not come back.
 */
public final class NotificationsViewModel extends ViewModel {

    private final NoticeBoard board;
    private final TaskRunner runner;
    private final UiScheduler scheduler;
    private final Duration interval;
    private final LongSupplier nowSeconds;
    private final Consumer<Notice.Target> opener;
    private final ObservableList<NoticeBoard.Entry> entries = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<NoticeBoard.Entry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyIntegerWrapper unseen = new ReadOnlyIntegerWrapper(this, "unseen", 0);
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ReadOnlyBooleanWrapper polling = new ReadOnlyBooleanWrapper(this, "polling", false);
    private UiScheduler.Cancellable next;

    public NotificationsViewModel(NoticeBoard board, TaskRunner runner, UiScheduler scheduler, Duration interval, LongSupplier nowSeconds,
                                  Consumer<Notice.Target> opener) {
        this.board = Objects.requireNonNull(board);
        this.runner = runner;
        this.scheduler = scheduler;
        this.interval = interval;
        this.nowSeconds = nowSeconds;
        this.opener = opener;
    }

    @Override
    protected void onActivate() {
        poll();
    }

    @Override
    protected void onDeactivate() {
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    /** Polls now (also what the bell's refresh does); the next poll follows one interval after this one ends. */
    public void poll() {
        if (polling.get()) {
            return;
        }
        if (next != null) {
            next.cancel();
        }
        polling.set(true);
        runner.run(BackgroundTask.of("Check for notifications", p -> board.poll(nowSeconds.getAsLong()))
                .onSuccess(poll -> {
                    polling.set(false);
                    show(poll.entries());
                    problems.set(String.join("\n", poll.problems()));
                    scheduleNext();
                })
                .onFailure(e -> {
                    polling.set(false);
                    problems.set(UserMessages.sentence(e));
                    scheduleNext();
                }));
    }

    private void scheduleNext() {
        if (isActive()) {
            next = scheduler.after(interval, this::poll);
        }
    }

    /** Marks {@code entry} seen and shows what it is about. */
    public void open(NoticeBoard.Entry entry) {
        if (entry == null) {
            return;
        }
        markSeen(List.of(entry.notice().key()));
        opener.accept(entry.notice().target());
    }

    public void markAllSeen() {
        markSeen(entries.stream().filter(e -> !e.seen()).map(e -> e.notice().key()).toList());
    }

    private void markSeen(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        show(entries.stream().map(e -> keys.contains(e.notice().key()) ? new NoticeBoard.Entry(e.notice(), true) : e).toList());
        runner.run(BackgroundTask.<Void>of("Remember the notifications you have read", p -> {
            board.markSeen(keys);
            return null;
        }).onFailure(e -> problems.set("Could not remember what you read: " + UserMessages.sentence(e))));
    }

    private void show(List<NoticeBoard.Entry> list) {
        entries.setAll(list);
        unseen.set((int) list.stream().filter(e -> !e.seen()).count());
    }

    public ObservableList<NoticeBoard.Entry> entries() {
        return entriesView;
    }

    public ReadOnlyIntegerProperty unseen() {
        return unseen.getReadOnlyProperty();
    }

    /** The sources that could not be read at the last poll, one per line; empty when all answered. */
    public ReadOnlyStringProperty problems() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty polling() {
        return polling.getReadOnlyProperty();
    }
}
