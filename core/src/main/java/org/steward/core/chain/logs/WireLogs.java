package org.steward.core.chain.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.eth.Hex;
import org.web3j.protocol.core.Response;

/**
 * The answer to eth_getLogs read straight off the wire: a streaming pass that keeps only what the
 * indexer stores, instead of web3j's Log objects (a BigInteger and a String per field), which cost
 * more than the rest of indexing together.
 */
final class WireLogs extends Response<List<WireLogs.WireLog>> {

    /** One log as the node sent it; the block's time is added later, from the block itself. */
    record WireLog(String address, long blockNumber, String blockHash, int logIndex, String txHash, List<byte[]> topics, byte[] data,
            boolean removed) {
    }

    @Override
    @JsonDeserialize(using = Reader.class)
    public void setResult(List<WireLog> result) {
        super.setResult(result);
    }

    static final class Reader extends JsonDeserializer<List<WireLog>> {

        @Override
        public List<WireLog> deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw context.wrongTokenException(p, List.class, JsonToken.START_ARRAY, "eth_getLogs answers an array of logs");
            }
            List<WireLog> out = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                out.add(log(p, context));
            }
            return out;
        }

        private static WireLog log(JsonParser p, DeserializationContext context) throws IOException {
            String address = null;
            String blockHash = null;
            String txHash = null;
            long block = -1;
            int logIndex = -1;
            List<byte[]> topics = new ArrayList<>(4);
            byte[] data = new byte[0];
            boolean removed = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "address" -> address = p.getText();
                    case "blockHash" -> blockHash = p.getText();
                    case "transactionHash" -> txHash = p.getText();
                    case "blockNumber" -> block = Long.decode(p.getText());
                    case "logIndex" -> logIndex = Integer.decode(p.getText());
                    case "data" -> data = Hex.decode(p.getText());
                    case "removed" -> removed = value == JsonToken.VALUE_TRUE;
                    case "topics" -> {
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            topics.add(Hex.decode(p.getText()));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (address == null || blockHash == null || txHash == null || block < 0 || logIndex < 0) {
                throw context.weirdStringException("log", WireLog.class, "a log without its address, block, index or transaction");
            }
            return new WireLog(address, block, blockHash, logIndex, txHash, topics, data, removed);
        }
    }
}
