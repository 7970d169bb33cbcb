package org.steward.governance.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.steward.core.UserFacingException;

/**
 * POSTs JSON to the hub or the sequencer and sits out 429 and 503 answers, telling the status
 * callback each time so the person sees why nothing happens for a while.
 */
final class HubHttp {

    record Answer(int status, String body) {
    }

    static final String API_KEY_HEADER = "x-api-key";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String apiKey;
    private final RetryPolicy retry;
    private final Consumer<String> status;

    HubHttp(HttpClient http, String apiKey, RetryPolicy retry, Consumer<String> status) {
        this.http = http;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        this.retry = retry;
        this.status = status;
    }

    Answer post(URI uri, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (apiKey != null) {
            request.header(API_KEY_HEADER, apiKey);
        }
        HttpRequest built = request.build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = send(uri, built);
            int code = response.statusCode();
            if (code != 429 && code != 503) {
                return new Answer(code, response.body());
            }
            String why = code == 429 ? "rate limited" : "under maintenance";
            if (attempt == retry.maxRetries()) {
                throw new UserFacingException("The Snapshot hub at " + uri.getHost() + " is still " + why + " after "
                        + (attempt + 1) + " tries: wait a few minutes" + (code == 429 && apiKey == null ? " or set an API key" : "") + " and try again.");
            }
            Duration delay = retry.delay(attempt, retryAfter(response));
            status.accept(why + ", retrying in " + Math.max(1, (delay.toMillis() + 999) / 1000) + " s");
            try {
                retry.pause().sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserFacingException("Waiting for the Snapshot hub was cancelled.", e);
            }
        }
    }

    private HttpResponse<String> send(URI uri, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserFacingException("The Snapshot hub at " + uri + " cannot be reached (" + e.getClass().getSimpleName()
                    + "): check the hub URL and your connection.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("The request to the Snapshot hub was cancelled.", e);
        }
    }

    private static Long retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException httpDate) {
                return null;
            }
        }).orElse(null);
    }
}
