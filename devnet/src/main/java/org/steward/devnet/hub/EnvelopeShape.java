package org.steward.devnet.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import org.steward.core.eth.Address;

/**
 * snapshot-sequencer's {@code envelope.json} schema: {@code {address, sig, data:{domain, types,
 * message, primaryType?}}} with nothing else at the top or in {@code data}; a domain with string
 * name and version; a message with an address {@code from} and a numeric {@code timestamp}.
 */
final class EnvelopeShape {

    private static final Pattern HEX40 = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Set<String> TOP = Set.of("address", "sig", "data");
    private static final Set<String> DATA = Set.of("domain", "types", "message", "primaryType");

    private EnvelopeShape() {
    }

    static boolean valid(JsonNode body) {
        if (body == null || !body.isObject() || !onlyKnown(body, TOP) || !isAddress(body.get("address"))
                || !body.path("sig").isTextual()) {
            return false;
        }
        JsonNode data = body.get("data");
        if (data == null || !data.isObject() || !onlyKnown(data, DATA)
                || (data.has("primaryType") && !data.get("primaryType").isTextual())) {
            return false;
        }
        JsonNode domain = data.get("domain");
        JsonNode message = data.get("message");
        JsonNode types = data.get("types");
        return domain != null && domain.isObject() && domain.path("name").isTextual() && domain.path("version").isTextual()
                && types != null && types.isObject()
                && message != null && message.isObject() && isAddress(message.get("from")) && message.path("timestamp").isNumber()
                && (!message.has("space") || message.get("space").isTextual());
    }

    private static boolean onlyKnown(JsonNode node, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!known.contains(names.next())) {
                return false;
            }
        }
        return known.stream().filter(k -> !k.equals("primaryType")).allMatch(node::has);
    }

    /** An address as ethers' isAddress takes it: 40 hex digits, and a valid checksum when mixed case. */
    private static boolean isAddress(JsonNode node) {
        if (node == null || !node.isTextual() || !HEX40.matcher(node.asText()).matches()) {
            return false;
        }
        try {
            Address.parse(node.asText());
            return true;
        } catch (IllegalArgumentException badChecksum) {
            return false;
        }
    }
}
