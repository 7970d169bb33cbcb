package org.steward.governance.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;

/** Real envelopes signed by real wallets (resources/snapshot/SOURCES.md) must recover to their voter. */
class SnapshotEnvelopeTest {

    @ParameterizedTest
    @ValueSource(strings = {"sign/sequencer-ingestor-vote.json", "sign/rocketpool-smartnode-vote-array.json"})
    void realSignatureRecoversToTheVoter(String path) throws IOException {
        JsonNode fixture = SnapshotVoteTypedDataTest.resource(path);

        Address signer = SnapshotEnvelope.parse(fixture.toString()).recoverSigner();

        assertThat(signer).isEqualTo(Address.parse(fixture.get("address").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sign/sequencer-ingestor-vote.json", "sign/rocketpool-smartnode-vote-array.json"})
    void anyChangeToTheMessageChangesTheSigner(String path) throws IOException {
        ObjectNode fixture = (ObjectNode) SnapshotVoteTypedDataTest.resource(path);
        ObjectNode message = (ObjectNode) fixture.get("data").get("message");
        message.put("timestamp", message.get("timestamp").asLong() + 1);

        Address signer = SnapshotEnvelope.parse(fixture.toString()).recoverSigner();

        assertThat(signer).isNotEqualTo(Address.parse(fixture.get("address").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"address\":1}", "not json"})
    void malformedEnvelopeIsRefusedInOneSentence(String json) {
        assertThatThrownBy(() -> SnapshotEnvelope.parse(json)).isInstanceOf(UserFacingException.class)
                .hasMessageEndingWith(".");
    }
}
