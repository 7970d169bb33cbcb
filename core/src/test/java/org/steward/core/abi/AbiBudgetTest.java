package org.steward.core.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attack: a {@code bytes[]} whose entries all point at one blob must not be expanded. */
class AbiBudgetTest {

    private static final AbiFunction BATCH = AbiFunction.parse(
            "function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt)");

    @Test
    void aliasedEntriesAreRefusedWithTheLimitNamed() {
        byte[] data = aliasedBatch(1000, 4096);
        assertThat(data.length).isLessThan(40_000);
        assertThatThrownBy(() -> AbiCalls.decode(BATCH, data)).isInstanceOf(AbiBudgetException.class)
                .hasMessageContaining("too large to preview").hasMessageContaining("point at the same bytes")
                .hasMessageContaining(String.valueOf(data.length - 4));
    }

    @Test
    void theListDecoderPassesTheBudgetSentenceOnInsteadOfCallingTheDataUnknown() {
        byte[] data = aliasedBatch(50, 2048);
        assertThatThrownBy(() -> AbiCalls.decode(List.of(BATCH), data)).isInstanceOf(AbiBudgetException.class);
    }

    @Test
    void anHonestBatchOfTheSameShapeStillDecodes() {
        List<String> payloads = new ArrayList<>(Collections.nCopies(40, "0x" + "ab".repeat(300)));
        String list = "[" + String.join(", ", payloads.stream().map(p -> "\"" + p + "\"").toList()) + "]";
        String targets = "[" + String.join(", ", Collections.nCopies(40, "\"0x" + "11".repeat(20) + "\"")) + "]";
        String values = "[" + String.join(", ", Collections.nCopies(40, "0")) + "]";
        byte[] data = AbiCalls.encode(BATCH, List.of(targets, values, list, "0x" + "00".repeat(32), "0x" + "01".repeat(32)));
        DecodedCall call = AbiCalls.decode(BATCH, data);
        assertThat((List<?>) call.argument("payloads").raw()).hasSize(40);
    }

    @Test
    void nestingDeeperThanTheBudgetIsRefused() {
        String type = "uint256" + "[]".repeat(AbiDecoder.MAX_DEPTH + 2);
        AbiFunction deep = AbiFunction.parse("function f(" + type + " x)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(deep.selector());
        out.writeBytes(word(32));
        // each level: length 1, then the offset of its only element (32, just past the offset word)
        for (int i = 0; i < AbiDecoder.MAX_DEPTH + 1; i++) {
            out.writeBytes(word(1));
            out.writeBytes(word(32));
        }
        out.writeBytes(word(1));
        out.writeBytes(word(7));
        assertThatThrownBy(() -> AbiCalls.decode(deep, out.toByteArray())).isInstanceOf(AbiBudgetException.class)
                .hasMessageContaining("more than " + AbiDecoder.MAX_DEPTH + " levels");
    }

    /** targets and values empty, {@code n} payload offsets all pointing at one blob of {@code blobSize} bytes. */
    static byte[] aliasedBatch(int n, int blobSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BATCH.selector());
        int headSize = 5 * 32;
        out.writeBytes(word(headSize));
        out.writeBytes(word(headSize + 32));
        out.writeBytes(word(headSize + 64));
        out.writeBytes(new byte[32]);
        out.writeBytes(new byte[32]);
        out.writeBytes(word(0));
        out.writeBytes(word(0));
        out.writeBytes(word(n));
        for (int i = 0; i < n; i++) {
            out.writeBytes(word(n * 32L));
        }
        out.writeBytes(word(blobSize));
        out.writeBytes(new byte[(blobSize + 31) / 32 * 32]);
        return out.toByteArray();
    }

    private static byte[] word(long v) {
        byte[] w = new byte[32];
        byte[] b = BigInteger.valueOf(v).toByteArray();
        System.arraycopy(b, 0, w, 32 - b.length, b.length);
        return w;
    }
}
