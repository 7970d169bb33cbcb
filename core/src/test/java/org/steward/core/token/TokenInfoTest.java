package org.steward.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;

class TokenInfoTest {

    private static final Address TOKEN = Address.parse("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707");

    @Test
    void aPlainTokenKeepsWhatItSays() {
        TokenInfo t = TokenInfo.fromContract(TOKEN, "Steward", "STW", BigInteger.valueOf(18));
        assertThat(t.symbol()).contains("STW");
        assertThat(t.decimals()).contains(18);
        assertThat(t.amount(BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(5_000_000))).text()).isEqualTo("5,000,000 STW");
    }

    @Test
    void symbolsThatHideCharactersPassForAddressesOrRunLongAreRefused() {
        assertThat(TokenInfo.cleanSymbol("US\u202EDC")).as("bidi override").isEmpty();
        assertThat(TokenInfo.cleanSymbol("U\u200BSDC")).as("zero-width space").isEmpty();
        assertThat(TokenInfo.cleanSymbol("0x5FC8…5707")).as("reads as an address").isEmpty();
        assertThat(TokenInfo.cleanSymbol("USDС")).as("Latin with a Cyrillic С").isEmpty();
        assertThat(TokenInfo.cleanSymbol("VISIT-EVIL-DOT-COM-NOW")).as("too long").isEmpty();
        assertThat(TokenInfo.cleanSymbol("CLAIM AT x.io")).as("a sentence").isEmpty();
        assertThat(TokenInfo.cleanSymbol(" DAI ")).contains("DAI");
    }

    @Test
    void aRefusedSymbolNamesTheTokenByItsAddress() {
        TokenInfo t = TokenInfo.fromContract(TOKEN, "x", "0xdeadbeef", BigInteger.valueOf(6));
        assertThat(t.label()).isEqualTo(TOKEN.shortForm());
        assertThat(t.amount(BigInteger.valueOf(1_500_000)).text()).isEqualTo("1.5 " + TOKEN.shortForm());
    }

    @Test
    void decimalsBeyondWhatAUint256CanHoldAreRefusedAndTheAmountStaysInUnits() {
        assertThat(TokenInfo.cleanDecimals(BigInteger.valueOf(77))).contains(77);
        assertThat(TokenInfo.cleanDecimals(BigInteger.valueOf(78))).isEmpty();
        assertThat(TokenInfo.cleanDecimals(BigInteger.TWO.pow(255))).isEmpty();
        TokenInfo t = TokenInfo.fromContract(TOKEN, "x", "X", BigInteger.valueOf(255));
        assertThat(t.amount(BigInteger.valueOf(123)).text()).isEqualTo("123 units of X");
    }

    @Test
    void namesAreEscapedAndCut() {
        assertThat(TokenInfo.cleanName("Safe\u202Etoken")).isEqualTo("Safe⟨U+202E⟩token");
        assertThat(TokenInfo.cleanName("n".repeat(200))).hasSize(TokenInfo.MAX_NAME_LENGTH).endsWith("…");
        assertThat(TokenInfo.unknown(TOKEN).symbol()).isEqualTo(Optional.empty());
    }
}
