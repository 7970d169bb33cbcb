package org.steward.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A row asked for by a deep link (a notification, a history entry), possibly before the list that
 * holds it has been read: opened at once when listed, otherwise the next time the list is filled.
 */
public final class PendingOpen<R> {

    private Predicate<R> wanted;

    /** Opens the first row that is {@code wanted} now, or remembers the wish for {@link #retry}. */
    public void open(List<R> rows, Predicate<R> wanted, Consumer<R> select) {
        this.wanted = wanted;
        retry(rows, select);
    }

    /** Call after the rows were read again: opens what is still wanted, once. */
    public void retry(List<R> rows, Consumer<R> select) {
        if (wanted == null) {
            return;
        }
        rows.stream().filter(wanted).findFirst().ifPresent(row -> {
            wanted = null;
            select.accept(row);
        });
    }
}
