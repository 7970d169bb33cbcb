package org.steward.core.chain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;

class CustomErrorsTest {

    @Test
    void selectorsMatchOpenZeppelinsPublishedOnes() {
        // the selectors block explorers and OpenZeppelin's docs list for these OZ 5 errors
        assertThat(CustomErrors.selector("EnforcedPause()")).isEqualTo("d93c0665");
        assertThat(CustomErrors.selector("ERC20InsufficientBalance(address,uint256,uint256)")).isEqualTo("e450d38c");
        assertThat(CustomErrors.selector("AccessControlUnauthorizedAccount(address,bytes32)")).isEqualTo("e2517d3f");
    }

    @Test
    void aKnownRevertBecomesItsSentenceAndAnUnknownOneStaysAsItWas() {
        CustomErrors errors = CustomErrors.builder().add("EnforcedPause()", "The registry is paused.").build();
        ChainException paused = new ChainException("execution reverted: custom error 0xD93C0665");
        assertThat(errors.explain(paused)).isInstanceOf(UserFacingException.class).hasMessage("The registry is paused.").hasCause(paused);
        ChainException other = new ChainException("execution reverted: custom error 0x12345678");
        assertThat(errors.explain(other)).isSameAs(other);
    }
}
