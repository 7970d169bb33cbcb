package org.steward.app.devices.ui;

import atlantafx.base.theme.Styles;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kordamp.ikonli.feather.Feather;
import org.steward.core.task.TaskRunner;
import org.steward.app.account.SigningAccount;
import org.steward.wallet.DeviceSessions;
import org.steward.ui.FxScheduler;
import org.steward.ui.View;
import org.steward.ui.control.EmptyState;
import org.steward.ui.control.ErrorBanner;
import org.steward.ui.device.FxDevicePrompts;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.app.devices.AccountRow;
import org.steward.app.devices.BalanceSource;
import org.steward.app.devices.UdevRules;
import org.steward.app.devices.DeviceLine;
import org.steward.app.devices.DeviceProblem;
import org.steward.app.devices.PromptsFactory;

/** The Devices screen's nodes: devices on the left, the chosen device's accounts on the right. */
public final class DevicesView extends View<DevicesViewModel> {

    /** The screen's node id, equal to the shell's Screen.DEVICES id. */
    public static final String ID = "devices";

    /** The device list: wide enough for a device's name and id, narrow enough that an account's 42 characters fit at 1280 px. */
    private static final double LEFT_WIDTH = 180;

    public DevicesView(DevicesViewModel model) {
        super(model);
    }

    /**
     * The screen as the shell opens it: device calls and balance reads in {@code fxRunner}'s
     * background threads (the shell's FxTaskRunner, which also carries the prompts to the FX
     * thread), prompts in windows owned by the screen's window.
     */
    public static DevicesView create(DeviceSessions sessions, BalanceSource balances, TaskRunner fxRunner, SigningAccount signing) {
        return create(sessions, balances, fxRunner, signing, () -> { });
    }

    /** As {@link #create(DeviceSessions, BalanceSource, TaskRunner, SigningAccount)}; {@code afterChoice} runs once an account is chosen (a chooser window closes). */
    public static DevicesView create(DeviceSessions sessions, BalanceSource balances, TaskRunner fxRunner, SigningAccount signing,
                                     Runnable afterChoice) {
        AtomicReference<DevicesView> view = new AtomicReference<>();
        PromptsFactory windows = (device, onCancel) -> new FxDevicePrompts(fxRunner, () -> view.get().window(), device.label(), onCancel);
        view.set(new DevicesView(new DevicesViewModel(sessions, balances, fxRunner, new FxScheduler(), windows, signing.choice(),
                choice -> {
                    signing.choose(choice);
                    afterChoice.run();
                })));
        return view.get();
    }

    /** The window the screen is in, if it is in one; read on the FX thread. */
    Window window() {
        Scene scene = root().getScene();
        return scene == null ? null : scene.getWindow();
    }

