package org.steward.archfixture.leaky.service;

import javafx.application.Platform;

/** Fixture: a service that hops to the FX thread, so it needs a toolkit. */
public final class LeakyService {

    public void report(Exception e) {
        Platform.runLater(() -> System.out.println(e.getMessage()));
    }
}
