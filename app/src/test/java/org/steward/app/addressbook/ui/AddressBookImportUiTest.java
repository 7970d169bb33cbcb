package org.steward.app.addressbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.addressbook.AddressBook;
import org.steward.core.addressbook.AddressBookEntry;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.history.HistoryStore;
import org.steward.ui.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An import that renames the treasury and slips in a bidi-override name: the dialog shows both before anything is saved. */
@ExtendWith(ApplicationExtension.class)
class AddressBookImportUiTest {

    private static final Address TREASURY = Address.parse("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045");

    private final FxTaskRunner runner = new FxTaskRunner();
    private HistoryStore store;
    private AddressBook book;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("steward-addressbook-ui");
        store = HistoryStore.open(dir.resolve("steward.db"));
        book = new AddressBook(store);
        book.save(new AddressBookEntry(ChainId.of(1), TREASURY, "Treasury"));
        AddressBookViewModel model = new AddressBookViewModel(book, ChainId.of(1), runner);
        AddressBookView view = new AddressBookView(model);
        // The size the shell opens at: this stage is shared with the UI tests that run after this class.
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
        model.activate();
    }

    @AfterEach
    void stop() {
        runner.close();
        store.close();
    }

    @Test
    void renamesAndHiddenCharactersAreShownForConfirmationAndCancelSavesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#address-book-csv").queryAs(TextArea.class).setText("""
                address,name,chainId
                0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045,Attacker,1
                0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48,"Tre\u202Easury",1
                """));
        robot.clickOn("#address-book-import");
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#import-review-lines").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no review dialog; status: " + robot.lookup("#address-book-status").queryLabeled().getText()
                    + "; windows: " + robot.listWindows(), e);
        }
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#import-review-lines").queryAs(ListView.class);
        assertThat(lines.getItems()).hasSize(2);
        assertThat(lines.getItems().get(0)).contains("RENAME", "\"Treasury\" to \"Attacker\"");
        assertThat(lines.getItems().get(1)).contains("refused", "U+202E").doesNotContain("\u202E");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(book.entries()).extracting(AddressBookEntry::name).containsExactly("Treasury");
    }
}
