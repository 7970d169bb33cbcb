package org.steward.bench.ui.start;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.steward.app.shell.ui.Desktop;
import org.steward.app.shell.ShellContext;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Networks;

/**
 * Opens Steward's shell the way the {@code gui} command does (history file opened first, then
 * the window) on a devnet-like network at a loopback port where nothing listens, so the measured
 * start-up never waits for, or benefits from, a node. A fresh history file keeps every run cold.
 */
public final class ShellStart {

    private ShellStart() {
    }

    public static void main(String[] args) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path dir = Files.createTempDirectory("steward-bench-start");
        try (HistoryStore history = HistoryStore.open(dir.resolve(HistoryStore.FILE_NAME))) {
            DaoProfile profile = DaoProfile.chainOnly(Networks.devnet(URI.create("http://127.0.0.1:" + port)));
            new Desktop().open(new ShellContext(profile, history, false, new org.steward.app.devices.UsbDeviceCatalog(new org.steward.wallet.usb.DeviceDiscovery())), java.util.Optional.empty());
        }
    }
}
