package org.steward.treasury.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steward.core.abi.AbiFunction;
import org.steward.treasury.service.history.SafeExecution;
import org.steward.ui.abi.CallBuilderPane;
import org.steward.ui.abi.CallBuilderViewModel;

/**
 * The treasury in tabs: the Safe's overview, building a transaction, the nonce queue with the
 * review of what will be signed, and the executed history.
 */
public final class TreasuryWorkspace {

    private final TabPane tabs = new TabPane();

    /** @param overview the existing overview node; @param callFunctions the ABI functions offered for contract calls */
    private final TreasuryViewModel model;
    private final ResultBeside results;

    public TreasuryWorkspace(Parent overview, TreasuryViewModel m, List<AbiFunction> callFunctions) {
        this.model = m;
        this.results = new ResultBeside(m.status());
        tabs.getTabs().add(new Tab("Overview", overview));
        Parent queue = queue(m);
        tabs.getTabs().add(new Tab("New transaction", builders(m, callFunctions)));
        tabs.getTabs().add(new Tab("Queue", queue));
        tabs.getTabs().add(new Tab("History", history(m)));
        tabs.getTabs().add(new Tab("Timelock", timelock(m)));
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("treasury");
        tabs.getStyleClass().add("screen");
        tabs.sceneProperty().addListener((obs, before, now) -> {
            if (now != null) {
                m.activate();
            } else {
                m.deactivate();
            }
        });
    }

    /** Reviews the queued transaction with this safeTxHash, for a notification or a history entry. */
    public void openQueued(String safeTxHash) {
        select("Queue");
        model.open(safeTxHash);
    }

    /** Shows the timelock's operations, where the one a notification names is listed. */
    public void openTimelock() {
        select("Timelock");
    }

