package org.steward.core.net;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What one HTTP or JSON-RPC call may cost: the time to connect, the time until the first byte of
 * the answer, the time for the whole exchange, and the size of the answer. Every network client of
 * Steward takes its limits from here, so a silent, dripping or endless server ends a call with a
 * sentence that names the limit instead of holding a command or the app.
 *
 * <p>The defaults can be lowered (or raised) with system properties, in milliseconds and bytes:
 * {@value #CONNECT_PROPERTY}, {@value #FIRST_BYTE_PROPERTY}, {@value #TOTAL_PROPERTY},
 * {@value #RPC_BYTES_PROPERTY} and {@value #HTTP_BYTES_PROPERTY}.
 */
public record NetBudget(Duration connect, Duration firstByte, Duration total, long maxBytes) {

    public static final String CONNECT_PROPERTY = "steward.net.connect-ms";
    public static final String FIRST_BYTE_PROPERTY = "steward.net.first-byte-ms";
    public static final String TOTAL_PROPERTY = "steward.net.total-ms";
    public static final String RPC_BYTES_PROPERTY = "steward.net.rpc-max-bytes";
    public static final String HTTP_BYTES_PROPERTY = "steward.net.http-max-bytes";

    public static final Duration CONNECT = Duration.ofSeconds(10);
    public static final Duration FIRST_BYTE = Duration.ofSeconds(20);
    public static final Duration TOTAL = Duration.ofSeconds(60);
    /** eth_getLogs pages of a busy contract are the largest honest answers; the installed app runs in 256 MB. */
    public static final long RPC_MAX_BYTES = 32L << 20;
    /** Hub and Transaction Service pages are small JSON documents. */
    public static final long HTTP_MAX_BYTES = 8L << 20;

    /** Which limit a call ran into; {@code COMMAND} is the {@link CommandDeadline} of a whole command. */
    public enum Limit { CONNECT, FIRST_BYTE, TOTAL, SIZE, COMMAND }

    public NetBudget {
        if (connect.isNegative() || connect.isZero() || firstByte.isNegative() || firstByte.isZero()
                || total.isNegative() || total.isZero() || maxBytes < 1) {
            throw new IllegalArgumentException("network limits must be positive");
        }
    }

    /** The limits of a JSON-RPC call to a node. */
    public static NetBudget rpc() {
        return fromProperties(bytes(RPC_BYTES_PROPERTY, RPC_MAX_BYTES));
    }

    /** The limits of a call to a Snapshot hub, sequencer or Safe Transaction Service. */
    public static NetBudget http() {
        return fromProperties(bytes(HTTP_BYTES_PROPERTY, HTTP_MAX_BYTES));
    }

    private static NetBudget fromProperties(long maxBytes) {
        return new NetBudget(millis(CONNECT_PROPERTY, CONNECT), millis(FIRST_BYTE_PROPERTY, FIRST_BYTE), millis(TOTAL_PROPERTY, TOTAL), maxBytes);
    }

    /**
     * The sentence for a call to {@code who} (e.g. "the RPC at http://127.0.0.1:8545") that ran
     * into one of these limits, or empty when {@code failure} is another kind of failure.
     */
    public Optional<String> explain(String who, Throwable failure) {
        return limitOf(failure).map(limit -> sentence(who, limit));
    }

    public String sentence(String who, Limit limit) {
        return switch (limit) {
            case CONNECT -> who + " could not be reached within " + seconds(connect);
            case FIRST_BYTE -> who + " did not answer within " + seconds(firstByte);
            case TOTAL -> who + " did not finish its answer within " + seconds(total);
            case SIZE -> "the answer of " + who + " passed the " + size(maxBytes) + " limit";
            case COMMAND -> who + " kept the command past its overall limit of " + seconds(CommandDeadline.limit());
        };
    }

    /** The limit behind a failure, whether Steward's own check, OkHttp's or java.net.http's timeouts raised it. */
    public static Optional<Limit> limitOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NetLimitException e) {
                return Optional.of(e.limit());
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return Optional.of(Limit.CONNECT);
            }
            if (t instanceof HttpTimeoutException) {
                return Optional.of(Limit.FIRST_BYTE);
            }
            if (t instanceof SocketTimeoutException) {
                String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                return Optional.of(m.contains("connect") ? Limit.CONNECT : Limit.FIRST_BYTE);
            }
            // OkHttp's call timeout: an interrupted read that is not a socket timeout
            if (t instanceof InterruptedIOException && "timeout".equals(t.getMessage())) {
                return Optional.of(Limit.TOTAL);
            }
        }
        // The command's deadline ends a call by aborting its connection, and the aborted read then reports
        // whatever the socket said ("header parser received no bytes"): past the deadline, that is the deadline.
        return CommandDeadline.passed() ? Optional.of(Limit.COMMAND) : Optional.empty();
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    static String size(long bytes) {
        if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }

    private static Duration millis(String property, Duration fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long ms = Long.parseLong(v.strip());
            return ms > 0 ? Duration.ofMillis(ms) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static long bytes(String property, long fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
