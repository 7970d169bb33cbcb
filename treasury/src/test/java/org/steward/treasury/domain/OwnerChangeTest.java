package org.steward.treasury.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

class OwnerChangeTest {

    private static final Address A = Address.parse("0x000000000000000000000000000000000000000a");
    private static final Address B = Address.parse("0x000000000000000000000000000000000000000b");
    private static final Address C = Address.parse("0x000000000000000000000000000000000000000c");
    private static final Address D = Address.parse("0x000000000000000000000000000000000000000d");
    private static final List<Address> OWNERS = List.of(A, B, C);

    private static String word(String hexTail) {
        return "0".repeat(64 - hexTail.length()) + hexTail;
    }

    /** Selectors as in the Safe ABI of @safe-global/safe-smart-account 1.5.0 and safe-contracts 1.4.1 (the same in both). */
    @Test
    void removeNamesThePreviousOwnerOrTheSentinelForTheFirst() {
        assertThat(Hex.encode(OwnerChange.remove(OWNERS, B, 2))).isEqualTo("0xf8dc5dd9" + word("a") + word("b") + word("2"));
        assertThat(Hex.encode(OwnerChange.remove(OWNERS, A, 1))).isEqualTo("0xf8dc5dd9" + word("1") + word("a") + word("1"));
    }

    @Test
    void swapAndChangeThresholdEncodeTheSafesCalls() {
        assertThat(Hex.encode(OwnerChange.swap(OWNERS, C, D))).isEqualTo("0xe318b52b" + word("b") + word("c") + word("d"));
        assertThat(Hex.encode(OwnerChange.changeThreshold(OWNERS, 3))).isEqualTo("0x694e80c3" + word("3"));
    }

    @Test
    void impossibleChangesAreRefusedBeforeAnyoneSigns() {
        assertThatThrownBy(() -> OwnerChange.remove(OWNERS, D, 1)).hasMessageContaining("is not an owner of this Safe");
        assertThatThrownBy(() -> OwnerChange.remove(OWNERS, A, 3)).hasMessageContaining("a threshold of 3 is impossible with 2 owners");
        assertThatThrownBy(() -> OwnerChange.swap(OWNERS, A, B)).hasMessageContaining("is already an owner");
        assertThatThrownBy(() -> OwnerChange.add(OWNERS, C, 2)).hasMessageContaining("is already an owner");
        assertThatThrownBy(() -> OwnerChange.add(OWNERS, D, 0)).hasMessageContaining("choose between 1 and 4");
        assertThatThrownBy(() -> OwnerChange.changeThreshold(OWNERS, 4)).hasMessageContaining("choose between 1 and 3");
    }
}
