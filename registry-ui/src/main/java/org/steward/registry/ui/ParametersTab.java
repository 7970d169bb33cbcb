package org.steward.registry.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.steward.core.format.Shown;
import org.steward.registry.domain.ParameterUnits;
import org.steward.registry.domain.RegistryParams;
import org.steward.ui.control.ValueCells;
import org.steward.ui.review.ReviewPane;

/** The Parameters &amp; emergency tab: the governed parameters now, before and pending, a change to propose, and the pause. */
final class ParametersTab {

    private ParametersTab() {
    }

    static Parent build(RegistryWorkspaceViewModel m) {
        VBox box = new VBox(8, currentParameters(m));
        box.getChildren().addAll(history(m));
        box.getChildren().addAll(changeForm(m), FormProblem.of("param-problem", m.parameterProblem()));
        box.getChildren().addAll(emergencyBrake(m));
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Each parameter by name in its unit; the stored integer on hover. */
    private static Node[] currentParameters(RegistryWorkspaceViewModel m) {
        ListView<Shown> params = new ListView<>(m.parameters());
        params.setId("registry-parameters");
        params.setCellFactory(ValueCells.list(shown -> shown));
        params.setPrefHeight(240);
        return new Node[] {new Label("Current parameters"), params};
    }

    /** Changes made by past proposals, and those still in open ones. */
    private static Node[] history(RegistryWorkspaceViewModel m) {
        TextArea history = area("registry-param-history");
        history.textProperty().bind(m.paramHistory());
        TextArea pending = area("registry-param-pending");
        pending.textProperty().bind(m.pending());
        return new Node[] {new Label("History"), history, new Label("Pending in open proposals"), pending};
    }

    /** Propose parameter change: the parameter by its name in words, the value in its unit (shown beside the field) and why. */
    private static Node changeForm(RegistryWorkspaceViewModel m) {
        ComboBox<String> name = new ComboBox<>();
        name.getItems().setAll(RegistryParams.NAMES);
        name.setId("param-name");
        name.setPromptText("Parameter");
        name.setConverter(new StringConverter<>() {
            @Override
            public String toString(String n) {
                return n == null ? "" : ParameterUnits.title(n);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("the parameter is chosen, not typed");
            }
        });
        TextField value = new TextField();
        value.setId("param-value");
        value.setPromptText("new value");
        value.setPrefColumnCount(10);
        Label unit = new Label();
        unit.setId("param-unit");
        name.valueProperty().addListener((obs, before, now) -> unit.setText(m.parameterUnit(now)));
        TextField reason = new TextField();
        reason.setId("param-reason");
        reason.setPromptText("Why (goes into the proposal)");
        reason.setPrefColumnCount(20);
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button propose = new Button("Propose parameter change…");
        propose.setId("propose-param");
        propose.setOnAction(e -> m.proposeParameter(name.getValue(), value.getText(), reason.getText()));
        for (Region r : new Region[] {name, unit, propose}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox form = new HBox(8, name, value, unit, reason, propose);
        form.setAlignment(Pos.CENTER_LEFT);
        return form;
    }

    /** Who may pause, whether the registry is paused, and the pause itself, reviewed like any other call. */
    private static Node[] emergencyBrake(RegistryWorkspaceViewModel m) {
        TextArea emergency = area("registry-emergency");
        emergency.textProperty().bind(m.emergency());
        Button pause = new Button("Pause the registry…");
        pause.setId("registry-pause");
        pause.disableProperty().bind(m.canPause().not().or(m.paused()));
        pause.setOnAction(e -> m.pause());
        return new Node[] {new Label("Emergency brake"), emergency, pause, new ReviewPane(m.review(), "registry-emergency")};
    }

    private static TextArea area(String id) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setEditable(false);
        t.setWrapText(true);
        t.setPrefRowCount(4);
        return t;
    }
}
