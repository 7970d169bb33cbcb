package org.steward.core.addressbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.fuzz.Mutate;
import org.steward.core.fuzz.SeededFuzz;

/** Address-book files from anywhere: every line an entry or a refusal sentence, never an exception; what is read is never a hidden or address-like name. */
class AddressBookCsvFuzzTest {

    private static final String SAMPLE = """
            address,name,chainId
            0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045,Vitalik,1
            0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48,"Treasury, main",1
            0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48,"He said ""hi\"\"",10
            """;

    @Test
    void mutatedFilesReadAsEntriesOrNamedRefusals() {
        SeededFuzz.Report r = SeededFuzz.run("address-book CSV", SeededFuzz.cases(20_000),
                rnd -> Mutate.text(rnd, SAMPLE, ",\"\n\r0xXa=+-@\t\u202E\u200B\u0430 1"), text -> {
                    List<AddressBookCsv.Line> lines = AddressBookCsv.lines(text);
                    for (AddressBookCsv.Line l : lines) {
                        if (l.readable() && NameRules.problem(l.entry().name()).isPresent()) {
                            throw new IllegalStateException("line " + l.number() + " was read with a refused name: " + l.entry().name());
                        }
                        if (!l.readable() && (l.problem() == null || l.problem().contains("\n"))) {
                            throw new IllegalStateException("line " + l.number() + " refused without one sentence");
                        }
                    }
                    ImportReview.of(lines, List.of());
                });
        assertThat(r.unexpected()).isEmpty();
    }
}
