package org.steward.treasury.domain.share;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.steward.core.eth.Hex;
import org.web3j.crypto.Hash;

/**
 * The Safe Transaction Builder's batch-file checksum (safe-react-apps, apps/tx-builder/src/lib/checksum.ts):
 * keccak-256 of its own serialization, where an object is "{" + the JSON of its sorted keys + each
 * value followed by "," + "}", and meta.name is replaced by null first. Validation drops meta.checksum.
 */
public final class BuilderChecksum {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BuilderChecksum() {
    }

    /** The checksum of {@code file} exactly as it is (addChecksum's view: meta.checksum included if present). */
    public static String of(JsonNode file) {
        ObjectNode copy = file.deepCopy();
        if (copy.get("meta") instanceof ObjectNode meta) {
            meta.putNull("name");
        }
        return Hex.encode(Hash.sha3(serialize(copy).getBytes(StandardCharsets.UTF_8)));
    }

    /** What the Transaction Builder checks on import: the checksum over the file without its checksum field. */
    public static boolean valid(JsonNode file) {
        String stated = file.path("meta").path("checksum").asText("");
        ObjectNode copy = file.deepCopy();
        if (copy.get("meta") instanceof ObjectNode meta) {
            meta.remove("checksum");
        }
        return !stated.isEmpty() && of(copy).equalsIgnoreCase(stated);
    }

    static String serialize(JsonNode node) {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(e -> items.add(serialize(e)));
            return "[" + String.join(",", items) + "]";
        }
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                keys.add(it.next());
            }
            keys.sort(null);
            StringBuilder out = new StringBuilder("{").append(json(JSON.valueToTree(keys)));
            for (String k : keys) {
                out.append(serialize(node.get(k))).append(',');
            }
            return out.append('}').toString();
        }
        return json(node);
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
