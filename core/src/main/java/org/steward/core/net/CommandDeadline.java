package org.steward.core.net;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The overall deadline of one command-line command. {@link NetBudget} bounds each call; a node
 * that answers every call just in time would still hold a command that makes hundreds of calls for
 * as long as it likes. While a deadline is running, every HTTP and JSON-RPC call made through
 * {@link RpcHttp} or {@link BoundedHttp} ends at it at the latest, and a call started after it fails
 * at once, each with a {@link NetLimitException} of {@link NetBudget.Limit#COMMAND}.
 *
 * <p>One deadline for the process: the command line runs one command at a time, and the app never
 * starts one. The default can be changed with {@value #PROPERTY} (milliseconds).
 */
public final class CommandDeadline {

    public static final String PROPERTY = "steward.net.command-ms";
    public static final Duration DEFAULT = Duration.ofSeconds(120);

    private record Running(long endNanos, Duration limit) {
    }

    private static volatile Running running;

    private static final ScheduledExecutorService TIMER = timer();

    private CommandDeadline() {
    }

    private static ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "steward-command-deadline");
            thread.setDaemon(true);
            return thread;
        });
        t.setRemoveOnCancelPolicy(true);
        return Executors.unconfigurableScheduledExecutorService(t);
    }

    /** Ends the deadline it was started with. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Starts the command's deadline: the property's, or the default. */
    public static Scope start() {
        return start(configured());
    }

    public static Scope start(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a command's deadline is positive");
        }
        Running r = new Running(System.nanoTime() + limit.toNanos(), limit);
        running = r;
        return () -> {
            if (running == r) {
                running = null;
            }
        };
    }

    /** The limit of the deadline in force: the property's value, or the default. */
    public static Duration configured() {
        String v = System.getProperty(PROPERTY);
        if (v != null && !v.isBlank()) {
            try {
                long ms = Long.parseLong(v.strip());
                if (ms > 0) {
                    return Duration.ofMillis(ms);
                }
            } catch (NumberFormatException e) {
                // the default below
            }
        }
        return DEFAULT;
    }

    /** The time left, or empty when no command deadline runs (the app). Zero or negative once it passed. */
    public static Optional<Duration> remaining() {
        Running r = running;
        return r == null ? Optional.empty() : Optional.of(Duration.ofNanos(r.endNanos() - System.nanoTime()));
    }

    /** Whether a deadline runs and has passed. */
    public static boolean passed() {
        return remaining().map(d -> d.isNegative() || d.isZero()).orElse(false);
    }

    /** The limit of the running deadline, or the configured one when none runs. */
    public static Duration limit() {
        Running r = running;
        return r == null ? configured() : r.limit();
    }

    /** The failure of a call that the deadline ended, or that started after it. */
    public static NetLimitException exceeded() {
        return new NetLimitException(NetBudget.Limit.COMMAND, "the command's overall limit of " + NetBudget.seconds(limit()) + " passed");
    }

    /** Runs {@code action} (which ends a call) when the running deadline passes; the returned future cancels that. */
    static ScheduledFuture<?> atDeadline(Runnable action) {
        Duration left = remaining().orElseThrow();
        return TIMER.schedule(action, Math.max(0, left.toNanos()), TimeUnit.NANOSECONDS);
    }
}
