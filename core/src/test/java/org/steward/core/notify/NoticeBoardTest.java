package org.steward.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.UserFacingException;
import org.steward.core.history.HistoryStore;

class NoticeBoardTest {

    private static Notice notice(String key, long at) {
        return new Notice(key, Notice.Kind.NEW_PROPOSAL, "New proposal", key, at, new Notice.Target(Notice.Area.SNAPSHOT, key));
    }

    private static NoticeSource source(String name, List<Notice> notices) {
        return new NoticeSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Notice> current(long now) {
                return notices;
            }
        };
    }

    @Test
    void mergesSourcesNewestFirstAndRemembersSeenNoticesAcrossAReopen(@TempDir Path dir) {
        Path file = dir.resolve("steward.db");
        List<NoticeSource> sources = List.of(source("a", List.of(notice("p1", 10), notice("p2", 30))),
                source("b", List.of(notice("p3", 20), notice("p1", 10))));
        try (HistoryStore store = HistoryStore.open(file)) {
            NoticeBoard board = new NoticeBoard(store, sources);
            NoticeBoard.Poll poll = board.poll(100);
            assertThat(poll.entries()).extracting(e -> e.notice().key()).containsExactly("p2", "p3", "p1");
            assertThat(poll.unseen()).isEqualTo(3);
            board.markSeen(List.of("p2"));
        }
        try (HistoryStore store = HistoryStore.open(file)) {
            NoticeBoard.Poll poll = new NoticeBoard(store, sources).poll(100);
            assertThat(poll.unseen()).isEqualTo(2);
            assertThat(poll.entries().get(0).seen()).isTrue();
        }
    }

    @Test
    void aFailingSourceIsNamedAndTheOthersStillCount(@TempDir Path dir) {
        NoticeSource broken = new NoticeSource() {
            @Override
            public String name() {
                return "the Snapshot hub";
            }

            @Override
            public List<Notice> current(long now) {
                throw new UserFacingException("The hub answered 503.");
            }
        };
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            NoticeBoard.Poll poll = new NoticeBoard(store, List.of(broken, source("safe", List.of(notice("s1", 5))))).poll(10);
            assertThat(poll.problems()).containsExactly("Cannot read the Snapshot hub: The hub answered 503.");
            assertThat(poll.entries()).hasSize(1);
        }
    }

    @Test
    void durationsReadAsAPersonSaysThem() {
        assertThat(Notice.in(3 * 3600 + 20 * 60)).isEqualTo("in 3 h 20 min");
        assertThat(Notice.in(12 * 60 - 30)).isEqualTo("in 12 min");
        assertThat(Notice.in(3600 * 2 - 10)).isEqualTo("in 2 h");
        assertThat(Notice.in(0)).isEqualTo("now");
    }
}
