package org.steward.simulation.fork;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.steward.core.UserFacingException;

/**
 * Where the anvil executable is, in this order:
 * <ol>
 *   <li>the system property {@value #PROPERTY} (a path to the binary), so a packager or a user can point at any anvil;</li>
 *   <li>the installed app's bundled copy: {@code <app>/lib/anvil/anvil}, found from jpackage's
 *       {@code jpackage.app-path} (the launcher, {@code <app>/bin/steward}) or from the bundled
 *       runtime's {@code java.home} ({@code <app>/lib/runtime});</li>
 *   <li>a checkout's npm-installed copy: {@code contracts/node_modules/@foundry-rs/anvil-<platform>/bin/anvil}
 *       under {@code -Dsteward.home} or any folder above the working directory.</li>
 * </ol>
 * No Node is needed at run time in any of them: the npm package holds the native binary.
 */
public final class AnvilLocator {

    public static final String PROPERTY = "steward.anvil";

    private AnvilLocator() {
    }

    public static Path find() {
        List<Path> tried = new ArrayList<>();
        for (Path candidate : candidates()) {
            tried.add(candidate);
            if (Files.isRegularFile(candidate) && (isWindows() || Files.isExecutable(candidate))) {
                return candidate;
            }
        }
        throw new UserFacingException("Simulation needs anvil and none was found (looked at " + tried
                + "): reinstall Steward, run 'npm ci' in contracts/ of a checkout, or pass -D" + PROPERTY + "=<path to anvil>.");
    }

    static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        Optional.ofNullable(System.getProperty(PROPERTY)).filter(s -> !s.isBlank()).map(Path::of).ifPresent(out::add);
        Optional.ofNullable(System.getProperty("jpackage.app-path")).filter(s -> !s.isBlank()).map(Path::of)
                .map(launcher -> launcher.toAbsolutePath().getParent())
                .filter(bin -> bin.getParent() != null)
                .ifPresent(bin -> out.add(bin.getParent().resolve("lib").resolve("anvil").resolve(executable())));
        Optional.ofNullable(System.getProperty("java.home")).filter(s -> !s.isBlank()).map(Path::of)
                .map(runtime -> runtime.toAbsolutePath().getParent())
                .filter(lib -> lib != null && lib.getFileName() != null && lib.getFileName().toString().equals("lib"))
                .map(lib -> lib.resolve("anvil").resolve(executable()))
                .filter(p -> !out.contains(p))
                .ifPresent(out::add);
        Optional.ofNullable(System.getProperty("steward.home")).filter(s -> !s.isBlank()).map(Path::of)
                .ifPresent(home -> out.add(inCheckout(home)));
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("contracts").resolve("package.json"))) {
                out.add(inCheckout(p));
                break;
            }
        }
        return out;
    }

    private static Path inCheckout(Path home) {
        return home.resolve("contracts").resolve("node_modules").resolve("@foundry-rs").resolve("anvil-" + platform())
                .resolve("bin").resolve(executable());
    }

    private static String executable() {
        return isWindows() ? "anvil.exe" : "anvil";
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
