package org.steward.treasury.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steward.core.abi.AbiFunction;
import org.steward.core.format.Timestamps;
import org.steward.treasury.domain.timelock.TimelockEntry;
import org.steward.treasury.service.history.SafeExecution;
import org.steward.ui.abi.CallBuilderPane;
import org.steward.ui.abi.CallBuilderViewModel;
import org.steward.ui.control.AddressNames;
import org.steward.ui.control.FitColumns;
import org.steward.ui.control.ListNotice;
import org.steward.ui.control.SigningAccountLine;
import org.steward.ui.control.TableFollow;
import org.steward.ui.review.CallTreeView;
import org.steward.ui.signing.SigningPreviewPane;

/**
 * The treasury in tabs: the Safe's overview, building a transaction, the nonce queue with the
 * review of what will be signed, the executed history and the timelock. Each tab binds its own
 * ViewModel; the status of the last action shows beside the buttons last pressed.
 */
public final class TreasuryWorkspace {

    private final TabPane tabs = new TabPane();
    private final TreasuryModels models;
    private final ResultBeside results;

    /** @param overview the existing overview node; @param callFunctions the ABI functions offered for contract calls */
    public TreasuryWorkspace(Parent overview, TreasuryModels models, List<AbiFunction> callFunctions) {
        this.models = models;
        this.results = new ResultBeside(models.session().status());
        tabs.getTabs().add(new Tab("Overview", overview));
        Parent queue = queueTab(models.queue(), models.service());
        tabs.getTabs().add(new Tab("New transaction", newTransactionTab(models.newTransaction(), callFunctions)));
        tabs.getTabs().add(new Tab("Queue", queue));
        tabs.getTabs().add(new Tab("History", historyTab(models.history())));
        tabs.getTabs().add(new Tab("Timelock", timelockTab(models.timelock())));
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("treasury");
        tabs.getStyleClass().add("screen");
        tabs.sceneProperty().addListener((obs, before, now) -> {
            if (now != null) {
                models.activate();
            } else {
                models.deactivate();
            }
        });
    }

