package org.steward.app.shell.ui;

import org.steward.app.devices.ChainBalances;
import org.steward.app.devices.DeviceSource;
import org.steward.app.devices.ui.LiveDeviceSource;
import org.steward.app.account.SigningAccount;
import org.steward.app.account.SigningChoice;
import org.steward.app.account.SigningChoices;
import org.steward.app.devices.SimulatedDeviceCatalog;
import org.steward.app.devices.SimulatedDeviceSource;
import org.steward.app.devices.UsbDeviceCatalog;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.steward.app.shell.ui.StatusBarViewModel.ChainState;
import org.steward.core.task.TaskRunner;
import org.steward.ui.FxScheduler;
import org.steward.ui.FxTaskRunner;
import org.steward.ui.StewardStyles;
import org.steward.ui.Theme;
import org.steward.app.shell.ProfileSession;
import org.steward.app.shell.ShellContext;
import org.steward.app.shell.ChainBlockSource;

/**
 * The main window: sidebar, the chosen screen, status bar. Owns the task runner and the chain
 * connection of the session and releases both on {@link #close()}.
 */
public final class ShellWindow implements AutoCloseable {

    static final String STYLESHEET = ShellWindow.class.getResource("shell.css").toExternalForm();

    private final FxTaskRunner runner = new FxTaskRunner();
    private final ChainBlockSource blocks;
    private final AfterFirstFrame firstBlockGate;
    private final ScreenFactory screens;
    private final Map<Screen, Parent> opened = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final Sidebar sidebar;
    private final StatusBarView statusBar;
    private final Stage stage;
    private final ShellContext context;
    private final SigningAccount signing;
    private final ChainBalances balances;
    private final ProfileSession session;
    private final ProfileScreenContext screenContext;
    private final org.steward.app.notify.ui.NotificationsView notifications;
    /** Set once the window was rebuilt on a new signing account: further changes go to the new window. */
    private boolean rebuilt;

    private ShellWindow(Stage stage, ShellContext context, Theme theme, java.util.function.Consumer<org.steward.core.net.DaoProfile> switcher) {
        this.stage = stage;
        this.context = context;
        this.signing = new SigningAccount(context.devices(), new SigningChoices(context.history()), context.profile().name());
        this.session = new ProfileSession(context, signing, java.time.Clock.systemUTC());
        this.screenContext = new ProfileScreenContext(session, runner, () -> stage);
        this.blocks = new ChainBlockSource(session.chain().connection());
        this.firstBlockGate = new AfterFirstFrame(blocks);
        this.balances = new ChainBalances(session.chain().connection());
        // Everything that shows "you" (your vote, your voting power, waiting for your signature, roles,
        // notifications) is rebuilt on the new account, on the screen the person was looking at.
        signing.onChange(choice -> runner.run(org.steward.core.task.BackgroundTask.of("Switch the signing account", p -> Boolean.TRUE)
                .onSuccess(done -> afterDialogs(() -> switcher.accept(context.profile())))));
        this.screens = new ScreenFactory(screenContext, theme, balances, switcher, this::open);
        org.steward.app.notify.ProfileNotices notices = new org.steward.app.notify.ProfileNotices(context.profile(), context.history(),
                session.chain(), session::knownAccount);
        this.notifications = new org.steward.app.notify.ui.NotificationsView(new org.steward.app.notify.ui.NotificationsViewModel(
                new org.steward.core.notify.NoticeBoard(context.history(), notices.sources()), runner, new FxScheduler(),
                java.time.Duration.ofSeconds(context.demo() ? 15 : 60), session::nowSeconds, this::open));
        this.sidebar = new Sidebar(this::show);
        DeviceSource deviceLine = context.devices().bus() instanceof SimulatedDeviceCatalog simulated
                ? new SimulatedDeviceSource(simulated)
                : new LiveDeviceSource(context.devices(), runner, new FxScheduler());
        this.statusBar = new StatusBarView(new StatusBarViewModel(context.profile().network(), firstBlockGate,
                deviceLine, runner, new FxScheduler()), context.demo());
        stage.setTitle(context.windowTitle());
    }

    /** Builds the window on {@code stage} and shows it, on the first screen. Call on the FX thread. */
    public static ShellWindow open(Stage stage, ShellContext context, Theme theme) {
        return open(stage, context, theme, profile -> { });
    }

    /**
     * As {@link #open(Stage, ShellContext, Theme)}; {@code switcher} is called when the person
     * switches to another DAO profile in Settings.
     */
    public static ShellWindow open(Stage stage, ShellContext context, Theme theme, java.util.function.Consumer<org.steward.core.net.DaoProfile> switcher) {
        ShellWindow window = new ShellWindow(stage, context, theme, switcher);
        Scene scene = window.scene();
        window.firstBlockGate.openAfterFirstPulseOf(scene);
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        window.sidebar.select(Screen.GOVERNANCE);
        stage.show();
        window.sidebar.requestFocus();
        return window;
    }

