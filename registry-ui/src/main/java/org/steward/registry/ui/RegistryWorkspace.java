package org.steward.registry.ui;

import java.math.BigInteger;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.steward.ui.review.ReviewPane;
import org.steward.registry.domain.Dispute;
import org.steward.core.format.Shown;
import org.steward.core.format.Timestamps;
import org.steward.registry.domain.MetricTexts;
import org.steward.registry.domain.RegistryParams;
import org.steward.ui.control.TimeAxes;
import org.steward.ui.control.ValueCells;
import org.steward.registry.service.RegistryDesk;

/**
 * The curator workspace: the registry table with the selected model's page, the disputes inbox,
 * parameters and the emergency brake, and the provider / curator / challenger actions.
 */
public final class RegistryWorkspace {

    private final TabPane tabs = new TabPane();

    /** @param governorTab the Governor's proposal builder, shown when "propose slash / parameter change" fills it; may be null */
    public RegistryWorkspace(RegistryView table, RegistryWorkspaceViewModel m, Node governorTab) {
        Parent tableRoot = table.root();
        // The workspace's own root carries the screen id "registry".
        tableRoot.setId("registry-models");
        ModelPage page = new ModelPage();
        m.model().addListener((obs, before, now) -> page.show(now));
        table.selectedRow().addListener((obs, before, now) -> {
            if (now != null) {
                m.openModel(now.id());
            }
        });
        SplitPane models = new SplitPane(tableRoot, page);
        models.setDividerPositions(0.7);
        // the model's page keeps a readable width; the table scrolls sideways before it is squeezed
        page.setMinWidth(300);
        tabs.getTabs().add(new Tab("Models", models));
        tabs.getTabs().add(new Tab("Disputes", disputes(m)));
        tabs.getTabs().add(new Tab("Parameters & emergency", governance(m)));
        tabs.getTabs().add(new Tab("Actions", actions(m)));
        tabs.getTabs().add(new Tab("Metrics over time", metrics(m)));
        if (governorTab != null) {
            tabs.getTabs().add(new Tab("Proposal", governorTab));
        }
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("registry-workspace");
        tabs.sceneProperty().addListener((obs, before, now) -> {
            if (now != null) {
                m.activate();
            } else {
                m.deactivate();
            }
        });
    }

    public TabPane root() {
        return tabs;
    }

    /** Shows the proposal tab, after a draft was handed to the Governor's builder. */
    public void showProposalTab() {
        tabs.getSelectionModel().selectLast();
    }

    private static Parent disputes(RegistryWorkspaceViewModel m) {
        TableView<Dispute> table = new TableView<>(m.disputes());
        org.steward.ui.control.FitColumns.install(table);
        table.setId("disputes-table");
        table.setPlaceholder(new Label("No challenge yet."));
        table.getColumns().add(column("Challenge", d -> "#" + d.challengeId(), 80));
        table.getColumns().add(column("Model", d -> "#" + d.modelId(), 70));
        table.getColumns().add(column("Outcome", Dispute::outcome, 150));
        TableColumn<Dispute, Dispute> deadline = new TableColumn<>("Deadline");
        deadline.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        // Relative to the chain's head time, as the deadline itself is.
        deadline.setCellFactory(ValueCells.table(d -> chainTime(m).shown(d.deadline())));
        deadline.setPrefWidth(260);
        table.getColumns().add(deadline);
        table.getColumns().add(column("Deciding proposal", d -> d.proposalTitle().map(t -> t + " (" + d.proposalState().orElse("?") + ")")
                .orElse("none yet"), 260));
        table.getColumns().add(column("Warning", d -> d.warning().orElse(""), 360));
        TextField bps = new TextField("2500");
        bps.setId("slash-bps");
        bps.setPrefColumnCount(6);
        TextField reason = new TextField();
        reason.setId("slash-reason");
        reason.setPromptText("Why the challenge should be upheld (goes into the proposal's description)");
        Button propose = new Button("Propose slash…");
        propose.setId("propose-slash");
        propose.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        propose.setOnAction(e -> m.proposeSlash(table.getSelectionModel().getSelectedItem(), Integer.parseInt(bps.getText().strip()), reason.getText()));
        Label status = new Label();
        status.textProperty().bind(m.status());
        VBox box = new VBox(8, status, table, new HBox(8, new Label("Slash (basis points)"), bps, reason, propose));
        box.setPadding(new javafx.geometry.Insets(8));
        return box;
    }

