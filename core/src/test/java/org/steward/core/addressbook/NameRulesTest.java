package org.steward.core.addressbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.steward.core.csv.Csv;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.text.OutsideText;

class NameRulesTest {

    @Test
    void plainNamesInAnyOneAlphabetAreAccepted() {
        assertThat(NameRules.problem("Treasury, main")).isEmpty();
        assertThat(NameRules.problem("Казна")).as("a Cyrillic name alone is no look-alike").isEmpty();
        assertThat(NameRules.problem("Ops multisig 2")).isEmpty();
        assertThat(NameRules.problem("Café ☕")).isEmpty();
    }

    @Test
    void hiddenCharactersAreRefusedNamingTheCharacter() {
        assertThat(NameRules.problem("Treasury\u202E")).hasValueSatisfying(s -> assertThat(s).contains("U+202E (RIGHT-TO-LEFT OVERRIDE)"));
        assertThat(NameRules.problem("Trea\u200Bsury")).hasValueSatisfying(s -> assertThat(s).contains("U+200B (ZERO WIDTH SPACE)"));
        assertThat(NameRules.problem("Treasury\nsecond line")).hasValueSatisfying(s -> assertThat(s).contains("U+000A"));
        assertThat(NameRules.problem("\u2066Treasury\u2069")).hasValueSatisfying(s -> assertThat(s).contains("U+2066"));
    }

    @Test
    void namesThatLookLikeAnAddressAreRefused() {
        assertThat(NameRules.problem("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045")).hasValueSatisfying(s -> assertThat(s).contains("looks like an address"));
        assertThat(NameRules.problem("0xd8dA…6045")).isPresent();
        assertThat(NameRules.problem("d8da...6045")).isPresent();
        assertThat(NameRules.problem("Ох\u0430bcd1234")).as("Cyrillic О and х spelling 0x").isPresent();
        assertThat(NameRules.problem("０ｘａｂｃｄ１２３４")).as("fullwidth").isPresent();
    }

    @Test
    void latinMixedWithCyrillicLookAlikesIsRefused() {
        assertThat(NameRules.problem("Tr\u0435asury")).hasValueSatisfying(s -> assertThat(s).contains("Cyrillic"));
        assertThat(NameRules.problem("Tre\u03b1sury")).hasValueSatisfying(s -> assertThat(s).contains("Greek"));
    }

    @Test
    void outsideTextIsShownWithItsHiddenCharactersWrittenOut() {
        assertThat(OutsideText.line("ab\u202Ecd\u001b]8;;x\u0007")).isEqualTo("ab⟨U+202E⟩cd⟨U+001B⟩]8;;x⟨U+0007⟩");
        assertThat(OutsideText.lines("one\ntwo\u0085")).isEqualTo("one\ntwo⟨U+0085⟩");
        assertThat(OutsideText.line("plain text, ünïcödé 日本")).isEqualTo("plain text, ünïcödé 日本");
    }

    @Test
    void csvExportNeutralisesFormulasAndImportRestoresThem() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(Csv.field(formula)).as(formula).matches("(?s)\"?'.*");
        }
        String csv = AddressBookCsv.write(java.util.List.of(new AddressBookEntry(ChainId.of(1),
                Address.parse("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"), "-Ops team")));
        assertThat(csv).contains(",'-Ops team,");
        assertThat(AddressBookCsv.read(csv).get(0).name()).isEqualTo("-Ops team");
    }
}
