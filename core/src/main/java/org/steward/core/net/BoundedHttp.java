package org.steward.core.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * java.net.http held to a {@link NetBudget}. The request's own timeout only covers the wait for
 * the headers, and {@code BodyHandlers.ofString} reads without end; here the body is counted as it
 * arrives and the whole exchange has a deadline (or a command's {@link CommandDeadline}, when it
 * ends first), after which the connection is dropped.
 */
public final class BoundedHttp {

    /** A complete answer: its status, headers and UTF-8 body. */
    public record Answer(int status, HttpHeaders headers, String body) {
    }

    private BoundedHttp() {
    }

    public static HttpClient client(NetBudget budget) {
        return HttpClient.newBuilder().connectTimeout(budget.connect()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Sends {@code request} (its timeout becomes the first-byte limit unless it has a shorter one).
     *
     * @throws NetLimitException when the answer passes the size limit or the overall deadline
     * @throws IOException as {@link HttpClient#send} does, e.g. {@code HttpConnectTimeoutException}
     */
    public static Answer send(HttpClient http, HttpRequest request, NetBudget budget) throws IOException, InterruptedException {
        java.util.Optional<java.time.Duration> commandLeft = CommandDeadline.remaining();
        if (CommandDeadline.passed()) {
            throw CommandDeadline.exceeded();
        }
        // a command's deadline that ends before this call's own one bounds the wait instead
        boolean commandFirst = commandLeft.isPresent() && commandLeft.get().compareTo(budget.total()) < 0;
        long waitMillis = commandFirst ? Math.max(1, commandLeft.get().toMillis()) : budget.total().toMillis();
        HttpRequest timed = request.timeout().filter(t -> t.compareTo(budget.firstByte()) <= 0).isPresent() ? request
                : HttpRequest.newBuilder(request, (name, value) -> true).timeout(budget.firstByte()).build();
        CappedBody[] body = new CappedBody[1];
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(timed, info -> {
            body[0] = new CappedBody(budget.maxBytes());
            return body[0];
        });
        HttpResponse<byte[]> response;
        try {
            response = call.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            if (body[0] != null) {
                body[0].abort();
            }
            if (commandFirst) {
                throw CommandDeadline.exceeded();
            }
            throw new NetLimitException(NetBudget.Limit.TOTAL, "no complete answer within " + NetBudget.seconds(budget.total()));
        } catch (InterruptedException e) {
            call.cancel(true);
            if (body[0] != null) {
                body[0].abort();
            }
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
        return new Answer(response.statusCode(), response.headers(), new String(response.body(), StandardCharsets.UTF_8));
    }

    /** Collects the body and stops reading (cancelling the subscription, which closes the connection) past the limit. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long maxBytes;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private volatile Flow.Subscription subscription;
        private volatile boolean aborted;

        CappedBody(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        void abort() {
            aborted = true;
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (aborted) {
                s.cancel();
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (bytes.size() + (long) b.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new NetLimitException(NetBudget.Limit.SIZE, "answer larger than " + NetBudget.size(maxBytes)));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
