package org.steward.ui;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The thin, node-building half of a screen. It builds its nodes once, binds them to the model's
 * read-only properties and forwards user actions to the model's command methods; it holds no
 * state of its own. The model is active exactly while the root is part of a scene.
 */
public abstract class View<M extends ViewModel> {

    private final M model;
    private Parent root;

    protected View(M model) {
        this.model = Objects.requireNonNull(model);
    }

    public final M model() {
        return model;
    }

    /** The view's nodes, built on first use (screens nobody opens cost nothing). */
    public final Parent root() {
        if (root == null) {
            root = build();
            root.sceneProperty().addListener((obs, before, now) -> follow(now));
            follow(root.getScene());
        }
        return root;
    }

    private void follow(Scene scene) {
        if (scene != null) {
            model.activate();
        } else {
            model.deactivate();
        }
    }

    /** Creates the nodes and bindings; called once, on the FX thread. */
    protected abstract Parent build();
}
