package org.steward.governance.service.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Hex;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;

class MinedRevertTest {

    private static final String ANA = "f39fd6e51aad88f6f4ce6ab8827279cfffb92266";

    @Test
    void aKnownCustomErrorIsNamedWithItsArgumentsAndStillFindsItsSentence() {
        String data = selector("GovernorAlreadyCastVote(address)") + "000000000000000000000000" + ANA;
        String words = MinedRevert.describe(data);
        assertThat(words).startsWith("GovernorAlreadyCastVote(").containsIgnoringCase(ANA);
        RuntimeException said = GovernorErrors.explain(new ChainException("The transaction 0xabc was mined but reverted (" + words + ")"));
        assertThat(said.getMessage()).contains("already voted");
    }

    @Test
    void anErrorStringIsItsMessageAndAnUnknownErrorKeepsItsSelector() {
        String message = FunctionEncoder.encode(new Function("Error", List.of(new Utf8String("Ownable: caller is not the owner")), List.of()));
        assertThat(MinedRevert.describe(message)).isEqualTo("Ownable: caller is not the owner");
        String unknown = selector("NobodyKnowsThis(uint256)") + "00".repeat(32);
        assertThat(MinedRevert.describe(unknown)).contains(unknown.substring(0, 10));
    }

    private static String selector(String signature) {
        return Hex.encode(java.util.Arrays.copyOf(org.web3j.crypto.Hash.sha3(signature.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 4));
    }
}
