package org.steward.governance.ui.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.chain.PreparedCall;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.chain.logs.Reorg;
import org.steward.core.chain.logs.UnreadableLog;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.governor.VoteSupport;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.DirectTaskRunner;
import org.steward.core.task.Progress;
import org.steward.core.token.TokenInfo;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.domain.governor.ProposalStatus;
import org.steward.governance.domain.governor.VoterPosition;
import org.steward.governance.service.governor.GovernorReader;
import org.steward.governance.service.governor.GovernorSource;
import org.steward.ui.UiScheduler;

/**
 * What the Governor source says beside the proposals reaches the screen's notice line: a reorganisation
 * with its depth and block, and each unreadable log. The source is a fake (only its reads are used);
 * the indexing behind it is tested on crafted logs in GovernorReorgTest.
 */
class GovernorNoticeTest {

    private static final Address ANY = Address.parse("0x" + "60".repeat(20));

    /** Answers each read with the next queued list; the head moves when the test says. */
    static final class Source implements GovernorSource {
        final Deque<ProposalList> reads = new ArrayDeque<>();
        long head = 100;

        @Override
        public GovernorReader.Setup setup() {
            return new GovernorReader.Setup(ANY, ANY, false, TokenInfo.fromContract(ANY, "Steward", "STW", BigInteger.valueOf(18)));
        }

        @Override
        public Head head() {
            return new Head(head, 1_700_000_000L + head);
        }

        @Override
        public ProposalList read(Progress progress) {
            return reads.remove();
        }

        @Override
        public List<org.steward.core.governor.GovernorEvent> events(BigInteger proposalId) {
            return List.of();
        }

        @Override
        public Address account() {
            throw new UnsupportedOperationException("no signing in this test");
        }

        @Override
        public VoterPosition position(Address account, ProposalStatus proposal) {
            throw new UnsupportedOperationException("no signing in this test");
        }

        @Override
        public PreparedCall vote(BigInteger proposalId, VoteSupport support, String reason) {
            throw new UnsupportedOperationException("no signing in this test");
        }

        @Override
        public PreparedCall delegate(Address delegatee) {
            throw new UnsupportedOperationException("no signing in this test");
        }

        @Override
        public PreparedCall propose(ProposalDraft draft) {
            throw new UnsupportedOperationException("no signing in this test");
        }

        @Override
        public PreparedCall queue(ProposalDraft draft) {
            throw new UnsupportedOperationException("no signing in this test");
        }

        @Override
        public PreparedCall execute(ProposalDraft draft) {
            throw new UnsupportedOperationException("no signing in this test");
        }

        @Override
        public String send(PreparedCall call, DevicePrompts prompts) {
            throw new UnsupportedOperationException("no signing in this test");
        }
    }

    /** Runs scheduled actions only when the test asks. */
    static final class Manual implements UiScheduler {
        final List<Runnable> due = new ArrayList<>();

        @Override
        public Cancellable after(Duration delay, Runnable action) {
            due.add(action);
            return () -> due.remove(action);
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(due);
            due.clear();
            now.forEach(Runnable::run);
        }
    }

    static UnreadableLog bad(long block) {
        return new UnreadableLog(new EventMeta(ANY, block, Hash32.of(new byte[32]), 0, 1, Hash32.parse("0x" + "ef".repeat(32))),
                "its fields do not decode");
    }

    @Test
    void theReorgAndTheUnreadableLogsAreShownAndTheReorgOutlivesANewBlocksQuietRead() {
        Source source = new Source();
        Manual scheduler = new Manual();
        source.reads.add(new GovernorSource.ProposalList(List.of(), new LogListNotice(Optional.of(new Reorg(120, 3, 2)), List.of(bad(90)))));
        GovernorViewModel vm = new GovernorViewModel(source, new DirectTaskRunner(), scheduler, () -> 1_700_000_000L, () -> DevicePrompts.NONE);

        vm.activate();
        assertThat(vm.notice().get().lines()).containsExactly("The chain reorganised 3 blocks deep at block 120; the list was re-read.",
                "Unreadable log at block 90, log index 1 (transaction 0x" + "ef".repeat(32) + "): its fields do not decode");

        source.head = 101;
        source.reads.add(new GovernorSource.ProposalList(List.of(), LogListNotice.NONE));
        scheduler.runAll();
        assertThat(source.reads).as("the new block was read").isEmpty();
        assertThat(vm.notice().get()).as("a quiet read keeps the reorganisation said, and the unreadable log is gone")
                .isEqualTo("The chain reorganised 3 blocks deep at block 120; the list was re-read.");

        source.reads.add(new GovernorSource.ProposalList(List.of(), LogListNotice.NONE));
        vm.reload();
        assertThat(vm.notice().get()).isEmpty();
        vm.deactivate();
    }
}
