package org.steward.ui.abi;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steward.core.abi.AbiFunction;
import org.steward.ui.View;

/** Function picker, one validated field per argument, and the decoded preview of the call data. */
public final class CallBuilderPane extends View<CallBuilderViewModel> {

    public CallBuilderPane(CallBuilderViewModel model) {
        super(model);
    }

    @Override
    protected Parent build() {
        CallBuilderViewModel m = model();

        TextArea abiText = new TextArea();
        abiText.setId("abi-json");
        abiText.setPromptText("Paste a contract ABI (JSON array) or a build artifact");
        abiText.setPrefRowCount(4);
        abiText.getStyleClass().add("mono");
        Button load = new Button("Load ABI");
        load.setId("abi-load");
        load.setOnAction(e -> m.loadAbi(abiText.getText()));
        Label abiError = new Label();
        abiError.getStyleClass().add("field-error");
        abiError.textProperty().bind(m.abiError());
        abiError.visibleProperty().bind(m.abiError().isNotEmpty());
        abiError.managedProperty().bind(abiError.visibleProperty());
        TitledPane abiPane = new TitledPane("Another contract's ABI", new VBox(6, abiText, load, abiError));
        abiPane.setExpanded(false);

        ComboBox<AbiFunction> picker = new ComboBox<>(m.functions());
        picker.setId("abi-function");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setCellFactory(list -> new SignatureCell());
        picker.setButtonCell(new SignatureCell());
        picker.setValue(m.selected().get());
        picker.valueProperty().addListener((obs, before, now) -> m.select(now));
        m.selected().addListener((obs, before, now) -> picker.setValue(now));

        GridPane fields = new GridPane();
        fields.setId("abi-arguments");
        fields.setHgap(8);
        fields.setVgap(4);
        m.arguments().addListener((ListChangeListener<ArgumentField>) c -> {
            if (c.next() && (c.wasAdded() || c.wasRemoved()) && !c.wasUpdated()) {
                layoutFields(fields);
            }
        });
        layoutFields(fields);

        TextArea preview = new TextArea();
        preview.setId("abi-preview");
        preview.setEditable(false);
        preview.setPrefRowCount(6);
        preview.getStyleClass().add("mono");
        preview.textProperty().bind(m.preview());
        TextField data = new TextField();
        data.setId("abi-calldata");
        data.setEditable(false);
        data.getStyleClass().add("mono");
        data.textProperty().bind(m.calldataHex());

        VBox root = new VBox(8, abiPane, new Label("Function"), picker, fields,
                new Label("Decoded from the call data"), preview, new Label("Call data"), data);
        root.getStyleClass().add("call-builder");
        return root;
    }

    private void layoutFields(GridPane grid) {
        grid.getChildren().clear();
        int row = 0;
        for (ArgumentField a : model().arguments()) {
            Label name = new Label(a.param().label());
            TextField field = new TextField(a.text().get());
            field.setId("arg-" + row);
            field.setPromptText(a.hint());
            field.textProperty().bindBidirectional(a.text());
            HBox.setHgrow(field, Priority.ALWAYS);
            GridPane.setHgrow(field, Priority.ALWAYS);
            name.setLabelFor(field);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.textProperty().bind(a.error());
            error.visibleProperty().bind(a.error().isNotEmpty().and(a.text().isNotEmpty()));
            error.managedProperty().bind(error.visibleProperty());
            grid.addRow(row * 2, name, field);
            grid.add(error, 1, row * 2 + 1);
            row++;
        }
    }

    private static final class SignatureCell extends ListCell<AbiFunction> {
        @Override
        protected void updateItem(AbiFunction f, boolean empty) {
            super.updateItem(f, empty);
            setText(empty || f == null ? null : f.display() + (f.payable() ? "  payable" : ""));
        }
    }
}
