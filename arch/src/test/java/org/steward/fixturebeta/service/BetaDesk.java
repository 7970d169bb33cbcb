package org.steward.fixturebeta.service;

import org.steward.fixturealpha.ui.AlphaPane;

/** Fixture: the feature "fixturebeta" reaching into the other feature's ui. */
public final class BetaDesk {

    public String borrowedTitle() {
        return new AlphaPane().title();
    }
}
