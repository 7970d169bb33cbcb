package org.steward.registry.ui;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steward.core.format.Shown;
import org.steward.registry.domain.Metric;
import org.steward.registry.domain.MetricTexts;
import org.steward.ui.View;
import org.steward.ui.control.FilterBar;
import org.steward.ui.control.ListNotice;
import org.steward.ui.control.ValueCells;
import org.steward.ui.control.ValueLabel;

/**
 * The registry table (virtualized by TableView: only visible rows have cells), a filter field,
 * the indexing status with its progress, and the metrics with their definitions.
 */
public final class RegistryView extends View<RegistryViewModel> {

    private final javafx.beans.property.ReadOnlyObjectWrapper<ModelRow> selected = new javafx.beans.property.ReadOnlyObjectWrapper<>();

    public RegistryView(RegistryViewModel model) {
        super(model);
    }

    /** The row selected in the table, for a model page beside it. */
    public javafx.beans.property.ReadOnlyObjectProperty<ModelRow> selectedRow() {
        return selected.getReadOnlyProperty();
    }

    @Override
    protected Parent build() {
        // the metrics lie under the table, full width: beside it they took the columns' room and were a narrow strip
        SplitPane split = new SplitPane(modelsTable(), metricsPane());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        BorderPane page = new BorderPane(split, new VBox(4, filterBar(), new ListNotice("registry-notice", model().noticeProperty())), null, null, null);
        page.setId("registry");
        page.getStyleClass().add("screen");
        return page;
    }

    /** The filter, Refresh with the indexing progress, and the indexing status. */
    private FilterBar filterBar() {
        RegistryViewModel m = model();
        Button refresh = new Button("Refresh");
        refresh.setId("registry-refresh");
        refresh.disableProperty().bind(m.busyProperty());
        refresh.setOnAction(e -> m.refresh());
        ProgressBar progress = new ProgressBar();
        progress.setId("registry-progress");
        progress.progressProperty().bind(m.progressProperty());
        progress.visibleProperty().bind(m.busyProperty());
        return new FilterBar("registry", "Filter: id, name, provider, status", m.filterProperty(), m.statusProperty(), refresh, progress);
    }

    /** Every model, one row each; amounts read in the token, exact on hover, sorted by the numbers beneath. */
    private TableView<ModelRow> modelsTable() {
        RegistryViewModel m = model();
        TableView<ModelRow> table = new TableView<>();
        org.steward.ui.control.FitColumns.install(table);
        table.setId("registry-table");
        selected.bind(table.getSelectionModel().selectedItemProperty());
        table.setPlaceholder(new Label("No model is listed in this registry yet."));
        table.getColumns().addAll(
                column("ID", ModelRow::id, Comparator.naturalOrder(), 50),
                column("Model", ModelRow::title, String.CASE_INSENSITIVE_ORDER, 200),
                column("Provider", ModelRow::provider, String.CASE_INSENSITIVE_ORDER, 110),
                column("Status", ModelRow::status, Comparator.naturalOrder(), 90),
                sortedBy("Stake", ModelRow::stakeText, ModelRow::stake, 90),
                sortedBy("Unbonding", ModelRow::unbondingText, r -> r.model().unbonding(), 90),
                sortedBy("Endorsed (curators)", ModelRow::endorsementsText, r -> r.model().endorsedTokens(), 130),
                sortedBy("Verifiable", r -> Shown.plain(r.verifiabilityText()), ModelRow::verifiability, 80),
                sortedBy("Rewards", ModelRow::rewardsText, r -> r.model().rewards(), 80),
                sortedBy("Yield / pass", ModelRow::yieldText, r -> r.model().alignmentYield().orElse(-1), 90),
                column("Slashes", ModelRow::slashes, Comparator.naturalOrder(), 60),
                column("Open challenge", ModelRow::challengeText, Comparator.naturalOrder(), 170),
                sortedBy("Age", r -> Shown.plain(r.ageText()), ModelRow::ageSeconds, 90),
                column("Weights", ModelRow::weightsText, Comparator.naturalOrder(), 100),
                column("Last validation", ModelRow::lastValidationText, Comparator.naturalOrder(), 110));
        table.getColumns().get(3).setId("registry-status-column");
        SortedList<ModelRow> sorted = new SortedList<>(m.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        return table;
    }

    /** The metrics by name, value and one-line definition; the whole definition on hover. */
    private VBox metricsPane() {
        ListView<Metric> metrics = new ListView<>(model().metrics());
        metrics.setId("registry-metrics");
        metrics.setCellFactory(list -> new MetricCell());
        Label metricsTitle = new Label("Metrics, computed from events alone (hover for the whole definition)");
        metricsTitle.getStyleClass().add("title-4");
        metricsTitle.setWrapText(true);
        metricsTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox metricsPane = new VBox(4, metricsTitle, metrics);
        metricsPane.setMinHeight(140);
        metricsPane.setPadding(new Insets(8));
        VBox.setVgrow(metrics, Priority.ALWAYS);
        return metricsPane;
    }

    private static <T> TableColumn<ModelRow, T> column(String title, Function<ModelRow, T> value, Comparator<T> order, double width) {
        TableColumn<ModelRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setComparator(order);
        c.setPrefWidth(width);
        return c;
    }

    /** A column that shows a value as read (exact on hover, copy on right-click) but sorts by the underlying number. */
    private static <K extends Comparable<K>> TableColumn<ModelRow, ModelRow> sortedBy(String title, Function<ModelRow, Shown> shown,
            Function<ModelRow, K> key, double width) {
        TableColumn<ModelRow, ModelRow> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setComparator(Comparator.comparing(key));
        c.setCellFactory(ValueCells.table(shown));
        c.setPrefWidth(width);
        return c;
    }

    /** A metric by its name in words, its value in its unit, and the definition's first sentence; the whole definition on hover. */
    private final class MetricCell extends ListCell<Metric> {
        @Override
        protected void updateItem(Metric metric, boolean empty) {
            super.updateItem(metric, empty);
            if (empty || metric == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            Shown value = MetricTexts.value(metric, model().token());
            Label name = new Label(MetricTexts.name(metric.key()));
            name.getStyleClass().add("metric-name");
            ValueLabel number = new ValueLabel(value);
            number.getStyleClass().add("metric-value");
            Label caption = new Label(MetricTexts.oneLine(metric.definition()));
            caption.getStyleClass().addAll("text-muted", "text-small");
            caption.setWrapText(true);
            VBox box = new VBox(2, new javafx.scene.layout.HBox(8, name, number), caption);
            setText(null);
            setGraphic(box);
            setTooltip(new Tooltip(metric.definition() + "\n\nExact: " + value.exact()));
        }
    }
}
