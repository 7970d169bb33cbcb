package org.steward.app.profiles;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Network;
import org.steward.core.net.Networks;
import org.steward.core.net.Secret;

/**
 * The profile form's text, field by field, and its reading into a {@link DaoProfile}: every field
 * that is wrong gets its own sentence, keyed by the field's name, so the form can show it in place.
 */
public record ProfileDraft(String name, String networkKey, String chainId, String rpcUrls, String explorer,
                           String snapshotSpace, String hubUrl, String safe, String token, String governor, String timelock,
                           String registry, String txService, String snapshotApiKey, String txServiceApiKey) {

    /** What reading the draft gave: a profile, or the errors by field. */
    public record Result(Optional<DaoProfile> profile, Map<String, String> errors) {
    }

    public static final String CUSTOM = "custom";

    /** The fields' names, in the order of the record and of the form. */
    public static final List<String> FIELDS = List.of("name", "networkKey", "chainId", "rpcUrls", "explorer", "snapshotSpace", "hubUrl",
            "safe", "token", "governor", "timelock", "registry", "txService", "snapshotApiKey", "txServiceApiKey");

    /** A draft from the form's texts, given in {@link #FIELDS} order. */
    public static ProfileDraft of(List<String> v) {
        if (v.size() != FIELDS.size()) {
            throw new IllegalArgumentException("a profile draft has " + FIELDS.size() + " fields, not " + v.size());
        }
        return new ProfileDraft(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8), v.get(9),
                v.get(10), v.get(11), v.get(12), v.get(13), v.get(14));
    }

    /** The texts in {@link #FIELDS} order, for the form. */
    public List<String> values() {
        return List.of(name, networkKey, chainId, rpcUrls, explorer, snapshotSpace, hubUrl, safe, token, governor, timelock, registry,
                txService, snapshotApiKey, txServiceApiKey);
    }

    /** A fresh form on a preset network with its public RPC. */
    public static ProfileDraft on(Network preset) {
        return new ProfileDraft("", preset.key(), Long.toString(preset.chainId().value()), joinUrls(preset.rpcUrls()),
                preset.explorer() == null ? "" : preset.explorer().toString(), "", "", "", "", "", "", "", "", "", "");
    }

    public static ProfileDraft of(DaoProfile p) {
        Network n = p.network();
        return new ProfileDraft(p.name(), n.key(), Long.toString(n.chainId().value()), joinUrls(n.rpcUrls()),
                n.explorer() == null ? "" : n.explorer().toString(), p.snapshotSpace().orElse(""), text(p.hubUrl()),
                address(p.safe()), address(p.token()), address(p.governor()), address(p.timelock()), address(p.registry()),
                text(p.txService()), p.snapshotApiKey().map(Secret::reveal).orElse(""), p.txServiceApiKey().map(Secret::reveal).orElse(""));
    }

    public Result read() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isBlank()) {
            errors.put("name", "Give the profile a name.");
        }
        long chain = 0;
        try {
            chain = Long.parseLong(chainId.strip());
            if (chain <= 0) {
                errors.put("chainId", "The chain id is a positive number (1 for Ethereum).");
            }
        } catch (NumberFormatException e) {
            errors.put("chainId", "The chain id is a number, such as 1 for Ethereum or 42161 for Arbitrum.");
        }
        List<URI> rpcs = new ArrayList<>();
        for (String line : rpcUrls.split("\\R")) {
            if (!line.isBlank()) {
                web(line.strip(), "rpcUrls", "Each RPC line", errors).ifPresent(rpcs::add);
            }
        }
        if (rpcs.isEmpty() && !errors.containsKey("rpcUrls")) {
            errors.put("rpcUrls", "Add at least one RPC URL; further lines are fallbacks, tried in order.");
        }
        Optional<URI> explorerUrl = optionalWeb(explorer, "explorer", "The explorer", errors);
        Optional<URI> hub = optionalWeb(hubUrl, "hubUrl", "The hub", errors);
        Optional<URI> service = optionalWeb(txService, "txService", "The Transaction Service", errors);
        if (hub.isPresent() != !snapshotSpace.isBlank()) {
            errors.put(hub.isPresent() ? "snapshotSpace" : "hubUrl", "Snapshot needs both a space (such as arbitrumfoundation.eth) and a hub URL.");
        }
        Optional<Address> safeAddress = address("safe", safe, errors);
        Optional<Address> tokenAddress = address("token", token, errors);
        Optional<Address> governorAddress = address("governor", governor, errors);
        Optional<Address> timelockAddress = address("timelock", timelock, errors);
        Optional<Address> registryAddress = address("registry", registry, errors);
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        long id = chain;
        Optional<Network> preset = Networks.byKey(networkKey).filter(p -> p.chainId().value() == id);
        boolean local = chain == Networks.DEVNET_CHAIN_ID.value();
        Network network = new Network(preset.map(Network::key).orElse(local ? "devnet" : CUSTOM),
                preset.map(Network::name).orElse(local ? "Devnet (local anvil)" : "Chain " + chain),
                ChainId.of(chain), preset.map(Network::currency).orElse("ETH"), rpcs, explorerUrl.orElse(null), local);
        return new Result(Optional.of(new DaoProfile(name.strip(), network,
                snapshotSpace.isBlank() ? Optional.empty() : Optional.of(snapshotSpace.strip()), hub,
                safeAddress, tokenAddress, governorAddress, timelockAddress, registryAddress, service,
                Secret.of(snapshotApiKey), Secret.of(txServiceApiKey))), Map.of());
    }

    private static Optional<URI> optionalWeb(String text, String field, String what, Map<String, String> errors) {
        return text.isBlank() ? Optional.empty() : web(text.strip(), field, what, errors);
    }

    private static Optional<URI> web(String text, String field, String what, Map<String, String> errors) {
        try {
            URI u = new URI(text);
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
                return Optional.of(u);
            }
        } catch (java.net.URISyntaxException e) {
            // said below, in the same words as a missing scheme
        }
        errors.putIfAbsent(field, what + " must be a web address starting with https:// (or http:// on this machine).");
        return Optional.empty();
    }

    private static Optional<Address> address(String field, String text, Map<String, String> errors) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Address.parse(text.strip()));
        } catch (IllegalArgumentException e) {
            errors.put(field, e.getMessage());
            return Optional.empty();
        }
    }

    private static String joinUrls(List<URI> urls) {
        return String.join("\n", urls.stream().map(URI::toString).toList());
    }

    private static String text(Optional<URI> u) {
        return u.map(URI::toString).orElse("");
    }

    private static String address(Optional<Address> a) {
        return a.map(Address::checksummed).orElse("");
    }
}
