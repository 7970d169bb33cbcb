package org.steward.governance.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.steward.core.UserFacingException;
import org.steward.core.net.BoundedHttp;
import org.steward.core.net.NetBudget;
import org.steward.core.net.Redact;

/**
 * POSTs JSON to the hub or the sequencer and sits out 429 and 503 answers, telling the status
 * callback each time so the person sees why nothing happens for a while.
 */
final class HubHttp {

    record Answer(int status, String body) {
    }

    static final String API_KEY_HEADER = "x-api-key";

    private final HttpClient http;
    private final NetBudget budget;
    private final String apiKey;
    private final RetryPolicy retry;
    private final Consumer<String> status;
    /** The server's clock as of its last answer, against our monotonic clock then: the reference for the vote timestamp check. */
    private volatile long serverEpochSeconds = -1;
    private volatile long receivedAtNanos;

    HubHttp(NetBudget budget, String apiKey, RetryPolicy retry, Consumer<String> status) {
        this.budget = budget;
        this.http = BoundedHttp.client(budget);
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        this.retry = retry;
        this.status = status;
    }

    Answer post(URI uri, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(budget.firstByte())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (apiKey != null) {
            request.header(API_KEY_HEADER, apiKey);
        }
        HttpRequest built = request.build();
        for (int attempt = 0; ; attempt++) {
            BoundedHttp.Answer response = send(uri, built);
            noteServerTime(response.headers());
            int code = response.status();
            if (code != 429 && code != 503) {
                if (attempt > 0) {
                    status.accept("");
                }
                return new Answer(code, response.body());
            }
            String why = code == 429 ? "rate limited" : "under maintenance";
            if (attempt == retry.maxRetries()) {
                throw new UserFacingException("The Snapshot hub at " + uri.getHost() + " is still " + why + " after "
                        + (attempt + 1) + " tries: wait a few minutes" + (code == 429 && apiKey == null ? " or set an API key" : "") + " and try again.");
            }
            Duration delay = retry.delay(attempt, retryAfter(response.headers()));
            status.accept("The Snapshot hub is " + why + ": retrying in " + Math.max(1, (delay.toMillis() + 999) / 1000) + " s");
            try {
                retry.pause().sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserFacingException("Waiting for the Snapshot hub was cancelled.", e);
            }
        }
    }

    private BoundedHttp.Answer send(URI uri, HttpRequest request) {
        try {
            return BoundedHttp.send(http, request, budget);
        } catch (IOException e) {
            String hub = "the Snapshot hub at " + Redact.url(uri);
            throw new UserFacingException(budget.explain(hub, e).map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1)
                    + ": check the hub URL, or try again later.").orElse("The Snapshot hub at " + Redact.url(uri) + " cannot be reached ("
                    + e.getClass().getSimpleName() + "): check the hub URL and your connection."), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("The request to the Snapshot hub was cancelled.", e);
        }
    }

    private void noteServerTime(HttpHeaders headers) {
        headers.firstValue("Date").ifPresent(date -> {
            try {
                serverEpochSeconds = java.time.ZonedDateTime.parse(date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
                receivedAtNanos = System.nanoTime();
            } catch (java.time.format.DateTimeParseException ignored) {
                // a server with a broken Date header gives no reference; the vote is then stamped on our clock alone
            }
        });
    }

    /** The server's time now, from its last Date header plus the time elapsed here since; empty before any answer. */
    java.util.Optional<Long> serverNow() {
        long server = serverEpochSeconds;
        if (server < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(server + (System.nanoTime() - receivedAtNanos) / 1_000_000_000L);
    }

    private static Long retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException httpDate) {
                return null;
            }
        }).orElse(null);
    }
}
