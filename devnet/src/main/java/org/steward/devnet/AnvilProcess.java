package org.steward.devnet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steward.core.UserFacingException;

/**
 * One anvil node on 127.0.0.1. It never outlives the JVM that started it: a shutdown hook stops it
 * on a normal exit or Ctrl-C, and on POSIX a tiny watchdog process, whose stdin is a pipe from
 * this JVM, kills anvil when that pipe closes, which the kernel does even when the JVM is killed.
 */
final class AnvilProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Process anvil;
    private final Process watchdog;
    private final Thread shutdownHook;
    private final URI rpcUrl;

    private AnvilProcess(Process anvil, Process watchdog, URI rpcUrl) {
        this.anvil = anvil;
        this.watchdog = watchdog;
        this.rpcUrl = rpcUrl;
        this.shutdownHook = new Thread(this::stop, "steward-anvil-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts anvil and waits for it to listen.
     *
     * @param port 0 picks a free port
     * @param blockTimeSeconds 0 mines a block per transaction; above 0 also mines empty blocks at that
     *                         interval, so the chain moves like a real one
     */
    static AnvilProcess start(Path binary, int port, long chainId, String mnemonic, int blockTimeSeconds) {
        List<String> command = new ArrayList<>(List.of(binary.toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--chain-id", Long.toString(chainId), "--accounts", "10", "--mnemonic", mnemonic));
        if (blockTimeSeconds > 0) {
            command.addAll(List.of("--block-time", Integer.toString(blockTimeSeconds), "--mixed-mining"));
        }
        Process anvil;
        try {
            anvil = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UserFacingException("anvil could not be started (" + e.getMessage() + "): reinstall it with 'npm ci' in contracts/.", e);
        }
        Process watchdog = startWatchdog(anvil.pid());
        BufferedReader out = new BufferedReader(new InputStreamReader(anvil.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        Integer boundPort = readUntilListening(anvil, out, seen);
        if (boundPort == null) {
            anvil.destroyForcibly();
            if (watchdog != null) {
                watchdog.destroyForcibly();
            }
            String output = String.join("\n", seen);
            if (output.toLowerCase(Locale.ROOT).contains("address already in use")) {
                throw new UserFacingException("Port " + port + " on 127.0.0.1 is already taken: stop what is using it, or choose another port with --port (0 picks a free one).");
            }
            throw new UserFacingException("anvil did not start within " + START_TIMEOUT.toSeconds() + " s"
                    + (output.isBlank() ? "" : " (it said: " + lastLines(seen) + ")") + ": reinstall it with 'npm ci' in contracts/ and try again.");
        }
        Thread drain = new Thread(() -> drain(out), "steward-anvil-log");
        drain.setDaemon(true);
        drain.start();
        return new AnvilProcess(anvil, watchdog, URI.create("http://127.0.0.1:" + boundPort));
    }

    /** Reads anvil's banner up to its "Listening on" line; null if it exits or hangs first. */
    private static Integer readUntilListening(Process anvil, BufferedReader out, List<String> seen) {
        AtomicBoolean listening = new AtomicBoolean();
        Thread guard = new Thread(() -> {
            try {
                Thread.sleep(START_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (!listening.get()) {
                anvil.destroyForcibly();
            }
        }, "steward-anvil-start-timeout");
        guard.setDaemon(true);
        guard.start();
        try {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    listening.set(true);
                    return Integer.parseInt(m.group(1));
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        } finally {
            guard.interrupt();
        }
    }

    private static String lastLines(List<String> lines) {
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())).strip();
    }

    /** anvil logs every RPC call; the pipe must be read or anvil blocks once it fills. */
    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // discarded: the node's own log is not Steward's
            }
        } catch (IOException ignored) {
            // anvil stopped
        }
    }

    private static Process startWatchdog(long anvilPid) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            return null;
        }
        try {
            return new ProcessBuilder("sh", "-c", "cat >/dev/null; kill \"$1\" 2>/dev/null", "steward-anvil-watchdog", Long.toString(anvilPid))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return null;
        }
    }

    URI rpcUrl() {
        return rpcUrl;
    }

    long pid() {
        return anvil.pid();
    }

    boolean isAlive() {
        return anvil.isAlive();
    }

    private void stop() {
        anvil.destroy();
        try {
            if (!anvil.waitFor(5, TimeUnit.SECONDS)) {
                anvil.destroyForcibly();
                anvil.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            anvil.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (watchdog != null) {
            watchdog.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: stop() is idempotent
        }
    }
}
