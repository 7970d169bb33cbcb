package org.steward.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;

class AddressNamesTest {

    private static final Address TREASURY = Address.parse("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
    private static final Address STRANGER = Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");

    @BeforeEach
    void names() {
        AddressNames.replace(Map.of(TREASURY, "Treasury"));
    }

    @AfterEach
    void forget() {
        AddressNames.replace(Map.of());
    }

    @Test
    void aSavedAddressIsShownByNameWithItsShortFormAndAnUnsavedOneInFull() {
        assertThat(AddressNames.display(TREASURY)).isEqualTo("Treasury (0xdbF0…C6FB)");
        assertThat(AddressNames.display(STRANGER)).isEqualTo("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        assertThat(AddressNames.brief(TREASURY)).isEqualTo("Treasury");
        assertThat(AddressNames.brief(STRANGER)).isEqualTo("0x5aAe…eAed");
    }

    @Test
    void decodedTextGetsTheNameAfterEachSavedAddressInAnyCase() {
        String decoded = "transfer(to: 0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb, amount: 5)\n"
                + "approve(spender: 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed)\ncall 0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";

        assertThat(AddressNames.annotate(decoded)).isEqualTo(
                "transfer(to: 0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb (Treasury), amount: 5)\n"
                        + "approve(spender: 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed)\ncall 0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB (Treasury)");
    }

    @Test
    void hashesAndCallDataThatContainTheAddressAreLeftAlone() {
        String hash = "0x000000000000000000000000dbf03b407c01e7cd3cbea99509d93f8dddc8c6fb";
        String data = "0xa9059cbb000000000000000000000000dbf03b407c01e7cd3cbea99509d93f8dddc8c6fb";
        String tail = "0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb00";

        assertThat(AddressNames.annotate(hash + " " + data + " " + tail)).isEqualTo(hash + " " + data + " " + tail);
    }
}
