package org.steward.governance.ui.governor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.steward.core.format.Shown;
import org.steward.core.governor.VoteSupport;
import org.steward.governance.ui.MarkdownView;
import org.steward.ui.View;
import org.steward.ui.control.FilterBar;
import org.steward.ui.control.ValueCells;
import org.steward.ui.control.ValueLabel;
import org.steward.ui.review.ReviewPane;

/** On-chain proposals: a virtualized table, and the selected proposal with its results and commands. */
public final class GovernorView extends View<GovernorViewModel> {

    private final Consumer<String> openLink;

    public GovernorView(GovernorViewModel model, Consumer<String> openLink) {
        super(model);
        this.openLink = openLink;
    }

    @Override
    protected Parent build() {
        GovernorViewModel m = model();
        FilterBar filter = new FilterBar("governor", "Filter by title, state (active, queued, executed…) or id", m.filterProperty(), m.status());
        ProgressBar indexing = new ProgressBar();
        indexing.setMaxWidth(Double.MAX_VALUE);
        indexing.progressProperty().bind(m.progress());
        indexing.visibleProperty().bind(m.progress().lessThan(1));
        indexing.managedProperty().bind(indexing.visibleProperty());

        TableView<GovernorRow> table = new TableView<>(m.visibleRows());
        org.steward.ui.control.FitColumns.install(table);
        table.setId("governor-table");
        table.setPlaceholder(new Label("No on-chain proposal yet."));
        // State and counts before the title: beside the proposal's page the table has room for about one long title,
        // and the counts after it were out of view at 1280x800.
        table.getColumns().add(column("State", GovernorRow::state, 90));
        table.getColumns().add(amountColumn("For", GovernorRow::forVotes, r -> r.proposal().status().forVotes()));
        table.getColumns().add(amountColumn("Against", GovernorRow::againstVotes, r -> r.proposal().status().againstVotes()));
        table.getColumns().add(column("Proposal", GovernorRow::title, 300));
        table.getColumns().add(column("Id", GovernorRow::shortId, 110));
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            if (now != m.selected().get()) {
                m.select(now);
            }
        });
        org.steward.ui.control.TableFollow.follow(table, m.selected(), (row, open) -> row.id().equals(open.id()));
        Button refresh = new Button("Refresh");
        refresh.setId("governor-refresh");
        refresh.setOnAction(e -> m.reload());
        VBox left = new VBox(6, new HBox(8, filter, refresh), indexing, new org.steward.ui.control.ListNotice("governor-notice", m.notice()), table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);

        StackPane body = new StackPane();
        m.selected().addListener((obs, before, now) -> body.getChildren().setAll(
                now == null ? new Label("") : MarkdownView.render(now.proposal().created().description(), openLink)));
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        m.selected().addListener((obs, before, now) -> title.setText(now == null ? "Select a proposal" : now.title() + " — " + now.state()));

        TextArea actions = new TextArea();
        actions.setId("governor-actions");
        actions.setEditable(false);
        actions.setPrefRowCount(5);
        actions.getStyleClass().add("mono");
        actions.textProperty().bind(m.actions());

        VBox results = new VBox(4, bar("For", m.forShare(), m.forVotes(), "governor-for"),
                bar("Against", m.againstShare(), m.againstVotes(), "governor-against"),
                bar("Abstain", m.abstainShare(), m.abstainVotes(), "governor-abstain"));
        results.setId("governor-results");
        ProgressBar quorumBar = new ProgressBar();
        quorumBar.setMaxWidth(Double.MAX_VALUE);
        quorumBar.progressProperty().bind(m.quorumProgress());
        Label position = valueLabel(m.myPosition(), "governor-position");
        Label eta = boundLabel(m.eta(), "governor-eta");

        TextField reason = new TextField();
        reason.setId("governor-reason");
        reason.setPromptText("Reason (optional, stored on chain with your vote)");
        HBox voteButtons = new HBox(8);
        for (VoteSupport s : VoteSupport.values()) {
            Button b = new Button("Vote " + s.label());
            b.setId("governor-vote-" + s.name().toLowerCase());
            b.disableProperty().bind(m.canVote().not().or(m.review().busy()));
            b.setOnAction(e -> m.vote(s, reason.getText()));
            voteButtons.getChildren().add(b);
        }
        Label voteNote = boundLabel(m.voteNote(), "governor-vote-note");
        voteNote.getStyleClass().add("text-muted");
        voteButtons.getChildren().add(voteNote);
        Button queue = new Button("Queue in timelock");
        queue.setId("governor-queue");
        queue.disableProperty().bind(m.canQueue().not().or(m.review().busy()));
        queue.setOnAction(e -> m.queue());
        Button execute = new Button("Execute");
        execute.setId("governor-execute");
        execute.disableProperty().bind(m.canExecute().not().or(m.review().busy()));
        execute.setOnAction(e -> m.execute());

        // The buttons keep their words; the reason beside them wraps instead.
        for (Button b : List.of(queue, execute)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        voteButtons.getChildren().stream().filter(n -> n instanceof Button).forEach(n -> ((Button) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        Label timelockNote = boundLabel(m.timelockNote(), "governor-timelock-note");
        timelockNote.getStyleClass().add("text-muted");
        VBox detail = new VBox(10, title, results, valueLabel(m.quorum(), "governor-quorum"), quorumBar, position, reason, voteButtons,
                new HBox(8, queue, execute, timelockNote), eta, new ReviewPane(m.review(), "governor"), new Label("Actions (decoded by Steward)"), actions,
                ifPasses(m), new Label("Description"), body);
        detail.setPadding(new javafx.geometry.Insets(8));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);

        SplitPane split = new SplitPane(left, scroll);
        // The counts and the start of every title at 1280 px; the detail pane scrolls sideways before it cuts a button.
        split.setDividerPositions(0.58);
        split.setId("governor-proposals");
        return split;
    }

    /** "If this passes …": the proposal's actions simulated as the Timelock, on request (it forks the chain through your RPC). */
    private static VBox ifPasses(GovernorViewModel m) {
        Button simulate = new Button("If this passes…");
        simulate.setId("governor-simulate");
        simulate.disableProperty().bind(m.selected().isNull());
        simulate.setOnAction(e -> m.simulateIfPasses());
        TextArea report = new TextArea();
        report.setId("governor-if-passes");
        report.setEditable(false);
        report.setPrefRowCount(8);
        report.getStyleClass().add("mono");
        report.textProperty().bind(m.ifPasses());
        report.visibleProperty().bind(m.ifPasses().isNotEmpty());
        report.managedProperty().bind(report.visibleProperty());
        return new VBox(4, simulate, report);
    }

    /** "For [bar] 1,234.5 STW · 62.5 %", the amount exact on hover. */
    private static HBox bar(String label, javafx.beans.value.ObservableDoubleValue share, ObservableValue<Shown> votes, String id) {
        ProgressBar b = new ProgressBar();
        b.setPrefWidth(240);
        b.setMinWidth(120);
        b.progressProperty().bind(share);
        Label l = new Label(label);
        l.setMinWidth(70);
        HBox row = new HBox(8, l, b, valueLabel(votes, id));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static ValueLabel valueLabel(ObservableValue<Shown> value, String id) {
        ValueLabel l = new ValueLabel();
        l.setId(id);
        l.setWrapText(true);
        l.valueProperty().bind(value);
        return l;
    }

    /** Votes in the token's unit, the exact count on hover and copy. */
    private static TableColumn<GovernorRow, GovernorRow> amountColumn(String name, Function<GovernorRow, Shown> value,
                                                                      Function<GovernorRow, java.math.BigInteger> raw) {
        TableColumn<GovernorRow, GovernorRow> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(ValueCells.table(value));
        c.setComparator(java.util.Comparator.comparing(raw));
        c.setPrefWidth(130);
        return c;
    }

    private static Label boundLabel(javafx.beans.value.ObservableStringValue text, String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    private static TableColumn<GovernorRow, String> column(String name, Function<GovernorRow, String> value, double width) {
        TableColumn<GovernorRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