    private static Parent governance(RegistryWorkspaceViewModel m) {
        ListView<Shown> params = new ListView<>(m.parameters());
        params.setId("registry-parameters");
        params.setCellFactory(ValueCells.list(shown -> shown));
        params.setPrefHeight(240);
        TextArea history = area(m.paramHistory().get(), "registry-param-history");
        history.textProperty().bind(m.paramHistory());
        TextArea pending = area("", "registry-param-pending");
        pending.textProperty().bind(m.pending());
        ComboBox<String> name = new ComboBox<>();
        name.getItems().setAll(RegistryParams.NAMES);
        name.setId("param-name");
        TextField value = new TextField();
        value.setId("param-value");
        value.setPromptText("new value");
        TextField reason = new TextField();
        reason.setPromptText("Why (goes into the proposal's description)");
        Button propose = new Button("Propose parameter change…");
        propose.setId("propose-param");
        propose.setOnAction(e -> {
            if (name.getValue() != null && value.getText().strip().matches("\\d+")) {
                m.proposeParameter(name.getValue(), new BigInteger(value.getText().strip()), reason.getText());
            }
        });
        TextArea emergency = area("", "registry-emergency");
        emergency.textProperty().bind(m.emergency());
        Button pause = new Button("Pause the registry…");
        pause.setId("registry-pause");
        pause.disableProperty().bind(m.canPause().not().or(m.paused()));
        pause.setOnAction(e -> m.pause());
        VBox box = new VBox(8, new Label("Current parameters"), params, new Label("History"), history,
                new Label("Pending in open proposals"), pending, new HBox(8, name, value, reason, propose),
                new Label("Emergency brake"), emergency, pause, new ReviewPane(m.review(), "registry-emergency"));
        box.setPadding(new javafx.geometry.Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Parent actions(RegistryWorkspaceViewModel m) {
        TextField modelId = field("action-model", "model id");
        TextField amount = field("action-amount", "amount in STW (whole tokens)");
        TextField text = field("action-text", "evidence / metadata URI");
        TextField name = field("action-name", "model name");
        TextField version = field("action-version", "version");
        TextField weights = field("action-weights", "0x… weights hash (32 bytes)");
        VBox box = new VBox(8,
                wrapped(new Label("Each action is prepared, shown decoded, and only then signed on your device. "
                        + "Stake, endorsements and bonds need an approval of the registry first.")),
                new HBox(8, modelId, amount, text), new HBox(8, name, version, weights),
                new HBox(8,
                        button("Approve amount", () -> m.prepare("Prepare the approval", () -> m.actions().approve(tokens(amount)))),
                        button("Register model", () -> m.prepare("Prepare the registration", () -> m.actions().register(name.getText(),
                                version.getText(), RegistryWorkspaceViewModel.weightsHash(weights.getText()), text.getText(), tokens(amount)))),
                        button("Add stake", () -> m.prepare("Prepare adding stake", () -> m.actions().addStake(id(modelId), tokens(amount)))),
                        button("Start unbonding", () -> m.prepare("Prepare unbonding", () -> m.actions().startUnbonding(id(modelId), tokens(amount)))),
                        button("Withdraw stake", () -> m.prepare("Prepare the withdrawal", () -> m.actions().withdraw(id(modelId))))),
                new HBox(8,
                        endorse(m, modelId, amount),
                        button("Leave endorsement", () -> m.prepare("Prepare leaving", () -> m.actions().startEndorsementExit(id(modelId), tokens(amount)))),
                        button("Withdraw endorsement", () -> m.prepare("Prepare the withdrawal", () -> m.actions().withdrawEndorsement(id(modelId))))),
                endorseNote(m),
                new HBox(8,
                        button("Challenge model", () -> m.prepare("Prepare the challenge", () -> m.actions().challenge(id(modelId), text.getText()))),
                        button("Add evidence (challenge id in model field)", () -> m.prepare("Prepare the evidence",
                                () -> m.actions().submitEvidence(id(modelId), text.getText()))),
                        button("Cancel expired challenge (id in model field)", () -> m.prepare("Prepare the cancellation",
                                () -> m.actions().cancelChallenge(id(modelId))))),
                new ReviewPane(m.review(), "registry-action"));
        box.setPadding(new javafx.geometry.Insets(8));
        box.setId("registry-actions");
        return box;
    }

    /** Endorse, disabled when the signing account is not a curator (the registry would revert); the reason is on the line below. */
    private static Button endorse(RegistryWorkspaceViewModel m, TextField modelId, TextField amount) {
        Button endorse = button("Endorse", () -> m.prepare("Prepare the endorsement", () -> m.actions().endorse(id(modelId), tokens(amount))));
        endorse.setId("action-endorse");
        endorse.disableProperty().bind(m.canEndorse().not());
        return endorse;
    }

    /** Why Endorse is disabled, under the endorsement buttons, so the buttons keep their words. */
    private static Label endorseNote(RegistryWorkspaceViewModel m) {
        Label note = new Label();
        note.setId("action-endorse-note");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        note.textProperty().bind(m.endorseNote());
        note.visibleProperty().bind(m.endorseNote().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /** One metric at a time, its definition above the chart, recomputed from the events at each moment. */
    private static Parent metrics(RegistryWorkspaceViewModel m) {
        ComboBox<String> key = new ComboBox<>();
        key.setId("metric-key");
        key.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String k) {
                return k == null ? "" : MetricTexts.name(k);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("the metric is chosen, not typed");
            }
        });
        Label definition = new Label();
        definition.setWrapText(true);
        javafx.scene.chart.NumberAxis x = TimeAxes.create(Timestamps.local());
        javafx.scene.chart.NumberAxis y = new javafx.scene.chart.NumberAxis();
        y.setForceZeroInRange(false);
        javafx.scene.chart.LineChart<Number, Number> chart = new javafx.scene.chart.LineChart<>(x, y);
        chart.setId("metric-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        Runnable draw = () -> {
            RegistryDesk.Data d = m.data().get();
            chart.getData().clear();
            if (d == null || key.getValue() == null) {
                return;
            }
            definition.setText(d.metricDefinitions().getOrDefault(key.getValue(), ""));
            y.setLabel(MetricTexts.name(key.getValue()));
            javafx.scene.chart.XYChart.Series<Number, Number> series = new javafx.scene.chart.XYChart.Series<>();
            var points = d.metricSeries().getOrDefault(key.getValue(), java.util.List.of());
            for (var p : points) {
                series.getData().add(new javafx.scene.chart.XYChart.Data<>(p.time(), p.value()));
            }
            // The axis spans the points' own times (a day before now when there is none), never 1970.
            long from = points.stream().mapToLong(p -> p.time()).min().orElse(d.now() - 86_400);
            long to = points.stream().mapToLong(p -> p.time()).max().orElse(d.now());
            TimeAxes.fit(x, from, to);
            chart.setTitle(points.isEmpty() ? "Nothing to measure yet" : null);
            chart.getData().add(series);
        };
        m.data().addListener((obs, before, now) -> {
            if (now != null) {
                key.getItems().setAll(now.metricSeries().keySet());
                if (key.getValue() == null && !key.getItems().isEmpty()) {
                    key.setValue(key.getItems().get(0));
                }
                draw.run();
            }
        });
        key.valueProperty().addListener((obs, before, now) -> draw.run());
        VBox box = new VBox(8, key, definition, chart);
        box.setPadding(new javafx.geometry.Insets(8));
        VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    /** Moments read against the chain's head time of the last refresh (the machine's clock before the first). */
    private static Timestamps chainTime(RegistryWorkspaceViewModel m) {
        RegistryDesk.Data d = m.data().get();
        return d == null ? Timestamps.local() : new Timestamps(java.time.Clock.fixed(java.time.Instant.ofEpochSecond(d.now()),
                java.time.ZoneOffset.UTC), Timestamps.local().zone());
    }

    private static BigInteger tokens(TextField f) {
        return new java.math.BigDecimal(f.getText().strip()).movePointRight(18).toBigIntegerExact();
    }

    private static long id(TextField f) {
        return Long.parseLong(f.getText().strip());
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TextArea area(String content, String id) {
        TextArea t = new TextArea(content);
        t.setId(id);
        t.setEditable(false);
        t.setWrapText(true);
        t.setPrefRowCount(4);
        return t;
    }

    private static TableColumn<Dispute, String> column(String name, Function<Dispute, String> value, double width) {
        TableColumn<Dispute, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A sentence that wraps in a narrow window instead of ending in an ellipsis. */
    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
