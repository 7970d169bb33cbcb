package org.steward.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Hex;

/** The decoding of the answers; reading from a real token on anvil is tested in treasury's Safe overview. */
class TokenMetadataReaderTest {

    @Test
    void anAbiStringIsRead() {
        byte[] answer = Hex.decode("0x" + word(32) + word(3) + "535457" + "0".repeat(58));
        assertThat(TokenMetadataReader.string(answer)).isEqualTo("STW");
    }

    @Test
    void aBytes32SymbolAsOldTokensReturnIsRead() {
        assertThat(TokenMetadataReader.string(Hex.decode("0x4d4b52" + "0".repeat(58)))).isEqualTo("MKR");
    }

    @Test
    void hostileAnswersReadAsNoAnswer() {
        assertThat(TokenMetadataReader.string(Hex.decode("0x" + word(32) + word(1_000_000) + "00".repeat(32))))
                .as("a length beyond the answer and the budget").isNull();
        assertThat(TokenMetadataReader.string(Hex.decode("0x" + word(64) + word(3) + "00".repeat(32)))).as("a strange offset").isNull();
        assertThat(TokenMetadataReader.string(Hex.decode("0x" + word(32) + word(2) + "fffe" + "0".repeat(60)))).as("not UTF-8").isNull();
        assertThat(TokenMetadataReader.string(new byte[0])).as("an account without code answers nothing").isNull();
        assertThat(TokenMetadataReader.uint(new byte[31])).isNull();
        assertThat(TokenMetadataReader.uint(Hex.decode("0x" + word(18)))).isEqualTo(BigInteger.valueOf(18));
    }

    private static String word(long n) {
        return String.format("%064x", n);
    }
}
