package org.steward.registry.ui;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.steward.core.format.Shown;
import org.steward.core.format.Timestamps;
import org.steward.registry.domain.ModelHistory;
import org.steward.ui.control.AddressNames;
import org.steward.ui.control.TimeAxes;
import org.steward.ui.control.ValueCells;

/**
 * One model: charts over time, status timeline, versions, curators, validations and the challenge
 * thread. Amounts read in the registry token's symbol; the exact amounts and moments are on hover
 * (each timeline row, the whole curators and challenges boxes).
 */
final class ModelPage extends ScrollPane {

    private final VBox box = new VBox(8);

    ModelPage() {
        setContent(box);
        setFitToWidth(true);
        setId("model-page");
        box.setPadding(new Insets(8));
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
        String unit = h.token().label();
        box.getChildren().addAll(title,
                chart("Stake (" + unit + ")", "model-stake-chart", h.stake()),
                chart("Endorsements (" + unit + ")", "model-endorsement-chart", h.endorsements()),
                chart("Validation pass rate", "model-pass-chart", h.passRate()),
                new Label("Versions"), text(Shown.plain(String.join("\n", h.versions())), "model-versions"),
                new Label("Curators"), text(curators(h), "model-curators"),
                new Label("Challenges and evidence"), text(h.challengeThread().isEmpty() ? Shown.plain("No challenge.") : lines(h.challengeThread()),
                        "model-challenges"),
                new Label("Timeline"), timeline(h));
    }

    private static LineChart<Number, Number> chart(String name, String id, List<ModelHistory.Point> points) {
        NumberAxis x = TimeAxes.create(Timestamps.local());
        long now = Instant.now().getEpochSecond();
        TimeAxes.fit(x, points.stream().mapToLong(ModelHistory.Point::time).min().orElse(now - 86_400),
                points.stream().mapToLong(ModelHistory.Point::time).max().orElse(now));
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
            series.getData().add(new XYChart.Data<>(p.time(), p.value()));
        }
        chart.getData().add(series);
        return chart;
    }

    /** Each curator by address-book name and whole address, with the amount endorsed. */
    private static Shown curators(ModelHistory h) {
        if (h.curators().isEmpty()) {
            return Shown.plain("No curator endorses this model.");
        }
        return lines(h.curators().keySet().stream().map(c -> {
            Shown amount = h.curatorAmount(c);
            String who = AddressNames.display(c);
            return new Shown(who + "  " + amount.text(), c.checksummed() + "  " + amount.exact());
        }).toList());
    }

    private static Shown lines(List<Shown> lines) {
        return new Shown(lines.stream().map(Shown::text).collect(Collectors.joining("\n")),
                lines.stream().map(Shown::exact).collect(Collectors.joining("\n")));
    }

    /** Read-only text; when the exact form differs, it is the box's tooltip. */
    private static TextArea text(Shown content, String id) {
        TextArea t = new TextArea(content.text());
        t.setId(id);
        t.setEditable(false);
        t.setWrapText(true);
        t.setPrefRowCount(Math.min(6, Math.max(2, (int) content.text().lines().count())));
        t.getStyleClass().add("mono");
        if (!content.exact().equals(content.text())) {
            t.setTooltip(new Tooltip("Exact:\n" + content.exact()));
        }
        return t;
    }

    private static ListView<Shown> timeline(ModelHistory h) {
        ListView<Shown> list = new ListView<>();
        list.setId("model-timeline");
        list.setPrefHeight(220);
        Timestamps local = Timestamps.local();
        list.setCellFactory(ValueCells.list(shown -> shown));
        list.getItems().setAll(h.timeline().stream().map(e -> e.line(local)).toList());
        return list;
    }
}
