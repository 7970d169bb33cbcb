package org.steward.core.chain.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Hex;
import org.web3j.protocol.ObjectMapperFactory;

/** eth_getLogs answers in the JSON-RPC shape nodes send, read with web3j's own mapper as the HTTP service does. */
class WireLogsTest {

    private static final String ANSWER = """
            {"jsonrpc":"2.0","id":1,"result":[{
              "address":"0x5fbdb2315678afecb367f032d93f642f64180aa3",
              "topics":["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef",
                        "0x000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"],
              "data":"0x00000000000000000000000000000000000000000000003635c9adc5dea00000",
              "blockHash":"0x5b0a1b5e8f6c4f2a7d9e3c1b0a9f8e7d6c5b4a3928170615f4e3d2c1b0a99887",
              "blockNumber":"0x1b4","blockTimestamp":"0x6553f100",
              "transactionHash":"0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b",
              "transactionIndex":"0x0","logIndex":"0xa","removed":false}]}""";

    @Test
    void keepsWhatTheIndexerStoresAndSkipsTheRest() throws Exception {
        WireLogs logs = ObjectMapperFactory.getObjectMapper().readValue(ANSWER, WireLogs.class);

        assertThat(logs.hasError()).isFalse();
        assertThat(logs.getResult()).singleElement().satisfies(l -> {
            assertThat(l.address()).isEqualTo("0x5fbdb2315678afecb367f032d93f642f64180aa3");
            assertThat(l.blockNumber()).isEqualTo(436);
            assertThat(l.logIndex()).isEqualTo(10);
            assertThat(l.txHash()).isEqualTo("0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b");
            assertThat(l.topics()).hasSize(2);
            assertThat(Hex.encode(l.topics().get(1))).endsWith("f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
            assertThat(Hex.encode(l.data())).isEqualTo("0x00000000000000000000000000000000000000000000003635c9adc5dea00000");
            assertThat(l.removed()).isFalse();
        });
    }

    @Test
    void anErrorAnswerKeepsTheNodesMessage() throws Exception {
        WireLogs logs = ObjectMapperFactory.getObjectMapper().readValue(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32005,\"message\":\"query returned more than 10000 results\"}}", WireLogs.class);

        assertThat(logs.hasError()).isTrue();
        assertThat(logs.getError().getCode()).isEqualTo(-32005);
        assertThat(logs.getError().getMessage()).contains("more than 10000 results");
    }

    @Test
    void aLogWithoutItsPositionIsRefused() {
        String broken = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[{\"address\":\"0x5fbdb2315678afecb367f032d93f642f64180aa3\",\"topics\":[],\"data\":\"0x\"}]}";
        assertThatThrownBy(() -> ObjectMapperFactory.getObjectMapper().readValue(broken, WireLogs.class))
                .isInstanceOf(JsonMappingException.class);
    }
}
