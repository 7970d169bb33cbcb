package org.steward.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Columns as wide as their widest drawn value and their header, refitted when the rows change. */
@ExtendWith(ApplicationExtension.class)
class FitColumnsUiTest {

    private final ObservableList<String> rows = FXCollections.observableArrayList();
    private TableView<String> table;
    private TableColumn<String, String> value;
    private TableColumn<String, String> header;

    @Start
    void start(Stage stage) {
        table = FitColumns.install(new TableView<>(rows));
        value = new TableColumn<>("Votes");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        value.setPrefWidth(20);
        header = new TableColumn<>("A header much longer than its values");
        header.setCellValueFactory(c -> new ReadOnlyStringWrapper("x"));
        header.setPrefWidth(20);
        table.getColumns().addAll(List.of(value, header));
        stage.setScene(new Scene(new StackPane(table), 900, 400));
        stage.show();
    }

    @Test
    void aColumnGrowsToItsWidestValueAndItsHeader(FxRobot robot) {
        String wide = "2,500 votes · 1,528,891.66 STW";
        robot.interact(() -> rows.setAll("1", wide));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(value.getWidth()).as("the widest value is whole").isGreaterThan(width(wide));
        assertThat(header.getWidth()).as("the header is whole").isGreaterThan(width(header.getText()));

        robot.interact(() -> rows.setAll("7"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(value.getWidth()).as("narrower again when the wide row is gone").isLessThan(width(wide));
    }

    @Test
    void rowsGivenLaterThroughASortedListAreMeasuredToo(FxRobot robot) {
        ObservableList<String> source = FXCollections.observableArrayList();
        TableView<String> later = FitColumns.install(new TableView<>());
        TableColumn<String, String> c = new TableColumn<>("Type");
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()));
        later.getColumns().add(c);
        javafx.collections.transformation.SortedList<String> sorted = new javafx.collections.transformation.SortedList<>(
                new javafx.collections.transformation.FilteredList<>(source));
        sorted.comparatorProperty().bind(later.comparatorProperty());
        later.setItems(sorted);
        robot.interact(() -> table.getScene().setRoot(new StackPane(new javafx.scene.control.TabPane(new javafx.scene.control.Tab("t",
                new javafx.scene.control.SplitPane(later, new StackPane()))))));
        WaitForAsyncUtils.waitForFxEvents();
        String wide = "ranked-choice and a little more";
        robot.interact(() -> source.setAll("basic", wide));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.getWidth()).isGreaterThan(new Text(wide).getLayoutBounds().getWidth());
    }

    private double width(String text) {
        Text t = new Text(text);
        t.setFont(table.lookup(".table-cell").getStyleClass().isEmpty() ? t.getFont() : ((javafx.scene.control.Labeled) table.lookup(".table-cell")).getFont());
        return t.getLayoutBounds().getWidth();
    }
}
