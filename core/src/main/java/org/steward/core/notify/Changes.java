package org.steward.core.notify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one path by which something that changed (a vote cast, a Safe transaction signed or
 * executed, a registry action mined) reaches every view that shows it, so no view needs a manual
 * Refresh after an action made in the app. Publishers name what changed; subscribers are called
 * on the publisher's thread and hop to their own.
 */
public final class Changes {

    /** What changed; {@code subject} names the thing when there is one (a proposal id, a safeTxHash). */
    public enum Topic {
        SNAPSHOT_VOTE, GOVERNOR, SAFE, REGISTRY, HISTORY
    }

    /** Ends a subscription. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<Topic, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    public Subscription subscribe(Topic topic, Consumer<String> listener) {
        List<Consumer<String>> list = listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    /** Tells every subscriber of {@code topic}; one that fails does not stop the others. */
    public void publish(Topic topic, String subject) {
        for (Consumer<String> l : listeners.getOrDefault(topic, List.of())) {
            try {
                l.accept(subject);
            } catch (RuntimeException e) {
                // A view that cannot refresh says so itself on its next read; the others still hear of the change.
            }
        }
    }
}
