package org.steward.app.cli;

import java.net.URI;
import java.util.List;
import org.steward.app.shell.Desktop;
import org.steward.app.devices.UsbDeviceCatalog;
import org.steward.app.shell.ShellContext;
import org.steward.wallet.usb.DeviceDiscovery;
import org.steward.core.UserFacingException;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.DaoProfiles;
import org.steward.core.net.Network;
import org.steward.core.net.Networks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code steward gui}: the desktop app on a saved DAO profile (the active one unless another is
 * named), or on a bare network preset.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Opens the desktop app: on the active DAO profile (Settings > Profiles), a named one, or a network preset.")
public final class GuiCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--profile", description = "A saved DAO profile's name (default: the one last switched to).")
    String profile;

    @Option(names = "--network",
            description = "Preset without a DAO: ethereum, arbitrum, base, optimism or sepolia (used when no profile is saved: ethereum).")
    String network;

    @Option(names = "--rpc", description = "Your RPC URL; its eth_chainId must match the network's.")
    URI rpc;

    @Override
    public Integer call() {
        HistoryStore history = HistoryStore.openDefault();
        try {
            DaoProfile chosen = choose(history);
            Desktop.open(new ShellContext(chosen, history, false, new UsbDeviceCatalog(new DeviceDiscovery())));
        } finally {
            history.close();
        }
        return 0;
    }

    private DaoProfile choose(HistoryStore history) {
        DaoProfiles saved = new DaoProfiles(history);
        if (profile != null) {
            DaoProfile p = saved.named(profile).orElseThrow(() -> new UserFacingException("No saved profile is named \"" + profile
                    + "\": saved ones are " + saved.all().stream().map(DaoProfile::name).toList() + "."));
            return rpc == null ? p : withRpc(p, rpc);
        }
        if (network == null) {
            java.util.Optional<DaoProfile> active = saved.active();
            if (active.isPresent()) {
                return rpc == null ? active.get() : withRpc(active.get(), rpc);
            }
            network = "ethereum";
        }
        Network preset = Networks.byKey(network).orElseThrow(() -> new UserFacingException("Unknown network \"" + network
                + "\": choose one of " + Networks.presets().stream().map(Network::key).toList() + "."));
        return DaoProfile.chainOnly(rpc == null ? preset : preset.withRpcUrls(List.of(rpc)));
    }

    private static DaoProfile withRpc(DaoProfile p, URI rpc) {
        return new DaoProfile(p.name(), p.network().withRpcUrls(List.of(rpc)), p.snapshotSpace(), p.hubUrl(), p.safe(), p.token(),
                p.governor(), p.timelock(), p.registry(), p.txService(), p.snapshotApiKey(), p.txServiceApiKey());
    }
}
