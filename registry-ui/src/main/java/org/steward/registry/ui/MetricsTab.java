package org.steward.registry.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.steward.core.format.Timestamps;
import org.steward.registry.domain.MetricTexts;
import org.steward.registry.domain.ModelHistory;
import org.steward.registry.service.RegistryDesk;
import org.steward.ui.control.TimeAxes;

/** The Metrics over time tab: one metric at a time, its definition above the chart, recomputed from the events at each moment. */
final class MetricsTab {

    private final RegistryWorkspaceViewModel m;
    private final ComboBox<String> key = metricChooser();
    private final Label definition = new Label();
    private final NumberAxis x = TimeAxes.create(Timestamps.local());
    private final NumberAxis y = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(x, y);

    private MetricsTab(RegistryWorkspaceViewModel m) {
        this.m = m;
    }

    static Parent build(RegistryWorkspaceViewModel m) {
        return new MetricsTab(m).root();
    }

    private Parent root() {
        definition.setWrapText(true);
        y.setForceZeroInRange(false);
        chart.setId("metric-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        m.data().addListener((obs, before, now) -> {
            if (now != null) {
                key.getItems().setAll(now.metricSeries().keySet());
                if (key.getValue() == null && !key.getItems().isEmpty()) {
                    key.setValue(key.getItems().get(0));
                }
                draw();
            }
        });
        key.valueProperty().addListener((obs, before, now) -> draw());
        VBox box = new VBox(8, key, definition, chart);
        box.setPadding(new Insets(8));
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    /** The metrics by their names in words; the key stays the value. */
    private static ComboBox<String> metricChooser() {
        ComboBox<String> key = new ComboBox<>();
        key.setId("metric-key");
        key.setConverter(new StringConverter<>() {
            @Override
            public String toString(String k) {
                return k == null ? "" : MetricTexts.name(k);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("the metric is chosen, not typed");
            }
        });
        return key;
    }

    private void draw() {
        RegistryDesk.Data d = m.data().get();
        chart.getData().clear();
        if (d == null || key.getValue() == null) {
            return;
        }
        definition.setText(d.metricDefinitions().getOrDefault(key.getValue(), ""));
        y.setLabel(MetricTexts.name(key.getValue()));
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        List<ModelHistory.Point> points = d.metricSeries().getOrDefault(key.getValue(), List.of());
        for (ModelHistory.Point p : points) {
            series.getData().add(new XYChart.Data<>(p.time(), p.value()));
        }
        // The axis spans the points' own times (a day before now when there is none), never 1970.
        long from = points.stream().mapToLong(ModelHistory.Point::time).min().orElse(d.now() - 86_400);
        long to = points.stream().mapToLong(ModelHistory.Point::time).max().orElse(d.now());
        TimeAxes.fit(x, from, to);
        chart.setTitle(points.isEmpty() ? "Nothing to measure yet" : null);
        chart.getData().add(series);
    }
}
