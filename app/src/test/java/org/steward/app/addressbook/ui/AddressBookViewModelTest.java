package org.steward.app.addressbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.addressbook.AddressBook;
import org.steward.core.addressbook.AddressBookEntry;
import org.steward.core.addressbook.ImportReview;
import org.steward.core.eth.ChainId;
import org.steward.core.history.HistoryStore;
import org.steward.core.task.DirectTaskRunner;

class AddressBookViewModelTest {

    @Test
    void savesWarnsOfLookAlikesAndRoundTripsSafeWalletCsv(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            AddressBookViewModel m = new AddressBookViewModel(new AddressBook(store), ChainId.of(1), new DirectTaskRunner());
            m.activate();
            assertThat(m.status().get()).isEqualTo("No saved address yet.");

            m.address().set("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045");
            m.name().set("Vitalik");
            m.add();
            assertThat(m.status().get()).isEqualTo("Saved \"Vitalik\".");
            assertThat(org.steward.ui.control.AddressNames.of(org.steward.core.eth.Address.parse("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045")))
                    .as("address labels everywhere now show the name").contains("Vitalik");
            m.address().set("0xd8da" + "0".repeat(32) + "6045");
            m.name().set("Vitalik again");
            m.add();
            assertThat(m.status().get()).startsWith("Saved, but careful: ").contains("looks like \"Vitalik\"");
            m.address().set("0xnot");
            m.add();
            assertThat(m.status().get()).contains("is not an address");

            m.importCsv("address,name,chainId\n0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48,\"USDC, Circle\",1\n");
            assertThat(m.status().get()).isEqualTo("Imported 1 addresses (1 new, 0 renamed, 0 look-alike, 0 refused, 0 unchanged).");
            assertThat(m.entries()).extracting(AddressBookEntry::name).contains("USDC, Circle", "Vitalik");
            m.exportCsv();
            assertThat(m.exported().get()).startsWith("address,name,chainId\n").contains("\"USDC, Circle\"");
            m.importCsv("address,name\n");
            assertThat(m.status().get()).contains("address,name,chainId");
        }
    }

    @Test
    void anImportThatRenamesOrImitatesWaitsForConfirmationAndShowsEveryLine(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            AddressBook book = new AddressBook(store);
            AddressBookViewModel m = new AddressBookViewModel(book, ChainId.of(1), new DirectTaskRunner());
            m.activate();
            m.address().set("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045");
            m.name().set("Treasury");
            m.add();

            m.importCsv("""
                    address,name,chainId
                    0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045,Attacker,1
                    0xd8da000000000000000000000000000000006045,Payroll,1
                    0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48,"Tre‮asury",1
                    0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48,USDC,1
                    """);
            assertThat(m.importReview()).extracting(ImportReview.Item::kind)
                    .containsExactly(ImportReview.Kind.RENAME, ImportReview.Kind.LOOK_ALIKE, ImportReview.Kind.REFUSED, ImportReview.Kind.NEW);
            assertThat(m.importReview().get(2).note()).contains("U+202E (RIGHT-TO-LEFT OVERRIDE)");
            assertThat(book.entries()).as("nothing saved before confirmation").extracting(AddressBookEntry::name).containsExactly("Treasury");

            m.cancelImport();
            assertThat(m.importReview()).isEmpty();
            assertThat(book.entries()).extracting(AddressBookEntry::name).containsExactly("Treasury");

            m.importCsv("address,name,chainId\n0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045,Main treasury,1\n");
            m.confirmImport();
            assertThat(book.entries()).extracting(AddressBookEntry::name).containsExactly("Main treasury");
            assertThat(m.status().get()).contains("1 renamed");
        }
    }

    @Test
    void aNameThatCouldPassForAnAddressIsRefusedWithTheReason(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            AddressBookViewModel m = new AddressBookViewModel(new AddressBook(store), ChainId.of(1), new DirectTaskRunner());
            m.activate();
            m.address().set("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045");
            m.name().set("0xA0b8…eB48");
            m.add();
            assertThat(m.status().get()).contains("looks like an address");
            m.name().set("‮84Be…8b0A");
            m.add();
            assertThat(m.status().get()).contains("U+202E");
            assertThat(m.entries()).isEmpty();
        }
    }
}
