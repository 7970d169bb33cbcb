package org.steward.devnet;

import java.nio.file.Files;
import java.nio.file.Path;
import org.steward.core.UserFacingException;

/**
 * The Steward checkout or installation the devnet runs from: it holds {@code contracts/} with the
 * npm-installed anvil. Set by the launcher ({@code -Dsteward.home}); tests find it by walking up.
 */
final class StewardHome {

    static final String PROPERTY = "steward.home";

    private StewardHome() {
    }

    static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("contracts").resolve("package.json"))) {
                return p;
            }
        }
        throw new UserFacingException("Cannot find Steward's contracts/ folder from " + Path.of("").toAbsolutePath()
                + ": run Steward through the ./steward launcher, or pass -D" + PROPERTY + "=<the Steward folder>.");
    }
}
