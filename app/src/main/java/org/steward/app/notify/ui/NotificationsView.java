package org.steward.app.notify.ui;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.steward.core.notify.NoticeBoard;
import org.steward.ui.View;

/**
 * The notifications drawer (the root) and the bell that opens it from the status bar: unread
 * notices in bold, newest first; Enter or a click leads to what a notice is about.
 */
public final class NotificationsView extends View<NotificationsViewModel> {

    private Button bell;
    private ListView<NoticeBoard.Entry> list;

    public NotificationsView(NotificationsViewModel model) {
        super(model);
    }

    @Override
    protected Parent build() {
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("notifications-close");
        close.setAccessibleText("Close notifications");
        HBox header = header(close);
        Button readAll = readAllButton();
        list = noticeList();
        VBox drawer = new VBox(8, header, readAll, problems(), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        drawer.setId("notifications");
        drawer.getStyleClass().add("notifications-drawer");
        drawer.setPadding(new Insets(12));
        drawer.setPrefWidth(340);
        drawer.setVisible(false);
        drawer.managedProperty().bind(drawer.visibleProperty());
        close.setOnAction(e -> drawer.setVisible(false));
        drawer.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                drawer.setVisible(false);
            }
        });
        bell = statusBarBell();
        return drawer;
    }

    private HBox header(Button close) {
        NotificationsViewModel m = model();
        Label title = new Label("Notifications");
        title.getStyleClass().add(Styles.TITLE_4);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("notifications-refresh");
        refresh.setAccessibleText("Check now");
        refresh.setOnAction(e -> m.poll());
        refresh.disableProperty().bind(m.polling());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(m.polling());
        return new HBox(8, title, busy, gap, refresh, close);
    }

    private Button readAllButton() {
        NotificationsViewModel m = model();
        Button readAll = new Button("Mark all read");
        readAll.setId("notifications-read-all");
        readAll.setOnAction(e -> m.markAllSeen());
        readAll.disableProperty().bind(m.unseen().isEqualTo(0));
        return readAll;
    }

    private ListView<NoticeBoard.Entry> noticeList() {
        NotificationsViewModel m = model();
        ListView<NoticeBoard.Entry> list = new ListView<>(m.entries());
        list.setId("notifications-list");
        list.setPlaceholder(new Label("Nothing needs you: new proposals, votes closing soon, Safe transactions to sign and ready timelock operations appear here."));
        ((Label) list.getPlaceholder()).setWrapText(true);
        list.setCellFactory(v -> noticeCell());
        list.setOnMouseClicked(e -> m.open(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                m.open(list.getSelectionModel().getSelectedItem());
            }
        });
        return list;
    }

    private static ListCell<NoticeBoard.Entry> noticeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(NoticeBoard.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().remove("notice-unseen");
                if (empty || entry == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label kind = new Label(entry.notice().kind().label());
                kind.getStyleClass().add(Styles.TEXT_MUTED);
                Label head = new Label(entry.notice().title());
                head.setWrapText(true);
                Label detail = new Label(entry.notice().detail());
                detail.setWrapText(true);
                if (!entry.seen()) {
                    head.getStyleClass().add(Styles.TEXT_BOLD);
                    getStyleClass().add("notice-unseen");
                }
                for (Label l : new Label[] {head, detail}) {
                    // a fixed preferred width is what lets a label in a list cell wrap instead of clipping
                    l.setPrefWidth(280);
                    l.setMinHeight(Region.USE_PREF_SIZE);
                }
                VBox box = new VBox(2, kind, head, detail);
                setGraphic(box);
                setText(null);
            }
        };
    }

    private Label problems() {
        Label problems = new Label();
        problems.setId("notifications-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("field-error");
        problems.textProperty().bind(model().problems());
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        return problems;
    }

    private Button statusBarBell() {
        NotificationsViewModel m = model();
        Button bell = new Button(null, new FontIcon(Feather.BELL));
        bell.setId("notifications-bell");
        bell.setAccessibleText("Notifications");
        bell.textProperty().bind(m.unseen().map(n -> n.intValue() == 0 ? "" : Integer.toString(n.intValue())));
        bell.getStyleClass().addAll(Styles.FLAT, "notifications-bell");
        m.unseen().addListener((obs, before, now) -> bell.pseudoClassStateChanged(PseudoClass.getPseudoClass("unseen"), now.intValue() > 0));
        bell.setOnAction(e -> toggle());
        return bell;
    }

    /** Opens the drawer with the newest notice selected (Enter opens it), or closes it. */
    public void toggle() {
        Parent drawer = root();
        drawer.setVisible(!drawer.isVisible());
        if (drawer.isVisible()) {
            list.requestFocus();
            list.getSelectionModel().selectFirst();
        }
    }

    /** The status bar's bell; its text is the number of unread notices. */
    public Button bell() {
        root();
        return bell;
    }
}