    @Override
    protected Parent build() {
        DevicesViewModel m = model();

        Label title = new Label("Devices");
        title.getStyleClass().add(Styles.TITLE_3);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button("Refresh");
        refresh.setId("devices-refresh");
        refresh.setOnAction(e -> m.refresh());
        HBox header = new HBox(8, title, spacer, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        ErrorBanner banner = new ErrorBanner();
        banner.setId("devices-error");
        banner.bindMessage(m.errorProperty());
        banner.setAction("Retry", m::retry);

        VBox problems = new VBox(8);
        problems.setId("device-problems");
        problems.managedProperty().bind(problems.visibleProperty());
        problems.visibleProperty().bind(Bindings.isNotEmpty(m.problems()));
        m.problems().addListener((ListChangeListener<DeviceProblem>) c -> fill(problems, m));

        VBox top = new VBox(8, header, banner, problems);

        ListView<DetectedDevice> list = deviceList(m);
        VBox left = new VBox(8, list);
        left.setPrefWidth(LEFT_WIDTH);
        left.setMaxWidth(LEFT_WIDTH);
        VBox.setVgrow(list, Priority.ALWAYS);
        if (UdevRules.linux()) {
            left.getChildren().add(udevHelp());
        }
        BorderPane.setMargin(left, new Insets(0, 12, 0, 0));
        BorderPane root = new BorderPane(accountsPane(m), top, null, null, left);
        root.setId(ID);
        root.setPadding(new Insets(12));
        root.getStyleClass().addAll("screen", "devices-screen");
        BorderPane.setMargin(top, new Insets(0, 0, 12, 0));
        return root;
    }

    private static void fill(VBox problems, DevicesViewModel m) {
        problems.getChildren().clear();
        for (DeviceProblem p : m.problems()) {
            Label sentence = new Label(p.sentence());
            sentence.setWrapText(true);
            sentence.getStyleClass().add(Styles.WARNING);
            VBox box = new VBox(4, sentence);
            box.getStyleClass().add("device-problem");
            if (!p.fix().isEmpty()) {
                Label fix = new Label(p.fix());
                fix.getStyleClass().add("mono");
                fix.setWrapText(true);
                box.getChildren().add(fix);
            }
            problems.getChildren().add(box);
        }
    }

    private static ListView<DetectedDevice> deviceList(DevicesViewModel m) {
        ListView<DetectedDevice> list = new ListView<>(m.devices());
        list.setId("device-list");
        list.setPrefWidth(LEFT_WIDTH);
        list.setPlaceholder(new EmptyState(Feather.CPU, "No device connected",
                "Connect a Ledger with the Ethereum app open, or a OneKey, and unlock it: it appears here within a few seconds."));
        list.setCellFactory(v -> new DeviceCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            if (now != null) {
                m.select(now);
            }
        });
        m.selectedProperty().addListener((obs, before, now) -> list.getSelectionModel().select(now));
        return list;
    }

    /** Linux's usual reason for a missing device, folded away until asked for. */
    private static TitledPane udevHelp() {
        Label text = new Label(UdevRules.onThisMachine().help());
        text.setWrapText(true);
        text.getStyleClass().add("mono");
        text.setMaxWidth(LEFT_WIDTH);
        TitledPane pane = new TitledPane("Device not listed?", text);
        pane.getStyleClass().add(Styles.DENSE);
        pane.setId("device-udev-help");
        pane.setExpanded(false);
        pane.setMaxWidth(LEFT_WIDTH);
        return pane;
    }

