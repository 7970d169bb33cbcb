package org.steward.app.shell.ui;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.steward.ui.Theme;
import org.steward.ui.View;
import org.steward.ui.control.AddressLabel;
import org.steward.ui.control.ErrorBanner;
import org.steward.app.shell.ProfileSummary;
import org.steward.app.shell.AboutInfo;

/** Appearance and the active profile. */
public final class SettingsView extends View<SettingsViewModel> {

    public SettingsView(SettingsViewModel model) {
        super(model);
    }

    @Override
    protected Parent build() {
        SettingsViewModel m = model();
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_2);

        ErrorBanner saveError = new ErrorBanner();
        saveError.setId("settings-error");
        saveError.bindMessage(m.saveErrorProperty());

        ToggleSwitch dark = new ToggleSwitch("Dark theme");
        dark.setId("theme-switch");
        dark.setSelected(m.themeProperty().get().isDark());
        dark.selectedProperty().addListener((obs, was, isDark) -> m.chooseTheme(isDark ? Theme.DARK : Theme.LIGHT));

        VBox page = new VBox(title, saveError, section("Appearance"), dark, section("Active DAO profile"));
        if (!m.demoNote().isEmpty()) {
            Label note = new Label(m.demoNote());
            note.setId("settings-demo-note");
            note.setWrapText(true);
            note.getStyleClass().add(Styles.TEXT_MUTED);
            page.getChildren().add(note);
        }
        page.getChildren().add(profileGrid(m));
        javafx.scene.control.Button about = new javafx.scene.control.Button("About Steward…");
        about.setId("settings-about");
        about.setOnAction(e -> showAbout(about));
        page.getChildren().addAll(section("About"), about);
        page.getStyleClass().add("settings-page");
        page.setPadding(new Insets(24));

        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId(Screen.SETTINGS.id());
        return scroll;
    }

    private void showAbout(javafx.scene.Node owner) {
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle("About Steward");
        GridPane grid = new GridPane();
        grid.setId("about-versions");
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        for (var line : AboutInfo.lines(model().historyFile()).entrySet()) {
            Label value = new Label(line.getValue());
            value.getStyleClass().add("mono");
            grid.addRow(row++, new Label(line.getKey()), value);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
        dialog.show();
    }

    private static GridPane profileGrid(SettingsViewModel m) {
        GridPane grid = new GridPane();
        grid.setId("profile-summary");
        grid.getStyleClass().add("profile-summary");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(160);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        int row = 0;
        for (ProfileSummary.Line line : m.profileLines()) {
            Label name = new Label(line.label());
            name.getStyleClass().add(Styles.TEXT_MUTED);
            Node value = line.address().<Node>map(AddressLabel::new).orElseGet(() -> {
                Label text = new Label(line.text());
                text.setWrapText(true);
                return text;
            });
            value.setId(line.id());
            grid.addRow(row++, name, value);
        }
        return grid;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_4, "settings-section");
        return label;
    }
}
