package org.steward.simulation.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.steward.core.net.CommandDeadline;
import org.steward.core.net.HostileServer;

/**
 * The simulation's own JSON-RPC client against servers on 127.0.0.1 that drip or stall: its limit
 * covers the whole answer (java.net.http's request timeout covers only the headers, so a dripped
 * body used to hold it without end), and a command's deadline cuts it first when it ends earlier.
 */
class JsonRpcLimitsTest {

    private static final String BLOCK = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x10\"" + " ".repeat(60) + "}";

    @Test
    void aDrippedBodyEndsAtTheCallsLimitNamingTheNode() throws Exception {
        try (HostileServer server = new HostileServer(new HostileServer.DripBody(Duration.ofMillis(300), body -> BLOCK))) {
            JsonRpc rpc = new JsonRpc(server.url("v3/SECRETKEY"), Duration.ofSeconds(1));
            assertThatThrownBy(() -> rpc.call("eth_blockNumber")).isInstanceOf(RpcException.class)
                    .hasMessageStartingWith("The RPC at http://127.0.0.1:" + server.url().getPort())
                    .hasMessageContaining("did not finish its answer within 1 s")
                    .hasMessageNotContaining("SECRETKEY");
        }
    }

    @Test
    void aCommandsDeadlineCutsACallBeforeItsOwnLimit() throws Exception {
        try (HostileServer server = new HostileServer(new HostileServer.Silent());
             CommandDeadline.Scope deadline = CommandDeadline.start(Duration.ofMillis(800))) {
            JsonRpc rpc = new JsonRpc(server.url(), Duration.ofSeconds(20), "the RPC at the test's silent server");
            assertThatThrownBy(() -> rpc.call("eth_blockNumber")).isInstanceOf(RpcException.class)
                    .hasMessage("The RPC at the test's silent server kept the command past its overall limit of 0.8 s.");
        }
    }

    @Test
    void anHonestAnswerIsRead() throws Exception {
        try (HostileServer server = new HostileServer(new HostileServer.Honest(body -> BLOCK))) {
            assertThat(JsonRpc.quantity(new JsonRpc(server.url(), Duration.ofSeconds(5)).call("eth_blockNumber"))).isEqualTo(16);
        }
    }
}
