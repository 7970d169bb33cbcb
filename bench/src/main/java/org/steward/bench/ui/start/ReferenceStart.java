package org.steward.bench.ui.start;

import javafx.application.Application;

/** Launches {@link ReferenceApp} from a class that is not itself an Application, as Steward does. */
public final class ReferenceStart {

    private ReferenceStart() {
    }

    public static void main(String[] args) {
        Application.launch(ReferenceApp.class, args);
    }
}
