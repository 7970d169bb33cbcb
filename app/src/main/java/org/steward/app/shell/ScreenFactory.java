package org.steward.app.shell;

import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.steward.core.task.TaskRunner;
import org.steward.registry.ui.ChainRegistrySource;
import org.steward.registry.ui.RegistryView;
import org.steward.registry.ui.RegistryViewModel;
import org.steward.ui.Theme;
import org.steward.ui.control.EmptyState;

/** Builds each sidebar screen the first time it is opened. */
final class ScreenFactory {

    private final ShellContext context;
    private final Theme initialTheme;
    private final TaskRunner runner;

    ScreenFactory(ShellContext context, Theme initialTheme, TaskRunner runner) {
        this.context = context;
        this.initialTheme = initialTheme;
        this.runner = runner;
    }

    /** The screen's root, whose node id is {@link Screen#id()}. */
    Parent create(Screen screen) {
        return switch (screen) {
            case GOVERNANCE -> intro(screen, ScreenIntro.governance(context.profile()));
            case TREASURY -> intro(screen, ScreenIntro.treasury(context.profile()));
            case REGISTRY -> context.profile().registry()
                    .<Parent>map(registry -> new RegistryView(new RegistryViewModel(
                            new ChainRegistrySource(context.profile().network(), context.history(), registry), runner)).root())
                    .orElseGet(() -> intro(screen, ScreenIntro.registry(context.profile())));
            case DEVICES -> intro(screen, ScreenIntro.devices(context.deviceLabel()));
            case HISTORY -> intro(screen, ScreenIntro.history(context.history().file().toAbsolutePath().toString()));
            case SETTINGS -> new SettingsView(new SettingsViewModel(context.profile(), context.demo(), initialTheme,
                    new ThemeStore(context.history()), Theme::apply, runner)).root();
        };
    }

    private static Parent intro(Screen screen, ScreenIntro intro) {
        StackPane page = new StackPane(new EmptyState(screen.icon(), intro.title(), intro.body()));
        page.setId(screen.id());
        page.getStyleClass().add("screen");
        return page;
    }
}
