package org.steward.core.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * An HTTP server on 127.0.0.1 that misbehaves the way a hostile or broken endpoint does: it never
 * answers, answers late, drips its answer a byte at a time, streams an endless body, or answers
 * honestly but with content of its choosing (e.g. another chain id). A raw socket server, because
 * the JDK's HttpServer cannot stall mid-header or drip. Test support only.
 */
public final class HostileServer implements AutoCloseable {

    /** How the server treats each request. */
    public sealed interface Behaviour permits Silent, Slow, Drip, DripBody, Oversized, Honest {
    }

    /** Accepts, reads the request, never answers. */
    public record Silent() implements Behaviour {
    }

    /** Answers with {@code answer(request body)} after {@code delay}. */
    public record Slow(Duration delay, UnaryOperator<String> answer) implements Behaviour {
    }

    /** Sends the status line, headers and body one byte every {@code interval}. */
    public record Drip(Duration interval, UnaryOperator<String> answer) implements Behaviour {
    }

    /** Sends the status line and headers at once, then the body one byte every {@code interval}. */
    public record DripBody(Duration interval, UnaryOperator<String> answer) implements Behaviour {
    }

    /** Streams a JSON string of {@code bytes} bytes (without a Content-Length) as fast as the client reads. */
    public record Oversized(long bytes) implements Behaviour {
    }

    /** Answers at once with {@code answer(request body)}. */
    public record Honest(UnaryOperator<String> answer) implements Behaviour {
    }

    private final ServerSocket socket;
    private final Behaviour behaviour;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    public HostileServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "hostile-server-" + socket.getLocalPort());
        accept.setDaemon(true);
        accept.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    public URI url(String path) {
        return url().resolve(path);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = socket.accept();
                open.add(s);
                Thread t = new Thread(() -> serve(s), "hostile-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            String request = readRequest(in);
            if (behaviour instanceof Silent) {
                while (!closed && in.read() >= 0) {
                    // holds the connection open without a word
                }
            } else if (behaviour instanceof Slow slow) {
                Thread.sleep(slow.delay().toMillis());
                out.write(response(slow.answer().apply(request)));
            } else if (behaviour instanceof Drip drip) {
                for (byte b : response(drip.answer().apply(request))) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(drip.interval().toMillis());
                }
            } else if (behaviour instanceof DripBody drip) {
                byte[] all = response(drip.answer().apply(request));
                int body = indexOfBody(all);
                out.write(all, 0, body);
                for (int i = body; i < all.length; i++) {
                    out.flush();
                    Thread.sleep(drip.interval().toMillis());
                    out.write(all[i]);
                }
            } else if (behaviour instanceof Oversized big) {
                streamHuge(out, big.bytes());
            } else if (behaviour instanceof Honest honest) {
                out.write(response(honest.answer().apply(request)));
            }
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client hung up, as it should against this server
        } finally {
            open.remove(s);
        }
    }

    private static void streamHuge(OutputStream out, long bytes) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":1,\"data\":{\"space\":{\"id\":\"").getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        for (long sent = 0; sent < bytes; sent += chunk.length) {
            out.write(chunk);
        }
        out.write("\"}}}".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] response(String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + b.length + "\r\nConnection: close\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static int indexOfBody(byte[] response) {
        for (int i = 3; i < response.length; i++) {
            if (response[i - 3] == '\r' && response[i - 2] == '\n' && response[i - 1] == '\r' && response[i] == '\n') {
                return i + 1;
            }
        }
        return response.length;
    }

    /** Reads headers and a Content-Length body; returns the body. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int c = in.read();
            if (c < 0) {
                throw new SocketException("client closed");
            }
            head.write(c);
            matched = (c == '\r' || c == '\n') ? (c == "\r\n\r\n".charAt(matched) ? matched + 1 : (c == '\r' ? 1 : 0)) : 0;
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }
}
