package org.steward.simulation.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnvilLocatorTest {

    @Test
    void anExplicitPathComesFirstThenTheInstalledCopyThenTheCheckout(@TempDir Path checkout) throws Exception {
        String before = System.getProperty(AnvilLocator.PROPERTY);
        String app = System.getProperty("jpackage.app-path");
        String home = System.getProperty("steward.home");
        try {
            System.setProperty(AnvilLocator.PROPERTY, "/somewhere/anvil");
            System.setProperty("jpackage.app-path", "/opt/steward/bin/Steward");
            // A checkout of its own: this module is built before devnet installs the real npm packages.
            System.setProperty("steward.home", checkout.toString());
            List<Path> candidates = AnvilLocator.candidates();
            assertThat(candidates).startsWith(Path.of("/somewhere/anvil"), Path.of("/opt/steward/lib/anvil/anvil"));
            Path npm = candidates.stream().filter(c -> c.startsWith(checkout)).findFirst().orElseThrow();
            assertThat(npm.toString()).contains("node_modules/@foundry-rs/anvil-");
            Files.createDirectories(npm.getParent());
            Files.writeString(npm, "#!/bin/sh\n");
            assertThat(npm.toFile().setExecutable(true)).isTrue();

            assertThat(AnvilLocator.find()).as("the checkout's npm copy, since the first two do not exist").isEqualTo(npm);
        } finally {
            restore(AnvilLocator.PROPERTY, before);
            restore("jpackage.app-path", app);
            restore("steward.home", home);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
