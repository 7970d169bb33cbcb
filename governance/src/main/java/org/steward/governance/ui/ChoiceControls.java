package org.steward.governance.ui;

import java.math.BigDecimal;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.steward.governance.domain.snapshot.VotingType;

/**
 * The vote dialog's controls for one voting type, each choice shown by its name: radio buttons
 * (single-choice, basic), check boxes (approval), an amount per choice with its share
 * (weighted, quadratic), an ordered list moved by dragging, Alt/Ctrl+Up/Down or the Up and Down
 * buttons (ranked-choice, copeland). They only edit the {@link ChoiceDraft}.
 */
final class ChoiceControls {

    private static final double ROW_HEIGHT = 30;

    private ChoiceControls() {
    }

    /** What the voter does with this type, in one line above the controls. */
    static String instruction(VotingType type) {
        return switch (type) {
            case SINGLE_CHOICE, BASIC -> "Pick one choice.";
            case APPROVAL -> "Tick every choice you approve of.";
            case WEIGHTED -> "Give each choice an amount: your voting power is split by their shares.";
            case QUADRATIC -> "Give each choice an amount: your voting power is split by their shares, and each choice"
                    + " is counted quadratically (many small supporters weigh more than one large one).";
            case RANKED_CHOICE, COPELAND -> "Put the choices in your order, favourite first: drag a row, or select it and"
                    + " press Alt+Up / Alt+Down (or use Move up / Move down). If the order shown is yours, press Keep this order.";
        };
    }

    static Node of(ChoiceDraft draft) {
        return switch (draft.type()) {
            case SINGLE_CHOICE, BASIC -> radios(draft);
            case APPROVAL -> ticks(draft);
            case WEIGHTED, QUADRATIC -> amounts(draft);
            case RANKED_CHOICE, COPELAND -> ranking(draft);
        };
    }

    private static Node radios(ChoiceDraft draft) {
        VBox box = new VBox(6);
        ToggleGroup group = new ToggleGroup();
        for (int i = 1; i <= draft.names().size(); i++) {
            RadioButton r = new RadioButton(draft.names().get(i - 1));
            r.setId("vote-choice-" + i);
            r.setToggleGroup(group);
            int choice = i;
            r.setOnAction(e -> draft.pick(choice));
            box.getChildren().add(r);
        }
        return box;
    }

    private static Node ticks(ChoiceDraft draft) {
        VBox box = new VBox(6);
        for (int i = 1; i <= draft.names().size(); i++) {
            CheckBox c = new CheckBox(draft.names().get(i - 1));
            c.setId("vote-choice-" + i);
            int choice = i;
            c.selectedProperty().addListener((obs, was, now) -> draft.approve(choice, now));
            box.getChildren().add(c);
        }
        return box;
    }

    private static Node amounts(ChoiceDraft draft) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        for (int i = 1; i <= draft.names().size(); i++) {
            String name = draft.names().get(i - 1);
            Spinner<BigDecimal> amount = new Spinner<>(new AmountFactory());
            amount.setId("vote-amount-" + i);
            amount.setEditable(true);
            amount.setPrefWidth(130);
            amount.getEditor().setPromptText("0");
            amount.setAccessibleText("Amount for " + name);
            int choice = i;
            // The text, not the committed value: the shares follow each key typed.
            amount.getEditor().textProperty().addListener((obs, was, now) -> draft.amount(choice, now));
            Label label = new Label(name);
            label.setLabelFor(amount);
            label.setMinWidth(Label.USE_PREF_SIZE);
            Label share = new Label();
            share.setId("vote-share-" + i);
            share.setMinWidth(60);
            share.getStyleClass().add("text-muted");
            share.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> draft.share(choice), draft.choiceProperty()));
            grid.addRow(i - 1, label, amount, share);
        }
        return grid;
    }

    private static Node ranking(ChoiceDraft draft) {
        ListView<Integer> list = new ListView<>(draft.order());
        list.setId("vote-order");
        list.setPrefHeight(draft.names().size() * ROW_HEIGHT + 6);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(v -> new PlaceCell(draft, list));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean modified = e.isAltDown() || e.isShortcutDown() || e.isControlDown();
            if (modified && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(draft, list, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        Button up = new Button("Move up");
        up.setId("vote-move-up");
        up.setOnAction(e -> move(draft, list, -1));
        Button down = new Button("Move down");
        down.setId("vote-move-down");
        down.setOnAction(e -> move(draft, list, 1));
        var selected = list.getSelectionModel().selectedIndexProperty();
        up.disableProperty().bind(selected.lessThan(1));
        down.disableProperty().bind(selected.lessThan(0).or(selected.greaterThanOrEqualTo(draft.names().size() - 1)));
        Button keep = new Button("Keep this order");
        keep.setId("vote-keep-order");
        keep.setOnAction(e -> draft.keepOrder());
        keep.disableProperty().bind(draft.choiceProperty().isNotNull());
        for (Button b : new Button[] {up, down, keep}) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        VBox buttons = new VBox(6, up, down, keep);
        HBox box = new HBox(10, list, buttons);
        box.setAlignment(Pos.TOP_LEFT);
        list.setPrefWidth(420);
        return box;
    }

    private static void move(ChoiceDraft draft, ListView<Integer> list, int by) {
        int from = list.getSelectionModel().getSelectedIndex();
        int to = from + by;
        if (from < 0 || to < 0 || to >= list.getItems().size()) {
            return;
        }
        draft.move(from, to);
        list.getSelectionModel().clearAndSelect(to);
        list.getFocusModel().focus(to);
        list.refresh();
    }

    /** A place in the order, "2nd · frank.eth", that can be dragged onto another place. */
    private static final class PlaceCell extends ListCell<Integer> {

        private final ChoiceDraft draft;

        PlaceCell(ChoiceDraft draft, ListView<Integer> list) {
            this.draft = draft;
            setOnDragDetected(e -> {
                if (isEmpty()) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(Integer.toString(getIndex()));
                board.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                int from = Integer.parseInt(e.getDragboard().getString());
                int to = isEmpty() ? list.getItems().size() - 1 : getIndex();
                draft.move(from, to);
                list.getSelectionModel().clearAndSelect(to);
                list.refresh();
                e.setDropCompleted(true);
                e.consume();
            });
        }

        @Override
        protected void updateItem(Integer choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty || choice == null ? null : draft.place(getIndex()));
        }
    }

    /** Whole steps from the arrows and Up/Down keys; any amount may be typed, and text that is not a number stays for the draft to name. */
    private static final class AmountFactory extends SpinnerValueFactory<BigDecimal> {

        AmountFactory() {
            setConverter(new StringConverter<>() {
                @Override
                public String toString(BigDecimal value) {
                    return value == null ? "" : value.toPlainString();
                }

                @Override
                public BigDecimal fromString(String text) {
                    try {
                        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
                    } catch (NumberFormatException e) {
                        return getValue();
                    }
                }
            });
        }

        @Override
        public void decrement(int steps) {
            BigDecimal now = getValue() == null ? BigDecimal.ZERO : getValue();
            setValue(now.subtract(BigDecimal.valueOf(steps)).max(BigDecimal.ZERO));
        }

        @Override
        public void increment(int steps) {
            BigDecimal now = getValue() == null ? BigDecimal.ZERO : getValue();
            setValue(now.add(BigDecimal.valueOf(steps)));
        }
    }
}
