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
                    .isEqualTo("Steward — Demo DAO (devnet, simulated devices)");
        }
    }
}
