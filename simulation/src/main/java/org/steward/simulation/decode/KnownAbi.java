package org.steward.simulation.decode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Hex;
import org.web3j.crypto.Hash;

/**
 * The events and custom errors of the contracts Steward knows (Safe, ERC-20/Votes, Governor,
 * Timelock, model registry), read from {@code known-abi.txt}, which is generated from the
 * compiled ABIs in contracts/build. Declarations are parsed by core's {@link AbiFunction}.
 */
public final class KnownAbi {

    /** One event or error: which kind of contract declares it, and its parameters. */
    public record Entry(String kind, AbiFunction declaration) {
        public String name() {
            return declaration.name();
        }
    }

    private static final KnownAbi INSTANCE = load();

    private final Map<String, List<Entry>> eventsByTopic;
    private final Map<String, List<Entry>> errorsBySelector;

    private KnownAbi(Map<String, List<Entry>> events, Map<String, List<Entry>> errors) {
        this.eventsByTopic = events;
        this.errorsBySelector = errors;
    }

    public static KnownAbi get() {
        return INSTANCE;
    }

    /** Candidates for a log's first topic (0x-prefixed lower hex); empty when unknown. */
    public List<Entry> events(String topic0) {
        return eventsByTopic.getOrDefault(topic0.toLowerCase(java.util.Locale.ROOT), List.of());
    }

    /** Candidates for a revert's 4-byte selector (0x-prefixed lower hex). */
    public List<Entry> errors(String selector) {
        return errorsBySelector.getOrDefault(selector.toLowerCase(java.util.Locale.ROOT), List.of());
    }

    public static String topic(String signature) {
        return Hex.encode(Hash.sha3(signature.getBytes(StandardCharsets.UTF_8)));
    }

    private static KnownAbi load() {
        Map<String, List<Entry>> events = new HashMap<>();
        Map<String, List<Entry>> errors = new HashMap<>();
        try (InputStream in = KnownAbi.class.getResourceAsStream("/org/steward/simulation/known-abi.txt")) {
            if (in == null) {
                throw new IllegalStateException("known-abi.txt is missing from the simulation module");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split(" ", 3);
                Entry e = new Entry(parts[1], AbiFunction.parse(parts[2]));
                String hash = topic(e.declaration().signature());
                if (parts[0].equals("event")) {
                    events.computeIfAbsent(hash, k -> new ArrayList<>()).add(e);
                } else {
                    errors.computeIfAbsent(hash.substring(0, 10), k -> new ArrayList<>()).add(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownAbi(events, errors);
    }
}
