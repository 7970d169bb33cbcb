package org.steward.treasury.ui;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.eth.Hash32;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.core.task.Work;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.service.SafeQueueDesk;
import org.steward.treasury.service.share.SafeQueue;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/**
 * What the treasury tabs share: the Safe as last read, its queue by nonce, the next free nonce,
 * and the one action at a time with its status line. A tab that acts runs through {@link #run};
 * after every read the tabs that follow the Safe ({@link #whenRead}) update themselves.
 */
public final class SafeSession extends ViewModel {

    private final SafeQueueDesk desk;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<SafeState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ObservableList<QueueRow> queue = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<QueueRow> queueView = FXCollections.unmodifiableObservableList(queue);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final List<Consumer<Hash32>> readers = new ArrayList<>();
    private Runnable afterAction = () -> { };
    /** The transaction to open once the next read lands: the one just queued or signed. */
    private Hash32 focus;

    public SafeSession(SafeQueueDesk desk, TaskRunner runner) {
        this.desk = Objects.requireNonNull(desk);
        this.runner = Objects.requireNonNull(runner);
    }

    @Override
    protected void onActivate() {
        if (state.get() == null) {
            refresh();
        }
    }

    public void refresh() {
        refresh(null);
    }

    /** Reads the Safe and its queue; {@code message}, when given, is the status shown after (the outcome of an action). */
    void refresh(String message) {
        run("Read the Safe and its queue", p -> {
            SafeState s = desk.state();
            return new Loaded(s, desk.queue(s));
        }, loaded -> {
            state.set(loaded.state());
            Map<BigInteger, Integer> counts = SafeQueue.nonceCounts(loaded.queue());
            queue.setAll(loaded.queue().stream().map(q -> new QueueRow(q, loaded.state().threshold(), counts.get(q.file().tx().nonce()))).toList());
            status.set(message != null ? message
                    : queue.isEmpty() ? "Nothing waiting for signatures." : queue.size() + " transactions waiting for signatures");
            Hash32 opened = focus;
            focus = null;
            List.copyOf(readers).forEach(r -> r.accept(opened));
        });
    }

    private record Loaded(SafeState state, List<SafeQueue.Queued> queue) {
    }

    /**
     * Called after every read of the Safe, on the thread callbacks run on, with the safeTxHash just
     * queued or signed (null when the read followed no such action), for the tab that opens it.
     */
    void whenRead(Consumer<Hash32> reader) {
        readers.add(Objects.requireNonNull(reader));
    }

    /** Queues {@code tx} as built, then opens its review once the queue has been read again. */
    void enqueue(String title, SafeTx tx, String origin, String message) {
        SafeState s = state.get();
        run(title, p -> desk.enqueue(s, tx, origin), q -> queued(q, message));
    }

    /** Reads the Safe again, then opens the review of {@code q}, just queued or signed. */
    void queued(SafeQueue.Queued q, String message) {
        focus = q.safeTxHash();
        refresh(message);
    }

    /** The first nonce no queued transaction uses yet, from the Safe's own nonce. */
    BigInteger nextNonce() {
        BigInteger n = state.get().nonce();
        for (QueueRow r : queue) {
            if (r.queued().file().tx().nonce().compareTo(n) >= 0) {
                n = r.queued().file().tx().nonce().add(BigInteger.ONE);
            }
        }
        return n;
    }

    /** One action: busy while it runs, its title then its outcome as the status, the followers told after a success. */
    <T> void run(String title, Work<T> work, Consumer<T> done) {
        busy.set(true);
        status.set(title + "…");
        runner.run(BackgroundTask.of(title, work)
                .onSuccess(v -> {
                    busy.set(false);
                    done.accept(v);
                    afterAction.run();
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set(UserMessages.sentence(e));
                }));
    }

    /** Shows {@code sentence} as the outcome of what was just done or refused. */
    void report(String sentence) {
        status.set(sentence);
    }

    /** Called after every action that succeeded, so the views that show the Safe (its overview, the history) follow. */
    public void afterAction(Runnable listener) {
        afterAction = Objects.requireNonNull(listener);
    }

    public ReadOnlyObjectProperty<SafeState> state() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<QueueRow> queue() {
        return queueView;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** The outcome of the last action or read, shown beside the buttons last pressed. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