    /**
     * Runs {@code rebuild} now, or once the dialogs open over the window are closed: a vote whose
     * account was changed from inside its dialog goes on in this window (its runner, its change
     * notices), and the window follows the new account when the dialog is done.
     */
    private void afterDialogs(Runnable rebuild) {
        java.util.Optional<javafx.stage.Window> dialog = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() == stage && s.isShowing()).findFirst();
        if (dialog.isEmpty()) {
            if (!rebuilt) {
                rebuilt = true;
                rebuild.run();
            }
            return;
        }
        dialog.get().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent e) {
                dialog.get().removeEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, this);
                afterDialogs(rebuild);
            }
        });
    }

    /** The signing account in the status bar; a click leads to the Devices screen, where it is chosen. */
    private javafx.scene.control.Hyperlink accountLink() {
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink();
        // Follows the reviews' signing line, which is set again once the address book's names are read.
        link.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> signing.choice()
                .map(c -> "Signs: " + org.steward.ui.control.AddressNames.of(c.address()).orElse(c.address().shortForm()))
                .orElse("Choose signing account"), org.steward.ui.control.SigningAccountLine.text()));
        link.setId("status-account");
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.setTooltip(new javafx.scene.control.Tooltip(signing.choice().map(SigningChoice::describe)
                .orElse("The first device's first account signs until you choose one on the Devices screen.")));
        link.setOnAction(e -> select(Screen.DEVICES));
        return link;
    }

    private Scene scene() {
        Label brand = new Label("Steward");
        brand.setId("brand");
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        VBox left = new VBox(brand, sidebar);
        left.getStyleClass().add("sidebar-pane");
        VBox.setVgrow(sidebar, Priority.ALWAYS);

        content.setId("content");
        content.getStyleClass().add("content");

        statusBar.addEnd(accountLink());
        statusBar.addEnd(notifications.bell());
        // The drawer lies over the screen's right side: the screen keeps its width and nothing in it is squeezed.
        Region drawer = (Region) notifications.root();
        drawer.setMaxWidth(Region.USE_PREF_SIZE);
        drawer.setMinWidth(Region.USE_PREF_SIZE);
        StackPane.setAlignment(drawer, javafx.geometry.Pos.TOP_RIGHT);
        StackPane centre = new StackPane(content, drawer);
        BorderPane root = new BorderPane(centre, null, null, statusBar.root(), left);
        root.setId("shell");
        Scene scene = new Scene(root, 1280, 800);
        StewardStyles.install(scene);
        scene.getStylesheets().add(STYLESHEET);
        for (Screen s : Screen.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + s.shortcutDigit());
            scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> sidebar.select(s));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                notifications::toggle);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusFilter);
        return scene;
    }

    private void show(Screen screen) {
        Parent page = opened.computeIfAbsent(screen, s -> org.steward.ui.control.KeepWords.under(screens.create(s)));
        content.getChildren().setAll(page);
    }

    public ShellContext context() {
        return context;
    }

    public Stage stage() {
        return stage;
    }

    /** Ctrl+F: the search field of the screen shown (the first visible one, in its selected tab). */
    private void focusFilter() {
        content.lookupAll(".filter-field").stream()
                .filter(ShellWindow::isShowing)
                .findFirst().ifPresent(javafx.scene.Node::requestFocus);
    }

    /** A node inside a tab that is not selected is still in the scene; it is showing only if every parent is visible. */
    private static boolean isShowing(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Opens or closes the notifications drawer, as the bell does. */
    public void toggleNotifications() {
        notifications.toggle();
    }

    /** Shows what a notification or a history entry is about: its screen, its tab, the thing itself. */
    public void open(org.steward.core.notify.Notice.Target target) {
        select(ScreenFactory.screenOf(target.area()));
        screens.reveal(target);
    }

    /** Opens {@code screen}, as a click on its sidebar entry does. */
    public void select(Screen screen) {
        sidebar.select(screen);
    }

    /** The root of the screen shown. */
    Parent page() {
        return (Parent) content.getChildren().get(0);
    }

    public Screen selected() {
        return sidebar.selected();
    }

    public ReadOnlyObjectProperty<ChainState> chainStateProperty() {
        return statusBar.model().stateProperty();
    }

    /** The session's runner, for the little work the shell itself does off the FX thread. */
    public TaskRunner runner() {
        return runner;
    }

    /** Stops polling, deactivates the open screen and releases threads, the chain connection and the devices. */
    @Override
    public void close() {
        closeKeepingDevices();
        context.devices().close();
        if (context.devices().bus() instanceof UsbDeviceCatalog usb) {
            usb.close();
        }
    }

    /** As {@link #close()}, but the device catalog stays open for the window that replaces this one. */
    void closeKeepingDevices() {
        statusBar.model().deactivate();
        notifications.model().deactivate();
        content.getChildren().clear();
        screens.close();
        session.close();
        runner.close();
    }
}
