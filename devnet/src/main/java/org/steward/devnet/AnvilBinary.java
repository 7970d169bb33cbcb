package org.steward.devnet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.steward.core.UserFacingException;

/** Finds the anvil executable that npm installed for this platform under contracts/node_modules. */
final class AnvilBinary {

    private AnvilBinary() {
    }

    static Path find(Path stewardHome) {
        Path packageDir = stewardHome.resolve("contracts").resolve("node_modules").resolve("@foundry-rs").resolve("anvil-" + platform());
        Path binary = packageDir.resolve("bin").resolve(isWindows() ? "anvil.exe" : "anvil");
        if (!Files.isRegularFile(binary)) {
            throw new UserFacingException("anvil is not installed (" + binary + " is missing): run ./steward test or "
                    + "'npm ci' in " + stewardHome.resolve("contracts") + " once, then start the devnet again.");
        }
        if (!isWindows() && !Files.isExecutable(binary)) {
            throw new UserFacingException("anvil at " + binary + " is not executable: run 'chmod +x " + binary + "' or reinstall with 'npm ci' in contracts/.");
        }
        return binary;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }

    /** The suffix of @foundry-rs's per-platform packages: linux-amd64, darwin-arm64, win32-amd64, ... */
    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
        String a = arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "amd64";
        return o + "-" + a;
    }
}
