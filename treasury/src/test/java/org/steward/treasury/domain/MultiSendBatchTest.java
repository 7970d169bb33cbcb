package org.steward.treasury.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

class MultiSendBatchTest {

    static JsonNode vectors() throws IOException {
        try (InputStream in = MultiSendBatchTest.class.getResourceAsStream("/vectors/multisend.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static List<JsonNode> batches() throws IOException {
        return StreamSupport.stream(vectors().get("batches").spliterator(), false).toList();
    }

    static List<JsonNode> malformed() throws IOException {
        return StreamSupport.stream(vectors().get("malformed").spliterator(), false).toList();
    }

    private static List<MultiSendCall> expectedCalls(JsonNode batch) {
        List<MultiSendCall> calls = new ArrayList<>();
        for (JsonNode c : batch.get("calls")) {
            calls.add(new MultiSendCall(Operation.fromCode(c.get("operation").asInt()), Address.parse(c.get("to").asText()),
                    new BigInteger(c.get("value").asText()), Hex.decode(c.get("data").asText())));
        }
        return calls;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("batches")
    void decodesPublishedBatches(JsonNode batch) {
        List<MultiSendCall> decoded = MultiSendBatch.decode(Hex.decode(batch.get("calldata").asText()));

        assertThat(decoded).as(batch.get("source").asText()).containsExactlyElementsOf(expectedCalls(batch));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("batches")
    void encodesTheSameBytesAsThePublishedBatches(JsonNode batch) {
        byte[] encoded = MultiSendBatch.encodeCallOnly(expectedCalls(batch));

        assertThat(Hex.encode(encoded)).isEqualTo(batch.get("calldata").asText().toLowerCase());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesBatchesThatCannotBeReadWhole(JsonNode bad) {
        byte[] calldata = Hex.decode(bad.get("calldata").asText());

        assertThatThrownBy(() -> MultiSendBatch.decode(calldata)).as(bad.get("why").asText()).isInstanceOf(SafeInputException.class);
    }

    @Test
    void tellsMultiSendCalldataFromOtherCalldata() throws IOException {
        assertThat(MultiSendBatch.isMultiSend(Hex.decode(batches().get(0).get("calldata").asText()))).isTrue();
        assertThat(MultiSendBatch.isMultiSend(Hex.decode(malformed().get(1).get("calldata").asText()))).isFalse();
        assertThat(MultiSendBatch.isMultiSend(new byte[] {(byte) 0x8d, (byte) 0x80})).isFalse();
    }

    @Test
    void callOnlyBatchRefusesADelegatecall() {
        MultiSendCall delegate = new MultiSendCall(Operation.DELEGATECALL, Address.parse("0x9641d764fc13c8B624c04430C7356C1C7C8102e2"),
                BigInteger.ZERO, new byte[0]);

        assertThatThrownBy(() -> MultiSendBatch.encodeCallOnly(List.of(delegate)))
                .isInstanceOf(SafeInputException.class).hasMessageContaining("delegatecall");
    }

    @Test
    void decodesABatchNestedInABatch() throws IOException {
        JsonNode inner = batches().get(1);
        MultiSendCall nested = new MultiSendCall(Operation.DELEGATECALL, Address.parse("0x9641d764fc13c8B624c04430C7356C1C7C8102e2"),
                BigInteger.ZERO, Hex.decode(inner.get("calldata").asText()));
        MultiSendCall transfer = MultiSendCall.call(Address.parse("0x1FE27A73Cd9f0b3C53b6E936D0b4F9B2f8ca3367"), BigInteger.TEN, new byte[0]);
        byte[] outer = MultiSendBatch.encode(List.of(transfer, nested));

        List<MultiSendBatch.BatchEntry> entries = MultiSendBatch.decodeNested(outer);

        assertThat(entries).extracting(MultiSendBatch.BatchEntry::path).containsExactly("1", "2", "2.1", "2.2");
        assertThat(entries.get(0).call()).isEqualTo(transfer);
        assertThat(entries.subList(2, 4)).extracting(MultiSendBatch.BatchEntry::call).containsExactlyElementsOf(expectedCalls(inner));
    }
}
