package org.steward.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.feather.Feather;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.ui.StewardStyles;
import org.steward.ui.Theme;
import org.steward.ui.View;
import org.steward.ui.ViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shared controls under Monocle, in the real theme. */
@ExtendWith(ApplicationExtension.class)
class ControlsUiTest {

    /** EIP-55's own test vectors (ethereum/EIPs, EIPS/eip-55.md), entered in lower case. */
    private static final List<String> EIP55_VECTORS = List.of(
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb");

    private StackPane slot;
    private ErrorBanner banner;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        VBox box = new VBox();
        slot = new StackPane();
        banner = new ErrorBanner();
        for (String vector : EIP55_VECTORS) {
            AddressLabel label = new AddressLabel(Address.parse(vector.toLowerCase()));
            label.setId("addr-" + vector.substring(2, 8).toLowerCase());
            box.getChildren().add(label);
        }
        AddressNames.replace(java.util.Map.of(Address.parse("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"), "Treasury"));
        AddressLabel named = new AddressLabel(Address.parse("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"));
        named.setId("named-address");
        AddressNames.replace(java.util.Map.of());
        box.getChildren().addAll(named, banner, slot);
        Scene scene = new Scene(box, 640, 480);
        StewardStyles.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anAddressWithAnAddressBookNameShowsItBeforeTheAddress(FxRobot robot) {
        AddressLabel named = robot.lookup("#named-address").queryAs(AddressLabel.class);
        assertThat(robot.from(named).lookup(".address-name").queryAs(Label.class).getText()).isEqualTo("Treasury");
        assertThat(robot.from(named).lookup(".address-text").queryAs(Label.class).getText()).isEqualTo("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
        assertThat(robot.lookup("#addr-5aaeb6").lookup(".address-name").tryQuery()).as("no name, no name label").isEmpty();
    }

    @Test
    void addressesShowTheirEip55ChecksumAndCopyIt(FxRobot robot) {
        for (String vector : EIP55_VECTORS) {
            AddressLabel label = robot.lookup("#addr-" + vector.substring(2, 8).toLowerCase()).queryAs(AddressLabel.class);
            assertThat(robot.from(label).lookup(".address-text").queryAs(Label.class).getText()).isEqualTo(vector);
        }

        robot.clickOn(robot.lookup("#addr-fb6916").lookup(".address-copy").queryButton());
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));

        assertThat(copied).isEqualTo("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
    }

    @Test
    void theBannerShowsTheSentenceAndItsActionOnlyWhenThereIsAFailure(FxRobot robot) {
        assertThat(banner.isVisible()).isFalse();
        AtomicInteger retries = new AtomicInteger();

        robot.interact(() -> {
            banner.setAction("Retry", retries::incrementAndGet);
            banner.show(new RuntimeException(new UserFacingException("The hub refused the vote: try again in a minute.")));
        });
        robot.clickOn("Retry");

        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.from(banner).lookup(".error-banner-message").queryLabeled().getText())
                .isEqualTo("The hub refused the vote: try again in a minute.");
        assertThat(retries).hasValue(1);

        robot.interact(banner::clear);
        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void aViewActivatesItsModelWhileItIsInTheScene(FxRobot robot) {
        ViewModel model = new ViewModel() { };
        View<ViewModel> view = new View<>(model) {
            @Override
            protected Parent build() {
                return new EmptyState(Feather.INBOX, "Nothing yet", "Items will be listed here.");
            }
        };

        robot.interact(() -> slot.getChildren().setAll(view.root()));
        boolean activeInScene = model.isActive();
        robot.interact(() -> slot.getChildren().clear());

        assertThat(activeInScene).isTrue();
        assertThat(model.isActive()).isFalse();
        assertThat(((EmptyState) view.root()).body()).isEqualTo("Items will be listed here.");
    }

    @Test
    void aTableFollowsTheViewModelsSelectionToARowFarDownTheList(FxRobot robot) {
        javafx.scene.control.TableView<Integer> table = new javafx.scene.control.TableView<>();
        javafx.scene.control.TableColumn<Integer, String> number = new javafx.scene.control.TableColumn<>("n");
        number.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(String.valueOf(c.getValue())));
        table.getColumns().add(number);
        for (int i = 0; i < 10_000; i++) {
            table.getItems().add(i);
        }
        javafx.beans.property.SimpleStringProperty opened = new javafx.beans.property.SimpleStringProperty();
        TableFollow.follow(table, opened, (row, id) -> String.valueOf(row).equals(id));
        robot.interact(() -> {
            slot.getChildren().setAll(table);
            table.getSelectionModel().select(3);
        });

        robot.interact(() -> opened.set("9000"));

        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(9000);
        assertThat(robot.from(table).lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class))
                .as("the followed row is among the rows on screen")
                .anyMatch(r -> Integer.valueOf(9000).equals(r.getItem()));

        robot.interact(() -> opened.set("no such row"));
        assertThat(table.getSelectionModel().getSelectedItem()).as("an unknown id leaves the selection").isEqualTo(9000);
        robot.interact(() -> slot.getChildren().clear());
    }
}
