package org.steward.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DerivationPathTest {

    @Test
    void parsesHardenedAndPlainLevelsToWireIndices() {
        DerivationPath p = DerivationPath.parse("m/44'/60'/0'/0/7");

        assertThat(p.indices()).containsExactly(0x8000002c, 0x8000003c, 0x80000000, 0, 7);
        assertThat(p.format()).isEqualTo("m/44'/60'/0'/0/7");
    }

    @Test
    void acceptsPathsWithoutTheLeadingMAndTheHSuffix() {
        assertThat(DerivationPath.parse("44h/60H/0'/0")).isEqualTo(DerivationPath.parse("m/44'/60'/0'/0"));
    }

    @Test
    void namedAccountLayoutsMatchTheWalletsThatUseThem() {
        assertThat(DerivationPath.ledgerLive(3).format()).isEqualTo("m/44'/60'/3'/0/0");
        assertThat(DerivationPath.ledgerLegacy(3).format()).isEqualTo("m/44'/60'/0'/3");
        assertThat(DerivationPath.bip44(3).format()).isEqualTo("m/44'/60'/0'/0/3");
    }

    @Test
    void rejectsMalformedPathsWithASentence() {
        assertThatThrownBy(() -> DerivationPath.parse("m/44'/x/0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("m/44'/60'/0'/0/0");
        assertThatThrownBy(() -> DerivationPath.parse("m/2147483648")).hasMessageContaining("below 2^31");
        assertThatThrownBy(() -> DerivationPath.parse("m/1/2/3/4/5/6/7/8/9/10/11")).hasMessageContaining("at most");
    }
}
