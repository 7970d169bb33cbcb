package org.steward.ui;

import javafx.scene.Scene;

/** The base stylesheet: {@code -st-*} variables over AtlantaFX's {@code -color-*} and the shared style classes. */
public final class StewardStyles {

    public static final String BASE_STYLESHEET = StewardStyles.class.getResource("steward.css").toExternalForm();

    private StewardStyles() {
    }

    /** Adds the base stylesheet to {@code scene} once; feature stylesheets go after it. */
    public static void install(Scene scene) {
        if (!scene.getStylesheets().contains(BASE_STYLESHEET)) {
            scene.getStylesheets().add(0, BASE_STYLESHEET);
        }
    }
}
