package org.steward.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * State of one screen: read-only properties for the view to bind, command methods for it to call.
 * A screen is active while its view is in a scene; everything a ViewModel listens to or starts
 * is registered in {@link #onActivate()} through the {@code whileActive} helpers and undone on
 * {@link #deactivate()}, so a screen that leaves the window keeps no listener and no timer alive.
 * Needs no running toolkit: properties live in {@code javafx.base}.
 */
public abstract class ViewModel {

    private final Deque<Runnable> undoOnDeactivate = new ArrayDeque<>();
    private boolean active;

    public final void activate() {
        if (active) {
            return;
        }
        active = true;
        onActivate();
    }

    public final void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        try {
            onDeactivate();
        } finally {
            while (!undoOnDeactivate.isEmpty()) {
                undoOnDeactivate.pop().run();
            }
        }
    }

    public final boolean isActive() {
        return active;
    }

    /** Start listening, polling or loading here. */
    protected void onActivate() {
    }

    /** Stop what {@link #onActivate()} started and did not register through a {@code whileActive} helper. */
    protected void onDeactivate() {
    }

    /** Adds {@code listener} now and removes it on deactivation. */
    protected final <T> void whileActive(ObservableValue<T> source, ChangeListener<? super T> listener) {
        source.addListener(listener);
        whileActive(() -> source.removeListener(listener));
    }

    protected final void whileActive(Observable source, InvalidationListener listener) {
        source.addListener(listener);
        whileActive(() -> source.removeListener(listener));
    }

    protected final <E> void whileActive(ObservableList<E> source, ListChangeListener<? super E> listener) {
        source.addListener(listener);
        whileActive(() -> source.removeListener(listener));
    }

    /** Runs {@code cleanup} on deactivation (cancel a task, close a subscription), most recent first. */
    protected final void whileActive(Runnable cleanup) {
        if (!active) {
            throw new IllegalStateException(getClass().getSimpleName() + " registers cleanups only while active");
        }
        undoOnDeactivate.push(cleanup);
    }
}
