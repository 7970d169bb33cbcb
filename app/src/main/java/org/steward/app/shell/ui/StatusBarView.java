package org.steward.app.shell.ui;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.steward.app.shell.ui.StatusBarViewModel.ChainState;
import org.steward.ui.View;

/** The bottom line of the window: network, chain id, live block (or the failure and a retry), device. */
public final class StatusBarView extends View<StatusBarViewModel> {

    private static final PseudoClass FAILING = PseudoClass.getPseudoClass("failing");
    private static final PseudoClass CONNECTING = PseudoClass.getPseudoClass("connecting");

    private final boolean demo;

    public StatusBarView(StatusBarViewModel model, boolean demo) {
        super(model);
        this.demo = demo;
    }

    @Override
    protected Parent build() {
        StatusBarViewModel m = model();
        Label network = new Label(null, new FontIcon(Feather.GLOBE));
        network.setId("status-network");
        network.textProperty().bind(m.networkNameProperty());

        Label chainId = new Label();
        chainId.setId("status-chain-id");
        chainId.getStyleClass().add(Styles.TEXT_MUTED);
        chainId.textProperty().bind(m.chainIdProperty());

        Label block = new Label(null, new FontIcon(Feather.ACTIVITY));
        block.setId("status-block");
        block.getStyleClass().add("status-block");
        block.textProperty().bind(m.chainTextProperty());
        // "block 809" is never cut; a failure sentence wraps onto a second line instead of an ellipsis.
        block.setWrapText(true);
        block.setMinHeight(Region.USE_PREF_SIZE);
        block.minWidthProperty().bind(javafx.beans.binding.Bindings.when(m.stateProperty().isEqualTo(ChainState.FAILING))
                .then(200.0).otherwise(Region.USE_PREF_SIZE));
        block.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(block, Priority.ALWAYS);
        Tooltip full = new Tooltip();
        full.textProperty().bind(m.chainTextProperty());
        full.setWrapText(true);
        full.setMaxWidth(480);
        block.setTooltip(full);

        Button retry = new Button("Retry", new FontIcon(Feather.REFRESH_CW));
        retry.setId("status-retry");
        retry.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        retry.visibleProperty().bind(m.stateProperty().isEqualTo(ChainState.FAILING));
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> m.retry());

        Label device = new Label(null, new FontIcon(Feather.CPU));
        device.setId("status-device");
        device.textProperty().bind(m.deviceLabelProperty());

        HBox bar = new HBox(network, chainId, separator(), block, retry, separator(), device);
        if (demo) {
            Label badge = new Label("Demo");
            badge.setId("status-demo");
            badge.getStyleClass().add("demo-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            bar.getChildren().add(0, badge);
        }
        for (Region fixed : new Region[] {network, chainId, retry}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The list of devices is the longest line: it wraps (the bar grows a line) before anything is cut.
        device.setWrapText(true);
        device.setMinWidth(180);
        device.setMinHeight(Region.USE_PREF_SIZE);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        m.stateProperty().addListener((obs, before, now) -> showState(bar, now));
        showState(bar, m.stateProperty().get());
        return bar;
    }

    /** Puts {@code node} at the bar's end, after the device line (the notifications bell). */
    public void addEnd(javafx.scene.Node node) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.SOMETIMES);
        if (node instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        ((HBox) root()).getChildren().addAll(gap, node);
    }

    private static void showState(HBox bar, ChainState state) {
        bar.pseudoClassStateChanged(FAILING, state == ChainState.FAILING);
        bar.pseudoClassStateChanged(CONNECTING, state == ChainState.CONNECTING);
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
