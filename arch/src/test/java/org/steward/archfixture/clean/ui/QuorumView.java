package org.steward.archfixture.clean.ui;

import javafx.scene.control.Label;
import org.steward.archfixture.clean.domain.Quorum;

/** Fixture: a ui class may use JavaFX and the domain. */
public final class QuorumView {

    public Label render(Quorum quorum) {
        return new Label(quorum.reached() ? "Quorum reached" : "Quorum not reached");
    }
}
