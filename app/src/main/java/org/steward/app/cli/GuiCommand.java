package org.steward.app.cli;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.steward.app.shell.DesktopLauncher;
import org.steward.app.devices.UsbDeviceCatalog;
import org.steward.app.shell.ShellContext;
import org.steward.wallet.usb.DeviceDiscovery;
import org.steward.core.UserFacingException;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.history.DaoProfiles;
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

    private final DesktopLauncher desktop;

    @Option(names = "--profile", description = "A saved DAO profile's name (default: the one last switched to).")
    String profile;

    @Option(names = "--network",
            description = "Preset without a DAO: ethereum, arbitrum, base, optimism or sepolia (used when no profile is saved: ethereum).")
    String network;

    @Option(names = "--rpc", description = "Your RPC URL; its eth_chainId must match the network's.")
    URI rpc;

    GuiCommand(DesktopLauncher desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        HistoryStore history = HistoryStore.openDefault();
        try {
            DaoProfile chosen = choose(history);
            desktop.open(new ShellContext(chosen, history, false, new UsbDeviceCatalog(new DeviceDiscovery())), Optional.empty());
        } finally {
            history.close();
        }
        return 0;
    }

    /** The named or active saved profile, else a bare preset; {@code --rpc} then replaces its RPC URLs. */
    private DaoProfile choose(HistoryStore history) {
        DaoProfile chosen = savedOrPreset(new DaoProfiles(history));
        return rpc == null ? chosen : chosen.withNetwork(chosen.network().withRpcUrls(List.of(rpc)));
    }

    private DaoProfile savedOrPreset(DaoProfiles saved) {
        if (profile != null) {
            return saved.named(profile).orElseThrow(() -> new UserFacingException("No saved profile is named \"" + profile
                    + "\": saved ones are " + saved.all().stream().map(DaoProfile::name).toList() + "."));
        }
        if (network == null) {
            Optional<DaoProfile> active = saved.active();
            if (active.isPresent()) {
                return active.get();
            }
        }
        String key = network == null ? "ethereum" : network;
        Network preset = Networks.byKey(key).orElseThrow(() -> new UserFacingException("Unknown network \"" + key
                + "\": choose one of " + Networks.presets().stream().map(Network::key).toList() + "."));
        return DaoProfile.chainOnly(preset);
    }
}
