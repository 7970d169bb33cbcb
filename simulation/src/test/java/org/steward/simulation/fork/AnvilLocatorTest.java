package org.steward.simulation.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AnvilLocatorTest {

    @Test
    void anExplicitPathComesFirstThenTheInstalledCopyThenTheCheckout() {
        String before = System.getProperty(AnvilLocator.PROPERTY);
        String app = System.getProperty("jpackage.app-path");
        try {
            System.setProperty(AnvilLocator.PROPERTY, "/somewhere/anvil");
            System.setProperty("jpackage.app-path", "/opt/steward/bin/Steward");
            assertThat(AnvilLocator.candidates()).startsWith(Path.of("/somewhere/anvil"), Path.of("/opt/steward/lib/anvil/anvil"));
            assertThat(AnvilLocator.candidates().get(AnvilLocator.candidates().size() - 1).toString())
                    .contains("node_modules/@foundry-rs/anvil-");
            assertThat(AnvilLocator.find()).as("the checkout's npm copy, since the first two do not exist").exists()
                    .hasToString(AnvilLocator.candidates().get(AnvilLocator.candidates().size() - 1).toString());
        } finally {
            restore(AnvilLocator.PROPERTY, before);
            restore("jpackage.app-path", app);
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
