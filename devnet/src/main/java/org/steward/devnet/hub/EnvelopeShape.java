package org.steward.devnet.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import org.steward.core.eth.Address;

/**
 * snapshot-sequencer's {@code src/helpers/envelope.json} as of commit 5cb3d25 (2026-04-23),
 * validated with snapshot.js 0.14.20's ajv formats: {@code {address, sig, data:{domain, types,
 * message, primaryType?}}} with nothing else at the top or in {@code data}; {@code sig} a string
 * or an array; a domain with string name and version; a message with a numeric
 * {@code timestamp}, a {@code from} and a {@code space} without a space character (pattern
 * {@code ^[^ ]+$}, since bfc09ec).
 *
 * <p>{@code address} and {@code from} take snapshot.js's {@code address} format, which is
 * {@code value === getAddress(value)}: an EVM address only in its EIP-55 form, so an all-lower-case
 * one is refused; or its {@code starknetAddress} format, 64 hex digits below 2^251.
 */
final class EnvelopeShape {

    private static final Pattern HEX40 = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern HEX_FELT = Pattern.compile("0x[0-9a-fA-F]{64}");
    private static final BigInteger STARKNET_ADDRESS_BOUND = BigInteger.TWO.pow(251);
    private static final Set<String> TOP = Set.of("address", "sig", "data");
    private static final Set<String> DATA = Set.of("domain", "types", "message", "primaryType");

    private EnvelopeShape() {
    }

    static boolean valid(JsonNode body) {
        if (body == null || !body.isObject() || !onlyKnown(body, TOP) || !isAddress(body.get("address"))
                || !(body.get("sig").isTextual() || body.get("sig").isArray())) {
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
                && (!message.has("space") || (message.get("space").isTextual() && !message.get("space").asText().isEmpty()
                        && message.get("space").asText().indexOf(' ') < 0));
    }

    /** An EVM address in the envelope: only those are verified by this hub; a Starknet one passes the shape only. */
    static boolean isEvm(String address) {
        return HEX40.matcher(address).matches();
    }

    private static boolean onlyKnown(JsonNode node, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!known.contains(names.next())) {
                return false;
            }
        }
        return known.stream().filter(k -> !k.equals("primaryType")).allMatch(node::has);
    }

    private static boolean isAddress(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return false;
        }
        String text = node.asText();
        if (HEX_FELT.matcher(text).matches()) {
            return new BigInteger(text.substring(2), 16).compareTo(STARKNET_ADDRESS_BOUND) < 0;
        }
        if (!HEX40.matcher(text).matches()) {
            return false;
        }
        try {
            return Address.parse(text).checksummed().equals(text);
        } catch (IllegalArgumentException badChecksum) {
            return false;
        }
    }
}
