package org.steward.core.chain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RevertReasonTest {

    @Test
    void decodesTheThreeShapesOfRevertData() {
        // Error("GS013"): Safe's "execution failed" code, ABI-encoded as solc does.
        String gs013 = "0x08c379a0"
                + "0000000000000000000000000000000000000000000000000000000000000020"
                + "0000000000000000000000000000000000000000000000000000000000000005"
                + "4753303133000000000000000000000000000000000000000000000000000000";
        assertThat(RevertReason.describe(gs013)).isEqualTo("\"GS013\"");
        assertThat(RevertReason.describe("0x4e487b71" + "0000000000000000000000000000000000000000000000000000000000000011"))
                .isEqualTo("panic 0x11");
        assertThat(RevertReason.describe("0xe2517d3f" + "00".repeat(32))).startsWith("custom error 0xe2517d3f with data 0x00");
        assertThat(RevertReason.describe("0x")).isEqualTo("no reason given");
        assertThat(RevertReason.describe(null)).isEqualTo("no reason given");
    }
}
