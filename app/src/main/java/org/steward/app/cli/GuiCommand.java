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
import org.steward.core.net.Network;
import org.steward.core.net.Networks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steward gui}: the desktop app on a real network (profiles and settings arrive with the product issue). */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Opens the desktop app on a network: one of the presets, optionally with your own RPC URL.")
public final class GuiCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--network", defaultValue = "ethereum",
            description = "Preset: ethereum, arbitrum, base, optimism or sepolia (default: ${DEFAULT-VALUE}).")
    String network;

    @Option(names = "--rpc", description = "Your RPC URL; its eth_chainId must match the network's.")
    URI rpc;

    @Override
    public Integer call() {
        Network preset = Networks.byKey(network).orElseThrow(() -> new UserFacingException("Unknown network \"" + network
                + "\": choose one of " + Networks.presets().stream().map(Network::key).toList() + "."));
        Network chosen = rpc == null ? preset : preset.withRpcUrls(List.of(rpc));
        HistoryStore history = HistoryStore.openDefault();
        try {
            Desktop.open(new ShellContext(DaoProfile.chainOnly(chosen), history, false, new UsbDeviceCatalog(new DeviceDiscovery())));
        } finally {
            history.close();
        }
        return 0;
    }
}
