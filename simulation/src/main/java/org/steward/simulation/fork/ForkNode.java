package org.steward.simulation.fork;

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
 * One anvil process forked from the user's RPC, listening on 127.0.0.1 on a free port. It dies
 * with the app: a shutdown hook stops it on a normal exit, and on POSIX a watchdog whose stdin is
 * a pipe from this JVM kills it when that pipe closes, which happens even if the JVM is killed.
 *
 * <p>Flags: {@code --no-storage-caching} keeps the user's chain state out of ~/.foundry;
 * {@code --auto-impersonate} lets the simulation send as owners or the Timelock without keys;
 * base fee and gas price 0 let impersonated accounts without ether send, so no balance is
 * touched to set a simulation up; {@code --no-mining} leaves mining to the simulation
 * ({@code evm_mine}), so a receipt is local the moment it is asked for and never looked up on the
 * user's node.
 */
final class ForkNode implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process anvil;
    private final Process watchdog;
    private final Thread shutdownHook;
    private final URI rpcUrl;

    private ForkNode(Process anvil, Process watchdog, URI rpcUrl) {
        this.anvil = anvil;
        this.watchdog = watchdog;
        this.rpcUrl = rpcUrl;
        this.shutdownHook = new Thread(this::stop, "steward-fork-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static ForkNode start(Path binary, URI source, long block, Duration rpcTimeout) {
        List<String> command = List.of(binary.toString(),
                "--host", "127.0.0.1", "--port", "0",
                "--fork-url", source.toString(), "--fork-block-number", Long.toString(block),
                "--no-storage-caching", "--auto-impersonate",
                "--base-fee", "0", "--gas-price", "0",
                "--timeout", Long.toString(rpcTimeout.toMillis()), "--retries", "2",
                "--accounts", "0", "--no-mining");
        Process anvil;
        try {
            anvil = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UserFacingException("anvil could not be started for the simulation (" + e.getMessage() + "): reinstall Steward or point -D"
                    + AnvilLocator.PROPERTY + " at a working anvil.", e);
        }
        Process watchdog = startWatchdog(anvil.pid());
        BufferedReader out = new BufferedReader(new InputStreamReader(anvil.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        Integer port = readUntilListening(anvil, out, seen);
        if (port == null) {
            anvil.destroyForcibly();
            if (watchdog != null) {
                watchdog.destroyForcibly();
            }
            String said = String.join(" / ", seen.subList(Math.max(0, seen.size() - 3), seen.size())).strip()
                    .replace(source.toString(), org.steward.core.net.Redact.url(source));
            throw new UserFacingException("The simulation fork did not start" + (said.isEmpty() ? "" : " (anvil said: " + said + ")")
                    + ": check that the RPC answers and serves archive state for recent blocks.");
        }
        Thread drain = new Thread(() -> drain(out), "steward-fork-log");
        drain.setDaemon(true);
        drain.start();
        return new ForkNode(anvil, watchdog, URI.create("http://127.0.0.1:" + port));
    }

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
        }, "steward-fork-start-timeout");
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

    /** anvil logs every call; the pipe must be read or anvil blocks once it fills. */
    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // discarded: the fork's own log is not Steward's
            }
        } catch (IOException ignored) {
            // anvil stopped
        }
    }

    private static Process startWatchdog(long pid) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            return null;
        }
        try {
            return new ProcessBuilder("sh", "-c", "cat >/dev/null; kill \"$1\" 2>/dev/null", "steward-fork-watchdog", Long.toString(pid))
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

    boolean isAlive() {
        return anvil.isAlive();
    }

    long pid() {
        return anvil.pid();
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