    private static VBox accountsPane(DevicesViewModel m) {
        Label status = new Label();
        status.setId("accounts-status");
        status.textProperty().bind(m.accountsStatusProperty());
        Label firmware = new Label();
        firmware.setId("device-firmware");
        firmware.getStyleClass().add(Styles.TEXT_MUTED);
        firmware.textProperty().bind(m.firmwareProperty());
        Label note = new Label();
        note.setId("balance-note");
        note.getStyleClass().add(Styles.WARNING);
        note.textProperty().bind(m.balanceNoteProperty());
        note.managedProperty().bind(note.visibleProperty());
        note.visibleProperty().bind(m.balanceNoteProperty().isNotEmpty());

        TableView<AccountRow> table = new TableView<>(m.accounts());
        org.steward.ui.control.FitColumns.install(table);
        table.setId("account-table");
        table.setPlaceholder(new Label("Choose a device to see its accounts."));
        table.getColumns().add(column("✓", "col-signing", r -> m.isSigning(r) ? "✓" : "", 32, 36));
        table.getColumns().add(column("Layout", "col-layout", AccountRow::layout, 95, 200));
        table.getColumns().add(column("#", "col-index", r -> Integer.toString(r.index()), 28, 36));
        table.getColumns().add(column("Path", "col-path", AccountRow::pathText, 130, 260));
        // The balance before the address, whose roles line may run past the window: both stay in view at 1280x800.
        table.getColumns().add(column("Balance", "col-balance", AccountRow::balance, 110, 360));
        table.getColumns().add(addressColumn());
        m.signingProperty().addListener((obs, before, now) -> table.refresh());
        VBox.setVgrow(table, Priority.ALWAYS);

        Button use = new Button("Use for signing");
        use.setId("use-for-signing");
        use.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        use.setOnAction(e -> m.useForSigning(table.getSelectionModel().getSelectedItem()));
        Label signingNow = new Label();
        signingNow.setId("signing-account");
        signingNow.getStyleClass().add(Styles.TEXT_MUTED);
        signingNow.setWrapText(true);
        signingNow.setMinHeight(Region.USE_PREF_SIZE);
        signingNow.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> m.signingProperty().get() == null
                ? "No signing account chosen yet: the first device's first account signs until you choose one."
                : "Signing with " + m.signingProperty().get().describe(), m.signingProperty()));

        Button show = new Button("Show on device");
        show.setId("show-on-device");
        show.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(m.showingProperty()));
        show.setOnAction(e -> {
            AccountRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                m.showOnDevice(row);
            }
        });
        Label shown = new Label();
        shown.setId("show-result");
        shown.setWrapText(true);
        shown.textProperty().bind(m.shownResultProperty());
        HBox actions = new HBox(12, use, show, shown);
        actions.setAlignment(Pos.CENTER_LEFT);

        return new VBox(8, status, firmware, signingNow, note, table, actions);
    }

    /**
     * Never truncated: the person compares all 42 characters with the device's screen. Below it,
     * the address-book name and what the account is in this DAO, one line each.
     */
    private static TableColumn<AccountRow, String> addressColumn() {
        TableColumn<AccountRow, String> c = column("Address · in this DAO", "col-address", AccountRow::addressText, 355, Double.MAX_VALUE);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String address, boolean empty) {
                super.updateItem(address, empty);
                setText(null);
                AccountRow row = empty ? null : getTableRow().getItem();
                if (row == null) {
                    setGraphic(null);
                    return;
                }
                Label full = new Label(address);
                full.setMinWidth(Region.USE_PREF_SIZE);
                full.getStyleClass().add("mono");
                VBox box = new VBox(2, full);
                // Name and roles on lines of their own, each whole: one line of both widened the column until the
                // address ran out of the window at 1280 px, and a wrapped label measured before the cell had its
                // width asked for one word per line and the row grew hundreds of pixels tall.
                org.steward.ui.control.AddressNames.of(row.address()).ifPresent(name -> box.getChildren().add(smallLine("account-name", name)));
                if (!row.roles().isBlank()) {
                    box.getChildren().add(smallLine("account-roles", row.roles()));
                }
                setGraphic(box);
            }
        });
        return c;
    }

    private static Label smallLine(String id, String text) {
        Label line = new Label(text);
        line.setId(id);
        line.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        line.setMinWidth(Region.USE_PREF_SIZE);
        return line;
    }

    private static TableColumn<AccountRow, String> column(String title, String id, Function<AccountRow, String> text,
            double minWidth, double maxWidth) {
        TableColumn<AccountRow, String> c = new TableColumn<>(title);
        c.setMinWidth(minWidth);
        c.setMaxWidth(maxWidth);
        c.setId(id);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())).getReadOnlyProperty());
        if (id.equals("col-path") || id.equals("col-address")) {
            c.getStyleClass().add("mono");
        }
        return c;
    }

    /** Model, family and, for the demo's simulators, a "simulated device" badge. */
    private static final class DeviceCell extends ListCell<DetectedDevice> {
        @Override
        protected void updateItem(DetectedDevice device, boolean empty) {
            super.updateItem(device, empty);
            if (empty || device == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label model = new Label(device.model());
            model.getStyleClass().add(Styles.TEXT_BOLD);
            Label kind = new Label(DeviceLine.kind(device.kind()) + " · " + device.usbId());
            kind.getStyleClass().add(Styles.TEXT_MUTED);
            VBox text = new VBox(2, model, kind);
            if (device.simulated()) {
                Label badge = new Label("simulated device");
                badge.getStyleClass().add("device-badge");
                text.getChildren().add(badge);
            }
            setText(null);
            setGraphic(text);
        }
    }
}
