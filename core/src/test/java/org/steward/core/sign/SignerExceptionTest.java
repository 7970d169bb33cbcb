package org.steward.core.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;

class SignerExceptionTest {

    @Test
    void everyReasonHasItsOwnSentenceThatSaysWhatToDo() {
        assertThat(Arrays.stream(SignerException.Reason.values()).map(SignerException.Reason::sentence).distinct())
                .hasSize(SignerException.Reason.values().length);
        for (SignerException.Reason r : SignerException.Reason.values()) {
            SignerException e = new SignerException(r);
            assertThat(e).isInstanceOf(UserFacingException.class);
            assertThat(e.getMessage()).endsWith(".").doesNotContain("\n");
            assertThat(e.retryable()).isTrue();
        }
    }

    @Test
    void theLinuxPermissionErrorPointsAtTheUdevRules() {
        assertThat(new SignerException(SignerException.Reason.NO_PERMISSION).getMessage()).contains("60-steward-hw.rules");
    }
}
