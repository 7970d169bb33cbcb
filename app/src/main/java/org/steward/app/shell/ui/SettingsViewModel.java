package org.steward.app.shell.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.steward.core.net.DaoProfile;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.ui.Theme;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;
import org.steward.app.shell.ProfileSummary;
import org.steward.app.shell.UiSettings;

/**
 * Settings: the light/dark choice (applied at once, saved in the background) and a read-only
 * summary of the active DAO profile.
 */
public final class SettingsViewModel extends ViewModel {

    private final DaoProfile profile;
    private final boolean demo;
    private final UiSettings store;
    private final Consumer<Theme> applyTheme;
    private final TaskRunner runner;

    private final ReadOnlyObjectWrapper<Theme> theme;
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");

    public SettingsViewModel(DaoProfile profile, boolean demo, Theme current, UiSettings store, Consumer<Theme> applyTheme, TaskRunner runner) {
        this.profile = profile;
        this.demo = demo;
        this.store = store;
        this.applyTheme = applyTheme;
        this.runner = runner;
        this.theme = new ReadOnlyObjectWrapper<>(current);
    }

    /** Switches the look now; a failure to save it is said in {@link #saveErrorProperty()}, the look stays. */
    public void chooseTheme(Theme chosen) {
        if (chosen == theme.get()) {
            return;
        }
        theme.set(chosen);
        applyTheme.accept(chosen);
        runner.run(BackgroundTask.<Void>of("Save the theme", progress -> {
            store.saveThemeKey(chosen.key());
            return null;
        }).onSuccess(done -> saveError.set("")).onFailure(e -> saveError.set(UserMessages.sentence(e))));
    }

    /** The theme saved in {@code settings}, light if none was saved yet. */
    static Theme savedTheme(UiSettings settings) {
        return Theme.fromKey(settings.themeKey().orElse(null));
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** Empty unless the last save failed. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public List<ProfileSummary.Line> profileLines() {
        return ProfileSummary.of(profile);
    }

    /** Where the history is kept, for the About box. */
    public java.nio.file.Path historyFile() {
        return store.historyFile();
    }

    /** Why the profile looks the way it does in the demo; empty otherwise. */
    public String demoNote() {
        return demo ? "Demo mode: a local devnet with simulated devices; nothing here touches a real chain or a real wallet." : "";
    }
}
