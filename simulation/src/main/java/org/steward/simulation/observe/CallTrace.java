package org.steward.simulation.observe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.steward.core.eth.Address;

/** A callTracer tree flattened to frames in execution order; the budget bounds what a hostile trace can cost. */
public final class CallTrace {

    private static final int MAX_FRAMES = 10_000;

    /** One call frame: CALL, DELEGATECALL, STATICCALL, CREATE ...; {@code error} null when it returned. */
    public record Frame(int depth, String type, Address from, Address to, String value, String output, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final List<Frame> frames;

    private CallTrace(List<Frame> frames) {
        this.frames = List.copyOf(frames);
    }

    public static CallTrace of(JsonNode root) {
        List<Frame> out = new ArrayList<>();
        walk(root, 0, out);
        return new CallTrace(out);
    }

    private static void walk(JsonNode n, int depth, List<Frame> out) {
        if (n == null || n.isNull() || out.size() >= MAX_FRAMES) {
            return;
        }
        out.add(new Frame(depth, n.path("type").asText("CALL").toUpperCase(Locale.ROOT), address(n.get("from")), address(n.get("to")),
                n.path("value").asText("0x0"), n.path("output").asText(null), n.hasNonNull("error") ? n.get("error").asText() : null));
        for (JsonNode c : n.path("calls")) {
            walk(c, depth + 1, out);
        }
    }

    private static Address address(JsonNode n) {
        if (n == null || n.isNull() || n.asText().isEmpty()) {
            return null;
        }
        try {
            return Address.parse(n.asText());
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    public List<Frame> frames() {
        return frames;
    }

    public Frame root() {
        return frames.get(0);
    }

    /** Every address the run called, was called from, or created. */
    public Set<Address> addresses() {
        Set<Address> out = new LinkedHashSet<>();
        for (Frame f : frames) {
            if (f.from() != null) {
                out.add(f.from());
            }
            if (f.to() != null) {
                out.add(f.to());
            }
        }
        return out;
    }

    /**
     * The deepest failed call made in {@code account}'s context: the root cause of a Safe's inner
     * failure, also inside a MultiSend batch. A proxy forwarding to its singleton is not one.
     */
    public Optional<Frame> deepestFailedCallFrom(Address account) {
        return callsFrom(account).stream().filter(Frame::failed).reduce((a, b) -> b.depth() >= a.depth() ? b : a);
    }

    /** Delegatecalls made in {@code account}'s context, the proxy's forwarding to its singleton left out. */
    public List<Frame> delegatecallsFrom(Address account) {
        return callsFrom(account).stream().filter(f -> f.type().equals("DELEGATECALL")).toList();
    }

    /** Frames {@code account} made, without the proxy's forwarding (a delegatecall straight from the root call into the account). */
    private List<Frame> callsFrom(Address account) {
        boolean proxied = frames.size() > 1 && frames.get(0).to() != null && frames.get(0).to().equals(account)
                && frames.get(1).depth() == 1 && frames.get(1).type().equals("DELEGATECALL") && account.equals(frames.get(1).from());
        return frames.stream().filter(f -> account.equals(f.from()) && f.depth() > 0 && !(proxied && f == frames.get(1))).toList();
    }
}
