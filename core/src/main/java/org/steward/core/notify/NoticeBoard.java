package org.steward.core.notify;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.core.UserFacingException;
import org.steward.core.history.HistoryStore;

/**
 * Polls every source, merges what they raise, and remembers (V7 {@code notices_seen}) which
 * notices the person has opened, so a notice is new once. A failing source is reported in the
 * poll's problems; the others still count. Blocking.
 */
public final class NoticeBoard {

    /** A notice and whether it was seen. */
    public record Entry(Notice notice, boolean seen) {
    }

    /** Newest first; problems name the sources that could not be read. */
    public record Poll(List<Entry> entries, List<String> problems) {

        public long unseen() {
            return entries.stream().filter(e -> !e.seen()).count();
        }
    }

    private final HistoryStore history;
    private final List<NoticeSource> sources;

    public NoticeBoard(HistoryStore history, List<NoticeSource> sources) {
        this.history = history;
        this.sources = List.copyOf(sources);
    }

    public Poll poll(long now) {
        Map<String, Notice> found = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (NoticeSource source : sources) {
            try {
                source.current(now).forEach(n -> found.putIfAbsent(n.key(), n));
            } catch (UserFacingException e) {
                problems.add("Cannot read " + source.name() + ": " + e.getMessage());
            } catch (Exception e) {
                problems.add("Cannot read " + source.name() + " (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").");
            }
        }
        Set<String> seen = seen(found.keySet());
        List<Entry> entries = new ArrayList<>();
        found.values().stream().sorted(Comparator.comparingLong(Notice::at).reversed())
                .forEach(n -> entries.add(new Entry(n, seen.contains(n.key()))));
        return new Poll(entries, problems);
    }

    public void markSeen(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis() / 1000;
        history.writeAndWait(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO notices_seen(key, seen_at) VALUES (?, ?)")) {
                for (String key : keys) {
                    s.setString(1, key);
                    s.setLong(2, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    private Set<String> seen(Collection<String> keys) {
        return history.read(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM notices_seen WHERE key = ?")) {
                for (String key : keys) {
                    s.setString(1, key);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            out.add(key);
                        }
                    }
                }
            }
            return out;
        });
    }
}
