package org.steward.archfixture.leaky.service;

import javafx.application.Platform;
import org.steward.ui.UserMessages;

/** Fixture: a service that breaks both rules (hops to the FX thread, uses ui-kit). */
public final class LeakyService {

    public void report(Exception e) {
        Platform.runLater(() -> System.out.println(UserMessages.sentence(e)));
    }
}
