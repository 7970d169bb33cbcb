package org.steward.app.shell.ui;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.steward.app.shell.BlockSource;

/**
 * Holds the first block read back until the window's first frame has been laid out. Loading the
 * RPC stack (web3j, OkHttp, Jackson: over a thousand classes) alongside the first CSS pass
 * delayed that frame by about a second on a busy two-core machine; the status bar says
 * "connecting…" either way.
 */
final class AfterFirstFrame implements BlockSource {

    private final CountDownLatch laidOut = new CountDownLatch(1);
    private final BlockSource delegate;

    AfterFirstFrame(BlockSource delegate) {
        this.delegate = delegate;
    }

    /** Opens the gate at the first pulse of {@code scene}; call before the stage is shown. */
    void openAfterFirstPulseOf(Scene scene) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                laidOut.countDown();
                // The scene is iterating its pulse listeners right now: unregister after this pulse.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
            }
        });
    }

    /** Blocks the worker thread (never the FX thread) until the first frame, then reads the block. */
    @Override
    public long latestBlock() throws Exception {
        laidOut.await();
        return delegate.latestBlock();
    }
}
