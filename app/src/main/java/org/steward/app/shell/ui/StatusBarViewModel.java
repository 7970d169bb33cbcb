package org.steward.app.shell.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.steward.app.devices.DeviceSource;
import org.steward.core.net.Network;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskHandle;
import org.steward.core.task.TaskRunner;
import org.steward.ui.UiScheduler;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;
import org.steward.app.shell.BlockSource;

/**
 * The status bar: network, chain id, the live block number and the connected device. While
 * active it polls the {@link BlockSource} every {@link #POLL_INTERVAL}; after a failure it shows
 * the failure's sentence, offers a retry and keeps polling with a doubling delay capped at
 * {@link #MAX_BACKOFF}. One poll at a time; nothing runs once deactivated.
 */
public final class StatusBarViewModel extends ViewModel {

    static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** Above the chain client's own HTTP timeouts, so its sentence wins over the runner's. */
    static final Duration POLL_TIMEOUT = Duration.ofSeconds(25);

    /** Where the chain connection stands. */
    public enum ChainState { CONNECTING, LIVE, FAILING }

    private final BlockSource blocks;
    private final DeviceSource devices;
    private final TaskRunner runner;
    private final UiScheduler scheduler;

    private final ReadOnlyStringWrapper networkName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper chainId = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper chainText = new ReadOnlyStringWrapper("connecting…");
    private final ReadOnlyObjectWrapper<ChainState> state = new ReadOnlyObjectWrapper<>(ChainState.CONNECTING);
    private final ReadOnlyStringWrapper deviceLabel = new ReadOnlyStringWrapper("");

    /** The poll under way, if any; callbacks of any other (older, cancelled) poll are ignored. */
    private TaskHandle inFlight;
    private int pollNumber;
    private boolean polling;
    private UiScheduler.Cancellable nextPoll;
    private int failuresInARow;

    public StatusBarViewModel(Network network, BlockSource blocks, DeviceSource devices, TaskRunner runner, UiScheduler scheduler) {
        this.blocks = blocks;
        this.devices = devices;
        this.runner = runner;
        this.scheduler = scheduler;
        networkName.set(network.name());
        chainId.set("chain " + network.chainId().value());
    }

    @Override
    protected void onActivate() {
        whileActive(devices.watch(deviceLabel::set)::close);
        whileActive(this::stopPolling);
        poll();
    }

    /** Polls now instead of waiting out the backoff; does nothing while a poll is under way. */
    public void retry() {
        if (!isActive() || polling) {
            return;
        }
        cancelNextPoll();
        poll();
    }

    private void poll() {
        nextPoll = null;
        if (state.get() != ChainState.LIVE) {
            chainText.set("connecting…");
            state.set(ChainState.CONNECTING);
        }
        int number = ++pollNumber;
        polling = true;
        TaskHandle handle = runner.run(BackgroundTask.of("Read the latest block", progress -> blocks.latestBlock())
                .timeout(POLL_TIMEOUT)
                .onSuccess(block -> {
                    if (finish(number)) {
                        showBlock(block);
                    }
                })
                .onFailure(failure -> {
                    if (finish(number) && !(failure instanceof CancellationException)) {
                        showFailure(failure);
                    }
                }));
        // A runner that calls back before returning (tests) has finished the poll already.
        inFlight = polling && number == pollNumber ? handle : null;
    }

    private boolean finish(int number) {
        if (number != pollNumber || !isActive()) {
            return false;
        }
        polling = false;
        inFlight = null;
        return true;
    }

    private void showBlock(long block) {
        failuresInARow = 0;
        chainText.set(String.format(Locale.ROOT, "block %,d", block));
        state.set(ChainState.LIVE);
        schedule(POLL_INTERVAL);
    }

    private void showFailure(Throwable failure) {
        failuresInARow++;
        chainText.set(UserMessages.sentence(failure));
        state.set(ChainState.FAILING);
        schedule(backoff(failuresInARow));
    }

    /** 2 s, 4 s, 8 s, 16 s, then 30 s between attempts while the chain keeps failing. */
    static Duration backoff(int failuresInARow) {
        int doublings = Math.min(failuresInARow - 1, 5);
        Duration delay = POLL_INTERVAL.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    private void schedule(Duration delay) {
        nextPoll = scheduler.after(delay, this::poll);
    }

    private void cancelNextPoll() {
        if (nextPoll != null) {
            nextPoll.cancel();
            nextPoll = null;
        }
    }

    private void stopPolling() {
        cancelNextPoll();
        pollNumber++;
        polling = false;
        if (inFlight != null) {
            TaskHandle running = inFlight;
            inFlight = null;
            running.cancel();
        }
    }

    public ReadOnlyStringProperty networkNameProperty() {
        return networkName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chainIdProperty() {
        return chainId.getReadOnlyProperty();
    }

    /** "connecting…", "block 19,000,000" or the failure's sentence. */
    public ReadOnlyStringProperty chainTextProperty() {
        return chainText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChainState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deviceLabelProperty() {
        return deviceLabel.getReadOnlyProperty();
    }
}
