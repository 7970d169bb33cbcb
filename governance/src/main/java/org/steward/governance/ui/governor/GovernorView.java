package org.steward.governance.ui.governor;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.steward.core.format.Shown;
import org.steward.core.governor.VoteSupport;
import org.steward.governance.ui.MarkdownView;
import org.steward.ui.View;
import org.steward.ui.control.FilterBar;
import org.steward.ui.control.FitColumns;
import org.steward.ui.control.ListNotice;
import org.steward.ui.control.TableFollow;
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
        SplitPane split = new SplitPane(proposalList(m), proposalDetail(m));
        // The counts and the start of every title at 1280 px; the detail pane scrolls sideways before it cuts a button.
        split.setDividerPositions(0.58);
        split.setId("governor-proposals");
        return split;
    }

    private static VBox proposalList(GovernorViewModel m) {
        FilterBar filter = new FilterBar("governor", "Filter by title, state (active, queued, executed…) or id", m.filterProperty(), m.status());
        ProgressBar indexing = indexingBar(m);
        TableView<GovernorRow> table = proposalTable(m);
        Button refresh = new Button("Refresh");
        refresh.setId("governor-refresh");
        refresh.setOnAction(e -> m.reload());
        VBox left = new VBox(6, new HBox(8, filter, refresh), indexing, new ListNotice("governor-notice", m.notice()), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return left;
    }

    private static ProgressBar indexingBar(GovernorViewModel m) {
        ProgressBar indexing = new ProgressBar();
        indexing.setMaxWidth(Double.MAX_VALUE);
        indexing.progressProperty().bind(m.progress());
        indexing.visibleProperty().bind(m.progress().lessThan(1));
        indexing.managedProperty().bind(indexing.visibleProperty());
        return indexing;
    }

    private static TableView<GovernorRow> proposalTable(GovernorViewModel m) {
        TableView<GovernorRow> table = new TableView<>(m.visibleRows());
        FitColumns.install(table);
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
        TableFollow.follow(table, m.selected(), (row, open) -> row.id().equals(open.id()));
        return table;
    }

    private ScrollPane proposalDetail(GovernorViewModel m) {
        StackPane body = description(m);
        Label title = proposalTitle(m);
        TextArea actions = decodedActions(m);
        VBox results = results(m);
        ProgressBar quorumBar = quorumBar(m);
        Label position = valueLabel(m.myPosition(), "governor-position");
        Label eta = boundLabel(m.eta(), "governor-eta");
        TextField reason = reasonField();
        HBox voteButtons = voteButtons(m, reason);
        HBox timelockCommands = timelockCommands(m);
        VBox detail = new VBox(10, title, results, valueLabel(m.quorum(), "governor-quorum"), quorumBar, position, reason, voteButtons,
                timelockCommands, eta, new ReviewPane(m.review(), "governor"), new Label("Actions (decoded by Steward)"), actions,
                ifPasses(m), new Label("Description"), body);
        detail.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private StackPane description(GovernorViewModel m) {
        StackPane body = new StackPane();
        m.selected().addListener((obs, before, now) -> body.getChildren().setAll(
                now == null ? new Label("") : MarkdownView.render(now.proposal().created().description(), openLink)));
        return body;
    }

    private static Label proposalTitle(GovernorViewModel m) {
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        m.selected().addListener((obs, before, now) -> title.setText(now == null ? "Select a proposal" : now.title() + " — " + now.state()));
        return title;
    }

    private static TextArea decodedActions(GovernorViewModel m) {
        TextArea actions = new TextArea();
        actions.setId("governor-actions");
        actions.setEditable(false);
        actions.setPrefRowCount(5);
        actions.getStyleClass().add("mono");
        actions.textProperty().bind(m.actions());
        return actions;
    }

    private static VBox results(GovernorViewModel m) {
        VBox results = new VBox(4, bar("For", m.forShare(), m.forVotes(), "governor-for"),
                bar("Against", m.againstShare(), m.againstVotes(), "governor-against"),
                bar("Abstain", m.abstainShare(), m.abstainVotes(), "governor-abstain"));
        results.setId("governor-results");
        return results;
    }

    private static ProgressBar quorumBar(GovernorViewModel m) {
        ProgressBar quorumBar = new ProgressBar();
        quorumBar.setMaxWidth(Double.MAX_VALUE);
        quorumBar.progressProperty().bind(m.quorumProgress());
        return quorumBar;
    }

    private static TextField reasonField() {
        TextField reason = new TextField();
        reason.setId("governor-reason");
        reason.setPromptText("Reason (optional, stored on chain with your vote)");
        return reason;
    }

    private static HBox voteButtons(GovernorViewModel m, TextField reason) {
        HBox voteButtons = new HBox(8);
        for (VoteSupport s : VoteSupport.values()) {
            Button b = command("Vote " + s.label(), "governor-vote-" + s.name().toLowerCase(), m.canVote(), m, () -> m.vote(s, reason.getText()));
            voteButtons.getChildren().add(b);
        }
        Label voteNote = boundLabel(m.voteNote(), "governor-vote-note");
        voteNote.getStyleClass().add("text-muted");
        voteButtons.getChildren().add(voteNote);
        return voteButtons;
    }

    private static HBox timelockCommands(GovernorViewModel m) {
        Button queue = command("Queue in timelock", "governor-queue", m.canQueue(), m, m::queue);
        Button execute = command("Execute", "governor-execute", m.canExecute(), m, m::execute);
        Label timelockNote = boundLabel(m.timelockNote(), "governor-timelock-note");
        timelockNote.getStyleClass().add("text-muted");
        return new HBox(8, queue, execute, timelockNote);
    }

    private static Button command(String text, String id, ReadOnlyBooleanProperty allowed, GovernorViewModel m, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(allowed.not().or(m.review().busy()));
        b.setOnAction(e -> action.run());
        // The buttons keep their words; the reason beside them wraps instead.
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
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
    private static HBox bar(String label, ObservableDoubleValue share, ObservableValue<Shown> votes, String id) {
        ProgressBar b = new ProgressBar();
        b.setPrefWidth(240);
        b.setMinWidth(120);
        b.progressProperty().bind(share);
        Label l = new Label(label);
        l.setMinWidth(70);
        HBox row = new HBox(8, l, b, valueLabel(votes, id));
        row.setAlignment(Pos.CENTER_LEFT);
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
                                                                      Function<GovernorRow, BigInteger> raw) {
        TableColumn<GovernorRow, GovernorRow> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(ValueCells.table(value));
        c.setComparator(Comparator.comparing(raw));
        c.setPrefWidth(130);
        return c;
    }

    private static Label boundLabel(ObservableStringValue text, String id) {
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
