package org.steward.registry.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.steward.core.eth.Address;
import org.steward.registry.domain.ModelHistory;

/** One model: charts over time, status timeline, versions, curators, validations and the challenge thread. */
final class ModelPage extends ScrollPane {

    private final VBox box = new VBox(8);

    ModelPage() {
        setContent(box);
        setFitToWidth(true);
        setId("model-page");
        box.setPadding(new javafx.geometry.Insets(8));
        Label hint = new Label("Select a model in the table to see its history.");
        hint.setWrapText(true);
        box.getChildren().add(hint);
    }

    void show(ModelHistory h) {
        box.getChildren().clear();
        if (h == null) {
            return;
        }
        Label title = new Label("Model " + h.modelId());
        title.getStyleClass().add("title-3");
        box.getChildren().addAll(title,
                chart("Stake (STW)", "model-stake-chart", h.stake(), 1e18),
                chart("Endorsements (STW)", "model-endorsement-chart", h.endorsements(), 1e18),
                chart("Validation pass rate", "model-pass-chart", h.passRate(), 1),
                new Label("Versions"), text(String.join("\n", h.versions()), "model-versions"),
                new Label("Curators"), text(curators(h.curators()), "model-curators"),
                new Label("Challenges and evidence"), text(h.challengeThread().isEmpty() ? "No challenge." : String.join("\n", h.challengeThread()),
                        "model-challenges"),
                new Label("Timeline"), timeline(h));
    }

    private static LineChart<Number, Number> chart(String name, String id, List<ModelHistory.Point> points, double scale) {
        NumberAxis x = org.steward.ui.control.TimeAxes.create(org.steward.core.format.Timestamps.local());
        org.steward.ui.control.TimeAxes.fit(x, points.stream().mapToLong(ModelHistory.Point::time).min().orElse(java.time.Instant.now().getEpochSecond() - 86_400),
                points.stream().mapToLong(ModelHistory.Point::time).max().orElse(java.time.Instant.now().getEpochSecond()));
        NumberAxis y = new NumberAxis();
        y.setLabel(name);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(points.size() < 50);
        chart.setAnimated(false);
        chart.setPrefHeight(180);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (ModelHistory.Point p : points) {
            series.getData().add(new XYChart.Data<>(p.time(), p.value() / scale));
        }
        chart.getData().add(series);
        return chart;
    }

    private static String curators(Map<Address, java.math.BigInteger> curators) {
        return curators.isEmpty() ? "No curator endorses this model."
                : curators.entrySet().stream().map(e -> org.steward.ui.control.AddressNames.display(e.getKey()) + "  " + org.steward.core.format.Amounts.text(e.getValue(), 18, "STW"))
                        .collect(Collectors.joining("\n"));
    }

    private static TextArea text(String content, String id) {
        TextArea t = new TextArea(content);
        t.setId(id);
        t.setEditable(false);
        t.setWrapText(true);
        t.setPrefRowCount(Math.min(6, Math.max(2, (int) content.lines().count())));
        t.getStyleClass().add("mono");
        return t;
    }

    private static ListView<String> timeline(ModelHistory h) {
        ListView<String> list = new ListView<>();
        list.setId("model-timeline");
        list.setPrefHeight(220);
        list.getItems().setAll(h.timeline().stream().map(e -> org.steward.core.format.Timestamps.local().text(e.time()) + "  " + e.text()).toList());
        return list;
    }
}
