package org.steward.core.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.fuzz.Mutate;
import org.steward.core.fuzz.SeededFuzz;

/** Mutated call data for functions with static, dynamic, nested and tuple arguments: a value or an AbiException, never more. */
class AbiDecoderFuzzTest {

    private static final AbiFunction SAM = AbiFunction.parse("function sam(bytes name, bool z, uint[] data)");
    private static final AbiFunction NESTED = AbiFunction.parse("function g(uint256[][] a, string[] b)");
    private static final AbiFunction TUPLE = AbiFunction.parse("function t((address to, uint96 v, bytes d)[] calls, int8 k)");
    private static final AbiFunction BATCH = AbiFunction.parse(
            "function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt)");

    private static final List<Sample> SAMPLES = List.of(
            new Sample(SAM, AbiCalls.encode(SAM, List.of("0x64617665", "true", "[1, 2, 3]"))),
            new Sample(NESTED, AbiCalls.encode(NESTED, List.of("[[1, 2], [3]]", "[\"one\", \"two\", \"three\"]"))),
            new Sample(TUPLE, AbiCalls.encode(TUPLE, List.of("[[\"0x" + "11".repeat(20) + "\", 5, \"0xabcd\"]]", "-3"))),
            new Sample(BATCH, AbiCalls.encode(BATCH, List.of("[\"0x" + "22".repeat(20) + "\"]", "[0]", "[\"0x" + "ab".repeat(70) + "\"]",
                    "0x" + "00".repeat(32), "0x" + "01".repeat(32)))),
            new Sample(BATCH, AbiBudgetTest.aliasedBatch(3, 64)));

    private record Sample(AbiFunction f, byte[] data) {
    }

    private record Case(AbiFunction f, byte[] data) {
        @Override
        public String toString() {
            return f.signature() + " " + org.steward.core.eth.Hex.encode(data);
        }
    }

    @Test
    void mutatedCallDataDecodesOrIsRefusedByName() {
        SeededFuzz.Report report = SeededFuzz.run("AbiDecoder", SeededFuzz.cases(20_000), r -> {
            Sample s = SAMPLES.get(r.nextInt(SAMPLES.size()));
            byte[] mutated = Mutate.bytes(r, s.data());
            if (mutated.length >= 4) {
                System.arraycopy(s.f().selector(), 0, mutated, 0, 4);
            }
            return new Case(s.f(), mutated);
        }, c -> {
            String shown = AbiCalls.decode(c.f(), c.data()).render();
            // the budget: a preview is never much larger than the hex of the data it came from
            if (shown.length() > 4L * c.data().length + 1_000) {
                throw new IllegalStateException("a " + c.data().length + "-byte call rendered into " + shown.length() + " characters");
            }
        });
        assertThat(report.unexpected()).isEmpty();
    }
}
