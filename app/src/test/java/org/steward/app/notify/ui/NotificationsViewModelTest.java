package org.steward.app.notify.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ManualScheduler;
import org.steward.core.history.HistoryStore;
import org.steward.core.notify.Notice;
import org.steward.core.notify.NoticeBoard;
import org.steward.core.notify.NoticeSource;
import org.steward.core.task.DirectTaskRunner;

class NotificationsViewModelTest {

    /** A source whose findings the test sets: the board's polling and memory are what is tested here. */
    private static final class Findings implements NoticeSource {
        final AtomicReference<List<Notice>> now = new AtomicReference<>(List.of());

        @Override
        public String name() {
            return "the test's findings";
        }

        @Override
        public List<Notice> current(long at) {
            return now.get();
        }
    }

    private static Notice ending(String id, long at) {
        return new Notice("snapshot:ending:" + id, Notice.Kind.VOTE_ENDING, "You have not voted: closes in 3 h", "Proposal " + id, at,
                new Notice.Target(Notice.Area.SNAPSHOT, id));
    }

    @Test
    void pollsOnAScheduleCountsUnreadLeadsToTheProposalAndRemembersWhatWasRead(@TempDir Path dir) {
        Findings findings = new Findings();
        findings.now.set(List.of(ending("0x01", 100), ending("0x02", 200)));
        ManualScheduler scheduler = new ManualScheduler();
        List<Notice.Target> opened = new ArrayList<>();
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            NotificationsViewModel m = new NotificationsViewModel(new NoticeBoard(store, List.of(findings)), new DirectTaskRunner(), scheduler,
                    Duration.ofSeconds(60), () -> 1_000, opened::add);
            m.activate();
            assertThat(m.unseen().get()).isEqualTo(2);
            assertThat(m.entries()).extracting(e -> e.notice().target().subject()).containsExactly("0x02", "0x01");
            assertThat(scheduler.requestedDelays).containsExactly(Duration.ofSeconds(60));

            m.open(m.entries().get(0));
            assertThat(opened).containsExactly(new Notice.Target(Notice.Area.SNAPSHOT, "0x02"));
            assertThat(m.unseen().get()).isEqualTo(1);

            findings.now.set(List.of(ending("0x01", 100), ending("0x02", 200), ending("0x03", 300)));
            scheduler.runNext();
            assertThat(m.unseen().get()).as("0x02 stays read; 0x03 is new").isEqualTo(2);
            m.markAllSeen();
            assertThat(m.unseen().get()).isZero();
            m.deactivate();
            assertThat(scheduler.waiting()).as("no poll after the window closed").isZero();
        }
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            NotificationsViewModel again = new NotificationsViewModel(new NoticeBoard(store, List.of(findings)), new DirectTaskRunner(),
                    new ManualScheduler(), Duration.ofSeconds(60), () -> 1_000, t -> { });
            again.activate();
            assertThat(again.entries()).hasSize(3);
            assertThat(again.unseen().get()).as("read state survives a restart").isZero();
        }
    }

    @Test
    void aSourceThatFailsIsNamedAndPollingGoesOn(@TempDir Path dir) {
        NoticeSource down = new NoticeSource() {
            @Override
            public String name() {
                return "the Snapshot hub";
            }

            @Override
            public List<Notice> current(long now) {
                throw new org.steward.core.UserFacingException("The hub answered 503 five times.");
            }
        };
        ManualScheduler scheduler = new ManualScheduler();
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            NotificationsViewModel m = new NotificationsViewModel(new NoticeBoard(store, List.of(down)), new DirectTaskRunner(), scheduler,
                    Duration.ofSeconds(60), () -> 1_000, t -> { });
            m.activate();
            assertThat(m.problems().get()).isEqualTo("Cannot read the Snapshot hub: The hub answered 503 five times.");
            assertThat(scheduler.waiting()).isEqualTo(1);
        }
    }
}
