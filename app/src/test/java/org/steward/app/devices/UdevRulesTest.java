package org.steward.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UdevRulesTest {

    @Test
    void withoutInstalledRulesTheHelpCopiesTheShippedFileByItsRealPath() {
        Path shipped = Path.of("/opt/steward/lib/udev", UdevRules.FILE);
        String help = new UdevRules(Optional.empty(), Optional.of(shipped)).help();

        assertThat(help).contains("are not installed")
                .contains("sudo cp /opt/steward/lib/udev/60-steward-hw.rules /etc/udev/rules.d/\n")
                .endsWith("sudo udevadm control --reload-rules && sudo udevadm trigger");
    }

    @Test
    void installedRulesAreNamedAndOnlyReloaded() {
        String help = new UdevRules(Optional.of(Path.of("/lib/udev/rules.d", UdevRules.FILE)), Optional.empty()).help();

        assertThat(help).contains("are installed (/lib/udev/rules.d/60-steward-hw.rules)").contains(UdevRules.RELOAD)
                .doesNotContain("sudo cp");
    }

    @Test
    void theRepositorysCopyIsFoundThroughStewardHome(@TempDir Path home) throws IOException {
        Path rules = Files.createDirectories(home.resolve("installers/linux")).resolve(UdevRules.FILE);
        Files.writeString(rules, "# rules\n");
        String before = System.getProperty("steward.home");
        System.setProperty("steward.home", home.toString());
        try {
            assertThat(UdevRules.onThisMachine().shipped()).contains(rules);
        } finally {
            if (before == null) {
                System.clearProperty("steward.home");
            } else {
                System.setProperty("steward.home", before);
            }
        }
    }
}
