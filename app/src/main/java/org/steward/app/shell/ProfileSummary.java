package org.steward.app.shell;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.steward.core.eth.Address;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Network;

/** The active profile as label/value lines for Settings; parts the profile lacks say "not set". */
public final class ProfileSummary {

    public static final String NOT_SET = "not set";

    /** One line: either text or an address (shown checksummed, with a copy button). */
    public record Line(String id, String label, String text, Optional<Address> address) {
    }

    private ProfileSummary() {
    }

    public static List<Line> of(DaoProfile profile) {
        Network n = profile.network();
        List<Line> lines = new ArrayList<>();
        lines.add(text("profile-name", "Profile", profile.name()));
        lines.add(text("profile-network", "Network", n.name()));
        lines.add(text("profile-chain-id", "Chain id", Long.toString(n.chainId().value())));
        lines.add(text("profile-rpc", n.rpcUrls().size() == 1 ? "RPC URL" : "RPC URLs (in fallback order)",
                n.rpcUrls().stream().map(URI::toString).collect(Collectors.joining("\n"))));
        lines.add(text("profile-explorer", "Block explorer", n.explorer() == null ? NOT_SET : n.explorer().toString()));
        lines.add(text("profile-snapshot-space", "Snapshot space", profile.snapshotSpace().orElse(NOT_SET)));
        lines.add(text("profile-hub", "Snapshot hub", profile.hubUrl().map(URI::toString).orElse(NOT_SET)));
        lines.add(address("profile-safe", "Safe", profile.safe()));
        lines.add(address("profile-token", "Voting token", profile.token()));
        lines.add(address("profile-governor", "Governor", profile.governor()));
        lines.add(address("profile-timelock", "Timelock", profile.timelock()));
        lines.add(address("profile-registry", "Model registry", profile.registry()));
        return List.copyOf(lines);
    }

    private static Line text(String id, String label, String text) {
        return new Line(id, label, text, Optional.empty());
    }

    private static Line address(String id, String label, Optional<Address> address) {
        return new Line(id, label, address.map(Address::checksummed).orElse(NOT_SET), address);
    }
}
