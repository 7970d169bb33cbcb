package org.steward.core.addressbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.history.HistoryStore;

class AddressBookTest {

    /** In Safe{Wallet}'s export format (header address,name,chainId; a quoted name holding a comma). */
    private static final String SAFE_WALLET_EXPORT = """
            address,name,chainId
            0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045,Vitalik,1
            0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48,"Treasury, main",1
            0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48,"He said ""hi\"\"",10
            """;

    @Test
    void readsAndWritesSafeWalletsCsvFormat() {
        List<AddressBookEntry> entries = AddressBookCsv.read(SAFE_WALLET_EXPORT);
        assertThat(entries).extracting(AddressBookEntry::name).containsExactly("Vitalik", "Treasury, main", "He said \"hi\"");
        assertThat(entries.get(2).chainId()).isEqualTo(ChainId.of(10));
        assertThat(AddressBookCsv.write(entries)).isEqualTo(SAFE_WALLET_EXPORT);
        assertThat(AddressBookCsv.read(AddressBookCsv.write(entries))).isEqualTo(entries);
    }

    @Test
    void namesTheLineThatCannotBeRead() {
        assertThatThrownBy(() -> AddressBookCsv.read("address,name,chainId\n0xnotanaddress,Broken,1\n")).hasMessageStartingWith("Line 2 of the address book");
        assertThatThrownBy(() -> AddressBookCsv.read("addr,label\n")).hasMessageContaining("address,name,chainId");
    }

    @Test
    void savesLabelsPerChainAndWarnsOfLookAlikes(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            AddressBook book = new AddressBook(store);
            Address real = Address.parse("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045");
            assertThat(book.save(new AddressBookEntry(ChainId.of(1), real, "Vitalik"))).isEmpty();
            Address poisoned = Address.parse("0xd8da" + "0".repeat(32) + "6045");
            assertThat(book.save(new AddressBookEntry(ChainId.of(1), poisoned, "Vitalik (new)")))
                    .hasValueSatisfying(e -> assertThat(e.getValue()).isEqualTo("Vitalik"));
            assertThat(book.labels(ChainId.of(1))).containsEntry(real, "Vitalik").hasSize(2);
            assertThat(book.labels(ChainId.of(10))).isEmpty();
            book.remove(ChainId.of(1), poisoned);
            assertThat(book.entries()).singleElement().extracting(AddressBookEntry::name).isEqualTo("Vitalik");
        }
    }
}
