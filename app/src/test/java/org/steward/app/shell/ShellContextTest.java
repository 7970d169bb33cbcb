package org.steward.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Networks;

class ShellContextTest {

    @Test
    void theTitleNamesTheProfileAndMarksTheDemo(@TempDir Path dir) {
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            DaoProfile sepolia = DaoProfile.chainOnly(Networks.SEPOLIA);

            assertThat(new ShellContext(sepolia, history, false, new NoDevices()).windowTitle()).isEqualTo("Steward — Sepolia");
            assertThat(new ShellContext(sepolia, history, true, new NoDevices()).windowTitle())
                    .isEqualTo("Steward — Sepolia (simulated devices)");
            DaoProfile demo = new DaoProfile("Demo DAO", Networks.devnet(java.net.URI.create("http://127.0.0.1:8545")), java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty());
            assertThat(new ShellContext(demo, history, true, new NoDevices()).windowTitle())
                    .isEqualTo("Steward — Demo DAO (devnet, simulated devices)");
        }
    }
}
