package org.steward.app.shell.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import javafx.stage.Stage;
import org.steward.app.devices.SimulatedDeviceCatalog;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Networks;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetDeployment;
import org.steward.devnet.hub.DemoHubSeed;
import org.steward.ui.Theme;
import org.steward.app.shell.ShellContext;

/** The UI tests' way to open the shell as the demo does: the devnet's DAO, a fresh history, the simulated devices. */
final class DemoShell {

    private DemoShell() {
    }

    /** The demo DAO on {@code devnet}, with its Snapshot space when the devnet serves a hub. */
    static DaoProfile profile(Devnet devnet) {
        DevnetDeployment d = devnet.deployment();
        return new DaoProfile("Demo DAO", Networks.devnet(devnet.rpcUrl()), devnet.hubUrl().map(url -> DemoHubSeed.SPACE), devnet.hubUrl(),
                Optional.of(d.safe()), Optional.of(d.token()), Optional.of(d.governor()), Optional.of(d.timelock()), Optional.of(d.registry()));
    }

    static HistoryStore freshHistory(String name) throws IOException {
        return HistoryStore.open(Files.createTempDirectory(name).resolve("steward.db"));
    }

    static ShellWindow open(Stage stage, DaoProfile profile, HistoryStore history) {
        return ShellWindow.open(stage, new ShellContext(profile, history, true, SimulatedDeviceCatalog.demo()), Theme.LIGHT);
    }
}
