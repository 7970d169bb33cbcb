package org.steward.simulation.decode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiException;
import org.steward.core.abi.AbiParam;
import org.steward.core.abi.DecodedArgument;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.simulation.report.DecodedEvent;

/**
 * Decodes a log by its first topic against {@link KnownAbi}. Which parameters are indexed is read
 * from the log itself (the first topics-1 parameters): the Safe versions disagree on it and every
 * known event lists its indexed parameters first. A log that fits no candidate stays raw.
 */
public final class EventDecoder {

    private final KnownAbi abi;

    public EventDecoder(KnownAbi abi) {
        this.abi = abi;
    }

    /** The decoded event and the kind of contract that declares it (null kind when unknown). */
    public record Result(DecodedEvent event, String kind) {
    }

    public Result decode(Address address, List<String> topics, String data) {
        if (!topics.isEmpty()) {
            for (KnownAbi.Entry e : abi.events(topics.get(0))) {
                Map<String, String> args = tryDecode(e, topics, Hex.decode(data));
                if (args != null) {
                    return new Result(new DecodedEvent(address, e.name(), args), e.kind());
                }
            }
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            raw.put("topic" + i, topics.get(i));
        }
        raw.put("data", data);
        return new Result(new DecodedEvent(address, null, raw), null);
    }

    private static Map<String, String> tryDecode(KnownAbi.Entry e, List<String> topics, byte[] data) {
        List<AbiParam> params = e.declaration().inputs();
        int indexed = topics.size() - 1;
        if (indexed > params.size()) {
            return null;
        }
        try {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < indexed; i++) {
                AbiParam p = params.get(i);
                String value = isStatic(p) ? AbiCalls.decodeParameters(List.of(p), Hex.decode(topics.get(i + 1))).get(0).value()
                        : topics.get(i + 1) + " (hash)";
                out.put(name(p, i), value);
            }
            List<AbiParam> rest = new ArrayList<>(params.subList(indexed, params.size()));
            List<DecodedArgument> values = AbiCalls.decodeParameters(rest, data);
            for (int i = 0; i < values.size(); i++) {
                out.put(name(rest.get(i), indexed + i), values.get(i).value());
            }
            return out;
        } catch (AbiException | IllegalArgumentException | IndexOutOfBoundsException malformed) {
            return null;
        }
    }

    private static String name(AbiParam p, int i) {
        return p.name().isEmpty() ? "arg" + i : p.name();
    }

    private static boolean isStatic(AbiParam p) {
        String t = p.type();
        return !p.isArray() && !p.isTuple() && !t.equals("string") && !t.equals("bytes");
    }
}