    /** Reviews the queued transaction with this safeTxHash, for a notification or a history entry. */
    public void openQueued(String safeTxHash) {
        select("Queue");
        models.queue().open(safeTxHash);
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

    // New transaction

    private Parent newTransactionTab(NewTransactionViewModel m, List<AbiFunction> callFunctions) {
        VBox box = new VBox(8, batchLine(m), ethPayment(m), tokenTransfer(m), contractCall(m, callFunctions), ownersAndThreshold(m), imports(m));
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Collect into one batch, how many calls it holds, and queue it. */
    private HBox batchLine(NewTransactionViewModel m) {
        CheckBox collect = new CheckBox("Collect into one batch (MultiSendCallOnly)");
        collect.setId("batch-collect");
        collect.selectedProperty().bindBidirectional(m.collecting());
        Label collected = new Label();
        collected.textProperty().bind(Bindings.size(m.batch()).asString("%d call(s) in the batch"));
        HBox line = results.row(button("Queue the batch", "batch-queue", m::queueBatch));
        line.getChildren().addAll(0, List.of(collect, collected));
        return line;
    }

    private TitledPane ethPayment(NewTransactionViewModel m) {
        TextField to = field("pay-to", "0x… recipient");
        TextField ether = field("pay-eth", "ETH amount, e.g. 0.5");
        Button pay = button("Queue ETH payment", "pay-queue", () -> m.payEth(to.getText(), ether.getText()));
        return new TitledPane("Send ETH", new VBox(6, to, ether, results.row(pay)));
    }

    /** The amount in whole tokens with the token's symbol beside it, and why it cannot be sent as soon as it is typed. */
    private TitledPane tokenTransfer(NewTransactionViewModel m) {
        TextField token = field("token", "0x… token contract");
        token.textProperty().bindBidirectional(m.token());
        TextField tokenTo = field("token-to", "0x… recipient");
        TextField amount = field("token-units", "amount in tokens, e.g. 12.5");
        amount.textProperty().bindBidirectional(m.tokenAmount());
        Label symbol = new Label();
        symbol.setId("token-symbol");
        symbol.setMinWidth(Region.USE_PREF_SIZE);
        symbol.textProperty().bind(m.tokenUnit());
        HBox.setHgrow(amount, Priority.ALWAYS);
        HBox amountLine = new HBox(8, amount, symbol);
        amountLine.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("token-amount-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(m.tokenAmountProblem());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Button send = button("Queue token transfer", "token-queue", () -> m.payToken(tokenTo.getText()));
        return new TitledPane("ERC-20 transfer", new VBox(6, token, tokenTo, amountLine, problem, results.row(send)));
    }

    private TitledPane contractCall(NewTransactionViewModel m, List<AbiFunction> callFunctions) {
        CallBuilderViewModel call = new CallBuilderViewModel(callFunctions);
        TextField target = field("call-target", "0x… contract");
        TextField value = field("call-value", "ETH sent with the call, e.g. 0.1 (usually empty)");
        Button queue = button("Queue contract call", "call-queue", () -> m.call(target.getText(), value.getText(), call.calldata().get()));
        return new TitledPane("Contract call", new VBox(6, target, value, new CallBuilderPane(call).root(), results.row(queue)));
    }

    private TitledPane ownersAndThreshold(NewTransactionViewModel m) {
        TextField owner = field("owner", "0x… owner");
        TextField newOwner = field("new-owner", "0x… new owner (swap)");
        TextField threshold = field("threshold", "threshold");
        HBox actions = results.row(
                button("Add owner", "owner-add", () -> m.addOwner(owner.getText(), threshold.getText())),
                button("Remove owner", "owner-remove", () -> m.removeOwner(owner.getText(), threshold.getText())),
                button("Swap owner", "owner-swap", () -> m.swapOwner(owner.getText(), newOwner.getText())),
                button("Change threshold", "owner-threshold", () -> m.changeThreshold(threshold.getText())));
        return new TitledPane("Owners and threshold", new VBox(6, owner, newOwner, threshold, actions));
    }

    private TitledPane imports(NewTransactionViewModel m) {
        TextArea file = new TextArea();
        file.setId("import-text");
        file.setPromptText("Paste a Safe Transaction Builder batch (JSON) or a Steward signed-transaction file");
        file.setPrefRowCount(4);
        HBox actions = results.row(button("Import Transaction Builder batch", "import-builder", () -> m.importBuilder(file.getText())),
                button("Import signed transaction", "import-signed", () -> m.importSigned(file.getText())));
        return new TitledPane("Import", new VBox(6, file, actions));
    }

    // Queue

    /** The queue beside the review of the selected transaction, its actions kept in view under the review. */
    private Parent queueTab(SafeQueueViewModel m, TxServiceViewModel service) {
        ScrollPane review = new ScrollPane(review(m, service));
        review.setFitToWidth(true);
        VBox.setVgrow(review, Priority.ALWAYS);
        SplitPane split = new SplitPane(queueTable(m), new VBox(review, reviewActions(m)));
        split.setDividerPositions(0.45);
        return split;
    }

    private TableView<QueueRow> queueTable(SafeQueueViewModel m) {
        TableView<QueueRow> table = new TableView<>(m.queue());
        FitColumns.install(table);
        table.setId("queue-table");
        Label empty = new Label("Nothing is waiting for signatures.");
        // The queue shares the width with the review and its device screens: at 1024 px the sentence wraps.
        empty.setWrapText(true);
        empty.setPadding(new Insets(8));
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
        TableFollow.follow(table, m.selected(), (row, open) -> row.queued().safeTxHash().hex().equalsIgnoreCase(open.queued().safeTxHash().hex()));
        return table;
    }

    /** What will be signed: who signs, hashes and decoded calls, the device's screens, the risk, the exported file, the service. */
    private VBox review(SafeQueueViewModel m, TxServiceViewModel service) {
        TextArea review = area("review-text", 9);
        review.textProperty().bind(m.reviewText());
        TextArea flags = area("review-flags", 5);
        flags.textProperty().bind(m.flags());
        TextArea exported = area("review-exported", 4);
        exported.textProperty().bind(m.exported());
        SigningPreviewPane preview = new SigningPreviewPane("review-preview");
        preview.requestProperty().bind(m.signing());
        CallTreeView calls = new CallTreeView("review-calls");
        calls.callProperty().bind(Bindings.createObjectBinding(() -> m.review().get() == null ? null : m.review().get().calls(), m.review()));
        VBox right = new VBox(8, new Label("What will be signed (computed by Steward)"), SigningAccountLine.withChange("review-signer"), review, calls, preview,
                new Label("Risk"), flags, exported, transactionService(service));
        right.setPadding(new Insets(8));
        return right;
    }

    private TitledPane transactionService(TxServiceViewModel m) {
        TextField url = field("service-url", "Transaction Service URL, e.g. https://api.safe.global/tx-service/eth");
        url.textProperty().bindBidirectional(m.serviceUrl());
        PasswordField key = new PasswordField();
        key.setId("service-key");
        key.setPromptText("API key (kept out of logs)");
        key.textProperty().bindBidirectional(m.serviceKey());
        TitledPane service = new TitledPane("Transaction Service", new VBox(6, url, key,
                results.row(button("Share signatures", "service-share", m::share), button("Fetch queue", "service-fetch", m::fetch))));
        service.setExpanded(false);
        return service;
    }

    /** The typed unlock, sign, approve, execute, reject and export, with the result beside them. */
    private VBox reviewActions(SafeQueueViewModel m) {
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
        VBox actions = new VBox(6, typed, results.row(sign, approve, execute), results.row(reject, export), results.followed());
        actions.setPadding(new Insets(8));
        actions.getStyleClass().add("review-actions");
        return actions;
    }

    // History and timelock

    private Parent historyTab(SafeHistoryViewModel m) {
        TableView<SafeExecution> table = new TableView<>(m.history());
        FitColumns.install(table);
        table.setId("history-table");
        table.setPlaceholder(new Label("No executed transaction yet."));
        table.getColumns().add(column("When", e -> Timestamps.local().text(e.meta().blockTime()), 0));
        table.getColumns().add(column("safeTxHash", e -> e.safeTxHash().hex(), 300));
        table.getColumns().add(column("Result", e -> e.success() ? "success" : "FAILED", 0));
        table.getColumns().add(column("To", e -> e.to().map(AddressNames::brief).orElse(""), 140));
        table.getColumns().add(column("Transaction", e -> e.meta().txHash().hex(), 300));
        HBox top = new HBox(8, button("Refresh", "history-refresh", m::refresh), readFailure("history-status", m.status()));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, new ListNotice("history-notice", m.notice()), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Parent timelockTab(TimelockViewModel m) {
        TableView<TimelockEntry> table = new TableView<>(m.entries());
        FitColumns.install(table);
        table.setId("timelock-table");
        table.setPlaceholder(new Label("No timelock operation, or the profile names no timelock."));
        table.getColumns().add(column("Operation id (recomputed)", e -> e.id().hex() + (e.idVerified() ? "" : "  MISMATCH"), 330));
        table.getColumns().add(column("State", e -> e.state().label(), 80));
        table.getColumns().add(column("ETA", e -> Timestamps.local().text(e.eta()), 250));
        table.getColumns().add(column("Calls", e -> e.operation().calls().size() + " call(s) to " + AddressNames.display(e.operation().calls().get(0).target()), 300));
        Button execute = button("Execute as Safe transaction", "timelock-execute", () -> m.act(table.getSelectionModel().getSelectedItem(), true));
        Button cancel = button("Cancel as Safe transaction", "timelock-cancel", () -> m.act(table.getSelectionModel().getSelectedItem(), false));
        VBox box = new VBox(8, readFailure("timelock-status", m.status()), new ListNotice("timelock-notice", m.notice()), table, results.row(execute, cancel));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** Why a tab's list could not be read; takes no room while there is nothing to say. */
    private static Label readFailure(String id, ObservableStringValue status) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(status);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    // Controls

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

    /** @param width the preferred width, 0 for the table's default */
    private static <T> TableColumn<T, String> column(String name, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        if (width > 0) {
            c.setPrefWidth(width);
        }
        return c;
    }
}
