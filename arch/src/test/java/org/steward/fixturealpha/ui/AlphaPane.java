package org.steward.fixturealpha.ui;

/** Fixture: a screen part of the feature "fixturealpha". */
public final class AlphaPane {

    public String title() {
        return "Alpha";
    }
}
