package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.steward.app.account.SigningChoice;
import org.steward.app.account.SigningChoices;
import org.steward.app.shell.DesktopLauncher;
import org.steward.core.sign.DerivationPath;
import org.steward.app.devices.SimulatedDeviceCatalog;
import org.steward.app.shell.ShellContext;
import org.steward.core.UserFacingException;
import org.steward.core.history.DataDirectory;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.history.DaoProfiles;
import org.steward.core.net.Networks;
import org.steward.devnet.DemoActors;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetDeployment;
import org.steward.devnet.DevnetOptions;
import org.steward.devnet.hub.DemoHubSeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code steward demo}: a fresh devnet with the demo DAO, and the app opened on it. The demo keeps
 * its own history file, started afresh each time, so it never mixes with a real one.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Starts the devnet with the demo DAO and opens the app on it (simulated devices, demo mnemonic).")
public final class DemoCommand implements java.util.concurrent.Callable<Integer> {

    private final DesktopLauncher desktop;

    @Spec
    CommandSpec spec;

    DemoCommand(DesktopLauncher desktop) {
        this.desktop = desktop;
    }

    @picocli.CommandLine.Option(names = "--screenshots", paramLabel = "DIR",
            description = "Write a PNG of every screen and tab at 1280x800 into DIR, then exit.")
    Path screenshots;

    @Override
    public Integer call() throws Exception {
        desktop.requireDisplay();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Starting the devnet...");
        out.flush();
        try (Devnet devnet = Devnet.start(DevnetOptions.forDemo(0))) {
            DevnetDeployment d = devnet.deployment();
            java.net.URI txService = devnet.serveTxService();
            out.println(DevnetCommand.describe(devnet));
            out.println("Devnet at " + devnet.rpcUrl() + "; opening Steward (close the window to stop).");
            out.flush();
            Path file = DataDirectory.resolve().resolve("demo").resolve(HistoryStore.FILE_NAME);
            Optional<String> window = org.steward.app.shell.UiSettings.placementIn(file);
            try (HistoryStore history = HistoryStore.open(freshDemoHistory(file))) {
                window.ifPresent(new org.steward.app.shell.UiSettings(history)::keepPlacement);
                DaoProfile profile = new DaoProfile("Demo DAO", Networks.devnet(devnet.rpcUrl()), Optional.of(DemoHubSeed.SPACE), devnet.hubUrl(),
                        Optional.of(d.safe()), Optional.of(d.token()), Optional.of(d.governor()), Optional.of(d.timelock()), Optional.of(d.registry()),
                        Optional.of(txService), Optional.empty(), Optional.empty());
                org.steward.core.addressbook.AddressBook book = new org.steward.core.addressbook.AddressBook(history);
                DemoActors.of(devnet).forEach(book::save);
                DaoProfiles profiles = new DaoProfiles(history);
                profiles.save(profile, Optional.empty());
                profiles.setActive(profile.name());
                // The demo starts as the Safe's first owner on the simulated Ledger; the status bar and the Devices screen switch.
                new SigningChoices(history).save(profile.name(), new SigningChoice(SimulatedDeviceCatalog.LEDGER.key(),
                        SimulatedDeviceCatalog.LEDGER.label(), DerivationPath.bip44(0), devnet.accounts().get(0)));
                desktop.open(new ShellContext(profile, history, true, SimulatedDeviceCatalog.demo()), Optional.ofNullable(screenshots));
            }
        }
        return 0;
    }

    private static Path freshDemoHistory(Path file) {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (java.io.IOException e) {
            throw new UserFacingException("Cannot reset the demo history at " + file + " (" + e.getMessage()
                    + "): delete that folder by hand and run the demo again.", e);
        }
        return file;
    }
}
