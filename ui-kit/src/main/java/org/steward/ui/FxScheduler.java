package org.steward.ui;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** {@link UiScheduler} on the FX pulse: no extra thread, the action runs on the FX thread. */
public final class FxScheduler implements UiScheduler {

    @Override
    public Cancellable after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
