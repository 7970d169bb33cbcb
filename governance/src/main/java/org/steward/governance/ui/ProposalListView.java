package org.steward.governance.ui;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.ui.View;
import org.steward.ui.control.FilterBar;
import org.steward.ui.control.FitColumns;
import org.steward.ui.control.TableFollow;

/**
 * The Snapshot proposals of a space (a virtualized table) and the selected proposal: body,
 * results per choice and the local recount's verdict.
 */
public final class ProposalListView extends View<ProposalListViewModel> {

    private final Consumer<String> openLink;
    private final Consumer<HubProposal> onVote;

    /**
     * @param openLink receives a link's full address when clicked; it asks before leaving the app
     * @param onVote opens the vote dialog for an active proposal
     */
    public ProposalListView(ProposalListViewModel model, Consumer<String> openLink, Consumer<HubProposal> onVote) {
        super(model);
        this.openLink = openLink;
        this.onVote = onVote;
    }

    @Override
    protected Parent build() {
        ProposalListViewModel m = model();
        FilterBar top = new FilterBar("proposal", "Filter by title, type (single-choice, …), state (active, closed, pending) or id",
                m.filterProperty(), m.statusProperty());
        TableView<ProposalRow> table = proposalTable(m);
        ScrollPane scroll = proposalDetail(m);
        SplitPane split = new SplitPane(table, scroll);
        // the table's columns fit their content; the proposal beside it keeps a readable width
        split.setDividerPositions(0.72);
        scroll.setMinWidth(300);
        BorderPane page = new BorderPane(split, header(m, top), null, null, null);
        page.setId("governance");
        page.getStyleClass().add("screen");
        return page;
    }