    private void select(String tab) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(tab)).findFirst().ifPresent(tabs.getSelectionModel()::select);
    }

    public TabPane root() {
        return tabs;
    }

    private Parent builders(TreasuryViewModel m, List<AbiFunction> callFunctions) {
        TextField to = field("pay-to", "0x… recipient");
        TextField ether = field("pay-eth", "ETH amount, e.g. 0.5");
        Button pay = button("Queue ETH payment", "pay-queue", () -> m.payEth(to.getText(), ether.getText()));
        TextField token = field("token", "0x… token contract");
        TextField tokenTo = field("token-to", "0x… recipient");
        TextField units = field("token-units", "amount in the token's smallest unit");
        Button sendToken = button("Queue token transfer", "token-queue", () -> m.payToken(token.getText(), tokenTo.getText(), units.getText()));
        CallBuilderViewModel call = new CallBuilderViewModel(callFunctions);
        TextField target = field("call-target", "0x… contract");
        TextField value = field("call-value", "ETH value in wei (usually 0)");
        Button queueCall = button("Queue contract call", "call-queue", () -> m.call(target.getText(), value.getText(), call.calldata().get()));
        TextField owner = field("owner", "0x… owner");
        TextField newOwner = field("new-owner", "0x… new owner (swap)");
        TextField threshold = field("threshold", "threshold");
        HBox owners = results.row(
                button("Add owner", "owner-add", () -> m.addOwner(owner.getText(), threshold.getText())),
                button("Remove owner", "owner-remove", () -> m.removeOwner(owner.getText(), threshold.getText())),
                button("Swap owner", "owner-swap", () -> m.swapOwner(owner.getText(), newOwner.getText())),
                button("Change threshold", "owner-threshold", () -> m.changeThreshold(threshold.getText())));
        TextArea file = new TextArea();
        file.setId("import-text");
        file.setPromptText("Paste a Safe Transaction Builder batch (JSON) or a Steward signed-transaction file");
        file.setPrefRowCount(4);
        HBox imports = results.row(button("Import Transaction Builder batch", "import-builder", () -> m.importBuilder(file.getText())),
                button("Import signed transaction", "import-signed", () -> m.importSigned(file.getText())));
        javafx.scene.control.CheckBox collect = new javafx.scene.control.CheckBox("Collect into one batch (MultiSendCallOnly)");
        collect.setId("batch-collect");
        collect.selectedProperty().bindBidirectional(m.collecting());
        Label collected = new Label();
        collected.textProperty().bind(javafx.beans.binding.Bindings.size(m.batch()).asString("%d call(s) in the batch"));
        Button queueBatch = button("Queue the batch", "batch-queue", m::queueBatch);
        HBox batchRow = results.row(queueBatch);
        batchRow.getChildren().addAll(0, List.of(collect, collected));
        VBox box = new VBox(8, batchRow,
                new TitledPane("Send ETH", new VBox(6, to, ether, results.row(pay))),
                new TitledPane("ERC-20 transfer", new VBox(6, token, tokenTo, units, results.row(sendToken))),
                new TitledPane("Contract call", new VBox(6, target, value, new CallBuilderPane(call).root(), results.row(queueCall))),
                new TitledPane("Owners and threshold", new VBox(6, owner, newOwner, threshold, owners)),
                new TitledPane("Import", new VBox(6, file, imports)));
        box.setPadding(new javafx.geometry.Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Parent queue(TreasuryViewModel m) {
        TableView<QueueRow> table = new TableView<>(m.queue());
        org.steward.ui.control.FitColumns.install(table);
        table.setId("queue-table");
        Label empty = new Label("Nothing is waiting for signatures.");
        // The queue shares the width with the review and its device screens: at 1024 px the sentence wraps.
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(8));
        table.setPlaceholder(empty);
        table.getColumns().add(column("Nonce", QueueRow::nonce, 60));
        table.getColumns().add(column("safeTxHash", QueueRow::hash, 170));
        table.getColumns().add(column("Confirmations", QueueRow::confirmations, 100));
        table.getColumns().add(column("From", QueueRow::origin, 110));
        table.getColumns().add(column("Nonce conflict", QueueRow::conflict, 300));
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            if (now != null && now != m.selected().get()) {
                m.select(now);
            }
        });
        org.steward.ui.control.TableFollow.follow(table, m.selected(), (row, open) -> row.queued().safeTxHash().hex().equalsIgnoreCase(open.queued().safeTxHash().hex()));
        TextArea review = area("review-text", 14);
        review.textProperty().bind(m.reviewText());
        TextArea flags = area("review-flags", 5);
        flags.textProperty().bind(m.flags());
        TextField typed = field("review-typed", "type the 8 characters shown above to unlock signing");
        typed.textProperty().bindBidirectional(m.typed());
        typed.visibleProperty().bind(m.review().isNotNull());
        Button sign = button("Sign on device (off chain)", "review-sign", m::confirmOffChain);
        Button approve = button("Approve on chain", "review-approve", m::approveOnChain);
        Button execute = button("Execute", "review-execute", m::execute);
        for (Button b : List.of(sign, approve, execute)) {
            b.disableProperty().bind(m.signable().not().or(m.busy()));
        }
        Button reject = button("Reject (same nonce, empty)", "review-reject", m::reject);
        Button export = button("Export signed file", "review-export", m::export);
        TextArea exported = area("review-exported", 4);
        exported.textProperty().bind(m.exported());
        TextField url = field("service-url", "Transaction Service URL, e.g. https://api.safe.global/tx-service/eth");
        url.textProperty().bindBidirectional(m.serviceUrl());
        javafx.scene.control.PasswordField key = new javafx.scene.control.PasswordField();
        key.setId("service-key");
        key.setPromptText("API key (kept out of logs)");
        key.textProperty().bindBidirectional(m.serviceKey());
        TitledPane service = new TitledPane("Transaction Service", new VBox(6, url, key,
                results.row(button("Share signatures", "service-share", m::share), button("Fetch queue", "service-fetch", m::fetch))));
        service.setExpanded(false);
        org.steward.ui.signing.SigningPreviewPane preview = new org.steward.ui.signing.SigningPreviewPane("review-preview");
        preview.requestProperty().bind(m.signing());
        org.steward.ui.review.CallTreeView calls = new org.steward.ui.review.CallTreeView("review-calls");
        calls.callProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> m.review().get() == null ? null : m.review().get().calls(), m.review()));
        VBox right = new VBox(8, new Label("What will be signed (computed by Steward)"), org.steward.ui.control.SigningAccountLine.withChange("review-signer"), review, calls, preview, new Label("Risk"), flags,
                exported, service);
        right.setPadding(new javafx.geometry.Insets(8));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        // The review (with the device's screens) is taller than the window; the actions and their result stay in view under it.
        VBox actions = new VBox(6, typed, results.row(sign, approve, execute), results.row(reject, export), results.followed());
        actions.setPadding(new javafx.geometry.Insets(8));
        actions.getStyleClass().add("review-actions");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(table, new VBox(scroll, actions));
        split.setDividerPositions(0.45);
        return split;
    }

    private Parent history(TreasuryViewModel m) {
        TableView<SafeExecution> table = new TableView<>(m.history());
        org.steward.ui.control.FitColumns.install(table);
        table.setId("history-table");
        table.setPlaceholder(new Label("No executed transaction yet."));
        TableColumn<SafeExecution, String> when = new TableColumn<>("When");
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(org.steward.core.format.Timestamps.local().text(c.getValue().meta().blockTime())));
        TableColumn<SafeExecution, String> hash = new TableColumn<>("safeTxHash");
        hash.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().safeTxHash().hex()));
        hash.setPrefWidth(300);
        TableColumn<SafeExecution, String> result = new TableColumn<>("Result");
        result.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().success() ? "success" : "FAILED"));
        TableColumn<SafeExecution, String> tx = new TableColumn<>("Transaction");
        tx.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().meta().txHash().hex()));
        tx.setPrefWidth(300);
        TableColumn<SafeExecution, String> to = new TableColumn<>("To");
        to.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().to().map(org.steward.ui.control.AddressNames::brief).orElse("")));
        to.setPrefWidth(140);
        table.getColumns().addAll(List.of(when, hash, result, to, tx));
        Button refresh = button("Refresh", "history-refresh", m::refresh);
        VBox box = new VBox(8, refresh, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Parent timelock(TreasuryViewModel m) {
        TableView<org.steward.treasury.domain.timelock.TimelockEntry> table = new TableView<>(m.timelock());
        org.steward.ui.control.FitColumns.install(table);
        table.setId("timelock-table");
        table.setPlaceholder(new Label("No timelock operation, or the profile names no timelock."));
        table.getColumns().add(column("Operation id (recomputed)", e -> e.id().hex() + (e.idVerified() ? "" : "  MISMATCH"), 330));
        table.getColumns().add(column("State", e -> e.state().label(), 80));
        table.getColumns().add(column("ETA", e -> org.steward.core.format.Timestamps.local().text(e.eta()), 250));
        table.getColumns().add(column("Calls", e -> e.operation().calls().size() + " call(s) to " + org.steward.ui.control.AddressNames.display(e.operation().calls().get(0).target()), 300));
        Button execute = button("Execute as Safe transaction", "timelock-execute",
                () -> m.timelockAction(table.getSelectionModel().getSelectedItem(), true));
        Button cancel = button("Cancel as Safe transaction", "timelock-cancel",
                () -> m.timelockAction(table.getSelectionModel().getSelectedItem(), false));
        VBox box = new VBox(8, table, results.row(execute, cancel));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static TextArea area(String id, int rows) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setEditable(false);
        t.setPrefRowCount(rows);
        t.getStyleClass().add("mono");
        return t;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> TableColumn<T, String> column(String name, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
