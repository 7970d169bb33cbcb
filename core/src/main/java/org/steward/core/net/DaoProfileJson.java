package org.steward.core.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;

/**
 * A profile as JSON: the form kept in {@code dao_profiles} (with keys) and the form exported to a
 * file (never with keys). Reading checks every field and names the one that is wrong.
 */
public final class DaoProfileJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DaoProfileJson() {
    }

    /** With {@code withSecrets} false the API keys are left out, whatever the profile holds. */
    public static String write(DaoProfile p, boolean withSecrets) {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", "steward-dao-profile/1");
        o.put("name", p.name());
        Network n = p.network();
        ObjectNode net = o.putObject("network");
        net.put("key", n.key());
        net.put("name", n.name());
        net.put("chainId", n.chainId().value());
        net.put("currency", n.currency());
        ArrayNode rpcs = net.putArray("rpcUrls");
        n.rpcUrls().forEach(u -> rpcs.add(withSecrets ? u.toString() : stripKey(u)));
        if (n.explorer() != null) {
            net.put("explorer", n.explorer().toString());
        }
        net.put("local", n.local());
        p.snapshotSpace().ifPresent(v -> o.put("snapshotSpace", v));
        p.hubUrl().ifPresent(v -> o.put("hubUrl", v.toString()));
        p.safe().ifPresent(v -> o.put("safe", v.checksummed()));
        p.token().ifPresent(v -> o.put("token", v.checksummed()));
        p.governor().ifPresent(v -> o.put("governor", v.checksummed()));
        p.timelock().ifPresent(v -> o.put("timelock", v.checksummed()));
        p.registry().ifPresent(v -> o.put("registry", v.checksummed()));
        p.txService().ifPresent(v -> o.put("txService", v.toString()));
        if (withSecrets) {
            p.snapshotApiKey().ifPresent(v -> o.put("snapshotApiKey", v.reveal()));
            p.txServiceApiKey().ifPresent(v -> o.put("txServiceApiKey", v.reveal()));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    public static DaoProfile read(String text) {
        JsonNode o;
        try {
            o = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UserFacingException("This is not a Steward profile file (not JSON: " + e.getOriginalMessage() + ").", e);
        }
        if (o == null || !o.isObject() || !"steward-dao-profile/1".equals(o.path("format").asText())) {
            throw new UserFacingException("This is not a Steward profile file: it lacks \"format\": \"steward-dao-profile/1\".");
        }
        JsonNode net = o.path("network");
        List<URI> rpcs = new ArrayList<>();
        net.path("rpcUrls").forEach(u -> rpcs.add(uri("network.rpcUrls", u.asText())));
        if (rpcs.isEmpty()) {
            throw new UserFacingException("The profile names no RPC URL (network.rpcUrls): add at least one.");
        }
        if (!net.path("chainId").canConvertToLong() || net.path("chainId").asLong() <= 0) {
            throw new UserFacingException("The profile's network.chainId is missing or not a positive number.");
        }
        Network network = new Network(text(net, "key").orElse("custom"), text(net, "name").orElse("Custom network"),
                ChainId.of(net.path("chainId").asLong()), text(net, "currency").orElse("ETH"), rpcs,
                text(net, "explorer").map(v -> uri("network.explorer", v)).orElse(null), net.path("local").asBoolean(false));
        String name = text(o, "name").orElseThrow(() -> new UserFacingException("The profile has no name."));
        return new DaoProfile(name, network, text(o, "snapshotSpace"), text(o, "hubUrl").map(v -> uri("hubUrl", v)),
                address(o, "safe"), address(o, "token"), address(o, "governor"), address(o, "timelock"), address(o, "registry"),
                text(o, "txService").map(v -> uri("txService", v)),
                text(o, "snapshotApiKey").flatMap(Secret::of), text(o, "txServiceApiKey").flatMap(Secret::of));
    }

    /** An exported RPC URL keeps its host but loses a path or query that may hold the provider's key. */
    private static String stripKey(URI u) {
        String shown = Redact.url(u);
        return shown.endsWith("/…") ? shown.substring(0, shown.length() - 2) : shown;
    }

    private static Optional<String> text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText().strip());
    }

    private static Optional<Address> address(JsonNode o, String field) {
        return text(o, field).map(v -> {
            try {
                return Address.parse(v);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("The profile's " + field + " is not a valid address: " + e.getMessage(), e);
            }
        });
    }

    private static URI uri(String field, String v) {
        try {
            URI u = new URI(v);
            if (u.getScheme() == null || u.getHost() == null) {
                throw new java.net.URISyntaxException(v, "needs http(s)://host");
            }
            return u;
        } catch (java.net.URISyntaxException e) {
            throw new UserFacingException("The profile's " + field + " is not a web address (" + e.getReason() + ").", e);
        }
    }
}