    private static TableView<ProposalRow> proposalTable(ProposalListViewModel m) {
        TableView<ProposalRow> table = new TableView<>();
        FitColumns.install(table);
        table.setId("proposal-table");
        table.setPlaceholder(new Label("No proposal in this space."));
        table.getColumns().addAll(
                column("Proposal", ProposalRow::title, String.CASE_INSENSITIVE_ORDER, 320),
                column("Type", ProposalRow::type, Comparator.naturalOrder(), 110),
                column("State", ProposalRow::state, Comparator.naturalOrder(), 70),
                column("Votes", ProposalRow::votes, Comparator.naturalOrder(), 60),
                ends());
        SortedList<ProposalRow> sorted = new SortedList<>(m.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            if (now != null && !m.isOpen(now.proposal().id())) {
                m.select(now);
            }
        });
        TableFollow.follow(table, m.selectedProperty(), (row, p) -> row.proposal().id().equals(p.id()));
        // Open the newest proposal once the list arrives, so the page never starts blank.
        sorted.addListener((ListChangeListener<ProposalRow>) change -> {
            if (table.getSelectionModel().isEmpty() && !sorted.isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        return table;
    }

    private ScrollPane proposalDetail(ProposalListViewModel m) {
        VBox detail = new VBox(10);
        detail.setId("proposal-detail");
        detail.setPadding(new Insets(12));
        Label recount = new Label();
        recount.setId("proposal-recount");
        recount.setWrapText(true);
        recount.textProperty().bind(m.recountProperty());
        Label privacy = new Label();
        privacy.setId("proposal-privacy");
        privacy.setWrapText(true);
        privacy.textProperty().bind(m.privacyNoteProperty());
        privacy.visibleProperty().bind(m.privacyNoteProperty().isNotEmpty());
        privacy.managedProperty().bind(privacy.visibleProperty());
        Label mine = new Label();
        mine.setId("proposal-my-vote");
        mine.setWrapText(true);
        mine.textProperty().bind(m.myVoteProperty());
        Label power = new Label();
        power.setId("proposal-voting-power");
        power.setWrapText(true);
        power.textProperty().bind(m.votingPowerProperty());
        m.selectedProperty().addListener((obs, before, p) -> fill(detail, p, recount, privacy, mine, power));
        detail.getChildren().add(new Label("Select a proposal to read it and check its result."));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static VBox header(ProposalListViewModel m, FilterBar top) {
        CheckBox flagged = new CheckBox("Show flagged");
        flagged.setId("proposal-show-flagged");
        flagged.setTooltip(new Tooltip("Snapshot flags spam and scam proposals; they stay hidden unless you ask."));
        flagged.selectedProperty().bindBidirectional(m.showFlaggedProperty());
        Label hub = new Label();
        hub.setId("proposal-hub-status");
        hub.getStyleClass().add("warning-text");
        hub.textProperty().bind(m.hubStatusProperty());
        hub.visibleProperty().bind(m.hubStatusProperty().isNotEmpty());
        hub.managedProperty().bind(hub.visibleProperty());
        HBox.setHgrow(top, Priority.ALWAYS);
        return new VBox(4, new HBox(8, top, flagged), hub);
    }

    private void fill(VBox detail, HubProposal p, Label recount, Label privacy, Label mine, Label power) {
        detail.getChildren().clear();
        if (p == null) {
            return;
        }
        Label title = new Label(org.steward.core.text.OutsideText.line(p.title()));
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        Label meta = new Label(p.type() + " · " + p.state().name().toLowerCase(Locale.ROOT) + " · " + p.votes() + " votes"
                + (p.flagged() ? " · flagged by Snapshot (code " + p.flagCode() + ")" : ""));
        detail.getChildren().addAll(title, meta, privacy, results(p), quorum(p), recount, mine, power);
        if (p.state() == org.steward.governance.domain.hub.ProposalState.ACTIVE) {
            javafx.scene.control.Button vote = new javafx.scene.control.Button("Vote…");
            vote.setId("proposal-vote");
            vote.getStyleClass().add("accent");
            vote.setOnAction(e -> onVote.accept(p));
            detail.getChildren().add(vote);
            if (p.shielded()) {
                // Said beside the button, before a dialog could open only to refuse.
                vote.setDisable(true);
                Label why = new Label("Steward cannot encrypt a vote for a private (Shutter) proposal yet: vote on snapshot.box.");
                why.setId("proposal-vote-note");
                why.setWrapText(true);
                why.getStyleClass().add("text-muted");
                detail.getChildren().add(why);
            }
        }
        if (p.body() != null) {
            detail.getChildren().add(MarkdownView.render(p.body(), openLink));
        }
    }

    /** Snapshot's quorum counts the total score; a proposal without one shows nothing. */
    private static Label quorum(HubProposal p) {
        Label l = new Label();
        l.setId("proposal-quorum");
        if (p.quorum() > 0) {
            double total = p.scores().stream().mapToDouble(Double::doubleValue).sum();
            l.setText(String.format(Locale.ROOT, "Quorum: %,.2f of %,.2f%s", total, p.quorum(), total >= p.quorum() ? " — reached" : ""));
        }
        l.setVisible(p.quorum() > 0);
        l.setManaged(p.quorum() > 0);
        return l;
    }

    private static VBox results(HubProposal p) {
        VBox box = new VBox(4);
        box.setId("proposal-results");
        double total = p.scores().stream().mapToDouble(Double::doubleValue).sum();
        for (int i = 0; i < p.choices().size(); i++) {
            double score = i < p.scores().size() ? p.scores().get(i) : 0;
            ProgressBar bar = new ProgressBar(total > 0 ? score / total : 0);
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            Label label = new Label(String.format(Locale.ROOT, "%s: %,.2f %s", org.steward.core.text.OutsideText.line(p.choices().get(i)), score,
                    p.symbol() == null ? "" : org.steward.core.text.OutsideText.line(p.symbol())));
            label.setMinWidth(240);
            box.getChildren().add(new HBox(8, label, bar));
        }
        return box;
    }

    /** When voting ends, as "in 4 days" or "3 days ago"; the date and time in the local zone and UTC on hover and copy. */
    private static TableColumn<ProposalRow, ProposalRow> ends() {
        TableColumn<ProposalRow, ProposalRow> c = new TableColumn<>("Ends");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        org.steward.core.format.Timestamps time = org.steward.core.format.Timestamps.local();
        c.setCellFactory(org.steward.ui.control.ValueCells.table(row -> {
            org.steward.core.format.Shown when = time.shown(row.proposal().end());
            return new org.steward.core.format.Shown(time.relative(row.proposal().end()), when.text() + " · " + when.exact());
        }));
        c.setComparator(Comparator.comparingLong(row -> row.proposal().end()));
        return c;
    }

    private static <T> TableColumn<ProposalRow, T> column(String title, Function<ProposalRow, T> value, Comparator<T> order, double width) {
        TableColumn<ProposalRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setComparator(order);
        c.setPrefWidth(width);
        return c;
    }
}
