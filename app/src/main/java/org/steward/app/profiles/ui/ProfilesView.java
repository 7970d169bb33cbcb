package org.steward.app.profiles.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Network;
import org.steward.core.net.Networks;
import org.steward.core.chain.ProfileCheck;
import org.steward.ui.View;
import org.steward.app.profiles.ProfileDraft;

/** The saved profiles on the left; the form, its check and the switch on the right. */
public final class ProfilesView extends View<ProfilesViewModel> {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Name"), Map.entry("networkKey", "Network"), Map.entry("chainId", "Chain id"),
            Map.entry("rpcUrls", "RPC URLs (fallback order)"), Map.entry("explorer", "Block explorer"),
            Map.entry("snapshotSpace", "Snapshot space"), Map.entry("hubUrl", "Snapshot hub"), Map.entry("safe", "Safe"),
            Map.entry("token", "Governance token"), Map.entry("governor", "Governor"), Map.entry("timelock", "Timelock"),
            Map.entry("registry", "Model registry"), Map.entry("txService", "Safe Transaction Service"),
            Map.entry("snapshotApiKey", "Snapshot API key"), Map.entry("txServiceApiKey", "Transaction Service API key"));

    public ProfilesView(ProfilesViewModel model) {
        super(model);
    }

    @Override
    protected Parent build() {
        VBox left = savedProfiles();
        ScrollPane scroll = new ScrollPane(editor());
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.3);
        split.setId("settings-profiles");
        return split;
    }

    private VBox savedProfiles() {
        ProfilesViewModel m = model();
        ListView<DaoProfile> list = profilesList();
        Button add = button("New profile", "profile-new", () -> m.newProfile(Networks.ETHEREUM));
        Button importFile = button("Import…", "profile-import", () -> chooseFile(list, false));
        Button exportFile = button("Export…", "profile-export", () -> chooseFile(list, true));
        Label active = new Label();
        active.setId("profile-active");
        active.textProperty().bind(m.activeName().map(n -> n.isEmpty() ? "No active saved profile" : "Active: " + n));
        for (Button b : List.of(add, importFile, exportFile)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox left = new VBox(8, active, list, new HBox(8, add, importFile, exportFile));
        // the list and its three buttons keep their words; the form beside them scrolls
        left.setMinWidth(Region.USE_PREF_SIZE);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        return left;
    }

    private ListView<DaoProfile> profilesList() {
        ProfilesViewModel m = model();
        ListView<DaoProfile> list = new ListView<>(m.profiles());
        list.setId("profiles-list");
        list.setPlaceholder(new Label("No saved profile."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DaoProfile p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : (p.name().equals(m.activeName().get()) ? "● " : "") + p.name()
                        + "  ·  " + p.network().name() + " (" + p.network().chainId().value() + ")");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, chosen) -> m.edit(chosen));
        return list;
    }

    private VBox editor() {
        ProfilesViewModel m = model();
        GridPane form = profileForm();
        HBox actions = profileActions();
        Label status = new Label();
        status.setId("profile-status");
        status.setWrapText(true);
        status.textProperty().bind(m.status());
        ListView<ProfileCheck.Line> checks = checkLines();
        Label keysNote = new Label("API keys stay in this computer's history file: they are never written to logs, exports or messages.");
        keysNote.getStyleClass().add(Styles.TEXT_MUTED);
        keysNote.setWrapText(true);
        VBox right = new VBox(8, form, keysNote, actions, status, checks);
        right.setPadding(new Insets(8));
        return right;
    }

    private GridPane profileForm() {
        ProfilesViewModel m = model();
        GridPane form = new GridPane();
        form.setId("profile-form");
        form.setHgap(12);
        form.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(200);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        for (String f : ProfileDraft.FIELDS) {
            Node input = input(m, f);
            Label label = new Label(LABELS.get(f));
            label.setLabelFor(input);
            form.addRow(row++, label, input);
            form.add(fieldError(m, f), 1, row++);
        }
        return form;
    }

    private static Label fieldError(ProfilesViewModel m, String f) {
        Label error = new Label();
        error.setId("profile-form-" + f + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(m.error(f));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    private HBox profileActions() {
        ProfilesViewModel m = model();
        Button save = button("Save", "profile-save", m::save);
        Button check = button("Check connection", "profile-check", m::check);
        Button switchTo = button("Switch to this profile", "profile-switch", m::switchTo);
        switchTo.getStyleClass().add(Styles.ACCENT);
        Button delete = button("Delete", "profile-delete", m::delete);
        delete.getStyleClass().add(Styles.DANGER);
        for (Button b : new Button[] {save, check, switchTo, delete}) {
            b.disableProperty().bind(m.busy());
        }
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("profile-progress");
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(m.busy());
        return new HBox(8, save, check, switchTo, delete, progress);
    }

    private ListView<ProfileCheck.Line> checkLines() {
        ListView<ProfileCheck.Line> checks = new ListView<>(model().checkLines());
        checks.setId("profile-check-lines");
        checks.setPrefHeight(160);
        Label noCheck = new Label("\"Check connection\" asks each RPC for its chain id and each address for its contract.");
        noCheck.setWrapText(true);
        checks.setPlaceholder(noCheck);
        checks.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ProfileCheck.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("check-ok", "check-failed");
                if (empty || line == null) {
                    setText(null);
                } else {
                    setText((line.ok() ? "✓ " : "✗ ") + line.what() + ": " + line.detail());
                    getStyleClass().add(line.ok() ? "check-ok" : "check-failed");
                }
            }
        });
        return checks;
    }

    private Node input(ProfilesViewModel m, String f) {
        if (f.equals("networkKey")) {
            ComboBox<String> network = new ComboBox<>();
            network.setId("profile-form-networkKey");
            ProfilesViewModel.presets().stream().map(Network::key).forEach(network.getItems()::add);
            network.getItems().addAll("devnet", ProfileDraft.CUSTOM);
            network.valueProperty().bindBidirectional(m.field(f));
            network.setOnAction(e -> m.choosePreset(network.getValue()));
            return network;
        }
        TextInputControl input;
        if (f.equals("rpcUrls")) {
            TextArea area = new TextArea();
            area.setPrefRowCount(3);
            input = area;
        } else if (f.endsWith("ApiKey")) {
            input = new PasswordField();
        } else {
            input = new TextField();
        }
        if (input instanceof TextField line) {
            // Enter saves from any one-line field; a default button would also fire from the other Settings tabs
            line.setOnAction(e -> m.save());
        }
        input.setId("profile-form-" + f);
        input.textProperty().bindBidirectional(m.field(f));
        return input;
    }

    private void chooseFile(Node owner, boolean export) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Steward profile", "*.json"));
        chooser.setInitialFileName(export ? model().field("name").get().replaceAll("[^A-Za-z0-9._-]+", "-") + ".json" : null);
        File file = export ? chooser.showSaveDialog(owner.getScene().getWindow()) : chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            if (export) {
                model().exportTo(file.toPath());
            } else {
                model().importFrom(file.toPath());
            }
        }
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
