package org.steward.ui.control;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to what they show: each column as wide as its header and the widest of
 * its drawn cells, so "2500" never reads "25" and a date keeps its time. Re-measured whenever the
 * rows change; a table wider than its place scrolls sideways rather than cutting a value.
 */
public final class FitColumns {

    /** Room for the sort arrow a header shows once sorted. */
    private static final double SORT_ARROW = 16;

    private final TableView<?> table;
    private final Runnable afterLayout = this::afterLayout;
    private Object[] measured;
    private int retries;

    private FitColumns(TableView<?> table) {
        this.table = table;
    }

    /** Keeps {@code table}'s columns fitted to their content; returns the table for chaining. */
    public static <S> TableView<S> install(TableView<S> table) {
        FitColumns fit = new FitColumns(table);
        table.sceneProperty().addListener((obs, before, now) -> {
            if (before != null) {
                before.removePostLayoutPulseListener(fit.afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(fit.afterLayout);
            }
        });
        if (table.getScene() != null) {
            table.getScene().addPostLayoutPulseListener(fit.afterLayout);
        }
        return table;
    }

    /**
     * The rows as last measured: their list, count, first and last row. Compared after each layout
     * instead of followed by list listeners, so rows given through any list (sorted, filtered,
     * replaced) are measured once they are drawn.
     */
    private Object[] signature() {
        List<?> items = table.getItems();
        if (items == null || items.isEmpty()) {
            return new Object[] {items, 0, table.getVisibleLeafColumns().size()};
        }
        return new Object[] {items, items.size(), items.get(0), items.get(items.size() - 1), table.getVisibleLeafColumns().size()};
    }

    /** After a layout pass: measures the drawn cells when the rows changed; a change of width lays them out again. */
    private void afterLayout() {
        if (table.getSkin() == null || !showing(table)) {
            return; // a table in a tab not chosen has no cells yet: measured once it is shown
        }
        Object[] now = signature();
        if (Arrays.equals(now, measured)) {
            return;
        }
        Map<TableColumn<?, ?>, Double> wanted = new HashMap<>();
        boolean drawn = false;
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && !cell.isEmpty() && cell.isVisible()) {
                wanted.merge(cell.getTableColumn(), contentWidth(cell), Math::max);
                drawn = true;
            }
        }
        if (!drawn && !table.getItems().isEmpty() && retries++ < 3) {
            table.requestLayout(); // rows arrived, cells not laid out yet: the next pass has them
            return;
        }
        retries = 0;
        measured = now;
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            double content = Math.max(headerWidth(column), wanted.getOrDefault(column, 0.0));
            double width = Math.max(column.getMinWidth(), Math.min(Math.ceil(content) + 2, column.getMaxWidth()));
            if (content > 0 && Math.abs(column.getPrefWidth() - width) > 1) {
                column.setPrefWidth(width);
            }
        }
    }

    /** What the cell needs to show its text and graphic whole (its own pref width is the column's). */
    private static double contentWidth(TableCell<?, ?> cell) {
        double width = 0;
        String text = cell.getText();
        if (text != null && !text.isEmpty()) {
            Text measure = new Text(text);
            measure.setFont(cell.getFont());
            width = measure.getLayoutBounds().getWidth();
        }
        Node graphic = cell.getGraphic();
        if (graphic != null && graphic.isManaged()) {
            width += graphic.prefWidth(-1) + (width > 0 ? cell.getGraphicTextGap() : 0);
        }
        return width + cell.snappedLeftInset() + cell.snappedRightInset();
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getLayoutBounds().getWidth() > 0;
    }

    private double headerWidth(TableColumn<?, ?> column) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() == column) {
                Node label = header.lookup(".label");
                double text = label == null ? 0 : label.prefWidth(-1);
                return text + header.snappedLeftInset() + header.snappedRightInset() + SORT_ARROW;
            }
        }
        return 0;
    }
}
