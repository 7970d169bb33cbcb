package org.steward.governance.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
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

    /** snapshot.js signs copeland under {@code choice: uint32}; ethers reads the ranking as its bytes, and so must the digest. */
    @Test
    void aCopelandRankingSignedAsUint32IsReadAsItsBytesAsEthersDoes() throws IOException {
        JsonNode fixture = SnapshotVoteTypedDataTest.resource("sign/client712-copeland-uint32.json");
        SnapshotEnvelope envelope = SnapshotEnvelope.parse(fixture.toString());

        assertThat(envelope.digest().hex()).isEqualTo(fixture.get("digest").asText());
        assertThat(envelope.recoverSigner()).isEqualTo(Address.parse(fixture.get("address").asText()));

        ObjectNode asNumber = fixture.deepCopy();
        ((ObjectNode) asNumber.at("/data/message")).put("choice", 0x03010402);
        assertThat(SnapshotEnvelope.parse(asNumber.toString()).digest()).isEqualTo(envelope.digest());

        ObjectNode fiveOptions = fixture.deepCopy();
        ((ObjectNode) fiveOptions.at("/data/message")).putArray("choice").add(1).add(2).add(3).add(4).add(5);
        assertThatThrownBy(() -> SnapshotEnvelope.parse(fiveOptions.toString()).digest()).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("out of bounds for uint32");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"address\":1}", "not json"})
    void malformedEnvelopeIsRefusedInOneSentence(String json) {
        assertThatThrownBy(() -> SnapshotEnvelope.parse(json)).isInstanceOf(UserFacingException.class)
                .hasMessageEndingWith(".");
    }
}
