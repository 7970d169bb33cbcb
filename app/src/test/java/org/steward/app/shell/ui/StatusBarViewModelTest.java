package org.steward.app.shell.ui;

import org.steward.app.ManualScheduler;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.steward.app.devices.DeviceSource;
import org.steward.app.shell.ui.StatusBarViewModel.ChainState;
import org.steward.core.chain.ChainException;
import org.steward.core.chain.WrongChainException;
import org.steward.core.eth.ChainId;
import org.steward.core.net.Network;
import org.steward.core.net.Networks;
import org.steward.core.task.DirectTaskRunner;
import org.steward.app.shell.BlockSource;

/** Polling, failure sentences, backoff and retry, without a toolkit. */
class StatusBarViewModelTest {

    private static final Network DEVNET = Networks.devnet(URI.create("http://127.0.0.1:8545"));

    /** Answers each poll with the next scripted block number or failure. */
    private static final class ScriptedChain implements BlockSource {
        final Deque<Object> answers = new ArrayDeque<>();
        int calls;

        ScriptedChain then(Object answer) {
            answers.add(answer);
            return this;
        }

        @Override
        public long latestBlock() throws Exception {
            calls++;
            Object next = answers.isEmpty() ? new IllegalStateException("no scripted answer") : answers.poll();
            if (next instanceof Exception e) {
                throw e;
            }
            return (Long) next;
        }
    }

    private final ManualScheduler scheduler = new ManualScheduler();

    private StatusBarViewModel model(BlockSource chain) {
        return new StatusBarViewModel(DEVNET, chain, DeviceSource.fixed("No device connected"), new DirectTaskRunner(), scheduler);
    }

    @Test
    void showsNetworkChainIdAndDevice() {
        StatusBarViewModel m = model(new ScriptedChain().then(1L));
        m.activate();

        assertThat(m.networkNameProperty().get()).isEqualTo("Devnet (local anvil)");
        assertThat(m.chainIdProperty().get()).isEqualTo("chain 31337");
        assertThat(m.deviceLabelProperty().get()).isEqualTo("No device connected");
    }

    @Test
    void saysConnectingUntilTheFirstAnswer() {
        StatusBarViewModel m = model(new ScriptedChain());

        assertThat(m.chainTextProperty().get()).isEqualTo("connecting…");
        assertThat(m.stateProperty().get()).isEqualTo(ChainState.CONNECTING);
    }

    @Test
    void followsTheChainEveryTwoSeconds() {
        ScriptedChain chain = new ScriptedChain().then(1_234_567L).then(1_234_568L);
        StatusBarViewModel m = model(chain);

        m.activate();
        assertThat(m.chainTextProperty().get()).isEqualTo("block 1,234,567");
        assertThat(m.stateProperty().get()).isEqualTo(ChainState.LIVE);

        scheduler.runNext();
        assertThat(m.chainTextProperty().get()).isEqualTo("block 1,234,568");
        assertThat(scheduler.requestedDelays).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void aFailureShowsItsSentenceAndBacksOffUntilTheChainAnswersAgain() {
        ChainException down = new ChainException("Cannot reach the RPC at http://127.0.0.1:8545: check the URL and your connection.");
        ScriptedChain chain = new ScriptedChain().then(down).then(down).then(down).then(down).then(down).then(down).then(42L);
        StatusBarViewModel m = model(chain);

        m.activate();
        assertThat(m.stateProperty().get()).isEqualTo(ChainState.FAILING);
        assertThat(m.chainTextProperty().get()).isEqualTo(down.getMessage());
        for (int i = 0; i < 6; i++) {
            scheduler.runNext();
        }

        assertThat(scheduler.requestedDelays).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(2));
        assertThat(m.chainTextProperty().get()).isEqualTo("block 42");
        assertThat(m.stateProperty().get()).isEqualTo(ChainState.LIVE);
    }

    @Test
    void aWrongChainIsSaidInItsOwnWords() {
        WrongChainException wrong = new WrongChainException(URI.create("http://127.0.0.1:8545"), Networks.DEVNET_CHAIN_ID, ChainId.of(1));
        StatusBarViewModel m = model(new ScriptedChain().then(wrong));

        m.activate();

        assertThat(m.chainTextProperty().get()).isEqualTo(wrong.getMessage()).contains("serves chain 1");
    }

    @Test
    void retryPollsAtOnceAndDropsTheWaitingAttempt() {
        ChainException down = new ChainException("Cannot reach the RPC: check your connection.");
        ScriptedChain chain = new ScriptedChain().then(down).then(7L);
        StatusBarViewModel m = model(chain);
        m.activate();

        m.retry();

        assertThat(chain.calls).isEqualTo(2);
        assertThat(m.chainTextProperty().get()).isEqualTo("block 7");
        assertThat(scheduler.waiting()).isEqualTo(1);
    }

    @Test
    void nothingPollsOrListensAfterDeactivation() {
        ScriptedChain chain = new ScriptedChain().then(5L).then(6L);
        List<String> closed = new ArrayList<>();
        DeviceSource devices = (Consumer<String> listener) -> {
            listener.accept("Simulated Ledger (demo)");
            return () -> closed.add("device subscription");
        };
        StatusBarViewModel m = new StatusBarViewModel(DEVNET, chain, devices, new DirectTaskRunner(), scheduler);

        m.activate();
        m.deactivate();
        boolean ranAnything = scheduler.runNext();
        m.retry();

        assertThat(ranAnything).isFalse();
        assertThat(chain.calls).isEqualTo(1);
        assertThat(closed).containsExactly("device subscription");
        assertThat(m.deviceLabelProperty().get()).isEqualTo("Simulated Ledger (demo)");
    }

    @Test
    void backoffDoublesFromTheIntervalAndStopsAtTheCap() {
        assertThat(StatusBarViewModel.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(StatusBarViewModel.backoff(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(StatusBarViewModel.backoff(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(StatusBarViewModel.backoff(1_000)).isEqualTo(Duration.ofSeconds(30));
    }
}
