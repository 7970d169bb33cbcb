package org.steward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;

class UserMessagesTest {

    @Test
    void showsTheSentenceOfAUserFacingCause() {
        UserFacingException sentence = new UserFacingException("The RPC did not answer: check your connection.");

        assertThat(UserMessages.sentence(new ExecutionException(sentence))).isEqualTo("The RPC did not answer: check your connection.");
    }

    @Test
    void namesAnUnexpectedErrorSoItCanBeReported() {
        String shown = UserMessages.sentence(new IllegalStateException("boom", new IOException("disk")));

        assertThat(shown).startsWith("Something unexpected went wrong (java.lang.IllegalStateException: boom)")
                .endsWith("please report it with what you were doing.");
    }
}
