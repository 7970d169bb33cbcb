package org.steward.ui.review;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import org.steward.core.abi.CallNode;
import org.steward.core.abi.tree.CallTree;
import org.steward.ui.control.AddressNames;
import org.steward.ui.control.ValueCells;

/**
 * A decoded call as a tree table, Name | Value: batch, call, named argument. Values read as a person
 * reads them, with the exact value on hover and copy; addresses the address book knows are named
 * when shown; rows that should stop a signer (a delegatecall, an unknown function, call data that
 * could not be read) are marked. Columns are as wide as what they show, so nothing is cut: a wide
 * value scrolls sideways.
 */
public final class CallTreeView extends TreeTableView<CallNode> {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    /** Rows shown before the table scrolls; a batch of a few calls fits whole. */
    private static final int VISIBLE_ROWS = 14;
    private static final double ROW_HEIGHT = 26;
    /** Lists longer than this start folded: the call around them stays readable. */
    private static final int FOLD_ABOVE = 16;
    /** Room a level of the tree takes for its indent and disclosure arrow, and a cell for its padding. */
    private static final double INDENT = 18;
    private static final double PADDING = 28;

    private final ObjectProperty<CallNode> call = new SimpleObjectProperty<>(this, "call");
    private final TreeTableColumn<CallNode, CallNode> name = new TreeTableColumn<>("Name");
    private final TreeTableColumn<CallNode, CallNode> value = new TreeTableColumn<>("Value");

    public CallTreeView(String id) {
        setId(id);
        getStyleClass().add("call-tree");
        setShowRoot(true);
        setFixedCellSize(ROW_HEIGHT);
        setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        name.setSortable(false);
        value.setSortable(false);
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        name.setCellFactory(ValueCells.treeTable(n -> org.steward.core.format.Shown.plain(n.label())));
        value.setCellFactory(ValueCells.treeTable(CallNode::value));
        getColumns().add(name);
        getColumns().add(value);
        setRowFactory(view -> new TreeTableRow<>() {
            @Override
            protected void updateItem(CallNode node, boolean empty) {
                super.updateItem(node, empty);
                pseudoClassStateChanged(WARNING, !empty && node != null && node.warning());
            }
        });
        expandedItemCountProperty().addListener((obs, before, now) -> fitHeight());
        call.addListener((obs, before, now) -> show(now));
        show(null);
    }

    /** The call to show; null hides the table. */
    public ObjectProperty<CallNode> callProperty() {
        return call;
    }

    private void show(CallNode node) {
        setVisible(node != null);
        setManaged(node != null);
        if (node == null) {
            setRoot(null);
            return;
        }
        CallNode named = node.named(AddressNames::of);
        setRoot(item(named));
        name.setPrefWidth(Math.max(120, widest(named, 0, true)));
        value.setPrefWidth(Math.max(200, widest(named, 0, false)));
        fitHeight();
    }

    private static TreeItem<CallNode> item(CallNode node) {
        TreeItem<CallNode> item = new TreeItem<>(node);
        // A call that makes calls lists them decoded below: its raw targets, values and call data lists start folded.
        boolean makesCalls = node.children().stream().anyMatch(c -> c.label().equals(CallTree.MADE_CALLS));
        for (CallNode c : node.children()) {
            TreeItem<CallNode> child = item(c);
            if (makesCalls && c.children().stream().anyMatch(g -> g.label().startsWith("["))) {
                child.setExpanded(false);
            }
            item.getChildren().add(child);
        }
        item.setExpanded(node.children().size() <= FOLD_ABOVE);
        return item;
    }

    /** The widest label (with its indent) or value in the tree, measured in the table's font. */
    private double widest(CallNode node, int depth, boolean labels) {
        Text text = new Text(labels ? node.label() : node.value().text());
        text.setFont(javafx.scene.text.Font.getDefault());
        double own = text.getLayoutBounds().getWidth() + PADDING + (labels ? INDENT * (depth + 1) : 0);
        double widest = own;
        for (CallNode c : node.children()) {
            widest = Math.max(widest, widest(c, depth + 1, labels));
        }
        return widest;
    }

    private void fitHeight() {
        int rows = Math.min(Math.max(getExpandedItemCount(), 1), VISIBLE_ROWS);
        // the header, a possible horizontal scroll bar below the rows and the borders
        double height = rows * ROW_HEIGHT + ROW_HEIGHT + 26;
        setPrefHeight(height);
        setMinHeight(Math.min(height, 5 * ROW_HEIGHT));
    }
}
